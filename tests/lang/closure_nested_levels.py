# Closures over several nesting levels
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(10)(100)(1000))
def outer():
    v = 'outer'
    def middle():
        def inner():
            return v
        return inner
    f = middle()
    v = 'changed'
    return f()
print(outer())
def cells():
    a = 1
    b = 2
    def uses_a():
        return a
    def uses_both():
        return a + b
    a = 5
    return uses_a(), uses_both()
print(cells())
def param_closure(p):
    def g():
        return p
    p = p * 2
    return g
print(param_closure(21)())
class Box:
    def __init__(self, v):
        self.v = v
    def getter(self):
        return lambda: self.v
b = Box(3)
g = b.getter()
b.v = 4
print(g())
def comprehension_closure(n):
    return [(lambda: n + i)() for i in range(3)]
print(comprehension_closure(10))
