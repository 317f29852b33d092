# str/bytes shared between threads: a shared iterator hands out each
# character exactly once; concurrent splitting, formatting, interning and
# bytearray appends stay consistent (bytearray ops are atomic).
import _thread

def run_threads(fn, n):
    lock = _thread.allocate_lock()
    left = [n]
    done = _thread.allocate_lock()
    done.acquire()

    def wrap(k):
        try:
            fn(k)
        finally:
            with lock:
                left[0] -= 1
                if left[0] == 0:
                    done.release()

    for k in range(n):
        _thread.start_new_thread(wrap, (k,))
    done.acquire()

text = ''.join(chr(0x61 + i % 26) + ('é' if i % 7 == 0 else '') for i in range(20000))
it = iter(text)
seen = [[] for _ in range(4)]

def consume(k):
    for ch in it:
        seen[k].append(ch)

run_threads(consume, 4)
got = sorted(seen[0] + seen[1] + seen[2] + seen[3])
print(len(got) == len(text), got == sorted(text))

shared = 'alpha beta gamma delta ' * 50
results = [None] * 4

def work(k):
    acc = 0
    for i in range(300):
        words = shared.split()
        line = '-'.join(w.upper() for w in words[:5])
        acc += len(line) + len('{}:{:>5}'.format(k % 1, i)) + len('%d/%s' % (i, line[:3]))
        acc += shared.count('a') + len(shared.replace('a', 'AA')) + len(f'{i:08.2f}')
    results[k] = acc

run_threads(work, 4)
print(len(set(results)), results[0])

ba = bytearray()

def appender(k):
    for i in range(2000):
        ba.append(65 + k)
        ba.extend(b'xy')

run_threads(appender, 4)
print(len(ba), ba.count(b'x'), ba.count(b'y'), sorted(set(ba)))

bit = iter(b'0123456789' * 1000)
counts = [0] * 4

def bconsume(k):
    for _ in bit:
        counts[k] += 1

run_threads(bconsume, 4)
print(sum(counts))
