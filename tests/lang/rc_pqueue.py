# Priority queue simulation with heapq and a hand-written binary heap.
import heapq

class Task:
    _seq = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task._seq += 1
        self.seq = Task._seq
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, d={self.duration})"

class MinHeap:
    def __init__(self, key=lambda x: x):
        self.items, self.key = [], key
    def push(self, x):
        a = self.items
        a.append(x)
        i = len(a) - 1
        while i and self.key(a[i]) < self.key(a[(i - 1) // 2]):
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and self.key(a[l]) < self.key(a[m]): m = l
            if r < len(a) and self.key(a[r]) < self.key(a[m]): m = r
            if m == i: break
            a[i], a[m] = a[m], a[i]
            i = m
        return top
    def __len__(self): return len(self.items)
    def __bool__(self): return bool(self.items)

tasks = [Task("backup", 3, 5), Task("email", 1, 1), Task("build", 2, 4), Task("deploy", 2, 2), Task("lint", 1, 1), Task("report", 5, 3)]
pq = []
for t in tasks:
    heapq.heappush(pq, t)
clock = 0
while pq:
    t = heapq.heappop(pq)
    start, clock = clock, clock + t.duration
    print(f"t={start:>2}-{clock:<2} {t.name:<8} prio {t.priority}")

h = MinHeap(key=lambda t: (-t.priority, t.name))
for t in tasks:
    h.push(t)
print([h.pop().name for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

events = [(5, "arrive", "A"), (1, "arrive", "B"), (3, "leave", "B"), (8, "leave", "A"), (3, "arrive", "C")]
heapq.heapify(events)
present = set()
while events:
    time, kind, who = heapq.heappop(events)
    (present.add if kind == "arrive" else present.discard)(who)
    print(time, kind, who, sorted(present))
nums = [15, 3, 9, 1, 22, 7, 8]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), sorted(nums, reverse=True)[:2])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
heapq.heappush(nums, 0) if False else None
top3 = []
for n in nums:
    if len(top3) < 3:
        heapq.heappush(top3, n)
    else:
        heapq.heappushpop(top3, n)
print(sorted(top3))
