# format spec: integer presentation types b c d o x X n and none
for v in (0, 1, 10, 255, -255, 65, 2 ** 40):
    print(v, '|', format(v, 'b'), format(v, 'd'), format(v, 'o'), format(v, 'x'), format(v, 'X'),
          format(v, 'n'), format(v, ''), format(v, '10'))
print(format(65, 'c'), format(0x263A, 'c'), format(97, '>3c'))
print(format(10, 'e'), format(10, '.2f'), format(10, 'g'), format(10, '%'))
print(format(True, 'd'), format(True, 'x'), format(False, ''))
try:
    format(10, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(10, '.2d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(10, 'q')
except ValueError as e:
    print(type(e).__name__, e)
print(format('text', 's'), format('text', '.2s'), format('text', '>6s'))
