# Known differences outside builtins (type.c / str.c): kept as failing tests.
class A:
    x = 1
print(type(vars(A)).__name__)
print(sorted(vars(A).keys()))
print(sorted(set(dir(object()))))
print(sorted(set(dir(A)) - set(dir(object()))))
print(hash(''), hash(b''))
