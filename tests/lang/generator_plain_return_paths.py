# generators that end with a plain return, through every way of driving them
def g():
    x = yield 1
    if x == "stop":
        return
    yield 2
it = g(); next(it)
try:
    it.send("stop")
except StopIteration as e:
    print("send StopIteration", e.value, e.args)
it = g(); next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print("next StopIteration", e.value, e.args)
print(next(it, "default"))
def h():
    try:
        yield 1
    except ValueError:
        return
it = h(); next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("throw StopIteration", e.value)
def c():
    try:
        yield 1
    except GeneratorExit:
        return
it = c(); next(it); print(it.close())
def outer():
    r = yield from g()
    print("yield from result", r)
    r = yield from h()
    print("second", r)
o = outer(); print(next(o), o.send("stop"))
print(o.throw(ValueError) if False else "", list(outer()))
o = outer(); next(o); o.send("stop"); print(o.throw(ValueError, "x") if False else "")
def deleg():
    r = yield from h()
    yield ("got", r)
d = deleg(); next(d); print(d.throw(ValueError))
print(list(g()), sum(1 for _ in g()), [x for x in g()])
