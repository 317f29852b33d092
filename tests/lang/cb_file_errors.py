import sys
def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class NoWrite: pass
T(lambda: print('x', file=NoWrite()))
class Cap:
    def __init__(self): self.buf = ''
    def write(self, s):
        self.buf += s
        return len(s)
    def flush(self): self.buf += '<F>'
c = Cap()
old = sys.stdout
sys.stdout = c
print('a', 'b')
print('c', end='', flush=True)
sys.stdout.write('raw')
sys.stdout = old
print(repr(c.buf))
T(lambda: print('x', file=sys.stdout, sep='', end='\n'))
sys.stdout = None
print('dropped')
sys.stdout = old
print('back')
f = open('/tmp/_cb_t18.txt', 'w')
f.close()
T(lambda: print('x', file=f))
T(lambda: f.write('x'))
T(lambda: f.flush())
T(lambda: f.tell())
T(lambda: f.fileno())
T(lambda: f.readable())
print(f.closed)
with open('/tmp/_cb_t18.txt', 'w') as f:
    T(lambda: f.read())
    T(lambda: f.readline())
    T(lambda: f.write(5))
    T(lambda: f.write(None))
    T(lambda: f.writelines([1]))
    T(lambda: f.seek(0, 5))
    T(lambda: f.seek(1, 1))
    T(lambda: f.truncate())
T(lambda: open('/tmp/_cb_t18.txt', 'r', newline='x'))
T(lambda: open('/tmp/_cb_t18.txt', 'r', encoding='bogus-enc'))
T(lambda: open('/tmp/_cb_t18.txt', 'rb', newline=''))
T(lambda: open('/tmp/_cb_t18.txt', 'rb', errors='strict'))
T(lambda: open('/tmp/_cb_t18.txt', 'rbt'))
T(lambda: open('/tmp/_cb_t18.txt', 'rw'))
T(lambda: open('/tmp/_cb_t18.txt', ''))
T(lambda: open('/tmp/_cb_t18.txt', 'r', -2))
T(lambda: open('/tmp/_cb_t18.txt', 'w', buffering=0))
T(lambda: open('', 'r'))
T(lambda: open('/tmp', 'w'))
T(lambda: open('/tmp'))
T(lambda: open(None))
T(lambda: open('/nonexistent_dir_q/f.txt'))
with open('/tmp/_cb_t18.txt', 'wb') as f:
    f.write(b'\xff\xfe bad utf8\n')
T(lambda: open('/tmp/_cb_t18.txt').read())
T(lambda: open('/tmp/_cb_t18.txt', errors='replace').read())
T(lambda: open('/tmp/_cb_t18.txt', errors='ignore').read())
T(lambda: open('/tmp/_cb_t18.txt', encoding='latin-1').read())
with open('/tmp/_cb_t18.txt', 'w') as f:
    f.write('abc\ndef\n')
with open('/tmp/_cb_t18.txt') as f:
    print(f.readline(), end='')
    for line in f:
        print('it:', line, end='')
with open('/tmp/_cb_t18.txt') as f:
    print(f.readlines(5), f.readlines(0))
with open('/tmp/_cb_t18.txt') as f:
    print(list(enumerate(f, 1)))
with open('/tmp/_cb_t18.txt') as f:
    print(f.read(0), repr(f.read(-1)), repr(f.read()))
with open('/tmp/_cb_t18.txt', 'a+') as f:
    f.write('ghi')
    f.seek(0)
    print(repr(f.read()))
T(lambda: open('/tmp/_cb_t18.txt').__enter__().name)
try:
    with open('/tmp/_cb_t18.txt') as f:
        raise KeyError('k')
except KeyError as e:
    print('caught', e, f.closed)
print(type(open('/tmp/_cb_t18.txt', 'rb')).__name__, type(open('/tmp/_cb_t18.txt', 'wb')).__name__, type(open('/tmp/_cb_t18.txt', 'r+b')).__name__)
