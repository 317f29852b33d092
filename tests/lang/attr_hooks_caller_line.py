# Properties, __setattr__ and __getattr__ that look at the calling frame see the line of the attribute access, on the first (uncached) run too.
import sys
class C:
    @property
    def p(self):
        return sys._getframe(1).f_lineno
def get():
    return C()
def f():
    c = C()
    a = c.p
    b = get().p
    return a, b
for i in range(3):
    print(f())
class D:
    def __init__(self):
        self.log = []
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v)
        if k != 'log':
            self.log.append(sys._getframe(1).f_lineno)
    def __getattr__(self, k):
        return sys._getframe(1).f_lineno
def g():
    d = D()
    z = 0
    d.q = 1
    z = d.missing
    w = D().other
    return d.log, z, w
for i in range(3):
    print(g())
