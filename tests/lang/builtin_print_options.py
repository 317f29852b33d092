# print() with sep, end, file, flush
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- joined')
print('x', end='!\n')
print('multi', 'sep', sep='\n')
print()
print(sep='-')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep='|')
print('to stderr (not checked)', file=sys.stderr)
print('flushed', flush=True)
print('ends', 'here', sep='+', end='.\n')
print('', end='')
print(*range(5))
print(*'abc', sep='/')
print('tab\tsep', 'x', sep='\t')
print(None, sep=None, end=None)
print('line', file=sys.stdout)
sys.stdout.write('written directly\n')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
