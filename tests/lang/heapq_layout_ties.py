# heapq's list layout and the order of equal priorities match CPython
import heapq, random
h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq.heapify(h); print(h)
heapq.heappop(h); print(h)
print(heapq.heapreplace(h, 7), h)
print(heapq.heappushpop(h, 4), h)
z = [1, 0, 0]; heapq.heapify(z); print(z)
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, o):
        return self.prio < o.prio
q = []
for i, p in enumerate([2, 1, 2, 1, 2, 1, 2, 1]):
    heapq.heappush(q, Task(p, "t%d" % i))
print([heapq.heappop(q).name for _ in range(len(q))])
random.seed(5)
data = [random.randrange(20) for _ in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:10])
print(heapq.nsmallest(4, data), heapq.nlargest(4, data), list(heapq.merge([1, 3, 5], [2, 3, 4], reverse=False)))
print(list(heapq.merge([5, 3, 1], [4, 3, 2], reverse=True)))
import queue
pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 3, 1, 2, 2]):
    pq.put((p, "x%d" % i))
print([pq.get() for _ in range(6)])
