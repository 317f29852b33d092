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
