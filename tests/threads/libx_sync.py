# threading synchronization primitives: Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event, Barrier, Timer.  Deterministic: every thread is
# joined and output is produced after the joins (or in a forced order).
import threading
import time


def hexless(s):
    # "<threading.Event at 0x7f..: set>" -> "<threading.Event at ADDR: set>"
    i = s.find(" at 0x")
    if i < 0:
        return s
    j = s.find(":", i)
    if j < 0:
        j = s.find(">", i)
    return s[:i] + " at ADDR" + s[j:]


# --- Lock / RLock -----------------------------------------------------------
lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())
with lk:
    print("in with", lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rl = threading.RLock()
with rl:
    with rl:
        print("nested rlock ok")
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

counter = 0


def add(n):
    global counter
    for _ in range(n):
        with lk:
            counter += 1


ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# --- Condition ----------------------------------------------------------
cond = threading.Condition()
print(hexless(repr(cond)).startswith("<Condition(<unlocked _thread.RLock object"))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print("wait timeout ->", cond.wait(0.01))
    print("wait_for true ->", cond.wait_for(lambda: 5))
    print("wait_for timeout ->", cond.wait_for(lambda: 0, 0.01))

# producer / consumer with a plain Lock underneath
items = []
consumed = []
c2 = threading.Condition(threading.Lock())
DONE = object()


def consumer():
    while True:
        with c2:
            c2.wait_for(lambda: items)
            x = items.pop(0)
        if x is DONE:
            return
        consumed.append(x)


def producer():
    for i in range(50):
        with c2:
            items.append(i)
            c2.notify()
    with c2:
        items.append(DONE)
        c2.notify()


ct = threading.Thread(target=consumer)
pt = threading.Thread(target=producer)
ct.start()
pt.start()
pt.join()
ct.join()
print("consumed", consumed == list(range(50)))

# notify(n) wakes exactly n; notify_all wakes the rest
c3 = threading.Condition()
woken = []
waiting = [0]


def waiter(i):
    with c3:
        waiting[0] += 1
        c3.notify_all()  # tell the main thread one more is waiting
        while True:
            c3.wait()
            if tokens[0] > 0:
                tokens[0] -= 1
                woken.append(i)
                return


tokens = [0]
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ws:
    t.start()
with c3:
    c3.wait_for(lambda: waiting[0] == 5)
    tokens[0] = 2
    c3.notify(2)
while True:
    with c3:
        if len(woken) == 2:
            break
    time.sleep(0.001)
print("after notify(2):", len(woken))
with c3:
    tokens[0] = 3
    c3.notify_all()
for t in ws:
    t.join()
print("after notify_all:", sorted(woken))

# Condition over an RLock held recursively: wait releases all levels
c4 = threading.Condition(threading.RLock())
flag = []


def setter():
    with c4:
        flag.append(1)
        c4.notify()


with c4:
    with c4:
        st = threading.Thread(target=setter)
        st.start()
        print("recursive wait:", c4.wait_for(lambda: flag, 5))
st.join()

# --- Semaphore ------------------------------------------------------------
sem = threading.Semaphore(2)
print(hexless(repr(sem)))
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(hexless(repr(sem)))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)

limit = threading.Semaphore(3)
inside = [0]
peak = [0]
ilock = threading.Lock()


def limited():
    with limit:
        with ilock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.002)
        with ilock:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", 1 <= peak[0] <= 3)

bs = threading.BoundedSemaphore(2)
print(hexless(repr(bs)))
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# --- Event ------------------------------------------------------------------
ev = threading.Event()
print(hexless(repr(ev)), ev.is_set(), ev.wait(0.01))
got = []
waiters = [threading.Thread(target=lambda: got.append(ev.wait())) for _ in range(3)]
for t in waiters:
    t.start()
ev.set()
for t in waiters:
    t.join()
print(got, hexless(repr(ev)), ev.wait(0))
ev.clear()
print(ev.is_set())

# --- Barrier ----------------------------------------------------------------
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(hexless(repr(bar)), bar.parties, bar.n_waiting, bar.broken)
indices = []
ilock2 = threading.Lock()


def at_barrier():
    for _ in range(3):
        i = bar.wait()
        with ilock2:
            indices.append(i)


ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions)

b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout", b2.broken, hexless(repr(b2)))
b2.reset()
print("after reset", b2.broken)
b3 = threading.Barrier(2)
errs = []


def abortee():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)


t = threading.Thread(target=abortee)
t.start()
while b3.n_waiting == 0:
    time.sleep(0.001)
b3.abort()
t.join()
print(errs, b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# reset with a waiter
b4 = threading.Barrier(2)
t = threading.Thread(target=abortee)
b3 = b4
t.start()
while b4.n_waiting == 0:
    time.sleep(0.001)
b4.reset()
t.join()
print(errs, b4.broken)


def bad_action():
    raise KeyError("action")


b5 = threading.Barrier(1, action=bad_action)
try:
    b5.wait()
except KeyError as e:
    print("KeyError", e, b5.broken)

# --- Timer ------------------------------------------------------------------
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
tm3 = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
tm3.start()
tm3.join()
print(fired, tm.finished.is_set(), tm2.finished.is_set())
