# dataclasses and enums used from several threads
import threading
from dataclasses import dataclass, field, replace, asdict
from enum import Enum, Flag, auto


class State(Enum):
    IDLE = auto()
    BUSY = auto()
    DONE = auto()


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()


@dataclass(frozen=True, order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = State.IDLE


@dataclass
class Tally:
    counts: dict = field(default_factory=dict)
    lock: object = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, key):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1


tally = Tally()
results = [None] * 4


def worker(i):
    jobs = [Job(i * 10 + k, 'job%d-%d' % (i, k)) for k in range(50)]
    done = [replace(j, state=State.DONE) for j in jobs]
    combos = set()
    for k in range(50):
        o = Opt(k % 8)
        combos.add(repr(o))
        tally.add(o)
    results[i] = (len(done), all(j.state is State.DONE for j in done),
                  min(done).priority, sorted(combos))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r[0], r[1], r[2])
print(results[0][3])
print(sorted((repr(k), v) for k, v in tally.counts.items()))
print(asdict(Job(1, 'x')), Opt(3) is Opt.A | Opt.B)
