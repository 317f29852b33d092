# enumerate and zip
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-2)))
for i, (a, b) in enumerate(zip('xy', [10, 20]), start=100):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('a', 'b', 'c')))
print(dict(zip(['k1', 'k2'], [1, 2])))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'done'))
z = zip(range(3), range(10, 13))
print(next(z), list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], 'ab', strict=True)))
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
names = ['ann', 'bob']
ages = [31, 42]
for n, a in zip(names, ages):
    print(f'{n}:{a}')
print([i * v for i, v in enumerate(range(5))])
