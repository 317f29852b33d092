# UnboundLocalError situations
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    v = 1
    def inner():
        return v
    del v
    return inner
try:
    outer()()
except NameError as e:
    print(type(e).__name__, e)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def loop_var():
    for i in []:
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
