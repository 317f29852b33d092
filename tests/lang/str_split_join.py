# str.split / str.join
s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.split(',', 0), s.split(',', -1))
print('  hello   world  '.split())
print('  hello   world  '.split(' '))
print(''.split(), ''.split(','), '   '.split())
print('a b c d'.split(None, 2), 'a\tb\nc  d'.split())
print('x--y--z'.split('--'), 'abcabc'.split('abc'))
print('one two'.split(maxsplit=1), 'k=v=w'.split(sep='=', maxsplit=1))
print('-'.join(['a', 'b', 'c']), ''.join([]), ','.join('xyz'), ' '.join(('t', 'u')))
print('+'.join(str(i) for i in range(5)))
print(', '.join(sorted({'b': 1, 'a': 2})))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), words[::3])
print(' '.join(reversed(words)))
print('|'.join(w.capitalize() for w in words))
print('a\u00e9b\u00e9c'.split('\u00e9'))
print('1 2\x0b3\x0c4\r5\x1c6'.split())
