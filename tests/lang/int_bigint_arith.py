# Arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345678901, a % 12345678901)
print(b // -a, b % -a)
print(-a // 7, -a % 7)
print(a ** 3)
print(10 ** 50 + 1)
print(-(10 ** 30))
print((10 ** 20) * (10 ** 20) == 10 ** 40)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000007)
print(len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 1000)))
x = 123456789012345678901234567890
print(x * x)
print(x // 987654321, x % 987654321)
print(divmod(x, -10 ** 9))
print(abs(-x), -x, +x)
print(x > 2 ** 96, x < 2 ** 97, x == 123456789012345678901234567890)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1)
print((2 ** 64) // (2 ** 32), (2 ** 64) >> 32, 1 << 64)
print(9999999999999999 + 1, 99999999999999999999 + 1)
print(int(3.0e20), int(-1e19))
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2)
print(-9223372036854775808 - 1, 9223372036854775807 + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
