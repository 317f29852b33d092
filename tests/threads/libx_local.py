# threading.local: per-thread attributes, subclasses with __init__,
# descriptors, __dict__, errors.
import threading

data = threading.local()
print(type(data).__name__, type(data).__module__, threading.local.__name__)
print(repr(data).startswith("<_thread._local object at 0x"))
data.x = 1
data.y = [1, 2]
print(data.x, data.y, sorted(data.__dict__.items()))
seen = {}


def worker(i):
    seen[i] = hasattr(data, 'x')
    data.x = i * 100
    data.z = i
    seen[(i, 'x')] = data.x
    seen[(i, 'dict')] = sorted(data.__dict__)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted((k, v) for k, v in seen.items() if not isinstance(k, tuple)))
print([seen[(i, 'x')] for i in range(4)], seen[(2, 'dict')])
print("main still sees", data.x, hasattr(data, 'z'))

del data.x
print(hasattr(data, 'x'))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1, k=2)
except TypeError as e:
    print("TypeError:", e)


class MyLocal(threading.local):
    initialized = 0
    color = "red"

    def __init__(self, size, color=None):
        self.size = size
        if color:
            self.color = color
        MyLocal.initialized += 1

    def area(self):
        return self.size * self.size

    @property
    def double(self):
        return self.size * 2

    @double.setter
    def double(self, v):
        self.size = v // 2


ml = MyLocal(3, color="blue")
print(ml.size, ml.color, ml.area(), ml.double, MyLocal.initialized)
ml.double = 10
print(ml.size, ml.double, 'double' in ml.__dict__)
out = []


def use_ml():
    out.append((ml.size, ml.color, ml.area()))
    ml.size = 7
    out.append(ml.area())


t = threading.Thread(target=use_ml)
t.start()
t.join()
print(out, MyLocal.initialized, ml.size)
try:
    ml.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    ml.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


class WithSlots(threading.local):
    __slots__ = ()


# many threads, each with its own counter
counters = threading.local()
totals = []
tlock = threading.Lock()


def count(n):
    counters.n = 0
    for _ in range(n):
        counters.n += 1
    with tlock:
        totals.append(counters.n)


ts = [threading.Thread(target=count, args=(i * 100,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals))

# a later thread (possibly reusing an ident) starts with a fresh namespace
fresh = []
for i in range(5):
    t = threading.Thread(target=lambda: fresh.append(hasattr(counters, 'n')))
    t.start()
    t.join()
print(fresh)
