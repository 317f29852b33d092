# dir() of Enum classes as CPython's EnumType.__dir__; operator.call
from enum import Enum, IntEnum, Flag, auto
class C(Enum):
    A = 1
    B = 2
    CRIMSON = 1
    def describe(self): return self.name
class I(IntEnum):
    X = 1
class F(Flag):
    R = auto()
    W = auto()
print(dir(C))
print(dir(I) == sorted(set(dir(int)) | {'X', '__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'} | set(x for x in dir(I) if x in ('__new__', '__init_subclass__'))))
print([x for x in dir(I) if not x.startswith('__')])
print(dir(F))
print(dir(C.A))
print([x for x in dir(C) if not x.startswith("_")])
import operator
print(operator.call(len, 'ab'), operator.call(dict, a=1))
