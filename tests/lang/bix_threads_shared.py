# Several threads share one iterator: every item is handed out exactly
# once and enumerate's counter stays paired with its item.  (Concurrent
# print() to one file, sequence iterators over a Python __getitem__ and
# iter(callable, sentinel) are not tested here: CPython 3.11 itself loses
# or duplicates items there, so it cannot be the oracle.)
import threading

N_THREADS = 4


def drain(it, n_threads=N_THREADS):
    results = [[] for _ in range(n_threads)]

    def worker(k):
        out = results[k]
        for item in it:
            out.append(item)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for r in results for x in r]


items = drain(enumerate(range(20000)))
print(len(items), all(i == v for i, v in items), len({i for i, _ in items}))

items = drain(reversed(list(range(20000))))
print(len(items), sorted(items) == list(range(20000)))

items = drain(map(lambda x: -x, iter(range(20000))))
print(len(items), sorted(items) == sorted(-x for x in range(20000)))

items = drain(zip(iter(range(20000)), iter(range(20000))))
print(len(items), len(set(a for a, b in items)))
