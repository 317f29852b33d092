# Numbers are immutable and shared freely between threads: several threads
# do heavy small-int, big-int and float work at once and agree.
import threading

def work(results, idx):
    s = 0
    for i in range(20000):
        s += i * i - (i >> 1)
    f = 0.0
    for i in range(1, 20000):
        f += 1.0 / i
    b = 1
    for i in range(1, 200):
        b *= i
    results[idx] = (s, round(f, 9), b % 1000003, len(str(b)))

results = [None] * 4
threads = [threading.Thread(target=work, args=(results, i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results[0])
print(all(r == results[0] for r in results))

shared = [float(i) / 7 for i in range(1000)]
sums = [0.0] * 4
def reader(k):
    total = 0.0
    for _ in range(20):
        for x in shared:
            total += x
    sums[k] = total
threads = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sums[0], len(set(sums)))
