# List comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in 'hello' if c not in 'l'])
print([x if x % 2 else -x for x in range(6)])
print([[r * c for c in range(3)] for r in range(3)])
print([len(w) for w in 'the quick brown fox'.split()])
print([i for row in [[1, 2], [3], []] for i in row])
print([f(2) for f in (lambda v: v + 1, lambda v: v * 10)])
x = 'outer'
print([x for x in 'ab'], x)
print([k + str(v) for k, v in {'a': 1, 'b': 2}.items()])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[y for y in range(x)] for x in range(4)])
print([] == [x for x in []], [None for _ in range(3)])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
