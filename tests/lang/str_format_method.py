# str.format: positional, keyword, indexing, attributes, conversions
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {0[0]}'.format(['first', 'second']), '{d[key]}'.format(d={'key': 'val'}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{!r} {!s} {!a}'.format('str', 'str', 'caf\u00e9'))
print('{{literal}} {}'.format('braces'), '{{}}'.format())
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{0:{1}}|'.format('w', 5), '{:{fill}{align}{width}}'.format('n', fill='*', align='^', width=7))
print('{:.3}'.format('truncate'), '{:.2f}'.format(3.14159), '{:05d}'.format(42))
print('{0}{0}{0}'.format('ab'), '{}'.format(None), '{}'.format([1, 'a']))
print('{a[0]}-{a[2]}'.format(a='xyz'))
for fmt, args in [('{', ()), ('{0} {}', ('a', 'b')), ('{5}', ('a',)), ('{x}', ()), ('}', ())]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{:d}'.format(True), '{}'.format(True), '{:s}'.format('s'))
print('{0!r:>10}'.format('q'))
