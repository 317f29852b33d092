# Throwing into a generator while the thrower handles an exception: the thrown one is chained only to the generator's own handled exception. close() takes no arguments; throw() of a non-exception.
def g():
    try:
        yield 1
    except ValueError as e:
        print("context:", repr(e.__context__))
        yield 2
it = g(); next(it)
try:
    raise KeyError(1)
except KeyError:
    print(it.throw(ValueError("v")))
def h():
    try:
        raise IndexError("inner")
    except IndexError:
        try:
            yield 1
        except ValueError as e:
            print("context:", repr(e.__context__))
            yield 2
it = h(); next(it)
try:
    raise KeyError(2)
except KeyError:
    print(it.throw(ValueError("w")))
def k():
    yield 1
try:
    k().close(1)
except TypeError as e:
    print(e)
try:
    x = k(); next(x); x.throw(5)
except TypeError as e:
    print(e)
