# Lock API: acquire/release/locked, non-blocking and timed acquire
import _thread
import time
lk = _thread.allocate_lock()
print(type(lk).__name__, lk.locked())
print(lk.acquire(), lk.locked())
print(lk.acquire(False))
print(lk.acquire(blocking=False))
print(lk.acquire(True, 0.05))
print(lk.acquire(timeout=0.02))
t0 = time.time()
r = lk.acquire(True, 0.1)
print(r, time.time() - t0 >= 0.08)
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print(type(e).__name__, e)
with lk:
    print('inside with', lk.locked())
print('after with', lk.locked())
try:
    with lk:
        raise ValueError('boom')
except ValueError as e:
    print('released after exception', not lk.locked(), e)
try:
    lk.acquire(False, 1.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lk.acquire(True, -5)
except ValueError as e:
    print(type(e).__name__, e)
print(lk.acquire(True, -1), lk.locked())
lk.release()
print(isinstance(lk, _thread.LockType))
