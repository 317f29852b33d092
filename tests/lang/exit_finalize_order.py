def gen():
    try:
        yield 1
    finally:
        print("closed at exit")
g = gen()
next(g)
class D:
    def __del__(self): print("D gone")
d = D()
_hidden = D()
print("end")
