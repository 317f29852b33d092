# math integer functions
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30 + 1))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.comb(100, 50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)))
print(math.lcm(4, 6), math.lcm(3, 5, 7))
for bad in (lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.factorial(2.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(), math.gcd(7), math.gcd(0, 0), math.lcm(), math.lcm(0, 5))
print(math.isqrt(2 ** 200) == 2 ** 100, math.isqrt(99), math.isqrt(100))
print(math.comb(10, 0), math.comb(10, 11), math.perm(10), math.perm(5, 0))
print(sum(math.comb(12, k) for k in range(13)) == 2 ** 12)
