import sys
for o in [zip, map, filter, enumerate, reversed, range, slice, tuple, set, frozenset, len, print, iter, next, sorted, sum, min, max, abs, id, type(iter([])), type(iter(())), type(iter(range(1))), type(iter(set())), type(reversed([])), type(reversed(range(1))), type(iter(lambda: 1, 2)), type(iter(sys.stdin)), type(sys.stdout), type(sys), type(iter('')), type(iter(b'')), type(iter({})), type({}.keys()), type(x for x in ''), type(None), type(...), type(NotImplemented)]:
    print(repr(o), getattr(o, '__name__', None), getattr(o, '__qualname__', None), getattr(o, '__module__', None))
print(sys.stdout.write.__name__, repr(sys.stdout.write)[:40])
print(repr([].append)[:42], repr(len.__self__)[:20] if hasattr(len, '__self__') else '')
print(repr(sys.exit), repr(sys.getrecursionlimit))
print(str(ValueError), str(KeyError('a')), repr(KeyError('a')), str(OSError(2, 'x')))
print(repr(slice), repr(range(3).__iter__)[:35])
print(isinstance(range, type), isinstance(len, type), type(type), type(object))
class A:
    def m(self): pass
print(repr([].append)[:35], repr(A().__eq__)[:30], repr(dict.fromkeys)[:40], repr((1).__add__)[:30])
print(repr(A().__init__)[:40], repr(object().__str__)[:40], repr('a'.upper)[:40])
