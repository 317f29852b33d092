# strip / lstrip / rstrip
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), '<<a>>'.strip('<>'), 'www.example.com'.strip('cmowz.'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')))
print('..a..'.strip('.'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print(repr('\u00a0 nbsp \u2003'.strip()))
print('hello'.strip(''), 'hello'.strip(None))
print('0001200'.lstrip('0'), '1.5000'.rstrip('0'))
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'x'.removeprefix('y'))
try:
    'a'.strip(5)
except TypeError as e:
    print(type(e).__name__, e)
