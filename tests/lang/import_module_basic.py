# import of a helper module: attributes, module caching, __name__
import _helper_mod
print(_helper_mod.CONSTANT, _helper_mod.greet('world'))
print(_helper_mod.__name__, _helper_mod.module_name())
w = _helper_mod.Widget('a')
print(w, _helper_mod.Widget.count)
import _helper_mod
import _helper_mod as again
print(again is _helper_mod)
print(_helper_mod.add_item('x'), again.add_item('y'), _helper_mod.items)
import sys
print('_helper_mod' in sys.modules, sys.modules['_helper_mod'] is _helper_mod)
print(type(_helper_mod).__name__)
_helper_mod.CONSTANT = 7
import _helper_mod as third
print(third.CONSTANT)
print(__name__)
