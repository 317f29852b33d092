# Two modules of one package import each other with `from . import x`:
# the second finds the first in sys.modules while it is still running.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
import _circpkg.a
from _circpkg import b
print(_circpkg.a.via_b(), b.via_a(), b.a is _circpkg.a)
print(sorted(k for k in sys.modules if k.startswith('_circpkg')))
try:
    from _circpkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(eval("lambda: 5")(), eval("lambda x, y=2: x * y")(4))
