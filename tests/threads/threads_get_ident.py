# _thread.get_ident: distinct for concurrently alive threads, stable within a thread
import _thread
N = 8
main_ident = _thread.get_ident()
print(type(main_ident).__name__, main_ident == _thread.get_ident())
lock = _thread.allocate_lock()
go = _thread.allocate_lock()
go.acquire()
state = {'ready': 0, 'finished': 0}
all_ready = _thread.allocate_lock(); all_ready.acquire()
all_done = _thread.allocate_lock(); all_done.acquire()
idents = {}
stable = []
def worker(tid):
    me = _thread.get_ident()
    with lock:
        idents[tid] = me
        state['ready'] += 1
        if state['ready'] == N:
            all_ready.release()
    go.acquire()
    go.release()
    with lock:
        stable.append(me == _thread.get_ident())
        state['finished'] += 1
        if state['finished'] == N:
            all_done.release()
for t in range(N):
    _thread.start_new_thread(worker, (t,))
all_ready.acquire()
go.release()
all_done.acquire()
print('threads', len(idents))
print('distinct idents', len(set(idents.values())))
print('differs from main', main_ident not in idents.values())
print('stable', all(stable), len(stable))
