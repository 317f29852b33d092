# set operators | & - ^ and comparisons (small ints print deterministically)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b), sorted(a ^ b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1})
print({1, 2}.isdisjoint({3}), a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a)
c |= {10}; c &= {1, 2, 10, 99}; c -= {2}; c ^= {1, 7}
print(sorted(c))
print(set(), {1} - {1}, len(set()), type({1}).__name__)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a.union([9], (8,)), a.intersection([1, 2, 99]), a.difference({1}, {2}), a.symmetric_difference([4, 5]))
s1 = {'apple', 'banana', 'cherry'}
s2 = {'banana', 'date'}
print(sorted(s1 | s2), sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2))
print({0, 1, 2} == {0.0, 1.0, 2.0}, {True, 1, 1.0}, len({True, 1, 1.0}))
