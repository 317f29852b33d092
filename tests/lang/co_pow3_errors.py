# pow() with three arguments: error messages for unsupported types.
class A: pass
def t(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: pow(2, 10, 7))
t(lambda: pow(A(), 2, 3))
t(lambda: pow(2, 3, "a"))
t(lambda: pow(2.0, 3, 4))
t(lambda: pow(2, 3.0, 4))
