import sys
def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
T(lambda: sys.set_int_max_str_digits(100))
T(lambda: sys.set_int_max_str_digits(-1))
T(lambda: sys.set_int_max_str_digits('a'))
T(lambda: sys.set_int_max_str_digits(maxdigits=1000))
T(lambda: sys.get_int_max_str_digits())
T(lambda: len(str(10**1500)))
T(lambda: sys.set_int_max_str_digits(0))
T(lambda: len(str(10**5000)))
T(lambda: sys.getsizeof(1, 2, 3))
class S:
    def __sizeof__(self): return -1
T(lambda: sys.getsizeof(S()))
class S2:
    def __sizeof__(self): return 'a'
T(lambda: sys.getsizeof(S2()))
T(lambda: sys.getsizeof(S2(), 7))
class S3:
    def __sizeof__(self): return 100
T(lambda: sys.getsizeof(S3()))
T(lambda: sys.getsizeof(S3, 5) > 0)
for v in [0, 1, 2**30, 2**100, True, (), (1, 2), tuple(range(10)), set(), frozenset()]:
    print(repr(v)[:12], v.__sizeof__(), sys.getsizeof(v))
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 8, 20, 100)], sys.getsizeof(frozenset(range(50))))
class Plain:
    def __sizeof__(self): return 10
class Slotted:
    __slots__ = ('a',)
    def __sizeof__(self): return 10
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()))
print(sys.getsizeof(5, 'dflt'), sys.getsizeof(object(), 1) > 0)
