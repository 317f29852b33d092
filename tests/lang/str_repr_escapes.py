# repr of strings with quotes and escapes, escape sequences in literals
vals = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\r',
        'back\\slash', '\x00\x01\x7f', '\x80\xff', '\u00e9', '\u200b', '\t', '', 'bell\a',
        '\x1b[0m', '\ud800' if False else 'nosurrogate', '\U0001f600', '\u2028']
for v in vals:
    print(repr(v), len(v))
print('\x41\u0042\U00000043\101\n'.strip())
print(r'raw\n\t', len(r'raw\n'), r'\\', len(r'\\'))
print('''triple 'single' quotes''', """triple "double" quotes""")
print('multi\
line continuation')
print(str('x'), repr(repr('x')), ascii('caf\u00e9'))
print('\N{GREEK SMALL LETTER ALPHA}' == '\u03b1')
print(repr('\\n'), repr('a\\'), len('\\'), '\x41\x42' == 'AB')
print(repr("'"), repr('"'), repr('\'"'), repr('\x0c\x0b'))
