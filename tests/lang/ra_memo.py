import functools
from functools import lru_cache, reduce, partial

calls = 0
def fib_memo(n, memo={}):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r

print(fib_memo(80), calls)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    print("  computing", x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1]:
    print(v, sq(v))
print(sq.cache_info())

@functools.lru_cache
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print([binom(10, k) for k in range(11)])
print(binom.__name__, binom.__wrapped__.__name__)

@functools.cache
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100, (1, 5, 10, 25, 50)))
try:
    ways(10, [1, 2])
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, pow2.keywords)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=3))
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>"))

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def documented(x):
    """Return x doubled."""
    return 2 * x

print(documented.__name__, documented.__doc__, documented(21))

# DP: longest common subsequence with explicit table
def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            t[i][j] = t[i-1][j-1] + 1 if ca == cb else max(t[i-1][j], t[i][j-1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif t[i-1][j] >= t[i][j-1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("", "x")))

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (ca != cb)))
        prev = cur
    return prev[-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(f"{a!r:>10} -> {b!r:<10} {edit(a, b):>3}")
