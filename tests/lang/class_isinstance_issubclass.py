# isinstance / issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance('', (list, tuple)))
print(isinstance(1, object), isinstance(A, object), issubclass(type, object))
print(isinstance(b, (int, (str, (A,)))))
print(issubclass(KeyError, LookupError), issubclass(ValueError, LookupError))
try:
    isinstance(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) is A)
print(isinstance(3.0, (int, float)), isinstance(2 ** 100, int))
