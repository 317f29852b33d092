# Context managers and iterator classes around a text-processing task.
class Tag:
    depth = 0
    out = []
    def __init__(self, name, **attrs):
        self.name, self.attrs = name, attrs
    def __enter__(self):
        a = "".join(f' {k}="{v}"' for k, v in self.attrs.items())
        Tag.out.append("  " * Tag.depth + f"<{self.name}{a}>")
        Tag.depth += 1
        return self
    def text(self, s):
        Tag.out.append("  " * Tag.depth + s.replace("&", "&amp;").replace("<", "&lt;"))
    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        Tag.out.append("  " * Tag.depth + f"</{self.name}>")
        if et is ValueError:
            Tag.out.append("  " * Tag.depth + f"<!-- suppressed: {ev} -->")
            return True
        return False

with Tag("html"):
    with Tag("body", cls="main"):
        with Tag("p") as p:
            p.text("fish & chips < 5")
        with Tag("p"):
            raise ValueError("bad paragraph")
    try:
        with Tag("div"):
            raise KeyError("k")
    except KeyError as e:
        Tag.out.append(f"caught {e!r}")
print("\n".join(Tag.out))

class Lines:
    """Iterate over the non-blank lines of a text, with line numbers."""
    def __init__(self, text):
        self.lines = text.split("\n")
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        while self.i < len(self.lines):
            self.i += 1
            line = self.lines[self.i - 1].rstrip()
            if line:
                return self.i, line
        raise StopIteration

class Window:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
    def __iter__(self):
        buf = []
        for x in self.seq:
            buf.append(x)
            if len(buf) > self.n:
                buf.pop(0)
            if len(buf) == self.n:
                yield tuple(buf)

src = "alpha beta\n\n  gamma\ndelta epsilon zeta\n\n"
it = Lines(src)
print(list(it), list(it))
for no, line in Lines(src):
    print(f"{no:03d}: {line.strip():<20}|{len(line.split())}")
print(list(Window("abcde", 3)), list(Window([], 2)), [sum(w) for w in Window(range(6), 2)])

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(f"{et.__name__}: {ev}")
            return True
s = Suppress(ZeroDivisionError, KeyError)
for expr in ["1/0", "{}['x']", "int('5')"]:
    with s:
        print("value", eval(expr))
print(s.caught)
try:
    with s:
        [][1]
except IndexError as e:
    print("escaped:", e)

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        self.log.append(f"close {self.name} exc={exc[0].__name__ if exc[0] else None}")
log = []
try:
    with Resource("a", log) as A, Resource("b", log) as B:
        log.append(f"using {A}{B}")
        raise RuntimeError("oops")
except RuntimeError as e:
    log.append(f"handled {e}")
print(log)
def gen_with():
    with Resource("g", log) as g:
        yield g
        yield g + "!"
log.clear()
print(list(gen_with()), log)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self): return self.n
    def __contains__(self, x): return 0 < x <= self.n
c = Countdown(4)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c, sorted(c), max(c), dict(zip(c, "abcd")))
