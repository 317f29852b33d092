# Writing and reading a text file
path = '/tmp/ftpy_test_file_write_read.txt'
f = open(path, 'w')
n = f.write('first line\n')
print('wrote', n)
f.write('second line\n')
f.write('caf\u00e9 \u20ac\n')
f.close()
print(f.closed)
f = open(path)
data = f.read()
f.close()
print(repr(data))
print(len(data), data.count('\n'))
with open(path, 'r') as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read()))
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path, 'w') as f:
    f.write('overwritten')
with open(path) as f:
    print(f.read())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
