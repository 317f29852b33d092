# str.rsplit with maxsplit
s = 'a.b.c.d'
print(s.rsplit('.'), s.rsplit('.', 1), s.rsplit('.', 2), s.rsplit('.', 0))
print('  x  y  z  '.rsplit(), '  x  y  z  '.rsplit(None, 1))
print('path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.rsplit('.', 1))
print('aaa'.rsplit('a'), 'aaa'.rsplit('aa'), 'aaa'.split('aa'))
print(''.rsplit('x'), 'noseparator'.rsplit(','))
print('a b c'.rsplit(maxsplit=1), 'a::b::c'.rsplit('::', maxsplit=1))
print('1,2,3'.rsplit(',', -1))
print('ab  cd ef'.rsplit(' '))
print('a b  c'.rsplit(' ', 1), 'a b  c'.split(' ', 1))
print('1.2.3.4'.rsplit('.', 3), '1.2.3.4'.rsplit('.', 10))
print('\ta\tb\t'.rsplit('\t'), '\ta\tb\t'.rsplit())
host, _, port = 'example:host:8080'.rpartition(':')
print(host, port, 'example:host:8080'.rsplit(':', 1))
print([s.rsplit('=', 1)[-1] for s in ['a=1', 'b=c=2', 'd']])
try:
    'x'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
