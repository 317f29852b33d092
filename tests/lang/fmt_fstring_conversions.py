# f-string !r !s !a conversions with various types
vals = ['text', 'caf\u00e9', "quote's", 5, 2.5, None, [1, 'x'], {'k': 'caf\u00e9'}, (1,), b'by']
for v in vals:
    print(f'{v!s} | {v!r} | {v!a}')
class C:
    def __str__(self):
        return 'C-str'
    def __repr__(self):
        return 'C-repr'
c = C()
print(f'{c} {c!s} {c!r} {c!a}')
print(f'{c!r:>10}|{c!s:<8}|')
e = '\u00e9'
print(f'{e!a} {e!r} {"x"!a}')
items = {'n': 1}
print(f'{items!r:>12}|', f'{3.5!s:<6}|', f'{None!a:^8}|')
