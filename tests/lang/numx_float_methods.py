# float methods: is_integer, as_integer_ratio, round() with CPython's
# correctly rounded results, trunc/floor/ceil, real/imag, conjugate.
import math

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [1.5, -0.1, 1e300, 0.0, -2.0, 1e-300]:
    print(v.is_integer(), v.as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
print(float("inf").is_integer(), (2.0).conjugate(), (2.5).real, (2.5).imag)

for v, n in [(2.675, 2), (2.5, None), (-2.5, None), (0.5, None), (1.5, None),
             (1234.5678, -2), (-1250.0, -2), (1350.0, -2), (1250.0000001, -2),
             (0.30000000000000004, 15), (5.0, 400), (5.0, -400), (-5.0, -400),
             (123.456, 1), (123.456, 0), (-0.4, 0), (0.125, 2), (0.375, 2),
             (9.995, 2), (999.5, -3), (500.0, -3), (1e300, -299), (1.5e300, -300),
             (2.5e300, -300), (float("inf"), 2), (float("nan"), 3), (1e-320, 322)]:
    r = round(v) if n is None else round(v, n)
    print(v, n, repr(r), type(r).__name__)
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(1.5, 1.0))
print(round(2.5, None), round(-0.5), round(1e20))

for v in [1.5, -1.5, 2.0, -0.0, 1e20, -1e-20, 123456789.987]:
    print(math.trunc(v), math.floor(v), math.ceil(v), int(v), v.__trunc__(), v.__floor__(), v.__ceil__())
show(lambda: math.floor(float("inf")))
show(lambda: math.ceil(float("nan")))
