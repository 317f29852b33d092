# Differences whose fixes are outside builtins (compiler / object.c)
def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
T(lambda: eval(''))
T(lambda: compile('a\nb', 'f', 'single'))
class R:
    def __repr__(self): return 5
T(lambda: str(R()))
T(lambda: repr(R()))
# __sizeof__ of other types (list.c, dict.c, float.c, str.c, bytes.c, object.c)
import sys
for v in [[], [1, 2, 3], {}, {1: 2}, 1.5, '', 'abc', b'ab', None, object()]:
    print(repr(v)[:10], v.__sizeof__(), sys.getsizeof(v))
