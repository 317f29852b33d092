# str.format, format_map, format() and f-strings.

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", repr(r))

class P:
    x = 3
    def __init__(self):
        self.y = [10, 20]
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'

print('{} {} {}'.format(1, 'a', 2.5), '{0}{1}{0}'.format('ab', 'cd'), '{x}-{y}'.format(x=1, y=2))
print('{{literal}} {}'.format(7), '{0.x} {0.y[1]} {d[k]} {d[k2][0]}'.format(P(), d={'k': 'v', 'k2': 'w'}))
print('{!r} {!s} {!a} {}'.format('é', P(), 'é', P()), '{:>10}|{:<6}|{:^7}|'.format('r', 'l', 'c'))
print('{:*^11}'.format('mid'), '{0:{1}}|'.format('w', 5), '{:{fill}>{w}}'.format(3, fill='.', w=6))
print('{:d} {:5d} {:+d} {:x} {:#x} {:X} {:o} {:#b} {:,} {:_} {:08.3f}'.format(
    42, 42, 42, 255, 255, 255, 8, 5, 1234567, 1234567, 3.14159))
print('{:.2f} {:e} {:.3g} {:%} {:10.4} {:<8.2f}|'.format(2.675, 12345.678, 0.00012345, 0.25, 3.14159265, 1.5))
print('{:c} {:n} {:.3s} {:>5.2s}|'.format(97, 1234, 'abcdef', 'xyz'), '{0[0]}{0[1]}'.format('ab'))
print('{}'.format(10**30), '{:,}'.format(-10**20), '{:x}'.format(2**70), '{:>40}'.format(2**100))
print('{:=+8d}|{: d}|{:-d}|{:010,d}'.format(5, 5, -5, 1234567), '{:z.1f}'.format(-0.01))
print(format('abc'), format('abc', '>5'), format(12, 'b'), format(2.5), format(3, '.2f'), format(True, 'd'))
print(format(P(), 'spec'), '{:xyz}'.format(P()), f'{P():abc}', format(True), format(1e100, ',.0f')[:12])
print('{k}'.format_map({'k': 'mapped'}), '{a[0]}'.format_map({'a': [1]}))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print('{name} is {age}'.format_map(Default(name='Bob')))
x, w = 3.14159, 10
name = 'world'
print(f'hello {name}!', f'{x:.2f}', f'{x:{w}.3f}|', f'{name!r}', f'{name=}', f'{1+2}', f'{{}}')
print(f'{"nested" + "!"}', f'{[1, 2][1]}', f'{x:>{w}}', f"{'é':^5}|", f'{255:#06x}', f'{-7:05d}')

err(lambda: '{'.format())
err(lambda: '}'.format())
err(lambda: 'a}b'.format())
err(lambda: '{0'.format(1))
err(lambda: '{} {}'.format(1))
err(lambda: '{5}'.format(1))
err(lambda: '{x}'.format(y=1))
err(lambda: '{0} {}'.format(1, 2))
err(lambda: '{} {0}'.format(1, 2))
err(lambda: '{!x}'.format(1))
err(lambda: '{!r'.format(1))
err(lambda: '{!rx}'.format(1))
err(lambda: '{0.}'.format(1))
err(lambda: '{0[}'.format(1))
err(lambda: '{0[0]x}'.format([1]))
err(lambda: '{:d}'.format('s'))
err(lambda: '{:s}'.format(1))
err(lambda: '{:+s}'.format('a'))
err(lambda: '{:=5}'.format('a'))
err(lambda: '{:#s}'.format('a'))
err(lambda: '{:,s}'.format('a'))
err(lambda: '{:c}'.format(-1))
err(lambda: '{:{}{}}'.format(1, 2, 3) and '{:{:{}}}'.format(1, 2, 3))
err(lambda: '{0.nope}'.format(1))
err(lambda: '{0[5]}'.format([1]))
err(lambda: '{}'.format_map({}))
err(lambda: format(1.5, 'd'))
err(lambda: format('x', 'abc'))
err(lambda: format([], 'x'))
