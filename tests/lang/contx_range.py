# range: construction, len, indexing, slicing, contains, compare, hash, iteration
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), range(0), range(-3))
print(len(r), len(range(1, 10, 3)), len(range(10, 1, -4)), len(range(5, 5)), len(range(5, 1)))
print(r[0], r[-1], r[3], range(2, 20, 3)[4], range(20, 2, -3)[-1])
print(r[2:8:2], r[::-1], r[::-3], range(1, 10, 2)[1:3], r[100:], r[-2:], range(3)[::2])
print(list(range(3)), list(range(5, 0, -2)), list(range(0)), tuple(range(-2, 2)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 'a' in r, True in r)
print(r.index(3), range(0, 10, 2).index(8), r.count(3), r.count(3.0), r.count('x'))
print(r == range(10), r == range(0, 10, 1), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), r != range(9), r == list(r))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), hash(range(1, 2, 3)) == hash(range(1, 2, 5)))
print(r.start, r.stop, r.step, range(1, 2).step, bool(range(0)), bool(range(1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
big = range(10**20, 10**20 + 5)
print(big, len(big), big[2], big[-1], big[1:3], 10**20 + 3 in big, list(big)[:2], big.index(10**20 + 4))
huge = range(2**70)
print(huge[5], huge[-1], 2**69 in huge, list(reversed(range(2**64, 2**64 + 3))))
try:
    len(huge)
except OverflowError as e:
    print('OverflowError', e)
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(iter(huge)).__name__)
total = 0
for i in range(100000):
    total += i
print(total, sum(range(-50, 50, 7)))
class I:
    def __index__(self): return 4
print(range(I()), r[I()])
for bad in ["range()", "range(1, 2, 0)", "range(1.5)", "range(1, 2, 3, 4)", "r[10]", "r[-11]", "r['a']",
            "r.index(11)", "r.index('a')", "r < r", "range(x=1)", "range('a')", "r[::0]"]:
    try:
        x = eval(bad)
        print(bad, 'no error', x)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
