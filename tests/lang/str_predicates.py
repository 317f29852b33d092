# is* predicates
tests = ['', 'abc', 'ABC', 'Abc', '123', 'abc123', ' ', ' \t\n', 'a b', '\u00e9', '\u0663',
         '12.5', '-1', 'Hello World', 'hello World', '_', 'A1', '\u00b2', 'x_Y']
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isascii())
