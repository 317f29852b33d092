# A metaclass __getattr__ is only a fallback: the class's own attributes
# (and its bases') are found first.
class M(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(name)
class Base:
    inherited = "from base"
X = M("X", (Base,), {"n": 1})
print(X.n, X.inherited, X.dyn_hello, X.__name__)
try:
    X.missing
except AttributeError as e:
    print("AttributeError:", e)
class Y(metaclass=M):
    def method(self):
        return 42
print(Y().method(), Y.dyn_abc, Y.method.__name__)
