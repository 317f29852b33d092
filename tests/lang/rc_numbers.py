# Numeric formatting and arithmetic edge cases in a report.
import math
vals = [0, 7, -7, 2**31, -2**63, 2**64 + 1, 10**30, -(10**25) - 1]
for v in vals:
    print(f"{v:>32,} {v.bit_length():3} {v:#x} {str(v)[-4:]} {v // 7} {v % 7} {divmod(v, -7)}")
print([(-7) // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, divmod(-7.5, 2), (-7.5) % 2, 7.5 // -2])
print(2 ** 100, (-2) ** 63, 2 ** -2, (-8) ** 2, 10 ** 20 // 3, 10 ** 20 / 3, pow(3, 200, 1000), pow(-3, 3), pow(2, -1, 97))
print((255).to_bytes(2, "big"), (1).bit_count() if hasattr(1, "bit_count") else 1, (2**70).bit_count(), (-5).bit_length())
print((10).as_integer_ratio(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), 3.0.is_integer(), (2.5).hex(), float.fromhex("0x1.8p1"))
print(int("1_000"), int("ff", 16), int("-0b101", 0), int("z", 36), int(" -12 "), int("+5"), int(3.99), int(-0.5), int("0"), int(True))
print(float("1_000.5"), float("inf"), float("-INF"), float("nan"), float(" 3.25 "), float("1e-3"), float(".5"), float("5."))
print(abs(-3), abs(-3.5), abs(3 + 4j), round(3.14159, 2), round(-2.5), round(3.5), round(7, -1), round(15, -1), round(25, -1))
print(max(3, 1.5, 2), min([4, 2.0, 3]), sum([0.1] * 10), sum([1, 2, 3], 10), math.fsum([0.1] * 10))
print(math.sqrt(2), math.pi, math.e, math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(12, 18), math.factorial(20))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10**300, math.isnan(float("nan")), math.copysign(3, -0.0), math.hypot(3, 4))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.pow(2, 0.5), math.atan2(1, 1), math.degrees(math.pi))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]) if hasattr(math, "prod") else 24, math.dist((0, 0), (3, 4)))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324 / 2, 1.7976931348623157e308, 2.2250738585072014e-308)
print(0.1 + 0.7, 1.1 * 3, 1 / 7, 2 / 3, 100 / 3, 1e16 + 1, 123456789 * 1.0, 0.1 * 3, 4.35 * 100, 1 - 0.9)
print(repr(1e5), repr(1e15), repr(1e16), repr(1.5e-5), repr(0.0001), repr(-0.0), str(1e100), 12345678901234567890.0)
print(complex(1, 2) * complex(3, -1), (1 + 2j) / (3 - 4j), (2j) ** 2, abs(1j), (1 + 1j).conjugate(), complex("1+2j"), complex(3))
print(f"{1+2j:.2f}", f"{-1.5-0.5j}", repr(complex(0, -0.0)), repr(-1j), 1j.real, (3 + 4j).imag, complex(1.5, 0) == 1.5)
print(7 == 7.0, hash(7) == hash(7.0), 2**53 + 1 == float(2**53 + 1), 0.5 == 1/2, 10**400 > 1e308, -10**400 < -1e308)
print(True + True, True * 3, -True, ~True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 100, -1 >> 10, -17 >> 2, (1 << 64) >> 63)
print(int.__name__, type(2**100).__name__, isinstance(True, int), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "))
amounts = [1234.5, -0.004, 1e6, 99.995, 0.125, 2.5e-3]
for a in amounts:
    print(f"{a:>12.2f}|{a:<12,.1f}|{a:^+12.3e}|{a:012.3f}|{a:.4g}|{a:%}")
print(f"{123456789:e}", f"{0.000123456:.2e}", f"{1e-10:f}", f"{12345.6789:.0f}", f"{-0.0:.1f}", f"{99.5:.0f}", f"{100.5:.0f}")
print(f"{12:c}", f"{65:c}{66:c}", f"{255:08b}", f"{-255:x}", f"{3:+05d}", f"{-3:05d}", f"{12345:_d}", f"{0xDEADBEEF:_X}", f"{8:#o}")
print(format(1e21, ""), format(1e20, "f"), format(123.0, ""), format(0.1, ".20f"), format(1 / 3, ".17g"), format(2**0.5, "r") if False else "")
print(str(0.1 + 0.2), 3 * 0.1 == 0.3, round(0.1 + 0.2, 10) == 0.3, int(1e20), int(-1e19), float(2**63), float(-2**100))
