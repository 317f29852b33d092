# open(): text and binary files, reading by size/line/iteration, append,
# seek/tell, context managers, closed-file and mode errors.
PATH = '/tmp/ftpy_bix_file_io.txt'

with open(PATH, 'w') as f:
    print(type(f).__name__, f.mode, f.name == PATH, f.closed)
    print(f.write('line one\n'), f.write('línea dos\n'), f.write('third'))
    f.writelines(['\n', 'fourth\n', 'fifth\n'])
print(f.closed)

with open(PATH) as f:
    print(repr(f.read()))
with open(PATH, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read(0)))
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines(), repr(f.readline()), repr(f.read()))
with open(PATH) as f:
    print(f.readlines())
with open(PATH) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(PATH) as f:
    print(list(f) == open(PATH).readlines(), next(f, 'eof'))
with open(PATH) as f:
    print(repr(f.read(6)), f.tell(), repr(f.read(None)[:5]))
    print(f.seek(0), repr(f.read(4)), f.seek(0, 2) > 0, repr(f.read()))

with open(PATH, 'a') as f:
    f.write('appended\n')
print(open(PATH).read().splitlines()[-2:])

with open(PATH, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'bin\x00\xff\r\ndata'), f.write(bytearray(b'!')))
with open(PATH, 'rb') as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, len(data))
with open(PATH, 'rb') as f:
    print(f.read(3), f.tell(), f.readline(), f.read(2), f.read(), f.read())
with open(PATH, 'r+b') as f:
    print(type(f).__name__, f.mode)
    f.seek(0)
    f.write(b'BIN')
    f.seek(0)
    print(f.read(4))

with open(PATH, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
print(repr(open(PATH).read()), repr(open(PATH, newline='').read()))
print(open(PATH).readlines(), open(PATH, newline='').readlines())
print(open(PATH, 'rb').read())
with open(PATH, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(PATH, 'rb').read())

with open(PATH, 'w') as f:
    f.write('0123456789')
with open(PATH, 'r+') as f:
    print(repr(f.read(3)))
    f.seek(5)
    f.write('ab')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), repr(open(PATH).read()))

with open(PATH, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
print(open(PATH, 'rb').read(), repr(open(PATH, encoding='latin-1').read()))


def check(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


f = open(PATH)
f.close()
f.close()
check(lambda: f.read())
check(lambda: f.readline())
check(lambda: f.write('x'))
check(lambda: next(f))
check(lambda: iter(f))
check(lambda: f.closed)
w = open(PATH, 'w')
check(lambda: w.read())
check(lambda: w.write(b'x'))
check(lambda: w.write(1))
check(lambda: w.readable())
check(lambda: w.writable())
w.close()
r = open(PATH, 'rb')
check(lambda: r.write(b'x'))
check(lambda: r.read('x'))
r.close()
check(lambda: open(PATH, 'wb').write('text'))
check(lambda: open('/nonexistent/dir/file'))
check(lambda: open('/tmp'))
check(lambda: open(PATH, 'x'))
check(lambda: open(PATH, 'rw'))
check(lambda: open(PATH, 'rr'))
check(lambda: open(PATH, 'q'))
check(lambda: open(PATH, 'rtb'))
check(lambda: open(PATH, 'rb', encoding='utf-8'))
check(lambda: open(PATH, 'r', newline='x'))
check(lambda: open(PATH, 'r', 0))
check(lambda: open(PATH, encoding='no-such-codec'))
check(lambda: open(PATH, 1))
check(lambda: open(1.5))
try:
    open('/nonexistent_bix')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open('/nonexistent_bix')
except OSError as e:
    print('caught as OSError:', type(e).__name__)
