# Unary and bitwise operators
for n in (0, 1, -1, 5, -6, 255, 2**70):
    print(n, -n, +n, ~n)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(1 << 0, 1 << 10, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 5 >> 100)
print(~0, ~~7, ~-1)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__)
print(-True, ~True, +False)
print(0xff & -256, 0xff | -256, 0xff ^ -1)
print(-(2**64) & 0xffff, -(2**64) | 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)
