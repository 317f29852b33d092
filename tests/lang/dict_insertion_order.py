# dict preserves insertion order; overwriting keeps position; deletion removes
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d['alpha'] = 100
print(list(d.items()))
del d['zeta']
d['zeta'] = 'back'
print(list(d))
d2 = dict(b=1, a=2, c=3)
print(d2)
d3 = dict([('x', 1), ('y', 2)], z=3)
print(d3)
d4 = dict({'k': 1}, k2=2)
print(d4)
print({1: 'a', 2: 'b', 1: 'c'})
print(dict(zip('cba', range(3))))
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-2:])
print({**{'a': 1, 'b': 2}, 'a': 3})
e = {}
e[3] = 'three'; e[1] = 'one'; e[2] = 'two'
print(e, sorted(e))
print(repr({}), str({'q': [1, {'n': None}]}))
