# float arithmetic: mixed int/float operands, Python's // % divmod sign
# rules, ** special cases, division by zero and overflow errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(0.1 + 0.2, 1.5 * 2, 2 - 0.5, 7 / 2.0, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
print(1 + 2**53 + 0.0, 2**1000 * 1.0, 10**300 + 1.5, 3 * 0.1)

for a in (7.5, -7.5, 0.0, -0.0, 1e-300):
    for b in (2, -2, 0.3, -0.3, float("inf"), float("-inf")):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 // 0.3, 5 % 0.3, -1e-100 % 1, -1e-100 // 1)

show(lambda: 1.0 / 0)
show(lambda: 1 / 0.0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0.0))
show(lambda: 10.0 ** 400)
show(lambda: (-2.0) ** 1e300)
show(lambda: 0.0 ** -1.0)
show(lambda: 0 ** -1)
show(lambda: (-0.0) ** -1)
show(lambda: 2.0 ** -1100)
show(lambda: float("inf") ** -1)
show(lambda: (-1.0) ** float("inf"))
show(lambda: float("nan") ** 0)
show(lambda: 1.0 ** float("nan"))
show(lambda: (-8.0) ** 3)
show(lambda: (-0.0) ** 3)
show(lambda: (-0.0) ** 0.5)
show(lambda: 2 ** 0.5)
show(lambda: 10 ** -2)
show(lambda: 2**1024 * 1.0)
show(lambda: 2**1024 / 2)
show(lambda: 2**1024 + 0.5)
show(lambda: float(2**1024))

print(-(0.0), -(-0.0), abs(-2.5), +1.5, abs(float("-inf")))
print(float("inf") - float("inf"), float("inf") * 0, float("nan") == float("nan"))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
acc = 1.0
for i in range(1, 30):
    acc *= 1.5
    acc /= 1.25
print(acc)
