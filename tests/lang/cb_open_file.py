import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: open('nonexist_x'))
t(lambda: open('/nonexist/dir/x', 'w'))
t(lambda: open('.', 'r'))
t(lambda: open('x', 'q'))
t(lambda: open('x', 'rw'))
t(lambda: open(5.5))
t(lambda: open('x', 'r', encoding=5))
with open('/tmp/_cb_open_file_test.txt', 'w') as f:
    print(f.write('line1\nline2\n'), f.write('é\n'))
    print(f.closed, f.name, f.mode, type(f).__name__)
    print('printed', file=f)
    f.writelines(['a\n', 'b'])
print(f.closed)
t(lambda: f.write('x'))
t(lambda: f.read())
with open('/tmp/_cb_open_file_test.txt') as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open('/tmp/_cb_open_file_test.txt') as f:
    for line in f:
        print(repr(line))
with open('/tmp/_cb_open_file_test.txt') as f:
    print(repr(f.read(3)), repr(f.read(4)), f.tell())
    f.seek(0)
    print(len(f.read()))
    t(lambda: f.write('x'))
with open('/tmp/_cb_open_file_test.txt', 'a') as f:
    f.write('APP\n')
    t(lambda: f.read())
print(open('/tmp/_cb_open_file_test.txt').read().splitlines())
with open('/tmp/_cb_open_file_test.txt', 'rb') as f:
    d = f.read()
    print(type(d).__name__, d[:6], len(d))
with open('/tmp/_cb_open_file_test.txt', 'wb') as f:
    print(f.write(b'abc\r\ndef\rghi\n'))
    t(lambda: f.write('str'))
with open('/tmp/_cb_open_file_test.txt') as f:
    print(repr(f.read()))
with open('/tmp/_cb_open_file_test.txt', newline='') as f:
    print(f.readlines())
with open('/tmp/_cb_open_file_test.txt', 'r+') as f:
    f.write('XY')
    f.seek(0)
    print(repr(f.read()))
with open('/tmp/_cb_open_file_test.txt', 'x' if False else 'w') as f:
    pass
t(lambda: open('/tmp/_cb_open_file_test.txt', 'x'))
print(repr(open('/tmp/_cb_open_file_test.txt').read()))
f = open('/tmp/_cb_open_file_test.txt')
print(repr(f)[:50])
f.close(); f.close()
t(lambda: next(f))
t(lambda: f.readline())
t(lambda: iter(f))
with open('/tmp/_cb_open_file_test.txt', 'w', encoding='utf-8') as f:
    f.write('x\ny')
print(list(open('/tmp/_cb_open_file_test.txt')))
print(open('/tmp/_cb_open_file_test.txt').readable(), open('/tmp/_cb_open_file_test.txt').writable(), open('/tmp/_cb_open_file_test.txt').seekable())
f = open('/tmp/_cb_open_file_test.txt', 'rb')
print(repr(f)[:40], f.read(1), f.readline(), f.read())
t(lambda: open('/tmp/_cb_open_file_test.txt', 'rt', buffering=0))
t(lambda: open('/tmp/_cb_open_file_test.txt', 'rb', encoding='utf-8'))
