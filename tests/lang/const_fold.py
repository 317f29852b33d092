# Constant folding as CPython's AST optimizer does it: values, errors left to
# run time, size limits, and the iteration order of folded sets
print({-1, -2, 7, 15}, {-1, 2 ** 3, 1 << 4, 3 * 5})
print(-5, +3, ~7, not 0, not 1, -2.5, -(1j), 2 ** -1, 7 // 2, 7 % 3, -7 // 2)
print(1 / 2, "ab" + "cd", "ab" * 3, (1, 2) * 2, (1, (2, 3)) + (4,), b"x" * 3)
try: x = 1 / 0
except ZeroDivisionError as e: print("zde", e)
try: x = -"s"
except TypeError as e: print("te", e)
try: x = "a" - "b"
except TypeError as e: print("te", e)
print(2 ** 100, 10 ** 50 == int("1" + "0" * 50), 1 << 200, "x" * 5000 == "x" * 5000)
print(len("ab" * 3000), len((1,) * 300), "%s-%d" % ("a", 3), 2 ** 0.5)
print(-9223372036854775808, -(2 ** 63), (-1) ** 2, 0 ** 0, (-2) ** 3, 3 ** 2 ** 2)
print(True + True, -True, ~False, 1 == 1.0, 1 @ 2 if False else "mm")
print([x for x in {-5, -3, 100, 7}], -0.0, -(0.0), 0.1 + 0.2, 1e308 * 10)
def f():
    return (1, -2, (3, -4)), {-1: "a"}, [-1, -2, -3]
print(f())
print(sorted({-1, -2, -3}), -1 in {-1, 5, 9}, 5 not in [-1, -2, -3])
for x in {33, 1, 65, 97, 129}: print(x, end=' ')
print()
for x in {100, 200, 300, 8, 16}: print(x, end=' ')
print()
print([x for x in {33, 1, 65, 97, 129}])
print(list({33, 1, 65, 97, 129}))
print(5 in {33, 1, 65})
def f(): return {33, 1, 65, 97, 129}
print(f())
print(frozenset({33, 1, 65, 97, 129}))
