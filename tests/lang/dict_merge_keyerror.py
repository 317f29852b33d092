# dict | and |=, KeyError messages, keys of various types
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
d = {1: 'int', 'str': 's', (1, 2): 'tuple', None: 'none', 2.5: 'float', True: 'bool?', frozenset([1]): 'fs'}
print(d)
print(d[1], d[1.0], d[(1, 2)], d[None], d[frozenset({1})])
for key in ['missing', 42, (3, 4), None, '', 0.5]:
    try:
        {}[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return 'default-' + str(key)
m = Missing(a=1)
print(m['a'], m['b'], 'b' in m, len(m))
