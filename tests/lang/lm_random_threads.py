# Module-level random functions shared by several threads: the shared
# generator's state must never be corrupted, so together the threads draw
# exactly the values one thread would have drawn.
import random
import threading

random.seed(2024)
expected = sorted(random.random() for _ in range(4000))

random.seed(2024)
results = []
lock = threading.Lock()

def worker():
    mine = [random.random() for _ in range(1000)]
    with lock:
        results.extend(mine)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(results) == expected)

# Independent generators in threads: each is reproducible on its own.
out = {}
def sim(n):
    r = random.Random(n)
    total = 0
    for _ in range(500):
        total += r.randint(1, 6)
    out[n] = total

threads = [threading.Thread(target=sim, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([out[n] for n in range(6)])
print([sum(random.Random(n).randint(1, 6) for _ in range(500)) for n in range(6)] == [out[n] for n in range(6)])

# getrandbits from many threads: all words accounted for
random.seed(7)
exp_bits = sorted(random.getrandbits(32) for _ in range(2000))
random.seed(7)
got = []
def bits():
    mine = [random.getrandbits(32) for _ in range(500)]
    with lock:
        got.extend(mine)
threads = [threading.Thread(target=bits) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(got) == exp_bits)
