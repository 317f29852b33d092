# Differences whose fixes are outside the algos area (type.c, eval.c)
def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
T(lambda: [].__getitem__())
T(lambda: print(*5))
class C:
    pass
C.__module__ = "elsewhere"
print(C.__module__)
