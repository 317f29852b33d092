# iter() and next(), including iter(callable, sentinel)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
it = iter('ab')
print(list(it), list(it))
d_it = iter({'x': 1, 'y': 2})
print(next(d_it), next(d_it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ['first', 'second', '', 'unreached']
pos = [0]
def read():
    v = lines[pos[0]]
    pos[0] += 1
    return v
for line in iter(read, ''):
    print('line:', line)
s = iter(tick, 100)
print(next(s), next(s))
it = iter([1, 2])
print(iter(it) is it)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
r = iter(range(3))
print(next(r), list(r))
t = iter((9,))
print(next(t), next(t, None))
print(type(iter([])).__name__, type(iter(())).__name__)
