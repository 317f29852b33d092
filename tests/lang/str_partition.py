# partition / rpartition
for s in ['key=value', 'key=val=ue', 'novalue', '=start', 'end=', '']:
    print(s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('caf\u00e9-bar'.partition('\u00e9'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
k, sep, v = 'host:8080'.partition(':')
print(k, sep, int(v) + 1)
print('a b c'.partition(' '), 'a b c'.rpartition(' '))
print('no-sep'.partition('-'), 'no-sep'.rpartition('x'))
print('aXbXc'.partition('X')[2], 'aXbXc'.rpartition('X')[0])
for line in ['Key: value', 'Other:   spaced', 'bad line']:
    k, sep, v = line.partition(':')
    print(repr(k), bool(sep), repr(v.strip()))
print(type('a=b'.partition('=')).__name__)
