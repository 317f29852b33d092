# a generator that returns a value, consumed by every kind of consumer
def g():
    yield 1
    yield 2
    return 'done'
print(list(g()), tuple(g()), sorted(g()), sum(g()), max(g()), min(g()), set(g()), [*g()], {*g()})
a, *b = g(); print(a, b)
print(*g())
l = []; l.extend(g()); l += g(); print(l, dict(zip(g(), g())), list(map(str, g())), "-".join(map(str, g())))
print(all(g()), any(g()), frozenset(g()), bytes(g()), list(enumerate(g())), list(filter(None, g())))
def r0():
    yield 5
    return 0
print(list(r0()), next(iter(r0())))
try:
    it = g(); next(it); next(it); next(it)
except StopIteration as e:
    print("StopIteration", e.value)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def y():
    r = yield from It()
    print("r =", r)
    r2 = yield from g()
    print("r2 =", r2)
print(list(y()), list(It()))
def s():
    yield from [1, 2]
gen = s(); next(gen)
try:
    gen.send(5)
except AttributeError as e:
    print("AttributeError:", e)
