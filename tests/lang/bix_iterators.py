# enumerate, zip, map, filter, reversed, iter(seq), iter(callable, sentinel),
# next with a default.
print(list(enumerate('abc')))
print(list(enumerate('abc', 10)), list(enumerate('ab', start=-1)))
print(list(enumerate(['x'], 2**70)))
print(list(enumerate(iterable=[5, 6], start=1)))
e = enumerate([1, 2, 3])
print(next(e), next(e), list(e), list(e))
print(iter(e) is e, type(e).__name__)

print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3))))
print(list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip([1, 2], (3, 4), strict=True)))
print(dict(zip('abc', range(3))))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))

print(list(map(abs, [-1, -2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed([])))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(reversed(Seq(4))), list(Seq(5)), 9 in Seq(5), 10 in Seq(5))
it = iter(Seq(3))
print(type(it).__name__, next(it), next(it), next(it), next(it, 'done'))


class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])


print(list(reversed(Rev())))


class NotRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NotRev())
except TypeError as e:
    print('TypeError:', e)


class StopSeq:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return 'item%d' % i


print(list(StopSeq()))

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
counter[0] = 0
ci = iter(tick, 3)
print(type(ci).__name__, next(ci), next(ci), next(ci, 'end'), next(ci, 'end'))


def raiser():
    raise StopIteration


print(list(iter(raiser, None)))

r = reversed(Seq(3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())


class E(enumerate):
    pass


print(list(E('xy', 1)), isinstance(E('a'), enumerate))


class M(map):
    pass


print(list(M(len, ['ab', 'c'])))
