# Comprehension scoping rules and walrus inside comprehensions
x = 10
r = [x for x in range(3)]
print(r, x)
y = 5
print([y * i for i in range(3)])
def f():
    factor = 3
    return [factor * i for i in range(3)]
print(f())
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(K.doubled)
vals = [3, 8, 12, 1]
print([s for v in vals if (s := v * v) > 10], s)
running = 0
print([running := running + v for v in vals], running)
def firsts():
    return [last := c for c in 'abc'], last
print(firsts())
print({k: (m := k * 2) for k in range(3)}, m)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
n = 3
print([[n * a + b for b in range(n)] for a in range(n)])
