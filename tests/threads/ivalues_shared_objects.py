# Attributes of objects shared between threads, while they live in the
# objects' inline values and while other threads move them into a real
# __dict__ (vars(), del, a store that leaves a gap): no update is lost,
# every read sees a value that was stored, nothing crashes.
import threading

class Cell:
    def __init__(self, i):
        self.a = i
        self.b = [i]
        self.c = str(i)

N_THREADS = 4
N_OBJS = 200
ROUNDS = 300
objs = [Cell(i) for i in range(N_OBJS)]
lock = threading.Lock()
counts = Cell(0)
counts.a = 0
bad = []

def writer(tid):
    for r in range(ROUNDS):
        for o in objs:
            o.b = [tid, r]            # replaces a list other threads may be reading
            o.c = 'w%d' % tid
        with lock:
            counts.a += 1

def reader(tid):
    seen = 0
    for r in range(ROUNDS):
        for o in objs:
            b = o.b
            c = o.c
            if not isinstance(b, list) or not isinstance(c, str):
                bad.append((b, c))
            seen += len(b)
    return seen

def materializer(tid):
    for r in range(ROUNDS // 10):
        for i, o in enumerate(objs):
            if (i + r) % 7 == 0:
                d = vars(o)           # the values move into a dict
                if 'a' not in d:
                    bad.append(('no a', i))
            o.extra = r               # a new attribute after the others

threads = [threading.Thread(target=writer, args=(t,)) for t in range(2)]
threads += [threading.Thread(target=reader, args=(t,)) for t in range(N_THREADS - 2)]
threads.append(threading.Thread(target=materializer, args=(9,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

print('bad', bad[:3])
print('count', counts.a)
print('a intact', sorted(o.a for o in objs) == list(range(N_OBJS)))
print('b from a writer', all(o.b[0] in (0, 1) and o.b[1] == ROUNDS - 1 for o in objs))
print('extra', all(o.extra == ROUNDS // 10 - 1 for o in objs))
print('keys', sorted(vars(objs[0])))

# Many threads creating and dropping their own instances, then sharing one.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

shared = []
def builder(tid):
    head = None
    for i in range(5000):
        head = Node(i, head)
    total = 0
    n = head
    while n is not None:
        total += n.v
        n = n.nxt
    with lock:
        shared.append((total, head))

ts = [threading.Thread(target=builder, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('totals', [t for t, _ in shared])
# another thread's nodes, read and rewritten here
for total, head in shared:
    n = head
    while n is not None:
        n.v = n.v * 2
        n = n.nxt
s = 0
n = shared[0][1]
while n is not None:
    s += n.v
    n = n.nxt
print('sum doubled', s)
