# container subclasses, __missing__, and user-defined __eq__/__hash__ keys
class DD(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
dd = DD(a=1)
print(dd['a'], dd['xyz'], dd, type(dd).__name__, isinstance(dd, dict), dd.get('q'), 'q' in dd)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(sorted(c.items()))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), ml[1:], type(ml[1:]).__name__, type(ml + [1]).__name__, ml == [1, 2, 3, 4])
class Stack(list):
    def push(self, x):
        self.append(x)
st = Stack()
st.push(1); st.push(2)
print(st.pop(), st, isinstance(st, list))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'Key(%d)' % self.v
d = {}
for i in range(30):
    d[Key(i)] = i
print(len(d), d[Key(13)], Key(13) in d, Key(99) in d, d.get(Key(40)))
del d[Key(5)]
print(len(d), Key(5) in d, d.pop(Key(15)), d.setdefault(Key(25), 'x'), d.setdefault(Key(55), 'new'))
s = set(Key(i) for i in range(25))
s.add(Key(3))
print(len(s), Key(7) in s, Key(70) in s)
s.discard(Key(7))
print(len(s), Key(7) in s)
lst = [Key(1), Key(2), Key(3)]
print(Key(2) in lst, lst.index(Key(3)), lst.count(Key(1)), Key(9) in lst)
lst.remove(Key(2))
print(lst)
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Always() in [1, 2], [1, 2].count(Always()), [5, 6].index(Always()), (Always() == 3))
calls = []
class Noisy:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        calls.append(self.v)
        return self.v == o.v
nd = {Noisy(1): 'a', Noisy(2): 'b'}
calls.clear()
print(nd[Noisy(2)], calls)
# an __eq__ that mutates the dict it is being looked up in
class Evil:
    def __init__(self, d): self.d = d
    def __hash__(self): return 7
    def __eq__(self, o):
        self.d.clear()
        return False
ed = {}
ed[Evil(ed)] = 1
print(Evil(ed) in ed, len(ed))
# equal keys of different types
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print(m, {0: 'a', False: 'b', 0.0: 'c'}, {1, 1.0, True}, {2.0, 2})
print({(1, 2): 1}[(1.0, 2.0)], {'a': 1} == {'a': 1.0})
