# set / frozenset: methods, operators, printed order (ints), errors
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset({2, 1}), set(range(20)) - {5}, set([-1, -2, 7, 8, 16, 0]), set([9, 1, 17, 25]))
s.add(10)
s.add(2)
s.discard(99)
s.discard(1)
s.remove(3)
print(s, len(s), 2 in s, 3 in s)
print(set([5, 5, 4]), set('aa'), set(range(3)), set({1: 2}), set((8, 0)), frozenset(range(5)))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 8]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, {3, 4} <= b, {3, 4} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1]), a.isdisjoint({9}), a.isdisjoint([4]), a.issubset(range(3)))
c = set(a)
c |= {7}
c &= {1, 2, 7, 8}
c -= {2}
c ^= {1, 100}
print(c)
c.update([1], (2,), {3: 0})
c.intersection_update({1, 2, 3, 100}, [1, 2, 3])
print(c)
c.difference_update([1], {2})
c.symmetric_difference_update([3, 4])
print(c)
print(frozenset({1}) | {2}, {2} | frozenset({1}), type(frozenset({1}) & {1}).__name__, type({1} - frozenset()).__name__)
print(set('abc') == frozenset('abc'), {1} == frozenset({1}), frozenset() == set())
f = frozenset([1, 2, 3])
print(hash(f) == hash(frozenset([3, 2, 1])), hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset(range(10))))
print({frozenset({1}): 'x'}, frozenset({frozenset({1, 2})}), f.copy() is f, f.union([4]))
print(frozenset(f) is f, set(f) == f)
p = {1, 2, 3}
print(p.pop(), p.pop(), p, p.copy(), p.copy() is p)
p.clear()
print(p, bool(p), bool({0}))
print({1, 2} in [{2, 1}], {frozenset()}, {1} in {frozenset({1})}, set([1]) in {frozenset([1])})
r = {frozenset([1])}
r.remove({1})
print(r)
big = set(range(100))
big -= set(range(0, 100, 3))
print(len(big), sorted(big)[:5], big & set(range(10)))
print(set(range(20)) ^ set(range(10, 30)), set(range(100)) & set(range(50, 60)))
x = set()
for i in range(50):
    x.add(i * 7 % 50)
for i in range(0, 50, 2):
    x.discard(i)
print(x)
y = set(range(8))
y.discard(3)
y.add(11)
print(y)
for bad in ["set().pop()", "{1}.remove(2)", "{[1]}", "{1}.add([1])", "[1] in {1}", "set(1, 2)", "set(x=1)",
            "frozenset(x=1)", "frozenset(1, 2)", "{1} | [1]", "{1} <= [1]", "set().add()", "set().union(x=1)",
            "set().issubset()", "hash(set())", "{1}.issubset(1)", "{1} + {2}"]:
    try:
        r = eval(bad)
        print(bad, 'no error', r)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
it = iter({1, 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
q = {1, 2, 3}
try:
    for e in q:
        q.add(e + 10)
except RuntimeError as ex:
    print(ex)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([1]), S(), F(), type(S([1]) | S([2])).__name__, type(F([1]).copy()).__name__, S([1]) == {1})
