# NameError raised by the interpreter carries .name; AttributeError from a
# failed lookup carries .name and .obj.
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e.name)
class A: pass
a = A()
try:
    a.nope
except AttributeError as e:
    print(e.name, e.obj is a)
try:
    A.nope
except AttributeError as e:
    print(e.name, e.obj is A)
