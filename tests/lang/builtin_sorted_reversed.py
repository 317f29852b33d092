# sorted and reversed
print(sorted([3, 1, 2]), sorted('cba'), sorted((5, 4)), sorted({'b': 0, 'a': 1}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.upper))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(CustomRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
d = {'one': 1, 'two': 2, 'three': 3}
print(list(reversed(d)), sorted(d, key=d.get), sorted(d.values(), reverse=True))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
