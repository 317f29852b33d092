# Generator pipelines, send(), yield from, close/throw.
def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        yield lineno, line

def parse(records):
    for lineno, line in records:
        name, _, rest = line.partition(':')
        try:
            yield name.strip(), [int(x) for x in rest.split(',')]
        except ValueError as e:
            print(f"  line {lineno}: skipped ({e})")

def totals(items):
    for name, nums in items:
        yield name, sum(nums), max(nums, default=None)

DATA = """
# scores
alice: 3, 5, 9
bob: 1, x, 2
carol: 10
dave:
eve: 4,4,4
""".splitlines()

for name, total, best in totals(parse(read_records(DATA))):
    print(f"{name:>6}: total={total:3d} best={best}")

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
for v in [10, 20, 5, 7.5]:
    print("avg:", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished", e.value)

def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "done"

d = delegator()
next(d)
d.send(4)
d.send(6)
print(d.send(None))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]], 7])))

def countdown(n):
    try:
        while n > 0:
            try:
                yield n
            except ValueError as e:
                print("  caught", e, "resetting")
                n = 3
                continue
            n -= 1
    finally:
        print("  countdown cleanup")

c = countdown(5)
print(next(c), next(c))
print(c.throw(ValueError("boom")))
print(next(c))
c.close()
print(list(countdown(2)))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (x * x for x in naturals())
evens = filter(lambda v: v % 2 == 0, squares)
print(list(take(6, evens)))
print(sum(x for x in range(100) if x % 7 == 3))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(zip(range(10), fib()))[-3:])
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
