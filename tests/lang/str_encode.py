# str.encode and bytes.decode
s = 'h\u00e9llo \u20ac'
b = s.encode()
print(b, len(b), type(b).__name__)
print(s.encode('utf-8') == b, b.decode('utf-8') == s, b.decode() == s)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), '\u00e9'.encode('latin-1'))
try:
    '\u00e9'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('\u00e9x'.encode('ascii', 'replace'), '\u00e9x'.encode('ascii', 'ignore'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xe9'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(issubclass(UnicodeDecodeError, ValueError))
print('\U0001f600'.encode('utf-8'), b'\xf0\x9f\x98\x80'.decode())
print(str(b'abc', 'ascii'), str(b'abc'))
