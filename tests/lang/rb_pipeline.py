# Generator pipelines, class-based iterators, itertools-like helpers, send/close
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(5)
print(list(c), list(c), list(reversed(c)), len(c), 3 in c, 9 in c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield line

def parse_pairs(lines):
    for n, line in enumerate(lines, 1):
        if "=" not in line:
            raise SyntaxError(f"line {n}: expected key=value, got {line!r}")
        k, v = (s.strip() for s in line.split("=", 1))
        yield k, v

def convert(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v

src = """
# config
width = 80
height= 24.5   # comment
name = demo
"""
print(dict(convert(parse_pairs(strip_comments(read_lines(src))))))
try:
    dict(parse_pairs(strip_comments(read_lines("a=1\noops\n"))))
except SyntaxError as e:
    print("SyntaxError:", e)

def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

g = running_average()
next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def closing_gen(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleanup")
log = []
gen = closing_gen(log)
print(next(gen), next(gen))
gen.close()
print(log, list(gen))

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)
squares = (n * n for n in naturals())
evens = (n for n in squares if n % 2 == 0)
print(list(take(6, evens)), list(chunked(take(7, naturals()), 3)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
def delegator():
    result = yield from running_average()
    yield f"inner returned {result}"
d = delegator()
next(d)
d.send(1); d.send(3)
print(d.send(None))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield "after"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
z = zip(Countdown(3), "abc", naturals())
print(list(z), list(map(lambda a, b: a * b, [1, 2, 3], Countdown(3))))
print(sorted(Countdown(4), key=lambda v: -v), sum(Countdown(100)), any(x > 99 for x in Countdown(100)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5: pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
