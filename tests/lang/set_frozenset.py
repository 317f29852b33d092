# frozenset: immutability, hashability, mixing with set
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('aab') == frozenset('ab'), frozenset([1]) == {1})
d = {frozenset([1, 2]): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
print(sorted(f | {9}), sorted(f - {1}), sorted(f ^ {1, 5}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(f.issubset({1, 2, 3, 4}), f.union([7]) == frozenset([1, 2, 3, 7]), f.copy() == f)
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(repr(frozenset()), repr(set()), repr(frozenset([5])))
