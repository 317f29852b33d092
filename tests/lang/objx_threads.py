# Objects shared between threads: instance attributes written and read by
# many threads (the instance __dict__ is created lazily by whichever thread
# writes first), properties, bound methods, super() calls, module
# attributes and closure cells.  Every thread's writes must all land.
import threading

N = 8
ROUNDS = 2000


class Shared:
    pass


class Base:
    def step(self, k):
        return k


class Derived(Base):
    def step(self, k):
        return super().step(k) + 1

    @property
    def prop(self):
        return 7


def run(worker):
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


for trial in range(5):
    obj = Shared()  # no __dict__ yet: threads race to create it

    def writer(k):
        for i in range(ROUNDS):
            setattr(obj, "a%d_%d" % (k, i % 50), i)
            getattr(obj, "a%d_%d" % (k, i % 50))
    run(writer)
    print(len(obj.__dict__))

d = Derived()
totals = [0] * N


def caller(k):
    s = 0
    m = d.step
    for i in range(ROUNDS):
        s += m(i) + d.prop + d.step(0)
    totals[k] = s
run(caller)
print(totals == [sum(i + 1 + 7 + 1 for i in range(ROUNDS))] * N)

import math
mod_hits = [0] * N


def modreader(k):
    for i in range(ROUNDS):
        if math.sqrt(4.0) == 2.0 and math.pi > 3:
            mod_hits[k] += 1
run(modreader)
print(sum(mod_hits))


def make_counter():
    count = 0
    lock = threading.Lock()

    def bump():
        nonlocal count
        with lock:
            count += 1

    def get():
        return count
    return bump, get


bump, get = make_counter()


def bumper(k):
    for i in range(ROUNDS):
        bump()
run(bumper)
print(get())

# delete/re-add attributes concurrently: nothing may crash
obj = Shared()


def churn(k):
    name = "x%d" % (k % 2)
    for i in range(ROUNDS):
        try:
            setattr(obj, name, i)
            delattr(obj, name)
        except AttributeError:
            pass
run(churn)
print(sorted(obj.__dict__))
