# Shared counter protected by a lock, using both acquire/release and "with lock:"
import _thread
N_THREADS = 8
N_INCR = 20000
lock = _thread.allocate_lock()
state = {'count': 0, 'finished': 0}
all_done = _thread.allocate_lock()
all_done.acquire()
class Box:
    value = 0
box = Box()
def worker(tid):
    for i in range(N_INCR):
        if i % 2:
            with lock:
                state['count'] += 1
                box.value += 2
        else:
            lock.acquire()
            try:
                state['count'] += 1
                box.value += 2
            finally:
                lock.release()
    with lock:
        state['finished'] += 1
        last = state['finished'] == N_THREADS
    # release outside the with-block so the shared lock is free when main wakes up
    if last:
        all_done.release()
for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t,))
all_done.acquire()
print('count', state['count'], N_THREADS * N_INCR)
print('box', box.value)
print('lock free at end', not lock.locked())
