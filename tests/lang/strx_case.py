# str case mapping and character predicates (ASCII and common non-ASCII).

words = ['hello', 'HELLO', 'Hello World', 'hello world', "they're bill's", 'ß', 'straße',
         'ÉCOLE', 'école', 'ΑΒΓ', 'αβγ', 'ΟΔΟΣ', 'ПРИВЕТ', 'привет', 'ǅemal', 'ﬁne',
         'İstanbul', 'ıi', 'x1y2', '123', '', ' ', 'a_b', 'ŉ', 'µ']
for w in words:
    print(repr(w), w.lower(), w.upper(), w.swapcase(), w.title(), w.capitalize(), w.casefold())
for w in words + ['٣٤', '²', '½', 'Ⅻ', '一二', '3.5', 'abc123', 'Abc Def', 'ABC', 'aBC',
                  '\t\n', '\u3000', 'é', 'ǅ', 'not_keyword', 'class', '2x', '_x9', 'été', '日本',
                  '\x00', 'a\tb', '\xa0']:
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalpha(), w.isalnum(),
          w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isidentifier(),
          w.isascii(), w.isprintable())
