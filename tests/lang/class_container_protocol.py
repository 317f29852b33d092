# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, slice):
            return 'slice(%r, %r, %r)' % (key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, val):
        print('set', key, val)
        self.cells[key] = val
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __contains__(self, val):
        return val in self.cells.values()
g = Grid(3, 2)
print(len(g))
g[0, 1] = '#'
g[2, 0] = '@'
print(g[0, 1], g[1, 1])
print('#' in g, '%' in g)
del g[0, 1]
print(g[0, 1], '#' in g)
print(g[1:5], g[::2], g[:])
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq())
for v in Seq():
    print(v, end=' ')
print()
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
