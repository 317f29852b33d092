# isinstance falls back to a class-level __class__ override, as CPython
class A:
    @property
    def __class__(self): return int
print(isinstance(A(), int), isinstance(A(), (str, int)), isinstance(A(), A), type(A()).__name__)
class P:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(P([]), list), isinstance(P([]), dict), isinstance(P(3), object))
class Bad:
    @property
    def __class__(self): raise AttributeError("nope")
print(isinstance(Bad(), int))
class Boom:
    @property
    def __class__(self): raise ValueError("boom")
try: isinstance(Boom(), int)
except ValueError as e: print("ValueError", e)
class NT:
    @property
    def __class__(self): return 5
print(isinstance(NT(), int))
