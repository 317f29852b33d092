# str.isidentifier and keywords-ish strings
for s in ['abc', '_x', 'x1', '1x', '', 'a b', 'class', 'caf\u00e9', '\u00e9t\u00e9', 'a-b',
          '__init__', 'A', '_', '\u03c0', 'x\u0301', '$x', 'tab\t']:
    print(repr(s), s.isidentifier())
