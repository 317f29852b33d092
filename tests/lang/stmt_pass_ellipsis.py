# pass, Ellipsis, docstrings, empty bodies
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
def doc():
    """Docstring only."""
print(doc(), doc.__doc__)
def ell():
    ...
print(ell())
print(..., Ellipsis is ..., type(...).__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print('done')
class WithDoc:
    "class doc"
print(WithDoc.__doc__)
print(Empty.__doc__)
