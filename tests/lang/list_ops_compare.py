# list operators, comparisons, nested lists, copying
a = [1, 2, 3]
b = [1, 2, 4]
print(a < b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[2]], ['a', 1] < ['b'])
print(a + b, a * 2, 2 * a, [0] * 5, [[]] * 3)
grid = [[0] * 3] * 2
grid[0][0] = 'X'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'X'
print(grid)
c = a
d = a[:]
e = list(a)
a.append(4)
print(c, d, e, c is a, d is a)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append('new')
print(nested, shallow)
print(len([1, [2, 3], []]), [1, 2, 3][-1], [[1, 2], [3, 4]][1][0])
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), sorted([3, 7, 2]))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
lst = [1, 2, 3]
lst[1] = 'two'
lst[-1] = 'three'
print(lst)
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1] < ['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == (1, 2), repr([]), str([None, True, 'x', 1.5]))
