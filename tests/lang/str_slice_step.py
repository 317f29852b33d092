# String slicing with steps and bounds
s = 'abcdefghij'
print(s[::2], s[1::3], s[::-1], s[::-2], s[-1::-3], s[8:1:-2])
print(s[3:], s[:-3], s[-3:-1], s[5:5], s[7:3], s[-100:100])
print(s[None:None:None], s[slice(2, 8, 3)], s[slice(None, None, -4)])
print(s[0:10:1] is s or s[0:10:1] == s)
print(''[::-1], 'a'[::-1], 'ab'[1:][0])
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(s[len(s) - 1], s[-len(s)])
palin = 'racecar'
print(palin == palin[::-1], 'abca' == 'abca'[::-1])
print(s[-2:-8:-2], s[1:-1:4], s[::-10], s[9::-9])
print(s[2:3], s[2:2], s[-1:], s[:-9])
u = '\u00e9\u00e8\u00ea\u00eb'
print(u[::-1], u[1::2], u[-1], len(u[1:3]))
print([s[:i] for i in range(4)])
