# Freeing deeply nested containers and long traceback chains must not
# exhaust the C stack (the objects are released iteratively).
l = []
for i in range(300000):
    l = [l]
del l
print("nested lists freed")

d = {}
for i in range(200000):
    d = {"k": d}
d = None
print("nested dicts freed")

t = ()
for i in range(200000):
    t = (t,)
t = None
print("nested tuples freed")

import sys
sys.setrecursionlimit(100000)

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("RecursionError", depth > 50000)
    del e
print("traceback chain freed")
