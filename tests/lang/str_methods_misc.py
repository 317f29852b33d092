# Less common str methods and errors
print('a{}c'.format('b'), 'x'.join('123'))
print('Hello'.ljust(8, '_') + '|', 'title case here'.title())
print('ab12'.upper().lower(), 'abc'.islower(), 'ABC'.isupper())
print('   '.isspace(), ''.isspace(), 'a'.isalpha(), '12'.isnumeric())
print('x'.zfill(3), '-x'.zfill(4), '+12'.zfill(5))
print(' a b '.strip().split(' '), 'a,b;c'.replace(';', ',').split(','))
print(str.lower('ABC'), str.__len__('abcd'), 'abc'.__contains__('b'))
print('%s' % 'x', '%5s|%-5s|' % ('r', 'l'))
print('abc'.encode().decode() == 'abc')
print('Hello World'.swapcase(), 'hello'[1:4].upper())
print('one two three'.title().split())
print('a'.center(3).replace(' ', '.'))
try:
    'abc'[1] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del 'abc'[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.count()
except TypeError as e:
    print(type(e).__name__)
try:
    'abc'.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print('x' in 'xyz', 'xy' not in 'xyz')
