# A mixed bag of scoping, operators, literals, errors and builtins, checked against CPython.
x = 10
def outer():
    x = 20
    class Inner:
        y = x
        def m(self):
            return x
    return Inner
print(outer().y, outer()().m())
def g():
    global x
    x = 99
g(); print(x)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print((lambda *a, **k: (a, k))(1, 2, z=3))
if (n := len("hello")) > 3: print("walrus", n)
print([y := 5, y ** 2])
a = b = c = [1]
a += [2]; print(b, c is a)
t = (1, 2); t += (3,); print(t)
s = {1, 2}; s |= {3}; s &= {2, 3}; print(s)
print("abc" < "abd", (1, 2) < (1, 3), [1] * 3, "-" * 5, 3 * "ab")
print(1 < 2 < 3, 1 < 2 > 3, not None, None is None, 5 if 0 else 6)
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int(3.99), int(-3.99), float("1_000.5"))
print(hex(255), oct(8), bin(5), chr(65), ord("€"), abs(-3), pow(2, 10, 1000), pow(2, -1))
print(str(12345678901234567890 * 98765432109876543210))
print((-5) >> 1, -5 & 0xFF, ~5, 1 << 70, (2**70) >> 68)
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\x00é"))
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    def h():
        print(zz)
        zz = 1
    h()
except UnboundLocalError as e:
    print(e)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(7)
except Exception as e:
    print(repr(e), e.code, e.args, str(e))
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
def loop_fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
loop_fin()
print(type(range(3)), range(0, 10, 3)[1:], list(range(10, 0, -3)), 5 in range(10))
print(sorted(set("mississippi")), frozenset([1, 2]) == {1, 2}, {1, 2} <= {1, 2, 3})
print(dir(object())[:3], hasattr([], "append"), getattr(1, "real"), callable(len))
print(vars(type("T", (), {"a": 1}))["a"], type("T2", (object,), {}).__name__)
