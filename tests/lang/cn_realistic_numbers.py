def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# typical user code
def mean(xs): return sum(xs) / len(xs)
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), stdev(data), round(stdev(data), 3), f"{stdev(data):.4f}")
print(f"{1/3:.2%}", f"{1234.5:,.1f}", f"{-1234.5:>12,.2f}|", f"{0.000012345:.3e}", f"{12:+05d}", f"{3.14159:08.3f}")
celsius = [-40, 0, 37, 100]
for c in celsius:
    print(f"{c:>5}C = {c * 9 / 5 + 32:6.1f}F")
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
print(fib(100), fib(300), len(str(fib(1000))))
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(50), fact(50) // fact(48), fact(25) / fact(23))
print(sum(1/k**2 for k in range(1, 1000)))
print(2**0.5, 10**0.5, 27**(1/3), 1e-7, 1e16, 12345678901234567890.0, 0.1*3, 1.1*1.1, 3.0, -0.0, 1e22, 1e21, 123e-20)
print([1/7, 2/7, 100/7], (0.5, 1.25), {'a': 2.5})
print(int('ff', 16), int('777', 8), int('-101', 2), hex(3735928559), oct(511), bin(-10))
n = 1234567
digits = [int(d) for d in str(n)]
print(digits, sum(digits), int(''.join(map(str, reversed(digits)))))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(7.5, 2), 17 % 5, -17 % 5)
print(max(3, 7.5, -2), min([4, 2.0, 2]), abs(-3.5), abs(-7), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(0.1 + 0.2, 0.3, 1 - 0.9, 100 * 1.1, 4.35 * 100, 1.15 * 100)
print(float('3.14'), float('  -2e3 '), float('inf'), int(float('1e10')), int('  42  '), int('0042'))
print(complex(1, 1) * complex(1, -1), (3+4j).conjugate(), abs(3+4j), (1+2j).real, (1+2j).imag)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % 2, 2 ** 10, 2 ** -1, 10 / 4 * 2)
print(True + True, True * 3, sum([True, False, True]), int(True), float(False))
import math
print(math.sqrt(16), math.pi * 2 ** 2, math.floor(-3.5), math.ceil(-3.5), math.gcd(48, 18), math.factorial(10), math.hypot(5, 12), math.log(math.e), math.log10(100), math.log2(8), math.exp(0), math.isclose(0.1 + 0.2, 0.3), math.inf > 10**100)
print(math.degrees(math.atan2(1, 1)), math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.comb(52, 5), math.perm(5, 2), math.prod(range(1, 6)), math.fsum([0.1] * 10), math.isqrt(1000000), math.lcm(12, 18))
print(math.trunc(-3.7), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.modf(2.75), math.frexp(10), math.ldexp(0.625, 4))
prices = [19.99, 5.01, 3.50, 100.0]
total = sum(prices)
print(total, f"${total:.2f}", round(total, 2), "%.2f" % total, "{:.1f}".format(total), str(total), repr(total))
print(1e100, 1.5e-10, 2.0**100, float(2**100), 10**15 + 0.5, 1/3 * 3, 2/3)
