# sys.stdin/stdout/stderr as file objects, and input() with replaced
# streams (the test runner's stdin is /dev/null).
import sys

out = sys.stdout
print(out.name, out.mode, out.encoding, out.fileno(), sys.stderr.fileno())
print(out.writable(), out.readable(), sys.stdin.readable(), out.closed)
print(type(out).__name__, out.buffer.mode)
n = out.write('written directly\n')
print(n)
out.flush()
out.buffer.write(b'raw bytes via .buffer\n')
out.buffer.flush()
print('after buffer write')
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))

try:
    input()
except EOFError as e:
    print('EOFError:', e)


class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


class FakeOut:
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)

    def flush(self):
        self.data.append('<flush>')


saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin = FakeIn(['first line\n', 'no newline'])
fake = FakeOut()
sys.stdout = fake
a = input('prompt> ')
b = input()
try:
    input('again? ')
    c = 'no error'
except EOFError as e:
    c = 'EOFError: %s' % e
print('printed to fake')
sys.stdin, sys.stdout = saved_in, saved_out
print(repr(a), repr(b), c)
print(fake.data)
print(input.__name__, print.__name__, type(len).__name__)
