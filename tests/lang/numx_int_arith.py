# Int arithmetic: small-int fast paths, the 63-bit boundary, big ints,
# Python's floor division / modulo sign rules, powers, shifts, bitwise ops.

B = 2**62            # first value past the small-int range
vals = [0, 1, -1, 7, -7, 2**31, B - 1, B, -B, -B - 1, 2**63, -2**63, 10**30, -10**30]

print("add/sub/mul across the boundary")
print(B - 1 + 1, -B - 1, (B - 1) * 2, -B * -1, (B - 1) * (B - 1))
print(B + 1 - 1, type(B + 1 - 1).__name__, B - 1 == 2**62 - 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)

print("floor division and modulo")
for a in (7, -7, 10**25 + 3, -(10**25) - 3):
    for b in (2, -2, 3, -3, 10**20, -(10**20)):
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print((-B) // -1, (-B) % -1)

print("true division")
print(1 / 3, 2 / 4, -7 / 2, 0 / -5, 10**40 / 3, 1 / 10**43)
print(9007199254740993 / 1, 18014398509481987 / 2, 10**400 // 10**399 / 3)
print(123456789012345678901234567890 / 987654321098765432109876543210)

print("powers")
print(2**10, 2**62, 2**63, (-2)**63, 3**100, 7**0, 0**0, (-1)**(10**20 + 1))
print(2**-1, 10**-3, (-2)**-3)
print(pow(3, 100, 7), pow(3, 100, -7), pow(2, -1, 5), pow(-3, 3, 10), pow(5, 0, 1))

print("shifts")
print(1 << 61, 1 << 62, -1 << 62, -1 << 63, 5 << 100, (5 << 100) >> 100)
print(-5 >> 1, -5 >> 100, 5 >> 100, (10**25) >> 3, (-(10**25)) >> 3, 0 << 10**20)

print("bitwise, two's complement semantics")
for a in (12, -12, 10**20, -(10**20)):
    for b in (10, -10, 2**70 - 1):
        print(a & b, a | b, a ^ b)
print(~0, ~5, ~-B, ~(B - 1), ~(10**20))

print("unary and abs")
for v in vals:
    print(-v, +v, abs(v), v == -(-v))

print("comparisons")
for a in (B - 1, B, -B - 1, 10**30):
    print(a < B, a <= B, a == B, a != B, a > B, a >= B)
print(sorted(vals))
print(max(vals), min(vals), sum(vals))

print("augmented")
x = 1
for i in range(70):
    x += x
print(x, x.bit_length())
x = 10**50
x //= 7
x %= 10**9
print(x)
