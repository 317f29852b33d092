# Recursive algorithms: permutations, subsets, flatten, hanoi, parsing nested lists.
def permutations(seq):
    if len(seq) <= 1:
        return [seq[:]]
    out = []
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            out.append([x] + rest)
    return out

def subsets(items):
    if not items:
        yield ()
        return
    first, *rest = items
    for s in subsets(rest):
        yield s
        yield (first,) + s

def flatten(nested, depth=None):
    for x in nested:
        if isinstance(x, list) and (depth is None or depth > 0):
            yield from flatten(x, None if depth is None else depth - 1)
        else:
            yield x

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves

def parse_nested(s):
    """Parse '[1,[2,3],[]]' into lists of ints without eval."""
    pos = 0
    def value():
        nonlocal pos
        if s[pos] == '[':
            pos += 1
            items = []
            while s[pos] != ']':
                items.append(value())
                if s[pos] == ',':
                    pos += 1
            pos += 1
            return items
        start = pos
        while s[pos] == '-' or s[pos].isdigit():
            pos += 1
        if start == pos:
            raise ValueError(f"bad char {s[pos]!r} at {pos}")
        return int(s[start:pos])
    v = value()
    if pos != len(s):
        raise ValueError("trailing data")
    return v

p = permutations([1, 2, 3])
print(len(p), p)
print(["".join(x) for x in permutations(list("abc"))])
subs = sorted(subsets([1, 2, 3]), key=lambda t: (len(t), t))
print(subs)
print(list(flatten([1, [2, [3, [4, [5]]]], 6])), list(flatten([1, [2, [3, [4]]]], depth=1)))
print(hanoi(3), len(hanoi(10)))
print(parse_nested("[1,[2,-3],[],[[4]]]"))
for bad in ["[1,x]", "[1]]"]:
    try:
        parse_nested(bad)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**64, 6**20))

def power_set_str(s):
    return [""] if not s else [p + c for p in power_set_str(s[1:]) for c in ("", s[0])]
print(sorted(power_set_str("abc")))

def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, (list, tuple)) else 0
print(depth([1, [2, (3, [])]]), depth(5), depth([]))

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)

def binsearch(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid)
data = list(range(0, 100, 3))
print([binsearch(data, v) for v in (0, 27, 99, 50)])
def merge_sort(xs):
    if len(xs) < 2:
        return xs
    m = len(xs) // 2
    a, b = merge_sort(xs[:m]), merge_sort(xs[m:])
    out = []
    while a and b:
        out.append((a if a[0] <= b[0] else b).pop(0))
    return out + a + b
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
