# with statement with several items, ordering of enter/exit
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False

with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('x'), CM('y') as y, CM('z'):
    print('body2', y)
try:
    with CM('p') as p, CM('q', fail_enter=True) as q:
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM('m') as m, CM('n') as n:
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with (CM('paren1') as p1,
      CM('paren2') as p2):
    print(p1, p2)
