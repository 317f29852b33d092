# format() builtin and __format__ methods
print(format(12), format(12, ''), format('s'), format(1.5), format(None), format([1]))
print(format(3.14159, '.3'), format(1234.5, '10.1f'), format('abc', '^7'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        if spec == '':
            return str(self)
        return format(self.v, spec)
    def __str__(self):
        return 'Money(%s)' % self.v
m = Money(12.5)
print(format(m, 'usd'), format(m), format(m, '>8.1f'), f'{m:usd}', '{:usd}'.format(m))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), f'{NoFormat()}', '{}'.format(NoFormat()))
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(format(0.5, '%'), format(42, 'b'), format(True), format(False, 'd'))
print(type(format(5)).__name__)
