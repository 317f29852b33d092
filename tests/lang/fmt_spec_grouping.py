# format spec: grouping with ',' and '_'
for v in (0, 999, 1000, -1234567, 1234567890, 10 ** 20):
    print(format(v, ','), format(v, '_'), format(v, '>15,'), format(v, '015,'))
print(format(1234567.891, ',.2f'), format(-1234567.891, '_.3f'), format(1e6, ','))
print(format(0xdeadbeef, '_x'), format(0b1111000011110000, '_b'), format(8 ** 9, '_o'))
print(format(1234567, ',d'), format(12345.6789, ',g'), format(1234567.0, ',.1e'))
print('{:,}'.format(9876543210), f'{123456789:_}')
print(format(1234, '010,'), format(12345, '010,'), format(-1, '06,'))
try:
    format(1, ',x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', ',')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ',_')
except ValueError as e:
    print(type(e).__name__, e)
