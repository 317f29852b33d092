# expandtabs
s = 'a\tbc\tdef\tg'
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr('\t'.expandtabs(3)), repr('12345678\tx'.expandtabs()))
print(repr('a\nb\tc\r\td'.expandtabs(4)))
print(repr('no tabs'.expandtabs(2)))
print(repr('\t\t'.expandtabs(2)))
