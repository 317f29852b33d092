def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
# iterator of a list being appended to
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if x < 6:
        lst.append(x + 3)
print(out)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
it = iter([1, 2])
print(list(it), list(it), next(it, None))
li = [1]
it = iter(li)
print(next(it)); li.append(2); print(next(it))
it = iter([])
T(lambda: next(it))
li = [1, 2, 3]
it = iter(li)
next(it); next(it); next(it)
li.append(4)
T(lambda: next(it))   # exhausted list iterators stay exhausted
d = {1: 2}
def dmod():
    for k in d:
        d[k + 1] = 0
T(dmod)
def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    return x, y
g = gen()
print(next(g), g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value, e.args)
T(lambda: next(g))
def g2():
    return 5
    yield
try:
    next(g2())
except StopIteration as e:
    print(repr(e), e.value)
def g3():
    raise StopIteration('inner')
    yield
T(lambda: next(g3()))
def g4():
    yield from [1, 2]
    return 'done'
def g5():
    r = yield from g4()
    print('r =', r)
print(list(g5()))
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).value)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(list(map(lambda a, b: a * b, Countdown(3), Countdown(5))))
print(dict(zip('abc', Countdown(3))), set(Countdown(3)) == {0, 1, 2}, tuple(Countdown(2)))
a, b = Countdown(2); print(a, b)
print(*Countdown(3))
print(3 in Countdown(5), 9 in Countdown(5))
it = iter(Countdown(3))
print(it is iter(it))
class Broken:
    def __iter__(self): return self
    def __next__(self): raise ValueError('boom')
T(lambda: list(Broken()))
T(lambda: sum(Broken()))
T(lambda: [x for x in Broken()])
gi = (x * 2 for x in range(3))
print(next(gi), list(gi), list(gi))
print(any(x > 2 for x in [1, 5, 0]), all(x for x in []))
it = iter(range(10))
print(list(zip(it, range(3))), next(it))
e = enumerate(Countdown(3), 10)
print(list(e))
class Len:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return 'abc'[i]
print(list(Len()), list(reversed(Len())), 'b' in Len(), list(enumerate(Len())))
def first(it):
    for x in it:
        return x
print(first(iter([7, 8])), first([]))
import sys
print(iter(sys.stdin) is sys.stdin)
