z = 'global z'
def f():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    w: str = 'assigned'
    return w
print(g())
class C:
    a: int
    b: str = 'x'
    try:
        a
    except NameError as e:
        print('class:', e)
print(C.__annotations__, C.b)
def ann_order(a: 1, *args: 2, b: 3, **kw: 4) -> 5: pass
print(ann_order.__annotations__)
