# Threads that spawn threads (binary tree), joined through a lock-protected counter
import _thread
DEPTH = 5
lock = _thread.allocate_lock()
state = {'started': 0, 'finished': 0, 'leaves': 0}
expected = 2 ** (DEPTH + 1) - 1
all_done = _thread.allocate_lock()
all_done.acquire()
def node(depth, path):
    with lock:
        state['started'] += 1
    if depth < DEPTH:
        _thread.start_new_thread(node, (depth + 1, path + 'L'))
        _thread.start_new_thread(node, (depth + 1, path + 'R'))
    else:
        with lock:
            state['leaves'] += 1
    with lock:
        state['finished'] += 1
        if state['finished'] == expected:
            all_done.release()
node(0, '')
all_done.acquire()
print(state['started'], state['finished'], state['leaves'], expected)
