# Numeric hashing and comparison: hash(x) is the same for equal ints and
# floats (CPython's modular algorithm), and int/float comparisons are exact.

vals = [0, 1, -1, 2, -2, 2**61 - 1, 2**61, -(2**61) - 1, 2**62 - 1, -(2**62),
        10**30, -(10**30), 2**100]
for v in vals:
    print(v, hash(v))
for f in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e100, -1e-100, 1e22,
          4.611686018427388e18, float("inf"), float("-inf"), 2.0**100]:
    print(f, hash(f), hash(f) == hash(int(f)) if f.is_integer() else "-")
print(hash(True), hash(False))
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}[nan])

d = {}
for k in [1, 1.0, True, 2**70, float(2**70), 0, 0.0, False, -0.0]:
    d[k] = d.get(k, 0) + 1
print(d)
print(len({2**64, 2.0**64, 18446744073709551616}))

big = 2**53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), big + 1 < float(big + 2))
print(9007199254740993 == 9007199254740992.0, 9007199254740992 == 9007199254740992.0)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), 10**400 == float("inf"))
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan != nan)
print(0.5 < 1, 1 > 0.5, 1 == 1.0, 2**100 == 2.0**100, 2**100 + 1 == 2.0**100)
print(sorted([3, 1.5, 2**70, -1e300, True, 0.0, -(10**400)]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), 3 in [3.0], 3.0 in {3})
