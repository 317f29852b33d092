# Threads writing lines to one io.StringIO: every write lands whole.
import io
import threading

buf = io.StringIO()
N, T = 2000, 4


def worker(k):
    for i in range(N):
        buf.write("thread %d line %d\n" % (k, i))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = buf.getvalue().splitlines()
print(len(lines))
seen = {(int(p[1]), int(p[3])) for p in (l.split() for l in lines)}
print(len(seen) == N * T, all(l.startswith("thread ") for l in lines))
