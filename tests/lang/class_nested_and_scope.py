# Nested classes and class-body scope
class Outer:
    x = 10
    class Inner:
        y = 20
        def get(self):
            return 'inner', self.y
    z = x * 2
    lst = [x for _ in range(2)] if False else [10, 10]
    def method(self):
        return Outer.Inner().get()
print(Outer.z, Outer.Inner.y, Outer().method())
print(Outer.Inner.__qualname__)
counter = 0
class Body:
    global counter
    counter += 1
    a = 1
    b = a + 1
    def f(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
print(counter, Body.b, Body().f())
def factory(n):
    class Made:
        val = n
        def get(self):
            return self.val * 2
    return Made
M3, M5 = factory(3), factory(5)
print(M3().get(), M5().get(), M3 is M5)
class Attr:
    items = []
a1, a2 = Attr(), Attr()
a1.items.append('shared')
print(a2.items)
print(sorted(k for k in vars(Body) if not k.startswith('__')))
