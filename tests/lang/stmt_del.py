# del statement on names, items, attributes, slices
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
