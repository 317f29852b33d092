# __iter__ / __next__ iterator protocol
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
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
c = Countdown(3)
print(list(c), list(c))
for x in c:
    print('x', x)
it = iter(c)
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(sum(Countdown(100)))
print(sorted(Countdown(5)), max(Countdown(4)), 2 in Countdown(3))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(dict(zip(Countdown(3), 'abc')))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f))
print(list(f))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
print(' '.join(str(i) for i in Countdown(4)))
