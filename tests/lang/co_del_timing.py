class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D(1)
a = D(2)
print("reassigned")
l = [D(3), D(4)]
l.pop()
print("popped")
l.clear()
print("cleared")
def f():
    x = D(5)
    print("in f")
f()
print("after f")
keep = []
class R:
    def __del__(self):
        print("resurrect")
        keep.append(self)
r = R(); del r
print(len(keep))
keep.clear()
print("cleared keep")
class Bad:
    def __del__(self):
        raise ValueError("in del")
b = Bad(); del b
print("after bad")
class Sub(D):
    pass
s = Sub(6); del s
class WithList(list):
    def __del__(self): print("list del", len(self))
w = WithList([1,2]); del w
d = {'k': D(7)}
d['k'] = None
del a
print("end")
