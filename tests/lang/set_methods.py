# set methods: add/remove/discard/pop/clear/update/copy
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], (7,), {8})
print(sorted(s))
s.discard(100)
s.discard(5)
print(sorted(s))
s.remove(6)
try:
    s.remove(6)
except KeyError as e:
    print(type(e).__name__, e)
t = s.copy()
t.add('new')
print(len(s), len(t))
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s, bool(s))
words = set('mississippi')
print(sorted(words), len(words))
u = {1, 2, 3}
u.intersection_update([2, 3, 4]); print(u)
u.difference_update([3]); print(u)
u.symmetric_difference_update([2, 9]); print(u)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)
st = {(1, 2), (1, 2), (2, 1)}
print(len(st), sorted(st))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 3]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
big = set(range(0, 10000, 3)) & set(range(0, 10000, 5))
print(len(big), min(big), max(big), sum(big))
