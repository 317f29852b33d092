# Generators with send/throw/close, closures, decorators, metaclasses and formatting together.
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
g.close()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip("ab", range(2))))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name, *, punct="!"):
    return "hi " + name + punct
print(hello("bob"), hello("amy", punct="?"))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Thing(metaclass=Meta):
    pass
print(Thing.tag, type(Thing).__name__)
print(sorted({3: 'c', 1: 'a'}.items()), {**{'a': 1}, 'b': 2}, [*range(3), *'ab'])
a, *b, c = range(6); print(a, b, c)
print(f"{3.14159:.2f} {42:08b} {'x'!r:>5} {1e10:,.0f} {-0.0} {2**100}")
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; del x[::2]; print(x)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, round(2.5), round(3.5), round(-0.5))
try:
    int("12x")
except ValueError as e:
    print(e)
print(isinstance(True, int), issubclass(bool, (str, int)), type(None).__name__)
s = "héllo wörld"; print(s.upper(), s[1:4], len(s), s.encode()[:4], s.find("w"))
import math; print(math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
print(sum(x * x for x in range(10) if x % 2), any(x > 5 for x in range(3)), max("abc", key=ord))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
while True:
    break
else:
    print("never")
for i in range(2):
    pass
else:
    print("for-else", i)
print(*[1, 2], sep="-", end="!\n")
