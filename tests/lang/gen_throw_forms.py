# generator.throw() with the (type, value, traceback) signature
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, repr(e))
it = g(); next(it)
it.throw(ValueError, ValueError('keep'), None)
it.throw(ValueError, 'msg')
it.throw(KeyError, ('a', 'b'))
it.throw(ValueError('inst'))
it.throw(TypeError)
try:
    it.throw(ValueError('x'), 'y')
except TypeError as e:
    print("TypeError:", e)
