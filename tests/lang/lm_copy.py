# copy: shallow and deep copies of builtins, user classes, hooks, cycles,
# containers from collections, and uncopyable objects.
import copy, collections
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'])
t = (1, 2, 'x'); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); d = copy.deepcopy(t2); print(d is t2, d == t2, d[1] is t2[1])
fs = frozenset({1, 2}); print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
s = slice(1, 2); print(copy.copy(s) is s, copy.deepcopy(s) is s, copy.deepcopy(s))
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc)
shared = [0]; obj = {'a': shared, 'b': shared}; o2 = copy.deepcopy(obj); print(o2['a'] is o2['b'])
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.y)
p = P(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)
class S:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = [1]; self.__c = 3
    def get(self): return self.__c
s1 = S(); s2 = copy.copy(s1); s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, hasattr(s3, 'b'), s3.get())
class H:
    def __init__(self): self.v = [1]
    def __copy__(self): print('copy hook'); n = H(); n.v = self.v; return n
    def __deepcopy__(self, memo): print('deepcopy hook', type(memo).__name__); n = H(); n.v = copy.deepcopy(self.v, memo); return n
h = H(); print(copy.copy(h).v is h.v, copy.deepcopy(h).v is h.v)
class ML(list):
    pass
m = ML([1, [2]]); m.tag = 'x'; m2 = copy.copy(m); m3 = copy.deepcopy(m)
print(type(m2).__name__, m2, m2.tag, m3, m3[1] is m[1], m2[1] is m[1])
class MD(dict): pass
md = MD(a=[1]); md2 = copy.deepcopy(md); print(type(md2).__name__, md2, md2['a'] is md['a'])
class MI(int): pass
mi = MI(5); print(type(copy.copy(mi)).__name__, copy.deepcopy(mi))
class GS:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): print('getstate'); return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
g2 = copy.deepcopy(GS()); print(g2.a, hasattr(g2, 'b'))
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (R, (self.n + 1,))
print(copy.copy(R(1)).n, copy.deepcopy(R(1)).n)
dq = collections.deque([[1], 2], maxlen=5); dq2 = copy.deepcopy(dq); dq3 = copy.copy(dq)
print(dq2, dq2[0] is dq[0], dq3[0] is dq[0])
dd = collections.defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); dd2['b'].append(1); print(dd2, dd2['a'] is dd['a'])
od = collections.OrderedDict(a=[1], b=2); print(copy.deepcopy(od), copy.copy(od))
ct = collections.Counter('aab'); print(copy.copy(ct), copy.deepcopy(ct))
Pt = collections.namedtuple('Pt', 'x y'); pt = Pt(1, [2]); print(copy.copy(pt) is pt, copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
print(copy.copy(P) is P, copy.deepcopy(len) is len, copy.copy({1, 2}), copy.deepcopy({3, 4}) == {3, 4})
class M:
    def __init__(self): self.l = [1]
    def meth(self): return self.l
mm = M(); bm = copy.deepcopy(mm.meth); print(bm() == [1], bm() is mm.l)
import _thread
try:
    copy.deepcopy(_thread.allocate_lock())
except TypeError as e:
    print('TypeError', e)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0], y[0] is y[1])
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
k = copy.deepcopy(n1); print(k.next.next is k, k.next.v)
print(copy.copy(bytearray(b'ab')), copy.deepcopy(bytearray(b'cd')))
