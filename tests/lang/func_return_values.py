# return statements: implicit None, multiple values, early return
def none1():
    pass
def none2():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x < 0:
        return 'neg'
    for i in range(10):
        if i == x:
            return 'found %d' % i
    return 'big'
print(none1(), none2())
r = multi()
print(type(r).__name__, r)
a, b, c = multi()
print(a, b, c)
print(early(-1), early(3), early(50))
def in_loop():
    while True:
        return 'out of while'
print(in_loop())
def nested_returns(n):
    def helper():
        return n * 2
    return helper() + 1
print(nested_returns(5))
def ret_func():
    return len
print(ret_func()('abcd'))
def ret_star():
    lst = [1, 2]
    return 0, *lst
print(ret_star())
