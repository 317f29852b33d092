# threading, queue, Event, local, a shared dict and a generator drained by two threads at once.
import _thread, threading, queue, time
results = []
lock = threading.Lock()
def worker(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        results.append(s)
ts = [threading.Thread(target=worker, args=(10000 + k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
q = queue.Queue()
def producer():
    for i in range(5): q.put(i)
    q.put(None)
out = []
def consumer():
    while True:
        x = q.get()
        if x is None: break
        out.append(x * x)
a = threading.Thread(target=producer); b = threading.Thread(target=consumer)
a.start(); b.start(); a.join(); b.join()
print(out)
ev = threading.Event()
def setter(): ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5))
local = threading.local()
local.x = 1
def other():
    local.x = 2
t = threading.Thread(target=other); t.start(); t.join()
print(local.x, threading.current_thread().name, threading.active_count() >= 1)
shared = {}
def fill(k):
    for i in range(1000):
        shared[(k, i)] = i
ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sum(shared.values()))
def gen():
    for i in range(10000):
        yield i
g = gen()
got = []
def drain():
    try:
        for x in g:
            got.append(x)
    except ValueError:
        pass
ts = [threading.Thread(target=drain) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got) <= 10000, len(set(got)) == len(got))
