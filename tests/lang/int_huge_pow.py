# Huge powers and big int operations
x = 7 ** 1000
s = str(x)
print(len(s), s[:30], s[-30:])
y = 2 ** 10000
print(len(str(y)), str(y)[:20], y % 1000000007)
print((3 ** 500) // (3 ** 499), (3 ** 500) % (3 ** 499))
print((2 ** 4000) >> 3990, bin(2 ** 200).count('1'))
z = (10 ** 100 + 7) * (10 ** 100 + 9)
print(z)
print(z // (10 ** 100 + 7) == 10 ** 100 + 9)
print(int('9' * 500) + 1 == 10 ** 500)
print(-(2 ** 3000) // 3 * 3 + (-(2 ** 3000)) % 3 == -(2 ** 3000))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 200), isqrt(2 * 10 ** 100))
print(sum(range(10 ** 6)) * 10 ** 40)
print(hex(3 ** 300)[:40])
