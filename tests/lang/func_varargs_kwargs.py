# *args and **kwargs
def va(*args):
    return type(args).__name__, len(args), args
print(va())
print(va(1))
print(va(1, 'two', [3]))
def vk(**kwargs):
    return type(kwargs).__name__, list(kwargs.items())
print(vk())
print(vk(z=1, a=2, m=3))
def both(first, *args, last='L', **kwargs):
    return first, args, last, kwargs
print(both(1))
print(both(1, 2, 3, last='end', extra=True))
def forward(*args, **kwargs):
    return both(*args, **kwargs)
print(forward('f', 'g', k='v'))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(start=10), total(1, 2, start=100))
def modify_kwargs(**kw):
    kw['added'] = 1
    return kw
orig = {'a': 0}
print(modify_kwargs(**orig), orig)
try:
    both()
except TypeError as e:
    print(type(e).__name__, e)
try:
    both(1, first=2)
except TypeError as e:
    print(type(e).__name__, e)
