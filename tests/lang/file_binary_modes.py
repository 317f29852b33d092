# Binary mode files and with-statement behaviour
path = '/tmp/ftpy_test_file_binary_modes.bin'
with open(path, 'wb') as f:
    print(f.write(bytes(range(10))), f.write(b'\xff\xfe'))
with open(path, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, 'rb') as f:
    print(f.read(3), f.read(2))
with open(path, 'ab') as f:
    f.write('caf\u00e9'.encode('utf-8'))
with open(path, 'rb') as f:
    print(f.read()[-5:])
with open(path, 'w') as f:
    f.write('text \u00e9')
with open(path, 'rb') as f:
    print(f.read())
def use_file():
    with open(path) as f:
        return f
fobj = use_file()
print(fobj.closed)
try:
    with open(path) as f:
        raise RuntimeError('inside with')
except RuntimeError as e:
    print(type(e).__name__, e, f.closed)
try:
    with open(path, 'rb') as f:
        f.write(b'x')
except OSError as e:
    print('write to read-only file raised OSError subclass:', isinstance(e, OSError))
