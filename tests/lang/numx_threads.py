# Numbers are immutable and shared freely between threads: several threads
# do heavy small-int, big-int and float work at once and agree.  (Uses
# _thread directly so it needs nothing but the interpreter core.)
import _thread

def run_all(fn, n):
    done = _thread.allocate_lock()
    left = [n]
    count_lock = _thread.allocate_lock()
    done.acquire()
    def wrapper(k):
        try:
            fn(k)
        finally:
            with count_lock:
                left[0] -= 1
                if left[0] == 0:
                    done.release()
    for k in range(n):
        _thread.start_new_thread(wrapper, (k,))
    done.acquire()

results = [None] * 4
def work(idx):
    s = 0
    for i in range(20000):
        s += i * i - (i >> 1)
    f = 0.0
    for i in range(1, 20000):
        f += 1.0 / i
    b = 1
    for i in range(1, 200):
        b *= i
    results[idx] = (s, round(f, 9), b % 1000003, len(str(b)), hash(b), hash(f))
run_all(work, 4)
print(results[0])
print(all(r == results[0] for r in results))

shared = [float(i) / 7 for i in range(1000)] + [2**70 + i for i in range(100)]
sums = [0.0] * 4
def reader(k):
    total = 0.0
    for _ in range(20):
        for x in shared:
            total += x
    sums[k] = total
run_all(reader, 4)
print(sums[0], len(set(sums)))
