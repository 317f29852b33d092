# deque appendleft and short rotations at the ends (O(1) per step), results as CPython
from collections import deque
d = deque()
for i in range(50): d.appendleft(i)
print(d, len(d), d[0], d[-1], d[10])
for n in (1, -1, 3, -3, 20, -20, 49, 50, 51, -101, 0):
    e = deque(range(10)); e.rotate(n); print(n, list(e))
f = deque(range(5), maxlen=5); f.appendleft(-1); print(f); f.rotate(2); print(f)
g = deque(); g.rotate(3); print(g)
h = deque([1]); h.appendleft(0); h.popleft(); h.appendleft(9); print(h, h.index(1), 9 in h)
q = deque(range(1, 8)); out = []
while q:
    q.rotate(-2); out.append(q.popleft())
print(out)
