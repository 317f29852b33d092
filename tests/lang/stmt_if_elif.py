# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for v in (-1, 0, 5, 50, 500):
    print(v, classify(v))
for v in (0, 1, '', 'a', [], [0], None, 0.0, 0j if False else 2.5, {}, {1: 1}, (), (0,)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 3
if x > 1:
    if x > 2:
        print('nested >2')
    else:
        print('nested <=2')
if x == 3: print('one-liner')
if False:
    pass
elif True:
    print('elif taken')
