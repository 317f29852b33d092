# round() with floats: banker's rounding, ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.0, -2.5, 1e20, 3.14159):
    print(v, round(v), round(v, 0), round(v, 2), round(v, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1234.5678, -2), round(1234.5678, -1), round(-1234.5678, 3))
print(round(5e-324, 400), round(1.5e300, -299))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
print(round(0.285, 2), round(0.295, 2), round(1.005, 2))
print(round(-0.0), round(-0.4), round(0.49999999999999994))
