# is* predicates
tests = ['', 'abc', 'ABC', 'Abc', '123', 'abc123', ' ', ' \t\n', 'a b', '\u00e9', '\u0663',
         '12.5', '-1', 'Hello World', 'hello World', '_', 'A1', '\u00b2', 'x_Y']
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isascii())
print('Hello'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle())
print('ABC1'.isupper(), 'abc1'.islower(), '123'.isupper(), '123'.islower())
print('\u00bd'.isnumeric(), '\u00bd'.isdigit(), '\u00bd'.isdecimal())
print(''.isalnum(), ''.isdigit(), ''.isupper(), ''.isidentifier())
print('\t\n\r\x0b\x0c '.isspace(), '\u3000'.isspace(), '\u200b'.isspace())
print('abc'.isascii(), '\x7f'.isascii(), '\x80'.isascii(), ''.isascii())
print('A'.isprintable(), '\n'.isprintable(), ''.isprintable(), '\u00e9'.isprintable())
counts = {'digit': 0, 'alpha': 0, 'space': 0, 'other': 0}
for ch in 'Route 66, est. 1926!':
    if ch.isdigit():
        counts['digit'] += 1
    elif ch.isalpha():
        counts['alpha'] += 1
    elif ch.isspace():
        counts['space'] += 1
    else:
        counts['other'] += 1
print(counts)
