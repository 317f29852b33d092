# threading.Thread: names, start/join, is_alive, daemon, subclasses, errors.
import threading


def norm(s):
    # thread idents differ from run to run: "<T(name, started 1234)>"
    head, sep, tail = s.rpartition(" ")
    if tail[:-2].isdigit():
        return head + " ID)>"
    return s


def nonum(s):
    return "".join("N" if ch.isdigit() else ch for ch in s).replace("NN", "N").replace("NN", "N")


results = []
lock = threading.Lock()


def work(n, scale=1):
    with lock:
        results.append(n * scale)


threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}) for i in range(5)]
print([t.name for t in threads])
print(norm(repr(threads[0])))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(norm(repr(threads[0])))
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))
print(len(set(t.native_id for t in threads)) >= 1)

# names
t = threading.Thread(name="worker")
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.name = 42
print(repr(t.name))
t.name = "again"
print(t.name)
t2 = threading.Thread(target=lambda: None)
print(nonum(t2.name))


class Named:
    def __call__(self):
        pass


t3 = threading.Thread(target=Named())
print(nonum(t3.name))


# subclass overriding run
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(100)
c.start()
c.join()
print(c.total, nonum(c.name), norm(repr(c)).replace(c.name, "NAME"))

# daemon flag
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, norm(repr(d)).replace(d.name, "NAME"))
d.daemon = False
d.daemon = True
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# errors
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# current_thread / main_thread / enumerate / active_count
print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().name, threading.current_thread().name)
print(norm(repr(threading.main_thread())))
print(threading.active_count(), len(threading.enumerate()))
seen = {}
ev = threading.Event()
go = threading.Event()


def inside():
    me = threading.current_thread()
    seen['name'] = me.name
    seen['same'] = me is box[0]
    seen['ident'] = threading.get_ident() == me.ident
    seen['count'] = threading.active_count()
    seen['in_enum'] = me in threading.enumerate()
    ev.set()
    go.wait()


box = [threading.Thread(target=inside, name="inner")]
box[0].start()
ev.wait()
print(sorted(seen.items()))
print(box[0].is_alive())
go.set()
box[0].join()
print(box[0].is_alive(), threading.active_count())

# join with timeout on a thread that's still waiting
block = threading.Event()
w = threading.Thread(target=block.wait)
w.start()
w.join(0.01)
print("alive after timed join:", w.is_alive())
block.set()
w.join()
print("alive after join:", w.is_alive())

# threads started from threads, return values via a list
out = []


def spawner(k):
    if k:
        child = threading.Thread(target=spawner, args=(k - 1,))
        child.start()
        child.join()
    out.append(k)


s = threading.Thread(target=spawner, args=(5,))
s.start()
s.join()
print(out)
print(threading.get_ident() == threading.main_thread().ident)
print(isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX > 1000)
print(threading.Lock is threading._allocate_lock, type(threading.Lock()).__name__)
print(type(threading.RLock()).__name__)
print(threading.ThreadError is RuntimeError)
