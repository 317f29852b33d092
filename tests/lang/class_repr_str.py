# __repr__ and __str__ interplay
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'just str'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print(s, str(s))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str(s).upper())
print(repr(s).startswith('<__main__.StrOnly object at '))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    def __str__(self):
        return 'Sub<' + super().__str__() + '>'
print(Sub(), repr(Sub()))
