# bytes methods
b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'))
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b'.rsplit(None, 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', b'y')))
print(b.find(b'World'), b.find(b'zz'), b.rfind(b'l'), b.index(b'H'), b.count(b'l'), b.find(111))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2))
print(b.upper(), b.lower(), b'hello world'.title(), b'abC'.swapcase(), b'ab'.capitalize())
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'123'.isdigit(), b'ab'.isalpha())
print(b'x=1'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'ab'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'7'.zfill(3))
print(b'l1\nl2\r\nl3'.splitlines(), b'A\tB'.expandtabs(4))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), b'abc'.hex(':') if False else b'abc'.hex())
print(bytes.fromhex('de ad be ef'), bytes.fromhex('00ff'))
try:
    b'a'.join(['s'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print(b'a%sb%d' % (b'X', 5), b'%05.1f' % 3.14159)
