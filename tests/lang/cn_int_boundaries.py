vals = []
for k in [60, 61, 62, 63, 64, 65, 126, 127, 128]:
    for d in [-2, -1, 0, 1, 2]:
        vals.append(2**k + d)
        vals.append(-(2**k) + d)
out = []
for a in vals:
    out.append((a, a + 1, a - 1, a * 2, a * -1, -a, ~a, a // 3, a % 3, a // -3, a % -3, a >> 1, a << 1, a >> 62, a << 62, a & (2**62), a | 1, a ^ (2**62 - 1), abs(a), hash(a), a * a, a // a if a else 0, str(a), float(a), a == float(a), a.bit_length(), round(a, -5), -a // 7, divmod(a, 2**62 + 1)))
    for b in [1, -1, 2**62 - 1, -(2**62), 2**62, 3]:
        out.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a < b, a == b, a >= b, pow(a, 2, b) if b else 0))
for o in out: print(o)
import sys
x = sys.maxsize
print(x + 1, x * 2, -x - 1, -x - 2, (-x - 1) // -1, (-x - 1) * -1, abs(-x - 1), -(-x - 1), (-x-1) % -1)
m = -(2**62)
print(m, -m, m // -1, m * -1, abs(m), m - 1, m + m, m * m, ~m, m >> 70, m << 1)
print(2**62 - 1 + 1, type(2**62), -(2**62) - 1)
i = 2**62 - 5
for _ in range(10):
    i += 1
print(i)
j = -(2**62) + 5
for _ in range(10):
    j -= 1
print(j)
print(sum(range(2**62 - 3, 2**62 + 3)), list(range(2**62 - 2, 2**62 + 2)))
print(range(2**64)[2**63], len(range(0, 2**62, 3)), (2**62) in range(2**63))
