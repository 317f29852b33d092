# Comparisons between floats and ints, and sorting mixed numbers
print(1 < 1.5 < 2, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(-0.0 == 0, 0.5 != 0, float('inf') > 10 ** 1000, float('-inf') < -(10 ** 1000))
nan = float('nan')
print(nan == 1, nan != 1, nan < 10 ** 1000, 1 in [nan], nan in [nan])
mixed = [3, 1.5, -2, 2.0, True, 0, -0.5, 10 ** 20, 1e19]
print(sorted(mixed))
print(max(mixed), min(mixed))
print(sorted([2, 2.0, 1.0, 1]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
