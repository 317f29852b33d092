# tuple: construction, repr, indexing, slicing, arithmetic, comparison, methods
t = (1, 2, 3)
print(t, (), (1,), ((),), (1, (2, (3,))))
print(tuple(), tuple([4, 5]), tuple('ab'), tuple(range(3)), tuple(x * x for x in range(4)))
print(len(t), t[0], t[-1], t[1:], t[::-1], t[::2], t[5:], t[-100:100])
print(t + (4,), t * 2, 2 * t, t * 0, t * -1, () * 5)
print(1 in t, 4 in t, 4 not in t)
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (1, 2, 1, 2).index(2, 2))
print(t == (1, 2, 3), t != (1, 2, 3), t < (1, 2, 4), t < (1, 2), t <= t, (1, 2) < (1, 2, 0))
print((1, 'a') < (1, 'b'), (2,) > (1, 99), () < (0,), (1, 2, 3) >= (1, 2, 3))
print(t == [1, 2, 3], (1.0, 2) == (1, 2.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((False, True, 2.5, 'x' == 'y')))
print(hash((1, 2)) == hash((1, 2)), hash((1,)) != hash((2,)))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
print(sorted((3, 1, 2)), list(reversed(t)), max(t), min(t), sum(t))
print([x for x in t], list(iter(t)), next(iter((9,))))
it = iter((1, 2))
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(())).__name__)
nan = float('nan')
n = (nan,)
print(n == n, (nan,) == (nan,), nan in n)
for bad in ["t[3]", "t[-4]", "t['a']", "t + [1]", "t * 1.5", "(1,).index(5)", "t.count()",
            "hash(([],))", "t < (1, 'x')", "tuple(5)", "tuple(1, 2)", "t.index()", "t[1.0]"]:
    try:
        eval(bad)
        print(bad, 'no error')
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2), len(p), p[1:])
print(isinstance(p, tuple), hash(p) == hash((1, 2)))
