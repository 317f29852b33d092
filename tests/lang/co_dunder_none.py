def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    __len__ = None
    __getitem__ = None
    __contains__ = None
    __add__ = None
    __neg__ = None
    __call__ = None
    __repr__ = None
    __eq__ = None
    __lt__ = None
t(lambda: len(A()))
t(lambda: A()[1])
t(lambda: 1 in A())
t(lambda: A() + 1)
t(lambda: 1 + A())
t(lambda: -A())
t(lambda: A()())
t(lambda: repr(A()))
t(lambda: A() == 1)
t(lambda: A() < 1)
class B(list):
    __len__ = None
    __iter__ = None
t(lambda: len(B()))
t(lambda: iter(B()))
class C(list):
    __contains__ = None
t(lambda: 1 in C())
