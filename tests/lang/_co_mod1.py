"""Helper module doc."""
__all__ = ['pub', 'Klass', '_semi']
pub = 1
_semi = 2
hidden = 3
class Klass:
    def __repr__(self): return "Klass()"
def func(): return __name__
print("importing", __name__)
