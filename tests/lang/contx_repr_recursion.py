# repr of containers, including self-references
l = [1, 'a', 2.5, None, True, (1,), [], {}]
print(l, repr(l), str(l))
l.append(l)
print(l)
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
m = [{}]
m[0]['x'] = m
print(m, repr(m))
v = {1: 2}
ks = v.keys()
v[3] = ks
print(v, ks)
nested = [[[[]]]], ((1, 2), (3,)), {'a': {'b': {}}}
print(nested)
print([1, [2, [3]]], ('x', ('y',)), {1: (2,), (3, 4): [5]})
print([['a'], "b'c", 'd"e', '\n'])
s = [1, 2]
s2 = [s, s]
print(s2)
class C:
    def __repr__(self): return 'C()'
print([C(), C()], (C(),), {C(): C()} != 0, {1: C()})
