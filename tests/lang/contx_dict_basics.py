# dict: construction, access, methods, errors, ordering
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'b' in d, 'z' not in d)
del d['b']
print(d, list(d), list(d.values()), list(d.items()))
d['b'] = 4
print(d)
print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=5), dict(zip('ab', range(2))))
print(dict(['xy', 'zw']), dict.fromkeys('abc'), dict.fromkeys(range(3), 0), {}.fromkeys([1]))
print(d.setdefault('a', 99), d.setdefault('n', 7), d.setdefault('m'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
e = {1: 'x'}
e.update({2: 'y'}, z=3)
e.update([(4, 'w')])
e.update(k=9)
print(e)
f = e.copy()
f[1] = 'changed'
print(e[1], f[1], f == e, f != e)
e.clear()
print(e, len(e), bool(e), bool(f))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {} == {}, {1: 2} == [1], {1: 1, 2: 2} == {2: 2, 1: 1})
print({1: 1.0} == {1.0: 1}, {True: 'a'}, {1: 'a', True: 'b', 1.0: 'c'})
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
g = {'x': 1}
g |= {'y': 2}
g |= [('z', 3)]
print(g)
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({1: 2}.items())), list(reversed({1: 2, 3: 4}.values())))
# keys of many types
k = {}
k[1] = 'int'; k[2.5] = 'float'; k['s'] = 'str'; k[(1, 2)] = 'tuple'; k[None] = 'none'; k[frozenset([1])] = 'fs'
k[b'b'] = 'bytes'; k[-1] = 'neg'; k[2**70] = 'big'
print(k)
print(k[1.0], k[(1, 2)], k[frozenset({1})], k[2**70], k[-1])
# growth and deletion keep order
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999], sum(big.values()))
for i in range(5):
    big[i] = -i
print(list(big.items())[-5:])
while len(big) > 3:
    big.popitem()
print(big)
for bad in ["d['zz']", "{}[(1, 2)]", "{}.popitem()", "{}.pop(1)", "dict(1, 2)", "dict([(1, 2, 3)])", "dict([1])",
            "{[1]: 2}", "{}[[1]]", "{}.get()", "{}.setdefault()", "{}.pop()", "{}.update(1)", "{}.update({}, {})",
            "{} < {}", "{1: 2} | [1]", "{}.keys(1)", "hash({})", "{}.get(1, x=2)"]:
    try:
        r = eval(bad)
        print(bad, 'no error', r)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
try:
    del d['nope']
except KeyError as ex:
    print('del', repr(ex))
print(dict.__hash__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
