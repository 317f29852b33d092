# map and filter
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x > 2, range(6))), list(filter(str.isdigit, 'a1b2')))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(sum(map(int, '12345')), ''.join(map(chr, [72, 105])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda t: t[0] + t[1], zip('ab', 'cd'))))
print(sorted(filter(lambda kv: kv[1] > 1, {'a': 1, 'b': 2, 'c': 3}.items())))
print(list(map(str.upper, filter(lambda s: len(s) > 2, ['hi', 'hey', 'hello']))))
