# str.replace
print('hello world'.replace('o', '0'))
print('aaaa'.replace('a', 'b', 2), 'aaaa'.replace('a', 'b', 0), 'aaaa'.replace('a', 'b', -1))
print('aaaa'.replace('aa', 'a'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), ''.replace('a', 'b'))
print('banana'.replace('na', 'NA'), 'banana'.replace('xyz', '!'))
print('a.b.c'.replace('.', ''), 'tab\there'.replace('\t', '    '))
print('caf\u00e9 caf\u00e9'.replace('\u00e9', 'e'))
print('ab' * 3 .replace('b', 'c') if False else ('ab' * 3).replace('ba', '|'))
s = 'x'
t = s.replace('x', 'y')
print(s, t)
try:
    'a'.replace('a')
except TypeError as e:
    print(type(e).__name__)
