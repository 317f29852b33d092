# Heavier use of the primitives from many threads at once: results must be
# exact and nothing may hang.
import threading

N = 8

# Barrier cycles
bar = threading.Barrier(N)
rounds = 200
hits = [0] * rounds
hl = threading.Lock()


def cyc():
    for r in range(rounds):
        with hl:
            hits[r] += 1
        bar.wait()


ts = [threading.Thread(target=cyc) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier rounds ok:", hits == [N] * rounds)

# Condition-based bounded buffer: N producers, N consumers
cond = threading.Condition()
buf = []
CAP = 4
PER = 300
got = []
gl = threading.Lock()


def produce(base):
    for i in range(PER):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(base + i)
            cond.notify_all()


def consume():
    mine = []
    for _ in range(PER):
        with cond:
            cond.wait_for(lambda: buf)
            mine.append(buf.pop(0))
            cond.notify_all()
    with gl:
        got.extend(mine)


ts = [threading.Thread(target=produce, args=(k * PER,)) for k in range(N)]
ts += [threading.Thread(target=consume) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("buffer ok:", sorted(got) == list(range(N * PER)))

# Semaphore as a mutex
sem = threading.Semaphore(1)
total = [0]


def incr():
    for _ in range(2000):
        with sem:
            total[0] += 1


ts = [threading.Thread(target=incr) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore total:", total[0])

# Event ping-pong
ping, pong = threading.Event(), threading.Event()
count = [0]


def ponger():
    for _ in range(300):
        ping.wait()
        ping.clear()
        count[0] += 1
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for _ in range(300):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("ping-pong:", count[0])

# thread-local counters under contention
loc = threading.local()
res = []


def lc(i):
    loc.v = i
    for _ in range(1000):
        loc.v += 1
    with gl:
        res.append(loc.v - i)


ts = [threading.Thread(target=lc, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("locals:", res == [1000] * N)

# many short threads; names stay unique
names = set()


def nm():
    with gl:
        names.add(threading.current_thread().name)


ts = [threading.Thread(target=nm) for _ in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("unique names:", len(names), threading.active_count())
