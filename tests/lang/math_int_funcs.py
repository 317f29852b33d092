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
