# Decorators that keep state in closures
def counted(fn):
    calls = 0
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def sq(x):
    return x * x
print([sq(i) for i in range(4)], sq.calls)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(len(fib.cache))
def once(fn):
    done = False
    result = None
    def w():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return w
hits = []
@once
def init():
    hits.append(1)
    return 'initialized'
print(init(), init(), hits)
