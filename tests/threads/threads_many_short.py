# Many short-lived threads with args and kwargs; results stored by index
import _thread
N = 100
results = {}
lock = _thread.allocate_lock()
remaining = [N]
all_done = _thread.allocate_lock()
all_done.acquire()
def work(i, scale=1, label='x'):
    v = sum(range(i)) * scale
    with lock:
        results[i] = (label, v)
        remaining[0] -= 1
        if remaining[0] == 0:
            all_done.release()
for i in range(N):
    if i % 2:
        _thread.start_new_thread(work, (i,), {'scale': 2, 'label': 'odd'})
    else:
        _thread.start_new_thread(work, (i,))
all_done.acquire()
print(len(results))
print([results[i] for i in range(6)])
print(results[99], results[98])
print(all(results[i][1] == sum(range(i)) * (2 if i % 2 else 1) for i in range(N)))
