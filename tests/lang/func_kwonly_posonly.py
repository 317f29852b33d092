# Keyword-only and positional-only parameters
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2))
print(kw(1, c=5, b=2))
try:
    kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1)
except TypeError as e:
    print(type(e).__name__, e)
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4))
print(po(1, 2, c=3, d=4))
try:
    po(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def po_kwargs(a, /, **kw):
    return a, kw
print(po_kwargs(1, a=2))
def defaults_po(a, b=20, /, c=30):
    return a + b + c
print(defaults_po(1), defaults_po(1, 2), defaults_po(1, 2, 3), defaults_po(1, c=0))
def star_kw(*args, sep='-'):
    return sep.join(args)
print(star_kw('a', 'b', 'c'), star_kw('x', 'y', sep='+'))
print(kw.__kwdefaults__)
