# instance attributes that shadow methods, checked at every call site
class A:
    def m(self):
        return "method"
    def n(self):
        return "n"

objs = [A() for _ in range(6)]
for i, o in enumerate(objs):
    for j in range(i):
        setattr(o, "attr%d" % j, j)
objs[3].m = lambda: "instance"
objs[5].__dict__["m"] = lambda: "via dict"
for o in objs:
    print(o.m(), o.n())
del objs[3].m
print(objs[3].m())
for k in range(40):
    setattr(objs[0], "k%d" % k, k)
objs[0].n = lambda: "late"
print(objs[0].m(), objs[0].n(), len(vars(objs[0])))
