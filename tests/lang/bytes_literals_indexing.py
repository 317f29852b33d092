# bytes literals, indexing and slicing
b = b'hello'
print(b, type(b).__name__, len(b))
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[10:])
print(b'\x00\xff\n\t\\', b"dq'", b'sq"', b'\x7f\x80')
print(rb'raw\n', len(rb'\n'), b'a' b'b')
print(list(b'abc'), [c for c in b'AZ'])
print(b'abc' == b'abc', b'abc' < b'abd', b'' < b'a', b'abc' == 'abc')
print(b'ab' + b'cd', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'yz' in b'xyz')
print(repr(b"it's"), repr(b'both \' "'), repr(bytes([0, 10, 13, 34, 39, 92, 127, 128, 255])))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b'a'
except ValueError as e:
    print(type(e).__name__, e)
for i, c in enumerate(b'hi'):
    print(i, c, chr(c))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
