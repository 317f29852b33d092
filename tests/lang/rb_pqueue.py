# Priority-queue event simulation with heapq, __lt__ on events, dataclass-like records
import heapq

class Event:
    _seq = 0
    def __init__(self, time, kind, payload=None):
        self.time = time
        self.kind = kind
        self.payload = payload
        Event._seq += 1
        self.seq = Event._seq
    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)
    def __repr__(self):
        return f"Event(t={self.time}, {self.kind}, {self.payload!r})"

class Simulator:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.handlers = {}
        self.trace = []
    def on(self, kind):
        def register(fn):
            self.handlers.setdefault(kind, []).append(fn)
            return fn
        return register
    def schedule(self, delay, kind, payload=None):
        if delay < 0:
            raise ValueError(f"negative delay {delay}")
        heapq.heappush(self.queue, Event(self.now + delay, kind, payload))
    def run(self, until=100):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            handlers = self.handlers.get(ev.kind)
            if not handlers:
                raise LookupError(f"no handler for {ev.kind!r}")
            for h in handlers:
                h(self, ev)
        return self.now

sim = Simulator()
served = []

@sim.on("arrive")
def arrive(s, ev):
    s.trace.append(f"{s.now:3d} arrive {ev.payload}")
    s.schedule(3 + len(ev.payload), "depart", ev.payload)

@sim.on("depart")
def depart(s, ev):
    s.trace.append(f"{s.now:3d} depart {ev.payload}")
    served.append(ev.payload)

@sim.on("depart")
def count(s, ev):
    s.trace.append(f"    served so far: {len(served)}")

for i, name in enumerate(["ann", "bo", "cyrus", "di"]):
    sim.schedule(i * 2, "arrive", name)
end = sim.run()
print("\n".join(sim.trace))
print("end", end, served)
sim.schedule(1, "explode")
try:
    sim.run()
except LookupError as e:
    print(type(e).__name__, e)
try:
    sim.schedule(-1, "arrive")
except ValueError as e:
    print("ValueError:", e)

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"
    def __eq__(self, other):
        return (self.prio, self.name) == (other.prio, other.name)
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"), Task(5, "ship")]
heap = list(tasks)
heapq.heapify(heap)
print([heapq.heappop(heap).name for _ in range(len(tasks))])
print(heapq.nsmallest(2, tasks), heapq.nlargest(2, tasks, key=lambda t: t.name))
print(sorted(tasks, reverse=True)[:2])
print(Task(1, "a") == Task(1, "a"), Task(1, "a") != Task(1, "b"), Task(1, "a") > Task(0, "z"))
try:
    heapq.heappush(heap, 5)
    heapq.heappush(heap, Task(1, "x"))
except TypeError as e:
    print("TypeError:", e)
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)
