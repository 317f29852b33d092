# is / is not / in / not in
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in a, 5 in a, 5 not in a)
print('ell' in 'hello', 'z' in 'hello', '' in 'abc')
print(1 in (1, 2), 3 in {1: 'a', 3: 'b'}, 'a' in {1: 'a'})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(5))
print(2 in {1, 2}, frozenset([1]) in {frozenset([1])})
print(1.0 in [1], True in [1], 0 in [False])
class C:
    def __contains__(self, x):
        return x == 'magic'
print('magic' in C(), 'other' in C(), 'other' not in C())
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 25 in Seq())
nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
