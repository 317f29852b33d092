import threading, math
results = [None] * 4
def work(i):
    acc = 0
    f = 0.0
    for k in range(1, 3000):
        acc += pow(k, 65537, 2**127 - 1) ^ (k << 70)
        f += math.sqrt(k) / (k + i)
    s = repr(f) + ' ' + format(f, '.10e') + ' ' + str(acc % 10**20) + ' ' + hex(acc)[-12:]
    results[i] = (s, math.factorial(300 + i) % 1000003, str(2**(5000 + i))[-8:], complex(i, 1) ** 7, round(f, 3))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for r in results: print(r)
lock = threading.Lock()
total = [0, 0.0]
def add(n):
    for k in range(n):
        with lock:
            total[0] += 2**64 + k
            total[1] += 0.5
ts = [threading.Thread(target=add, args=(2000,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
