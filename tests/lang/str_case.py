# upper / lower / title / capitalize / swapcase / casefold
samples = ['hello world', 'HELLO World', "they're bill's friends", 'mIxEd CaSe 123',
           '', 'a', 'stra\u00dfe', '\u00e9t\u00e9 CAF\u00c9', 'hello-world_foo bar9baz']
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
print('\u00df'.upper(), '\u00df'.lower(), '\u00df'.casefold())
print('ABC'.lower() == 'abc', 'Stra\u00dfe'.casefold() == 'STRASSE'.casefold())
print('\u03a3\u03b9\u03c3'.upper(), '\u0394\u0395'.lower())
print('hello world'.title() == 'Hello World', 'ABC'.swapcase().swapcase())
print('o\'neil mc-donald'.title(), 'x1y2z3'.title(), '1st place'.capitalize())
print('aBC dEF'.capitalize(), 'ÉCOLE'.capitalize(), 'ǆ'.title() if False else 'dz'.title())
s = 'Python Is Fun'
print(s.lower().upper() == s.upper(), s.swapcase())
print([w.upper() if i % 2 else w.lower() for i, w in enumerate(s.split())])
print(''.join(c.upper() if c in 'aeiou' else c for c in 'programming language'))
print('İ'.lower() == 'i\u0307', len('İ'.lower()))
