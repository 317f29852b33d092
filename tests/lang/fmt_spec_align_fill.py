# format spec: fill, align, width
for spec in ['10', '<10', '>10', '^10', '*<10', '*>10', '*^10', '-^11', '0>5', '.<3', '']:
    print(repr(format('abc', spec)), repr(format(42, spec)))
print(repr(format(-42, '=8')), repr(format(-42, '0=8')), repr(format(42, '*=+8')))
print(repr(format(3.5, '^9')), repr(format(3.5, '_<9')))
print(repr('{:\u00b7^9}'.format('mid')))
print(repr(format('toolong', '3')), repr(format('x', '<1')))
print(repr(format(True, '>6')), repr(format(str(None), '>6')))
try:
    format('abc', '=5')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(repr(format('abc', '05')))
except ValueError as e:
    print(type(e).__name__, e)
