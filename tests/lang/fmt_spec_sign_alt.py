# format spec: sign, '#', '0'
for v in (5, -5, 0):
    print(repr(format(v, '+')), repr(format(v, '-')), repr(format(v, ' ')), repr(format(v, '+05')), repr(format(v, ' 4')))
for v in (2.5, -2.5, 0.0, -0.0):
    print(repr(format(v, '+')), repr(format(v, ' .2f')), repr(format(v, '+08.2f')), repr(format(v, 'z.1f') if False else format(v, '.1f')))
print(format(255, '#x'), format(255, '#X'), format(8, '#o'), format(5, '#b'), format(-255, '#x'))
print(format(255, '#010x'), format(5, '#010b'), format(-5, '#010b'), format(8, '#06o'))
print(format(1.0, '#.0f'), format(1.0, '.0f'), format(1.0, '#g'), format(1.0, 'g'), format(1e10, '#.3g'))
print(format(42, '08'), format(-42, '08'), format(42, '08d'), format(3.14, '09.3f'), format(-3.14, '09.3f'))
print(format(float('inf'), '+'), format(float('nan'), '+'), format(float('-inf'), '010'))
print(repr(format(-5, '+8')), repr(format(-5, '<+8')), repr(format(5, '^+8')), repr(format(5, '=+8')))
print(repr(format(2 ** 70, '+,')), repr(format(-(2 ** 70), ' _')))
print(format(0, '#x'), format(0, '#b'), format(0, '#o'), format(-0, '+d'))
print(format(1e-5, '+.2e'), format(-1e-5, ' .2e'), format(12345.678, '+,.1f'))
print(f'{7:+}', f'{-7: }', f'{7:#06x}', f'{7.0:#}', f'{3:#.2f}')
print('{:+} {:-} {: }'.format(1.5, -1.5, 1.5))
