# str(), repr() and formatting of ints
for v in (0, 1, -1, 10, -255, 2 ** 31, -(2 ** 63), 10 ** 25, 7 ** 77):
    print(str(v), repr(v), len(str(v)))
print(str(True), str(False), repr(True))
print(int(str(2 ** 200)) == 2 ** 200)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(str(0x10), str(0o10), str(0b10), 1_000)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), (-2).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (-(2 ** 65)).bit_length())
print((10).real, (10).imag, (10).numerator, (10).denominator)
print((7).conjugate(), abs(-7))
print(int('1' * 100) % 97)
print(str(-0), -0 == 0)
