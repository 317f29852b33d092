import heapq

class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"

h = []
for p, n in [(5, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (4, "review")]:
    heapq.heappush(h, (p, n))
print(h[0], len(h))
while h:
    print(heapq.heappop(h))

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(tasks)
print(heapq.heappop(tasks), tasks)
print(heapq.heappushpop(tasks, Task(0, "z")))
print(heapq.heapreplace(tasks, Task(9, "y")), sorted(tasks, key=lambda t: t.prio))

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len))
print(heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "cc"], ["bbb"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

# event-driven simulation of a bank with 2 tellers

arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (4, 4), (10, 1), (11, 6)]
import sys
counter = iter(range(sys.maxsize))
events = []
for t, dur in arrivals:
    heapq.heappush(events, (t, next(counter), "arrive", dur))
free = 2
waiting = []
log = []
total_wait = 0
while events:
    t, _, kind, dur = heapq.heappop(events)
    if kind == "arrive":
        if free:
            free -= 1
            heapq.heappush(events, (t + dur, next(counter), "done", 0))
            log.append(f"t={t:2d} start {dur}")
        else:
            waiting.append((t, dur))
            log.append(f"t={t:2d} queue {dur} (len {len(waiting)})")
    else:
        if waiting:
            at, d = waiting.pop(0)
            total_wait += t - at
            heapq.heappush(events, (t + d, next(counter), "done", 0))
            log.append(f"t={t:2d} done; start waiting {d} after {t - at}")
        else:
            free += 1
            log.append(f"t={t:2d} done; teller free ({free})")
print("\n".join(log))
print("total wait", total_wait, "avg %.3f" % (total_wait / len(arrivals)))

# dijkstra
graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))
