# Messages for bad * / ** arguments in calls (raised by the VM, eval.c)
def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def f(*a, **k): return a, k
T(lambda: f(*5))
T(lambda: f(**5))
T(lambda: f(*None))
T(lambda: f(**[1]))
T(lambda: print(*5))
T(lambda: f(**{'a': 1}, **{'a': 2}))
T(lambda: f(*[1], *2))
