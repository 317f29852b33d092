# chr, ord, hex, oct, bin
print(chr(65), chr(97), chr(48), chr(0x3b1), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord('A'), ord('a'), ord('0'), ord('\u03b1'), ord('\U0001F600'), ord('\n'), ord(b'a'))
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(0), oct(64), oct(-9), bin(0), bin(10), bin(-10))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print([chr(i) for i in range(ord('a'), ord('f'))])
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: chr('a'), lambda: ord(''), lambda: ord(5),
            lambda: hex(1.5), lambda: bin('1')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(True), oct(False), bin(2 ** 10))
print(chr(ord('z') - 25), ord(chr(1000)), [hex(ord(c)) for c in 'Az\u00e9'])
