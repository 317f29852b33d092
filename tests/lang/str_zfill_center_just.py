# zfill / center / ljust / rjust
for s in ['42', '-42', '+7', 'abc', '', '-', '1234567']:
    print(repr(s.zfill(5)), repr(s.center(7)), repr(s.ljust(6)), repr(s.rjust(6)))
print('x'.center(4, '*'), 'x'.center(5, '*'), 'xy'.center(5, '-'), 'xy'.center(6, '-'))
print('ab'.ljust(5, '.'), 'ab'.rjust(5, '.'), 'ab'.center(1), 'abc'.zfill(0))
print('\u00e9'.center(5, '\u00b7'), repr('\u00e9\u00e9'.ljust(4)))
try:
    'a'.center(5, '--')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
print('%s|' % 'end'.rjust(10))
