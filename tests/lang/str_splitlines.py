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
