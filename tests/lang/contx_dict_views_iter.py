# dict views (live, set-like) and iteration errors
d = {1: 'a', 2: 'b', 3: 'c'}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks), 2 in ks, 'b' in vs, (1, 'a') in its, (1, 'z') in its, 5 in ks, [1] in its)
d[4] = 'd'
print(ks, len(vs), list(its)[-1])
print(ks & {1, 2, 9}, ks | {9}, ks - {1}, ks ^ {1, 10}, {2, 3} & ks, [1, 2, 7] - ks if False else {7} - ks)
print(its & {(1, 'a'), (2, 'x')}, its - {(1, 'a')} == {(2, 'b'), (3, 'c'), (4, 'd')})
print(ks == {1, 2, 3, 4}, ks == {1, 2}, ks < {1, 2, 3, 4, 5}, ks <= {1, 2, 3, 4}, ks > {1}, ks >= {5}, ks != {1})
print(its == {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')}, ks == d.keys(), ks == [1, 2, 3, 4], vs == vs)
print(ks.isdisjoint([7, 8]), ks.isdisjoint([1]), its.isdisjoint([(1, 'a')]))
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(sorted(ks), max(vs), dict(its) == d)
for bad in ["hash(ks)", "hash(its)", "ks | 1", "ks + ks"]:
    try:
        eval(bad)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
# changed size during iteration
x = {i: i for i in range(5)}
try:
    for k in x:
        x[k + 100] = 1
except RuntimeError as e:
    print('RuntimeError', e)
y = {i: i for i in range(5)}
try:
    for k in y:
        del y[k]
except RuntimeError as e:
    print('RuntimeError', e)
z = {i: i for i in range(5)}
it = iter(z)
next(it)
z['new'] = 1
for attempt in (1, 2):
    try:
        next(it)
    except RuntimeError as e:
        print('sticky', e)
w = {1: 1, 2: 2}
try:
    for k in w:
        del w[k]
        w[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
v = {1: 1}
it = iter(v.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
try:
    next(it)
except StopIteration:
    print('stop')
v[2] = 2
print(list(it))
# values replaced in place during iteration are fine
u = {1: 1, 2: 2, 3: 3}
for k in u:
    u[k] = k * 10
print(u)
