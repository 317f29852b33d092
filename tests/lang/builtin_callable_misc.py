# callable, repr, hash of ints/tuples, id-free identity checks, object()
class C:
    def __call__(self):
        return 1
class D:
    pass
def f():
    pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(len), callable(5), callable(None), callable('s'))
print(callable(lambda: 0), callable([].append), callable(type), callable(print))
print(repr(1), repr('a'), repr([1, 'b']), repr((1,)), repr({1: 'x'}), repr(None), repr(2.0))
print(hash(42), hash(-7), hash(0), hash(True), hash(2 ** 100) == hash(2 ** 100))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(1) == hash(1.0) == hash(True))
o = object()
p = object()
print(o == o, o == p, o is p, type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(o, object), issubclass(D, object), D.__bases__ == (object,))
print(str(o).startswith('<object object at 0x'))
print(object.__name__, type(object).__name__)
