# comprehension scoping and class bodies
x = 'global'
class C:
    x = 'class'
    a = [x for _ in range(2)]
    b = [y for y in [x]]
    c = {k: x for k in 'ab'}
    d = list(x for _ in range(1))
print(C.a, C.b, C.c, C.d)
def f():
    x = 'local'
    class D:
        x = 'dcls'
        l = [x for _ in range(1)]
        m = x
    return D.l, D.m
print(f())
i = 'outer'
r = [i for i in range(3)]
print(i, r)
print([j for j in range(3) for j in range(j)])
def g():
    total = 0
    vals = [(total := total + v) for v in range(5)]
    return total, vals
print(g())
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(sorted({c.upper() for c in 'hello'}))
nested = [[r * 3 + c for c in range(3)] for r in range(3)]
print(nested, [v for row in nested for v in row if v % 2])
def gen():
    return (n * m for n in range(3) for m in range(2))
print(list(gen()))
def lazy():
    vals = [1, 2]
    g = (v * 10 for v in vals)
    vals = [3]
    return list(g)
print(lazy())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(e)
def scope_leak():
    [q for q in range(3)]
    try:
        return q
    except NameError as e:
        return str(e)
print(scope_leak())
print([[i for i in range(k)] for k in range(4)])
def uses_outer():
    y = 10
    return [y + z for z in range(3)]
print(uses_outer())
def closures_in_comp():
    return [lambda: z for z in range(3)]
print([fn() for fn in closures_in_comp()])
z = 5
print([z := z + 1 for _ in range(2)], z)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(e)
print(list(filter(None, [0, 1, '', 'a'])))
print(sum(x * x for x in range(4)), max((len(s) for s in ['a', 'abc']), default=0))
print(dict((k, len(k)) for k in ['aa', 'b']))
print(any(n > 2 for n in [1, 2, 3]), all([]))
