# The bound-method type is a constructor: method(function, instance)
class A:
    def m(self): return 1
a = A()
M = type(a.m)
def f(self, x=2): return ("f", x)
bm = M(f, a)
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is f)
for args in [(), (f,), (1, a), (f, None)]:
    try:
        M(*args)
    except TypeError as e:
        print("TypeError:", e)
