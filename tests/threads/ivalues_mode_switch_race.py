# Threads racing on the same objects while their attributes move from
# inline values to a __dict__: stores, reads, del, vars(), __dict__
# replacement and __class__ assignment.  Every read sees a value some
# thread stored (or AttributeError after a del); nothing is lost or freed
# twice, nothing crashes.
import threading

class A:
    def __init__(self, i):
        self.x = i
        self.y = [i]

class B:
    def __init__(self):
        self.x = 0
        self.y = [0]

objs = [A(i) for i in range(64)]
for o in objs[::3]:
    o.__class__ = B
bad = []
ROUNDS = 200

def writer(tid):
    for r in range(ROUNDS):
        for o in objs:
            o.x = r
            o.y = [tid, r]

def reader(tid):
    for r in range(ROUNDS):
        for o in objs:
            try:
                x = o.x
                y = o.y
            except AttributeError:
                continue
            if not isinstance(x, int) or not isinstance(y, list):
                bad.append((x, y))

def switcher(tid):
    for r in range(ROUNDS // 4):
        for i, o in enumerate(objs):
            k = (i + r) % 4
            if k == 0:
                vars(o)
            elif k == 1:
                try:
                    del o.x
                except AttributeError:
                    pass
            elif k == 2:
                o.__dict__ = {'x': -1, 'y': [-1]}
            else:
                o.z = r

ts = [threading.Thread(target=writer, args=(t,)) for t in range(2)]
ts += [threading.Thread(target=reader, args=(2,)), threading.Thread(target=switcher, args=(3,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for o in objs:
    o.x = 'final'
print('bad', bad[:3])
print('all final', all(o.x == 'final' for o in objs))
print('classes', sorted({type(o).__name__ for o in objs}))
print('y lists', all(isinstance(o.y, list) for o in objs))
