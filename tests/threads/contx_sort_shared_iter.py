# sorting a list another thread mutates; a shared range/list iterator hands each item out once
import _thread
N = 4
lst = [((i * 7919) % 10007) for i in range(20000)]
errors = [0]
stop = [False]
fin = _thread.allocate_lock()
fin.acquire()
def appender():
    try:
        while not stop[0]:
            lst.append(1)
            try:
                lst.pop()
            except IndexError:
                pass
    finally:
        fin.release()
_thread.start_new_thread(appender, ())
for rnd in range(20):
    try:
        lst.sort(reverse=rnd % 2 == 1)
    except ValueError as e:
        if str(e) == 'list modified during sort':
            errors[0] += 1
stop[0] = True
fin.acquire()
# (an append that lands while the list is emptied for sorting is discarded,
# as in CPython's free-threaded build, so the length may drop a little)
print('sort survived', all(type(x) is int for x in lst), len(lst) > 19000)

# shared iterators: each item exactly once overall
for make in (lambda: iter(range(100000)), lambda: iter(list(range(100000))), lambda: iter(tuple(range(100000)))):
    it = make()
    got = [[] for _ in range(N)]
    done = [_thread.allocate_lock() for _ in range(N)]
    for lk in done:
        lk.acquire()
    def consume(tid):
        try:
            g = got[tid]
            for x in it:
                g.append(x)
        finally:
            done[tid].release()
    for t in range(N):
        _thread.start_new_thread(consume, (t,))
    for lk in done:
        lk.acquire()
    allx = []
    for g in got:
        allx.extend(g)
    print(len(allx), sorted(allx) == list(range(100000)))
