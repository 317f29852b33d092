# int methods and attributes: bit_length/bit_count, to_bytes/from_bytes,
# as_integer_ratio, round, hex/oct/bin, real/imag/numerator/denominator.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0, 1, -1, 5, -5, 255, 2**62, -2**62, 2**100 - 1, -2**100]:
    print(v, v.bit_length(), v.bit_count(), hex(v), oct(v), bin(v))

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(), (-1).to_bytes(1, "big", signed=True))
print((-129).to_bytes(2, "big", signed=True), (2**70).to_bytes(10, "little"))
print((0).to_bytes(0, "big"), (127).to_bytes(1, signed=True))
show(lambda: (128).to_bytes(1, signed=True))
show(lambda: (-5).to_bytes(2))
show(lambda: (5).to_bytes(-1))
show(lambda: (5).to_bytes(2, "middle"))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (0).to_bytes(0, "big", signed=True))
show(lambda: (-1).to_bytes(0, "big", signed=True))

print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\x00", "little", signed=True))
print(int.from_bytes(b""), int.from_bytes(b"\x01" * 20))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
show(lambda: int.from_bytes("ab", "big"))
x = 2**200 + 12345
print(int.from_bytes(x.to_bytes(26, "big"), "big") == x)
print(int.from_bytes((-x).to_bytes(27, "little", signed=True), "little", signed=True) == -x)

print((7).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(True.real, True.numerator, type(True.real).__name__)

for v, n in [(12345, -2), (12350, -2), (12250, -2), (-12250, -2), (12345, 2),
             (5, -1), (15, -1), (25, -1), (123, -10), (999, -3), (10**30 + 5 * 10**9, -10)]:
    print(v, n, round(v, n))
print(round(7), type(round(7)).__name__, round(True), type(round(True)).__name__)

print(int.__trunc__(7), (7).__floor__(), (7).__ceil__(), (-7).__round__())
print((7).__index__(), int.__index__(True))
print(pow(2, 100) == 2**100, divmod(2**100, 3))
