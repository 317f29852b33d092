# print(): sep, end, file=, flush=, and objects with their own write().
import sys

print()
print(1, 'two', 3.0, None, True, [1, 2], (3,), {'k': 'v'})
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print(' -- continued')
print('x', 'y', sep=None, end=None)
print(*range(5), sep=', ')
print('flushed', flush=True)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


c = Collector()
print('hello', 42, file=c)
print('a', 'b', sep='+', end='.', file=c, flush=True)
print(c.parts)

print('to stdout explicitly', file=sys.stdout)
print('to None file', file=None)


class Str:
    def __str__(self):
        return 'custom str'

    def __repr__(self):
        return 'custom repr'


print(Str(), [Str()])

for bad in [dict(sep=1), dict(end=2), dict(foo=1)]:
    try:
        print('x', **bad)
    except TypeError as e:
        print('TypeError:', e)

try:
    print('x', file=1)
except AttributeError as e:
    print('AttributeError:', e)

print('unicode: é ß 漢字 😀')
