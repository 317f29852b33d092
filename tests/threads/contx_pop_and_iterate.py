# concurrent pop() from one list; iterating lists/dicts/sets while others mutate them
import _thread
N = 8
src = list(range(200000))
got = [[] for _ in range(N)]
done = [_thread.allocate_lock() for _ in range(N)]
for lk in done:
    lk.acquire()
def popper(tid):
    try:
        mine = got[tid]
        while True:
            try:
                mine.append(src.pop())
            except IndexError:
                break
    finally:
        done[tid].release()
for t in range(N):
    _thread.start_new_thread(popper, (t,))
for lk in done:
    lk.acquire()
allgot = []
for g in got:
    allgot.extend(g)
print(len(src), len(allgot), sorted(allgot) == list(range(200000)))

# list iteration while another thread appends and pops: must not crash
shared = list(range(1000))
stop = [False]
fin = _thread.allocate_lock()
fin.acquire()
def mutator():
    try:
        i = 0
        while not stop[0]:
            shared.append(i)
            if len(shared) > 2000:
                del shared[:500]
            i += 1
    finally:
        fin.release()
_thread.start_new_thread(mutator, ())
total = 0
for rnd in range(200):
    for x in shared:
        total += 1
    for x in reversed(shared):
        total += 1
    shared[:] if rnd % 2 else list(shared)
    sorted(shared[:100])
stop[0] = True
fin.acquire()
print('list iteration survived', total > 0)

# dict iteration while another thread mutates: RuntimeError or success, never a crash
dshared = {i: i for i in range(100)}
stop[0] = False
fin2 = _thread.allocate_lock()
fin2.acquire()
def dmut():
    try:
        i = 0
        while not stop[0]:
            dshared[1000 + i % 50] = i
            dshared.pop(1000 + (i + 25) % 50, None)
            i += 1
    finally:
        fin2.release()
_thread.start_new_thread(dmut, ())
errors = 0
ok = 0
for rnd in range(300):
    try:
        for k in dshared:
            pass
        for k, v in dshared.items():
            pass
        ok += 1
    except RuntimeError as e:
        if 'changed' in str(e):
            errors += 1
    list(dshared.values())
    dict(dshared)
    dshared.copy()
stop[0] = True
fin2.acquire()
print('dict iteration survived', ok + errors == 300)

# set iteration while another thread adds/discards
sshared = set(range(100))
stop[0] = False
fin3 = _thread.allocate_lock()
fin3.acquire()
def smut():
    try:
        i = 0
        while not stop[0]:
            sshared.add(1000 + i % 64)
            sshared.discard(1000 + (i + 32) % 64)
            i += 1
    finally:
        fin3.release()
_thread.start_new_thread(smut, ())
n = 0
for rnd in range(300):
    try:
        for x in sshared:
            pass
        n += 1
    except RuntimeError:
        n += 1
    frozenset(sshared)
    sshared | {1}
    sshared - {1}
stop[0] = True
fin3.acquire()
print('set iteration survived', n == 300)
