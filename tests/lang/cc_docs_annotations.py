"""Module doc."""
print(__doc__, __name__)
if __name__ == '__main__':
    print('main')
def f():
    """Func doc."""
    return 1
def g():
    x = 1
    """not a doc"""
def h(): pass
def k():
    f"""not doc {1}"""
print(f.__doc__, g.__doc__, h.__doc__, k.__doc__)
class C:
    """Class doc."""
    def m(self):
        '''Method
        doc.'''
print(C.__doc__, C.m.__doc__)
class D: pass
print(D.__doc__)
lam = lambda: 1
print(lam.__doc__)
def ann(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool: pass
print(ann.__annotations__)
def noann(a, b): pass
print(noann.__annotations__)
class A:
    x: int
    y: str = 'a'
    z = 3
print(A.__annotations__)
print(__annotations__)
v: list = []
print(__annotations__)
class B:
    pass
print(B.__dict__.get('__annotations__'))
def defaults(a, b=[1], *, c={'k': 2}): pass
print(defaults.__defaults__, defaults.__kwdefaults__)
def nodefs(): pass
print(nodefs.__defaults__, nodefs.__kwdefaults__)
print(f.__name__, f.__qualname__, f.__module__, C.__module__, C.__name__, C.__qualname__)
print(f.__code__.co_name, f.__code__.co_argcount, ann.__code__.co_varnames)
def withdoc():
    "single"
    return withdoc.__doc__
print(withdoc())
def clos():
    a = 1
    def inner():
        return a
    return inner
print(clos().__closure__[0].cell_contents, clos.__closure__)
print(clos().__code__.co_freevars, clos.__code__.co_cellvars)
print(type(__builtins__).__name__ in ('module', 'dict'))
