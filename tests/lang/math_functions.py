# math module functions
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-3.7), math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log(1), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(round(math.atan2(1, 1), 12), round(math.asin(1), 12), math.acos(1), math.atan(0))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.copysign(3, -0.0), math.modf(2.5))
print(math.isinf(1e400), math.isfinite(1.0), math.isfinite(math.inf), math.isclose(0.1 + 0.2, 0.3))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.floor(10 ** 20))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.fsum([0.1] * 10))
