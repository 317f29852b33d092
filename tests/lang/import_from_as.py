# from-import, import-as, from-import-as, star import
from _helper_mod import greet, CONSTANT
from _helper_mod import Widget as W, items as shared_items
import _helper_other as other
print(greet('from'), CONSTANT)
print(W('w1'), W.count)
print(other.VALUE, other.shout('loud'))
from _helper_mod import add_item
add_item(1)
print(shared_items)
from _helper_star import *
print(public_a, public_b, public_func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
from _helper_star import _hidden
print(_hidden)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
def local_import():
    from _helper_mod import CONSTANT as C
    import math
    return C, math.floor(2.5)
print(local_import())
