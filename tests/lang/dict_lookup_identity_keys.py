# dict lookups of str and small-int keys: equal keys that are distinct
# objects, other types with the same hash, and __eq__ that runs
class S(str):
    pass
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print("  __eq__ called")
        return o == self.h
d = {1: "one", True: "true?", 2.0: "two", "ab": "s", S("cd"): "sub", H(5): "h5"}
print(list(d.values()), len(d))
print(d[1], d[True], d[1.0], d[2], d[2.0], d["ab"], d["a" + "b"], d["cd"], d[S("ab")])
print(d.get(5), d.get(7), 5 in d, d.get("zz"), d.get(3))
big = 2**70
e = {big: "big", -1: "m1", 0: "zero"}
print(e[2**70], e[-1], e[0], e.get(0.0), e.get(False))
try:
    d[99]
except KeyError as k:
    print("KeyError", k)
class DD(dict):
    def __missing__(self, k):
        return "missing " + str(k)
print(DD(a=1)["a"], DD()["b"], DD()[3])
import threading
shared = {"k%d" % i: i for i in range(64)}
keys = list(shared)
tot = []
def reader():
    s = 0
    for i in range(20000):
        s += shared[keys[i & 63]]
    tot.append(s)
ts = [threading.Thread(target=reader) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(tot)
