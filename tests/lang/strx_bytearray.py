# bytearray: mutation, slicing, methods.

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", repr(r))

a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], repr(bytearray()), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'))
a.append(33)
a.extend(b' world')
a.extend([65, 66])
a.insert(0, 62)
print(a, a.pop(), a.pop(0), a)
a[0] = 72
a[1:5] = b'ELLO'
print(a)
a[::2] = b'x' * len(a[::2])
print(a)
del a[0]
del a[::3]
print(a)
a[2:2] = [1, 2, 3]
print(a, a.find(b'x'), a.count(b'x'), b'x' in a, 1 in a)
a.remove(1)
a.reverse()
print(a, a.upper(), a.split(b'x'), a.strip(b'!'), a.decode('latin-1'), a.hex())
b = bytearray(b'abc')
b += b'def'
b *= 2
print(b, b + b'!', b * 2, b == b'abcdefabcdef', b < bytearray(b'b'), b.copy(), list(b)[:3])
b.clear()
print(b, bytearray.fromhex('41 42'), bytearray(b'a,b').partition(b','), bytearray(b'Ab').swapcase())
print(bytearray(b'xyz').replace(b'y', b'YY'), bytearray(b'ab').center(6, b'.'), bytearray(b'a b').split())

err(lambda: bytearray(b'a')[5])
err(lambda: bytearray(b'a').append(256))
err(lambda: bytearray(b'a').append('x'))
err(lambda: bytearray().pop())
err(lambda: bytearray(b'a').remove(2))
err(lambda: hash(bytearray()))
def f():
    x = bytearray(b'abcd')
    x[::2] = b'xyz'
err(f)
