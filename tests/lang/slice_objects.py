# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(None, None, -5)], data[slice(-3, None)])
print('abcdefgh'[slice(2, 6)], (1, 2, 3, 4)[slice(None, None, 2)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7))
print(slice(3, None, -1).indices(10), slice(None, 2, -2).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, k):
        return k
r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 0], r[::])
print(type(r[1:2]).__name__)
idx = slice(2, None)
lst = list('python')
lst[idx] = ['X']
print(lst)
del lst[slice(0, 1)]
print(lst)
