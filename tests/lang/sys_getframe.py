# sys._getframe: the running function's name, its caller, its locals
import sys

def who():
    return sys._getframe(1).f_code.co_name

def outer():
    x = 41
    def inner():
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_locals["x"] + 1
    return inner()

def caller():
    return who()

print(caller(), outer())
print(sorted([3, 1, 2], key=lambda v: (sys._getframe(1).f_code.co_name != "", v)))
f = sys._getframe()
print(f.f_code.co_name, f.f_globals is globals(), type(f).__name__, f.f_back)

class C:
    def __init__(self):
        self.made_in = sys._getframe(1).f_code.co_name

def make():
    return C()

print(make().made_in)
def line():
    return sys._getframe().f_lineno
print(line())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
