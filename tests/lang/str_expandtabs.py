# expandtabs
s = 'a\tbc\tdef\tg'
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr('\t'.expandtabs(3)), repr('12345678\tx'.expandtabs()))
print(repr('a\nb\tc\r\td'.expandtabs(4)))
print(repr('no tabs'.expandtabs(2)))
print(repr('\t\t'.expandtabs(2)))
print(repr('x\ty'.expandtabs(tabsize=3)), repr('\tx'.expandtabs(-1)))
for n in range(1, 6):
    print(n, repr('ab\tc\td'.expandtabs(n)))
lines = 'name\tqty\nbolt\t10\nwasher\t250'
for line in lines.splitlines():
    print('|' + line.expandtabs(8) + '|')
print(len('\t'.expandtabs()), len('a\t'.expandtabs()), len('abcdefgh\t'.expandtabs()))
print(repr('\u00e9\tx'.expandtabs(4)))
try:
    'a\tb'.expandtabs('4')
except TypeError as e:
    print(type(e).__name__)
