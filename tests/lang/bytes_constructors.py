# bytes() constructors and conversions
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes('caf\u00e9', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'copy'))
print(bytes(bytearray(b'ba')) if False else bytes([1, 2]) * 2)
print(list(bytes(range(250, 256))))
for bad in ([256], [-1], ['a'], 'str', 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(str(b'abc'), repr(b'abc'), str(b'abc', 'ascii'))
print(b'abc'.decode() + 'd', 'xyz'.encode() + b'!')
print(bytes(x * 2 for x in range(5)))
print(bytes.fromhex('41 42'), b'AB'.hex())
print(int.from_bytes(bytes([1, 0, 0]), 'big'), (65535).to_bytes(2, 'big'))
print(sorted(b'hello'), max(b'az'), sum(b'\x01\x02\x03'))
print(bytes([104, 105]).decode())
