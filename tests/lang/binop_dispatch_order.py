# binary operator dispatch: which of __op__/__rop__ run, in what order, how often
log = []
class A:
    def __add__(self, o): log.append("A.add"); return NotImplemented
    def __radd__(self, o): log.append("A.radd"); return NotImplemented
class S(A):
    def __radd__(self, o): log.append("S.radd"); return NotImplemented
class T(A):
    pass
class U:
    def __radd__(self, o): log.append("U.radd"); return "U"
for x, y in ((A(), S()), (S(), A()), (A(), T()), (T(), A()), (A(), A()), (1, S()), (S(), 1), (A(), U())):
    log.clear()
    try:
        r = x + y
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(type(x).__name__, type(y).__name__, log, r)
