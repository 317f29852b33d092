# dict methods: get/pop/popitem/setdefault/update/fromkeys/copy/clear
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'))
print(d.pop('a'), d, d.pop('z', 'none'))
try:
    d.pop('z')
except KeyError as e:
    print(type(e).__name__, e)
d.update({'c': 3}, d=4)
d.update([('e', 5)])
d.update(f=6)
print(d)
print(d.setdefault('c', 100), d.setdefault('g', []), d)
d.setdefault('g', []).append('x')
print(d['g'])
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['b'] = 'changed'
print(d['b'], c['b'])
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]))
shared = dict.fromkeys('pq', [])
shared['p'].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
