# complex values shared between threads: immutable, so only refcounts race
import threading

shared = [complex(i, -i) for i in range(100)]
results = [None] * 4

def work(k):
    acc = 0j
    for _ in range(200):
        for z in shared:
            acc += z * 1j / (1 + 1j)
            acc -= z.conjugate() ** 2 / 1000
    results[k] = acc

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(all(r == results[0] for r in results), results[0])
print(len({hash(z) for z in shared}), sum(shared))
