# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full,
# task_done/join, and many producers/consumers.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), queue.Empty.__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

bq = queue.Queue(maxsize=2)
bq.put('a')
bq.put_nowait('b')
print(bq.full(), bq.qsize())
try:
    bq.put_nowait('c')
except queue.Full:
    print("Full")
try:
    bq.put('c', timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put('c', block=False)
except queue.Full:
    print("Full non-blocking")
print(bq.get(), bq.get())

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'high2')]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(type(sq).__module__, sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")

# task_done / join
work = queue.Queue()
done = []
dl = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with dl:
            done.append(item * item)
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    work.put(i)
work.join()
print("joined", len(done), sum(done) == sum(i * i for i in range(100)), work.unfinished_tasks)
for _ in ws:
    work.put(None)
for w in ws:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# bounded queue with several producers and consumers
bounded = queue.Queue(maxsize=3)
received = []
N, PER = 4, 250


def producer(base):
    for i in range(PER):
        bounded.put(base + i)


def consumer():
    got = []
    for _ in range(PER):
        got.append(bounded.get())
    with dl:
        received.extend(got)


ts = [threading.Thread(target=producer, args=(k * PER,)) for k in range(N)]
ts += [threading.Thread(target=consumer) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bounded ok:", sorted(received) == list(range(N * PER)), bounded.empty())

# SimpleQueue across threads, FIFO order per producer
sq = queue.SimpleQueue()
out = []


def sq_consumer():
    for _ in range(200):
        out.append(sq.get())


c = threading.Thread(target=sq_consumer)
c.start()
for i in range(200):
    sq.put(i)
c.join()
print("simple fifo:", out == list(range(200)))
