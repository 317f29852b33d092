# format spec: float presentation types e E f F g G n % and none
vals = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1e-7, 1.5e20, 0.000123456, 100.0, 1 / 3]
for v in vals:
    print(v, '|', format(v, 'e'), format(v, '.2E'), format(v, 'f'), format(v, '.1F'),
          format(v, 'g'), format(v, '.3G'), format(v, '%'), format(v, '.1%'), format(v, ''), format(v, '.3'))
print(format(float('inf'), 'f'), format(float('inf'), 'F'), format(float('nan'), 'E'), format(float('nan'), 'g'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1e16, 'g'), format(1e15, 'g'), format(123456789.0, 'g'), format(1e-5, 'g'), format(1e-4, 'g'))
print(format(12.0, 'n'), format(1234.5, 'n'), format(1e300, '.3f')[:10])
print(format(5, 'f'), format(5, 'e'), format(5, '%'), format(5, 'g'), format(-5, '.2E'))
print(format(1.0, '.0e'), format(9.99, '.1f'), format(9.96, '.1f'), format(0.05, '.1f'))
print(format(1e100, ''), format(1.1, '.30f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
