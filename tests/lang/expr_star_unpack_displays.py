# * and ** unpacking in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*a,))
print({*a, *b, 2})
print([*'abc', *range(3)])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'w': 0, **d1, 'x': 100})
def f(*args, **kw):
    return args, kw
print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(**d1, **{'q': 5}))
print(f(*[], **{}))
try:
    f(**d1, **{'x': 5})
except TypeError as e:
    print(type(e).__name__, 'multiple values for x:', "'x'" in str(e))
print([*{'k1': 1, 'k2': 2}])
print([*[], *()])
x, *y = [*a, *b]
print(x, y)
print(*a, *b, sep='-')
nested = [[*a], [*b]]
print(nested)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
