# Late binding of closure variables
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = 100
    return out
print([g() for g in make()])
def make2():
    def builder(k):
        return lambda: k * k
    return [builder(k) for k in range(4)]
print([g() for g in make2()])
x = 1
get_x = lambda: x
x = 2
print(get_x())
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
