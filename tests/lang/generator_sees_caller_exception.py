import sys
def gen(): yield sys.exc_info()[0]
def gen_raise():
    raise KeyError('k'); yield
def gen_reraise():
    yield 1
    raise
try:
    raise ValueError('v')
except ValueError:
    print(next(gen()))
    try: next(gen_raise())
    except KeyError as e: print(repr(e.__context__))
    g = gen_reraise(); next(g)
    try: next(g)
    except ValueError as e: print("reraised", repr(e))
    print(list(sys.exc_info()[0] for _ in range(1)))
print(next(gen()), sys.exc_info())
def own():
    try:
        raise IndexError('own')
    except IndexError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = own()
print(next(g))
try:
    raise TypeError
except TypeError:
    print(next(g))
    print(next(g))
print(sys.exc_info())
def nested():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise OSError
except OSError:
    print(list(nested()))
print(list(nested()), sys.exc_info()[0])
