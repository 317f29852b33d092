# dict views: keys/values/items are dynamic
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v), list(it))
del d['a']
print(list(k), len(v))
print(k == {'b', 'c', 'd'}, sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(sorted(it & {('b', 2), ('c', 0)}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, value in d.items():
    print(key, value)
print(list(d.values()) == [2, 3, 4], v == v)
print(k.isdisjoint({'zz'}), k.isdisjoint(['b']))
try:
    for key in d:
        d['new'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d['b']
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
