# find / rfind / index / rindex / count
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('hello', 1, 10), s.find('zzz'))
print(s.rfind('hello'), s.rfind('hello', 0, 12), s.rfind('o'), s.rfind('zzz'))
print(s.index('world'), s.rindex('l'), s.index('o', 5), s.rindex('o', 0, 5))
print(s.find(''), s.rfind(''), s.find('', 100), len(s))
print(s.find('h', -6), s.find('o', -100), s.rfind('o', -10, -1))
for fn in (s.index, s.rindex):
    try:
        fn('absent')
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 0, 5), s.count('zz'))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'))
u = 'h\u00e9llo w\u00f6rld \u00e9'
print(u.find('\u00e9'), u.rfind('\u00e9'), u.index('w'), u.count('\u00e9'))
print('abc'.find('c', 2, 3), 'abc'.find('c', 2, 2), 'abc'.find('abcd'))
