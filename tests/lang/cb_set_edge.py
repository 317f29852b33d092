def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
# set edge cases
s = {1, 2, 3}
T(lambda: s.add())
T(lambda: s.add(1, 2))
T(lambda: s.remove())
T(lambda: s.update(1))
T(lambda: s.update([1], 2))
T(lambda: s.intersection_update(5))
T(lambda: s.difference_update(None))
T(lambda: s.issuperset(5))
T(lambda: s.isdisjoint(5))
T(lambda: s.union([[1]]))
T(lambda: s.issubset([[1]]))
T(lambda: s.difference([[1]]))
T(lambda: s.intersection([[1]]))
T(lambda: {[]} )
T(lambda: set.add(frozenset(), 1))
T(lambda: frozenset.add)
T(lambda: s.__contains__([]))
T(lambda: s.discard({1}))
T(lambda: s.remove({1}))
T(lambda: {frozenset({1})}.remove({1}))
print({frozenset({1})} - {frozenset([1])})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
ks = {K(1), K(1), K(2)}
print(len(ks), K(1) in ks, K(3) in ks, sorted(ks, key=lambda k: k.v))
ks.remove(K(1)); print(ks)
T(lambda: ks.remove(K(9)))
class BadHash:
    def __hash__(self): raise ValueError('no hash')
T(lambda: {BadHash()})
T(lambda: BadHash() in {1})
T(lambda: set([1]).discard(BadHash()))
print(set() < set(), set() <= set(), {1} < {1, 2}, {1, 2} > {1}, {1} == {1}, {1} != {2})
print({1, 2}.__eq__([1, 2]), {1}.__lt__([1]), frozenset() | set() == set())
r = {1}
r2 = r
r |= {2}
print(r is r2, r)
f = frozenset([1])
f2 = f
f |= {2}
print(f is f2, f, f2)
print(set('abc') ^ set('bcd') == {'a', 'd'}, set('abc') - set('b') == {'a', 'c'})
print(sorted({1, 2, 3} & frozenset({2, 3, 4})), type({1} & frozenset({1})).__name__, type(frozenset({1}) & {1}).__name__)
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset()) == hash(frozenset([])))
print(frozenset() is frozenset(), frozenset(f) is f)
S = set()
S.add(S.__len__())
print(S)
rec = set()
class Holder:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return 'Holder(%r)' % (self.s,)
rec.add(Holder(rec))
print(len(rec))
print(set([1, 2]).pop() in (1, 2))
q = set(range(20))
while q:
    q.pop()
print(q, len(q))
print(sorted({-1, -2, 5, 0}), {None}, {True}, {1.5}, {'a'}, {(1, 'x')})
nested = {frozenset({frozenset({1})})}
print(nested)
print(set.__name__, frozenset.__name__, type(set().__iter__()).__name__)
it = iter({1, 2, 3})
print(sorted(it), list(it))
x = {1, 2, 3}
y = x.copy()
y.clear()
print(x, y, x.copy() == x, x.copy() is x)
print(set([1, 2]).issubset(range(5)), set('ab').issuperset('a'), {1}.isdisjoint(iter([2, 3])))
print({1, 2, 3}.difference(range(2)), {1, 2}.symmetric_difference(range(3)), {5}.union(range(2), 'a') == {0, 1, 5, 'a'})
