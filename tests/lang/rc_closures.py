# Closures, nonlocal, global counters, accumulators, late binding.
counter_total = 0

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return inc, reset, peek

inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc(), counter_total)
inc2, _, peek2 = make_counter()
print([inc2() for _ in range(4)], peek(), peek2(), counter_total)

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return sum(items) / len(items)
    add.items = items
    return add
avg = accumulator()
print([round(avg(v), 2) for v in (4, 8, 15, 16, 23, 42)], avg.items)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(7) for m in make_multipliers()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r, x
    return middle(), x
print(outer())

def cell_after():
    def get():
        return val
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    val = 42
    return get()
print(cell_after())

def unbound():
    def f():
        print(y)
        y = 1
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello world  "))

def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo_fib()(90))

def bank():
    balance = 0
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: balance %d, requested %d" % (balance, amount))
        balance -= amount
        history.append(("wd", amount))
        return balance
    return deposit, withdraw, lambda: list(history)
dep, wd, hist = bank()
dep(100)
wd(30)
for op, amt in [(dep, -5), (wd, 500), (dep, 10)]:
    try:
        print(op.__name__, amt, "->", op(amt))
    except ValueError as e:
        print(op.__name__, amt, "error:", e)
print(hist())
print(dep.__closure__ is not None, len(wd.__code__.co_freevars), sorted(wd.__code__.co_freevars))

x = 0
def g1():
    global x
    for _ in range(5):
        x += 2
    return x
print(g1(), x)
def scopes():
    x = "local"
    class C:
        x = "class"
        def m(self):
            return x
        y = [x for _ in range(1)]
    return C().m(), C.x, C.y
print(scopes())
