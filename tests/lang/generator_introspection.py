# Generator introspection: gi_code, gi_frame (line, locals), gi_running, gi_suspended, gi_yieldfrom, before, during and after iteration.
def g():
    x = yield 1
    yield x
it = g()
print(it.gi_running, it.gi_code.co_name, it.gi_frame is not None, it.gi_yieldfrom, it.gi_suspended)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name, it.gi_suspended, it.gi_frame.f_locals)
list(it)
print(it.gi_frame, it.gi_running, it.gi_suspended, it.gi_code.co_name)
def outer():
    yield from g()
o = outer(); next(o); print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_frame.f_lineno)
def me():
    yield gen.gi_running, gen.gi_frame.f_lineno, gen.gi_suspended
gen = me()
print(next(gen))
print(g.__code__.co_argcount, g.__code__.co_varnames, g.__code__.co_flags & 0x20 != 0)
