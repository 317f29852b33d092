# nonlocal statement
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
val, inc = outer()
print(val, inc(), inc())
def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = 'c'
        c()
        return x
    r = b()
    return r, x
print(a())
def multi():
    p = q = 0
    def setter():
        nonlocal p, q
        p, q = 1, 2
    setter()
    return p, q
print(multi())
def shadowing():
    v = 'outer'
    def inner():
        v = 'inner'
        return v
    inner()
    return v
print(shadowing())
def counter_factory():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
s1 = counter_factory()
s2 = counter_factory()
print(s1(), s1(5), s2(), s1())
