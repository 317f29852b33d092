# contextlib: @contextmanager (exception passing, misuse errors, use as a
# decorator), suppress, closing, nullcontext, redirect_*, ExitStack.
import sys
from contextlib import *
import contextlib

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', repr(e))

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice2():
    try:
        yield 1
    except ValueError:
        yield 2
try:
    with twice2(): raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with convert(): raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__), repr(e.__context__))

try:
    with tag('s'):
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passed', e)

@tag('deco')
def f(x):
    print('in f', x)
    return x * 2
print(f(3), f(4), f.__name__)

print(tag.__name__, tag('q').__doc__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError as e:
    print('not suppressed', e)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print('close', self.n)
with closing(Res(1)) as r:
    print('using', r.n)

with nullcontext(5) as x:
    print('null', x)
with nullcontext() as x:
    print('null', x)

class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
w = W()
with redirect_stdout(w) as t:
    print('hidden', 1)
    print(t is w)
print('captured', w.parts)
w2 = W()
with redirect_stderr(w2):
    sys.stderr.write('err\n')
print('captured err', w2.parts)

class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print('enter', self.name); return self.name
    def __exit__(self, *exc): print('exit', self.name, exc[0].__name__ if exc[0] else None); return self.suppress

with ExitStack() as stack:
    a = stack.enter_context(CM('a'))
    b = stack.enter_context(CM('b'))
    stack.callback(print, 'callback', 1, sep='-')
    @stack.push
    def handler(t, v, tb):
        print('push handler', t)
    print('body', a, b)

with ExitStack() as stack:
    stack.enter_context(CM('sup', True))
    stack.enter_context(CM('inner'))
    raise ValueError('x')
print('suppressed by stack')

def cb(name):
    def c():
        raise KeyError(name)
    return c
try:
    with ExitStack() as stack:
        stack.callback(cb('first'))
        stack.callback(cb('second'))
        raise ValueError('body')
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)

with ExitStack() as stack:
    stack.enter_context(CM('p1'))
    stack.enter_context(CM('p2'))
    saved = stack.pop_all()
print('popped')
saved.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)
try:
    ExitStack().enter_context(W())
except TypeError as e:
    print(e)

class D(ContextDecorator):
    def __enter__(self): print('D enter'); return self
    def __exit__(self, *a): print('D exit'); return False
@D()
def g(): print('in g')
g()

class CM2(AbstractContextManager):
    def __exit__(self, *a): print('cm2 exit')
with CM2() as c: print(type(c).__name__)

cm = tag('once')
with cm: pass
try:
    with cm: pass
except Exception as e:
    print(type(e).__name__, e)

try:
    with ExitStack() as st:
        st.callback(print, 'cleanup ran')
        raise RuntimeError('r')
except RuntimeError as e:
    print('got', e, e.__context__)
try:
    try:
        raise KeyError('outer')
    except KeyError:
        with ExitStack() as st:
            st.callback(cb('inner'))
except KeyError as e:
    print(repr(e), repr(e.__context__))
