# splitlines with and without keepends
s = 'line1\nline2\r\nline3\rline4\n\nlast'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), '\nx'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('no newline'.splitlines())
print('trailing\n\n'.splitlines(True))
print(s.split('\n'))
print('a\r\n\r\nb'.splitlines(), 'a\n\rb'.splitlines())
text = 'one\ntwo\r\nthree'
print(len(text.splitlines()), [len(l) for l in text.splitlines(True)])
print('\n'.join('first\nsecond\n'.splitlines()))
print('x\r'.splitlines(True), '\r\n'.splitlines(True))
