# _thread.RLock reentrancy and ownership
import _thread
r = _thread.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release(); r.release()
with r:
    with r:
        print('nested with ok')
r.release()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)
r.acquire()
results = []
step = _thread.allocate_lock(); step.acquire()
done = _thread.allocate_lock(); done.acquire()
def other():
    results.append(('other non-blocking while owned', r.acquire(False)))
    results.append(('other timed while owned', r.acquire(True, 0.05)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(('other release', type(e).__name__))
    step.release()
    results.append(('other blocking after owner released', r.acquire()))
    results.append(('other reentrant', r.acquire(False)))
    r.release(); r.release()
    done.release()
_thread.start_new_thread(other, ())
step.acquire()
r.release()
done.acquire()
for item in results:
    print(*item)
def recursive(n):
    with r:
        return 0 if n == 0 else 1 + recursive(n - 1)
print('recursive depth', recursive(50))
print(r.acquire(False))
r.release()
