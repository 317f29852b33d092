# StopIteration behaviour with next() and iterators
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
print(next(it, 'default'), next(iter(''), None))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration('finished', 'x')
        self.done = True
        return 'item'
o = Once()
print(list(o), list(o))
o2 = Once()
next(o2)
try:
    next(o2)
except StopIteration as e:
    print(e.args, e.value)
class Raising:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('broken iterator')
try:
    for x in Raising():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
e = StopIteration(42)
print(e.value)
