# Iterating strings, membership, str() constructor and misc methods
s = 'Mississippi'
print(list(s))
print([c for c in s if c in 'sp'])
counts = {}
for c in s:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(s.count('ss'), s.count('i'), len(set(s)), sorted(set(s)))
print(str(), str(5), str(-1.5), str([1, 2]), str((1,)), str({'a': 1}), str(None))
print(''.join(reversed(s)), ''.join(sorted(s)))
print(s.lower().index('ss'), s[::-1].index('s'))
print(max(s), min(s), s.upper().count('S'))
print(list(enumerate('ab')), list(zip('abc', 'xy')))
print(str.upper('x'), str.join('-', ['a', 'b']))
print('a-b_c d'.translate({ord('-'): ' ', ord('_'): None}))
print('hello'.maketrans('el', 'ip') == {101: 105, 108: 112})
print('hello'.translate(str.maketrans('el', 'ip')))
print(ord('a'), chr(97), chr(0x263A), [ord(c) for c in 'AZaz09'])
