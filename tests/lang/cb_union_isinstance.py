# X | Y unions in isinstance/issubclass (type.c)
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(bytes, int | str))
u = int | str
print(u, type(u).__name__, u.__args__)
def f(x: int | None = None): return x
print(f(3))
