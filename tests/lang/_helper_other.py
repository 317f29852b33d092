# Second helper module: imports the first one
import _helper_mod
from _helper_mod import greet as _greet

VALUE = _helper_mod.CONSTANT * 2

def shout(name):
    return _greet(name).upper()
