# random: distributions, errors and subclassing, matching CPython 3.11.
import random

r = random.Random(2718)
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 8), r.triangular(3, 3))
print(r.gauss(), r.gauss(10, 2), r.gauss(0, 1))
print(r.normalvariate(5, 0.5), r.lognormvariate(0, 0.25))
print(r.expovariate(1.5), r.vonmisesvariate(0.0, 4.0), r.vonmisesvariate(1.0, 0))
print(r.gammavariate(0.5, 2.0), r.gammavariate(1.0, 3.0), r.gammavariate(9.0, 0.5))
print(r.betavariate(2, 5), r.paretovariate(2.5), r.weibullvariate(1.0, 1.5))
print(round(sum(r.random() for _ in range(10000)) / 10000, 2))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

attempt('empty', lambda: r.randrange(0))
attempt('empty2', lambda: r.randrange(10, 3))
attempt('step', lambda: r.randrange(0, 10, 0))
attempt('empty step', lambda: r.randrange(10, 20, -1))
attempt('randint', lambda: r.randint(5, 4))
attempt('choice', lambda: r.choice(()))
attempt('sample', lambda: r.sample([1, 2, 3], 4))
attempt('sample neg', lambda: r.sample([1, 2, 3], -1))
attempt('sample set', lambda: r.sample({1, 2, 3}, 2))
attempt('choices k', lambda: r.choices('abc', 3))
attempt('choices both', lambda: r.choices('abc', [1, 1, 1], cum_weights=[1, 2, 3]))
attempt('choices len', lambda: r.choices('abc', [1, 1]))
attempt('choices zero', lambda: r.choices('abc', [0, 0, 0]))
attempt('counts', lambda: r.sample('ab', 1, counts=[1]))
attempt('bits', lambda: r.getrandbits(-3))
attempt('seed type', lambda: r.seed([1, 2]))
attempt('setstate', lambda: r.setstate((2, (), None)))
attempt('gamma', lambda: r.gammavariate(0, 1))
attempt('stop', lambda: r.randrange(5, step=2))

class Fixed(random.Random):
    """Only random() is overridden: choice() etc. must use it."""
    def random(self):
        return 0.75

f = Fixed()
print(f.randrange(100), f.choice('abcd'), f.randint(1, 4), f.uniform(0, 4))

class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

c = Counting(1)
print(c.randrange(1000), c.calls, c.sample(range(50), 3), c.calls)
