import math
inf, nan = math.inf, math.nan
sp = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2.5, inf, -inf, nan, 1e308, 5e-324]
for f in (math.pow, math.atan2, math.fmod, math.remainder, math.copysign, math.hypot, math.ldexp if False else math.nextafter, math.dist if False else math.isclose):
    row = []
    for x in sp:
        for y in sp:
            try:
                r = f(x, y)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__[:3])
    print(f.__name__, ' '.join(row))
for f in (math.sqrt, math.exp, math.log, math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh, math.log1p, math.expm1, math.log2, math.log10, math.erf, math.erfc, math.gamma, math.lgamma, math.fabs, math.floor, math.ceil, math.trunc, math.exp2, math.cbrt, math.isfinite, math.ulp, math.frexp, math.modf, math.degrees):
    row = []
    for x in sp:
        try:
            row.append(repr(f(x)))
        except Exception as e:
            row.append(type(e).__name__[:3] + ':' + str(e))
    print(f.__name__, ' '.join(row))
