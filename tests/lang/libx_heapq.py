# heapq: push/pop/heapify/replace/pushpop, merge, nsmallest/nlargest, errors.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
h = data[:]
heapq.heapify(h)
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
print(heapq.heapreplace(h, 10), heapq.heappushpop(h, -1), heapq.heappushpop(h, 4))
print(sorted(h) == [heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
# tuples as (priority, item)
tasks = []
for pri, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(0, data))
print(heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(10, [3, 1]))
# a big random-ish sequence, sorted via the heap
seq = [(i * 7919) % 1000 for i in range(1000)]
heapq.heapify(seq)
print([heapq.heappop(seq) for _ in range(1000)] == sorted((i * 7919) % 1000 for i in range(1000)))
