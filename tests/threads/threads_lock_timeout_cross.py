# Lock held by the main thread: worker's timed acquire fails; released lock is acquired by worker
import _thread
import time
held = _thread.allocate_lock()
held.acquire()
results = []
step1 = _thread.allocate_lock(); step1.acquire()
step2 = _thread.allocate_lock(); step2.acquire()
finished = _thread.allocate_lock(); finished.acquire()
def worker():
    results.append(('timed acquire on held lock', held.acquire(True, 0.05)))
    results.append(('non-blocking acquire', held.acquire(False)))
    step1.release()
    step2.acquire()
    results.append(('blocking acquire after release', held.acquire()))
    held.release()
    finished.release()
_thread.start_new_thread(worker, ())
step1.acquire()
held.release()
step2.release()
finished.acquire()
for r in results:
    print(*r)
lock = _thread.allocate_lock()
lock.acquire()
released_by_other = _thread.allocate_lock(); released_by_other.acquire()
def releaser():
    time.sleep(0.02)
    lock.release()
    released_by_other.release()
_thread.start_new_thread(releaser, ())
print('blocking acquire waits for other thread:', lock.acquire())
released_by_other.acquire()
print('locked', lock.locked())
