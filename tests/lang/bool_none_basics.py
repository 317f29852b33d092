# bool and None basics
print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True + 1)
print(bool(), bool(0), bool(1), bool(-1), bool(''), bool(' '), bool([]), bool([0]))
print(bool(None), bool(()), bool({}), bool(set()), bool(0.0), bool(range(0)), bool(range(1)))
print(str(True), repr(False), str(None), repr(None))
print(True and None, None or False, not None)
print(int(True), float(False), True * 3, -True)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__[0].__name__)
print(None == None, None is None, None == 0, None == False, None != '')
print(hash(True), hash(False))
print([True, False].count(1), sum([True] * 5))
print(True & False, True | False, True ^ False, ~True, ~False)
print(True > False, max(True, 0), sorted([True, False, True]))
print('%d %s %r' % (True, True, None))
print(f'{True} {None!r} {False:d}')
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
def returns_none():
    pass
print(returns_none() is None)
print(bool('False'), bool('0'))
print(type(None)() is None)
