class C:
    __cls = 'cv'
    def __init__(self, __a=1, *, __k=2):
        self.__x = __a + __k
        self.__dunder__ = 'd'
    def __m(self):
        return self.__x
    def get(self):
        __local = self.__m()
        def inner():
            return __local + 1
        return inner(), C.__cls, [self.__x for _ in range(1)]
    @property
    def x(self): return self.__x
    __ann: int = 5
c = C()
print(c.get(), c.x, sorted(k for k in vars(c)), C.__init__.__code__.co_varnames)
print(sorted(k for k in vars(C) if 'C__' in k), C.__annotations__)
print(C.__init__.__kwdefaults__, C.__init__.__name__, C._C__m.__name__, C._C__m.__qualname__)
try:
    c.__x
except AttributeError as e:
    print(e)
class ___U:
    __v = 1
print([k for k in vars(___U) if 'v' in k])
class Outer:
    class __Inner:
        __z = 3
    def f(self):
        return self.__Inner._Inner__z
print(Outer().f(), [k for k in vars(Outer) if 'Inner' in k])
def outside():
    return __name__
__g = 'global mangled?'
class G:
    def f(self):
        try:
            return __g
        except NameError as e:
            return str(e)
print(G().f())
