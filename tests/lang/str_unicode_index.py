# Non-ASCII text: len, indexing, slicing, iteration, ord/chr
s = 'na\u00efve caf\u00e9 \u65e5\u672c\u8a9e \U0001f600!'
print(s)
print(len(s))
print(s[2], s[-2], s[11:14], s[::-1])
print([c for c in s if ord(c) > 127])
print([ord(c) for c in s[-3:]])
print(s.upper())
print(s.find('\u65e5'), s.index('\U0001f600'), '\u672c' in s)
print(len('\U0001f600'), len('\u00e9'), len('e\u0301'))
print(chr(0x1f600) == '\U0001f600', chr(233), ord('\u20ac'))
print(s.encode('utf-8'))
print(len(s.encode('utf-8')))
print('\u00e9' * 3, ('\u00e9' + 'a') * 2)
print(s[4:2:-1], s[:3] + s[-1])
print(sorted('\u00e9a\u00e0z'))
print('\u00c5ngstr\u00f6m'.lower(), '\u00e5'.upper())
print(repr('\u00e9'), repr('\u200b'), repr('\U0001f600'), ascii('\u00e9\U0001f600'))
t = '\u0434\u043e\u043c'
for i, ch in enumerate(t):
    print(i, ch, hex(ord(ch)))
print(str(t.encode('utf-8'), 'utf-8') == t)
