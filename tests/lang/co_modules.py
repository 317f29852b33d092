import _co_mod1
import _co_mod1 as again
print(_co_mod1 is again, _co_mod1.__name__, _co_mod1.__doc__)
print(_co_mod1.func(), _co_mod1.Klass(), type(_co_mod1).__name__)
from _co_mod1 import *
print(pub, _semi, Klass)
try: hidden
except NameError as e: print(e)
from _co_mod2 import *
print(x, f())
try: _private
except NameError as e: print(e)
from _co_mod2 import _private
print(_private)
import _co_mod3
print(_co_mod3.dyn, _co_mod3._co_mod2.x)
try: _co_mod3.nope
except AttributeError as e: print(e)
try: _co_mod1.nope
except AttributeError as e: print(e)
try:
    from _co_mod1 import nope
except ImportError as e:
    # the message holds the module's absolute path: show only its file name
    m = str(e)
    print(m[:m.find('(') + 1] + m[m.rfind('/') + 1:], e.name)
try:
    import _co_nonexistent
except ModuleNotFoundError as e: print(e, e.name, type(e).__name__)
try:
    from _co_nonexistent import x
except ImportError as e: print(e)
import sys
print('_co_mod1' in sys.modules, sys.modules['_co_mod2'].x)
_co_mod1.pub = 99
from _co_mod1 import pub
print(pub)
print(sorted(k for k in dir(_co_mod2) if not k.startswith('__')))
print(sorted(k for k in vars(_co_mod2) if not k.startswith('__')))
print(__name__, type(__builtins__).__name__ if not isinstance(__builtins__, dict) else 'dict')
print(repr(_co_mod1).startswith("<module '_co_mod1' from"))
import math, sys as system
print(repr(math)[:20], system is sys)
del _co_mod1.pub
try: _co_mod1.pub
except AttributeError as e: print(e)
m = type(sys)('mymod', 'docs')
print(m, m.__doc__, m.__name__)
m.v = 3; print(m.v, m.__dict__['v'])
def g():
    from _co_mod2 import x as y
    import _co_mod1 as mm
    return y, mm.__name__
print(g())

