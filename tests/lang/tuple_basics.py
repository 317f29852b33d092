# tuples: creation, indexing, immutability, methods
t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), 1, (1), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
x = 1, 2, 3
print(x, type(x).__name__)
print(t.count(1), (1, 1, 2).count(1), (1, 2, 3).index(2), ('a', 'b', 'a').index('a', 1))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
t[3].append(5)
print(t)
try:
    (1, 2).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): 'pair'}[(1, 2)], (1, 2) in {(1, 2)})
print(repr((1,)), repr(('a', 'b')), str(((),)))
print(max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)), 2 in (1, 2))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
