class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("D gone", self.n)
a = D('a')
_h = D('_h')
b = D('b')
def f(): pass
print("end")
