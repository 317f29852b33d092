import operator
print(type(len).__module__, (lambda: 0).__class__.__module__, type.__module__, int.__module__, staticmethod.__module__)
print(len.__module__, print.__module__, type(len))
class C: pass
print(C.__module__, C().__module__ if hasattr(C(), "__module__") else "-")
for v in (1.5, "3", None, True, 7):
    try:
        print(operator.index(v))
    except TypeError as e:
        print("TypeError:", e)
