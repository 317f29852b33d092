def g():
    x = yield 1
    print('got', x)
    y = yield x * 2
    return y
it = g()
print(next(it), it.send(5))
try:
    it.send('end')
except StopIteration as e:
    print('stop', e.value)
def sub():
    r = yield from g()
    print('sub got', r)
    yield 'last'
s = sub()
print(next(s), s.send(3), s.send('R'))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(3)), list(counter(0)))
def yf():
    yield from range(3)
    yield from 'ab'
print(list(yf()))
def closing():
    try:
        yield 1
    except GeneratorExit:
        print('closing')
        raise
c = closing(); next(c); c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
t = thrower(); next(t)
print(t.throw(ValueError('boom')))
def early():
    return
    yield
print(list(early()))
def gen_exc():
    yield 1
    raise KeyError('k')
try:
    for v in gen_exc(): print(v)
except KeyError as e:
    print('ke', e)
def stopiter():
    yield 1
    raise StopIteration
try:
    list(stopiter())
except RuntimeError as e:
    print(e)
g2 = (i for i in range(2))
print(type(g2).__name__, next(g2), next(g2), next(g2, 'done'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)) if hasattr(itertools, 'islice') else [0, 1, 1, 2, 3, 5, 8, 13, 21, 34])
def lam_gen():
    return [(yield i) for i in range(2)] if False else None
w = (lambda: (yield 5))()
print(next(w))
def ret_in_finally_gen():
    try:
        yield 1
    finally:
        print('cleanup')
for x in ret_in_finally_gen():
    pass
print('end')
def gen_state():
    yield
gs = gen_state()
next(gs)
try:
    next(gs)
except StopIteration:
    print('exhausted')
try:
    next(gs)
except StopIteration:
    print('still exhausted')
