fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def mk():
    out = []
    for i in range(3):
        def g():
            return i
        out.append(g)
    i = 10
    return out
print([g() for g in mk()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x = x + 5
        inner()
        return x
    return mid(), x
print(outer())
g = 0
def setg():
    global g
    g = 42
setg(); print(g)
class C:
    global g2
    g2 = 'class-global'
    y = 5
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(g2, C().m())
class D:
    xs = [1,2,3]
    ys = [x*2 for x in xs]
    try:
        zs = [x for x in range(3) if x in xs]
    except NameError as e:
        zs = str(e)
print(D.ys, D.zs)
def walrus():
    data = [1, 5, 8, 3]
    if any((big := v) > 6 for v in data):
        print('big', big)
    res = [y := v * 2 for v in data]
    print(res, y)
walrus()
def ubl():
    print(x)
    x = 1
x = 5
try:
    ubl()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
def f2():
    return undefined2
try: f2()
except NameError as e: print(e)
def f3():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
f3()
def f4():
    del zz
try:
    f4()
except UnboundLocalError as e:
    print(e)
class E:
    a = 1
    def f(self):
        return __class__
print(E().f() is E)
x = 'global'
class F:
    x = 'class'
    def m(self): return x
    l = lambda: x
print(F().m(), F.l())
def g5():
    x = 'local'
    class G:
        print(x)
        x = 'cls'
        print(x)
    return G
g5()
def g6():
    x = 'enclosing'
    class G:
        y = x
    return G.y
print(g6())
