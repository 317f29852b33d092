# Annotated assignments
x: int = 5
y: str
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
z: list = [1, 2]
print(z)
print(sorted(__annotations__.keys()))
print(__annotations__['x'] is int)
class C:
    a: int = 1
    b: str
    c: 'forward' = 3
print(C.a, C.c, hasattr(C, 'b'))
print(sorted(C.__annotations__))
def f():
    local: int = 10
    other: float
    return local
print(f())
d = {}
d['k']: int = 7
print(d)
class O: pass
o = O()
o.attr: str = 'hi'
print(o.attr)
