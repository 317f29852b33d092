# Bitwise operations on negative and big integers
vals = [0, 1, -1, 5, -5, 12, -12, 2 ** 40, -(2 ** 40), 2 ** 70 + 3, -(2 ** 70) - 3]
for a in (5, -5, 2 ** 65):
    for b in vals:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v >> 1, v >> 3, v << 3)
print(-1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 101)
print(-1 & 0xFFFFFFFF, (-2 ** 31) & 0xFFFFFFFF)
print(hex(-255 & 0xFF), hex(-256 | 0xF))
for v in (0, 1, 7, 8, 255, 256, -1, -8, 2 ** 64, -(2 ** 64)):
    print(v, v.bit_length())
print(5 & -1, -5 & 0, 0 | -7, -7 ^ -7, -(2 ** 100) ^ (2 ** 100))
print((2 ** 70 - 1) & ~0xff, ~(2 ** 70) & (2 ** 72 - 1))
