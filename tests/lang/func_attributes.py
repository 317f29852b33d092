# Function objects and their attributes
def f(a, b=2, *, c=3):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__)
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class C:
    def meth(self):
        pass
print(C.meth.__name__, C.meth.__qualname__)
f.custom = 'attr'
print(f.custom)
print(callable(f), type(f).__name__)
def nodoc():
    pass
print(nodoc.__doc__)
print((lambda: 0).__name__)
g = f
print(g.__name__, g is f, g == f)
print(sorted(k for k in vars(f)))
def ann(x: int, y: 'str' = 'a') -> bool:
    return True
print(ann.__annotations__ == {'x': int, 'y': 'str', 'return': bool})
