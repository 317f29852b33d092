# The same CPU-bound pure-Python work done by 1 thread and by 2 threads.
# ftpy has no GIL, so on a machine with 2 free cores the 2-thread run takes
# about as long as the 1-thread run while doing twice the work.
import _thread
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run(nthreads, n):
    done = _thread.allocate_lock()
    lock = _thread.allocate_lock()
    results = []
    remaining = [nthreads]
    done.acquire()

    def work():
        r = fib(n)
        with lock:
            results.append(r)
            remaining[0] -= 1
            if remaining[0] == 0:
                done.release()

    start = time.perf_counter()
    for _ in range(nthreads):
        _thread.start_new_thread(work, ())
    done.acquire()
    return time.perf_counter() - start, results


def best_of(k, n):
    # One run is ~50 ms here: take the best of several, alternating the
    # 1-thread and 2-thread runs, so that a moment of load from elsewhere
    # on a shared machine (or the tail of a build) doesn't decide the ratio.
    best1 = best2 = None
    for _ in range(k):
        a = run(1, n)
        b = run(2, n)
        if best1 is None or a[0] < best1[0]:
            best1 = a
        if best2 is None or b[0] < best2[0]:
            best2 = b
    return best1, best2


N = 30
(t1, r1), (t2, r2) = best_of(7, N)
print(f"fib({N}) x1 on 1 thread : {t1:.3f} s  {r1}")
print(f"fib({N}) x2 on 2 threads: {t2:.3f} s  {r2}")
print(f"2 threads did 2x the work in {t2 / t1:.2f}x the time "
      f"(throughput speed-up {2 * t1 / t2:.2f}x)")
