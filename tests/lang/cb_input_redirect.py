# input() and sys.stdin reading when sys.stdin is replaced by a file
import sys
path = '/tmp/_cb_input_redirect.txt'
with open(path, 'w') as f:
    f.write('Bob\n21\nline3\n  spaced  \nx\ny')
old = sys.stdin
sys.stdin = open(path)
name = input('Name: ')
print()
print('Hello,', name)
n = int(input())
print(n * 2)
print(repr(sys.stdin.readline()))
print(repr(input('> ')))
print(sys.stdin.readlines())
try:
    input('again> ')
except EOFError as e:
    print()
    print('EOF', repr(e))
sys.stdin.close()
try:
    input()
except ValueError as e:
    print('VE', e)
sys.stdin = old
print(repr(sys.stdin.read()))
try:
    input('prompt: ')
except EOFError as e:
    print()
    print('EOFError:', e)
class FakeIn:
    def readline(self):
        return 'from fake\n'
sys.stdin = FakeIn()
print(input())
sys.stdin = old
