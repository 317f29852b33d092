def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'caught'
    finally:
        print('inner finally')
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'after'
g = outer(); print(next(g))
print(g.throw(ValueError))
print(next(g))
g = outer(); next(g)
g.close(); print('closed')
def inner2():
    try:
        yield 1
    except KeyError:
        return 'ret-from-throw'
def outer2():
    r = yield from inner2()
    yield ('got', r)
g = outer2(); next(g); print(g.throw(KeyError))
def inner3():
    yield 1
def outer3():
    try:
        yield from inner3()
    except IndexError as e:
        yield ('outer caught', repr(e))
g = outer3(); next(g); print(g.throw(IndexError('x')))
class SubIt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        print('SubIt.throw', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        raise StopIteration('sub-done')
    def close(self):
        print('SubIt.close')
def outer4():
    r = yield from SubIt()
    yield ('r', r)
g = outer4(); next(g); print(g.throw(ValueError)); 
g = outer4(); next(g); g.close(); print('closed4')
import contextlib
@contextlib.contextmanager
def cm():
    def sub():
        try:
            yield 'v'
        finally:
            print('sub cleanup')
    yield from sub()
try:
    with cm() as v:
        print('in with', v)
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e)
