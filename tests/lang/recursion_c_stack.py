# C recursion (calls through built-ins, comparisons, repr) must raise
# RecursionError and not crash, even with a recursion limit the C stack
# can't hold.  CPython 3.11 crashes here with an 8 MiB stack, so the
# expected output is generated under `ulimit -s unlimited`.
import sys
sys.setrecursionlimit(100000)
def f(x):
    return list(map(f, [x]))
def g(x):
    return sorted([x], key=g)
class A:
    def __eq__(self, o):
        return [self] == [o]
class R:
    def __repr__(self):
        return repr([self])
for name, fn in (("map", lambda: f(1)), ("sorted", lambda: g(1)),
                 ("eq", lambda: A() == A()), ("repr", lambda: repr(R()))):
    try:
        fn()
    except RecursionError as e:
        print(name, "RecursionError")
def r(n):
    return 0 if n == 0 else 1 + r(n - 1)
print(r(50000))
