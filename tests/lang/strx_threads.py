# str/bytes shared between threads: a shared iterator hands out each
# character exactly once; concurrent building, formatting and bytearray
# appends stay consistent.
import threading

text = ''.join(chr(0x61 + i % 26) + ('é' if i % 7 == 0 else '') for i in range(20000))
it = iter(text)
seen = [[] for _ in range(4)]

def consume(k):
    for ch in it:
        seen[k].append(ch)

ts = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = sorted(ch for part in seen for ch in part)
print(len(got) == len(text), got == sorted(text))

shared = 'alpha beta gamma delta ' * 50
results = [None] * 4

def work(k):
    acc = 0
    for i in range(300):
        words = shared.split()
        line = '-'.join(w.upper() for w in words[:5])
        acc += len(line) + len('{}:{:>5}'.format(k, i)) + len('%d/%s' % (i, line[:3]))
        acc += shared.count('a') + len(shared.replace('a', 'AA'))
    results[k] = acc

ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(set(results)), results[0])

ba = bytearray()

def appender():
    for i in range(2000):
        ba.append(i % 256)
        ba.extend(b'xy')

ts = [threading.Thread(target=appender) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ba), ba.count(b'x'), ba.count(b'y'))

bit = iter(b'0123456789' * 1000)
counts = [0] * 4

def bconsume(k):
    for _ in bit:
        counts[k] += 1

ts = [threading.Thread(target=bconsume, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(counts))
