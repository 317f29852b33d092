# Two threads alternate strictly using two locks: deterministic interleaved output
import _thread
ping_turn = _thread.allocate_lock()
pong_turn = _thread.allocate_lock()
pong_turn.acquire()
finished = _thread.allocate_lock()
finished.acquire()
log = []
ROUNDS = 10
def ping():
    for i in range(ROUNDS):
        ping_turn.acquire()
        log.append('ping %d' % i)
        pong_turn.release()
def pong():
    for i in range(ROUNDS):
        pong_turn.acquire()
        log.append('pong %d' % i)
        ping_turn.release()
    finished.release()
_thread.start_new_thread(pong, ())
_thread.start_new_thread(ping, ())
finished.acquire()
ping_turn.acquire()
for line in log:
    print(line)
print(len(log))
