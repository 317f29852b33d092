# int() parsing with bases, prefixes, underscores and whitespace
print(int('42'), int('-42'), int('+42'), int('  7  '), int('\t-3\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XFF', 0))
print(int('777', 8), int('0o777', 0), int('0o17', 8))
print(int('1010', 2), int('0b1010', 0), int('-0b11', 0))
print(int('z', 36), int('ZZ', 36), int('10', 36))
print(int('1_000_000'), int('0x_ff_ff', 16), int('0b_1_0', 0))
print(int('0'), int('00'), int('0', 0), int('-0'))
print(int('12', 3), int('123', 10))
print(int(' 1_0 '))
print(int(3.99), int(-3.99), int(True), int(False))
print(int('9' * 30))
bad = [('', 10), ('1_', 10), ('_1', 10), ('1__0', 10), ('08', 0), ('0x', 16),
       ('12', 2), ('abc', 10), ('1.0', 10), ('0b2', 0), ('- 1', 10), ('0o8', 0)]
for s, base in bad:
    try:
        int(s, base)
        print('parsed', s)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int('1', base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(int(), int('  -0x1F  ', 16))
