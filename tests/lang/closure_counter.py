# Closures capturing and mutating state
def make_counter(start=0):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = make_acc()
print(acc('a'), acc('b'), acc('c'))
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
