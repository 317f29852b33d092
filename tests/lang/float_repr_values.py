# repr() of many float values (shortest round-tripping repr)
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001234, 1 / 3, 2 / 3, 10 / 3, 1e22, 1e23, 1.5e300,
        5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100, 3.141592653589793,
        float('inf'), float('-inf'), float('nan'), 1e-7, 123.456, 0.5, 9.999999999999999e22,
        2 ** 0.5, 1.1 * 3, 4.35, 0.3, 1.0000000000000002, 12345678.9]
for v in vals:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('1e-500'))
print(float('  1.5  '), float('-.5'), float('5.'), float('1_000.5'), float('INF'), float('-Infinity'))
print(float('nan') != float('nan'), float(' nan '))
print(1e16 + 1, 2.0 ** 53 + 1)
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print([0.1, 1e20, -2.5], (1.0,), {'f': 1e-10})
print(float(10 ** 20), float(2 ** 64), float(-(10 ** 16)))
