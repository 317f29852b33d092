# Concurrent inserts with string keys, then concurrent reads and deletes
import _thread
N_THREADS = 8
N_ITEMS = 20000
d = {}
def run_phase(fn):
    done = [_thread.allocate_lock() for _ in range(N_THREADS)]
    for lk in done:
        lk.acquire()
    def wrap(tid):
        try:
            fn(tid)
        finally:
            done[tid].release()
    for t in range(N_THREADS):
        _thread.start_new_thread(wrap, (t,))
    for lk in done:
        lk.acquire()
def insert(tid):
    for i in range(N_ITEMS):
        d['t%d-k%d' % (tid, i)] = (tid, i)
errors = [0] * N_THREADS
def check(tid):
    for i in range(N_ITEMS):
        other = (tid + 1) % N_THREADS
        if d['t%d-k%d' % (other, i)] != (other, i):
            errors[tid] += 1
def delete_even(tid):
    for i in range(0, N_ITEMS, 2):
        del d['t%d-k%d' % (tid, i)]
run_phase(insert)
print('after insert', len(d))
run_phase(check)
print('read errors', sum(errors))
run_phase(delete_even)
print('after delete', len(d))
print('only odd left', all(v[1] % 2 == 1 for v in d.values()))
