# __enter__ / __exit__ including exception suppression
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError) as s:
    print(type(s).__name__)
    1 / 0
    print('not reached')
print('after suppressed')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
with Suppress(LookupError):
    {}['missing']
print('KeyError suppressed via LookupError')
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource('db')
with r as res:
    print(res is r, res.open)
print(r.open)
def early():
    with Resource('x') as x:
        return x
print(early().open)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
with Suppress(StopIteration):
    raise StopIteration
print('end')
