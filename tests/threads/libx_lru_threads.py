# lru_cache, partial and cached_property used from many threads at once:
# statistics stay consistent and the cache never exceeds maxsize.
import functools
import threading

N = 8
CALLS = 2000


@functools.lru_cache(maxsize=16)
def bounded(x):
    return x * 3


@functools.lru_cache(maxsize=None)
def unbounded(x):
    return -x


def hammer(seed):
    for i in range(CALLS):
        k = (i * (seed + 1)) % 40
        assert bounded(k) == k * 3
        assert unbounded(k % 10) == -(k % 10)


ts = [threading.Thread(target=hammer, args=(s,)) for s in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
bi = bounded.cache_info()
ui = unbounded.cache_info()
print(bi.hits + bi.misses == N * CALLS, bi.currsize <= 16, bi.maxsize)
print(ui.hits + ui.misses == N * CALLS, ui.currsize, ui.misses >= 10)


class Lazy:
    runs = 0
    lock = threading.Lock()

    @functools.cached_property
    def value(self):
        with Lazy.lock:
            Lazy.runs += 1
        return 99


obj = Lazy()
vals = []
ts = [threading.Thread(target=lambda: vals.append(obj.value)) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(vals == [99] * N, Lazy.runs)

add = functools.partial(lambda a, b: a + b, 100)
res = []
rl = threading.Lock()


def use_partial(i):
    r = add(i)
    with rl:
        res.append(r)


ts = [threading.Thread(target=use_partial, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
