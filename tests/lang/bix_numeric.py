# Numeric built-ins: abs, divmod, pow, round, bin/oct/hex, chr/ord, sum,
# min/max.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 7))
print(pow(2, 10), pow(2, -1), pow(2, 100), pow(3, 4, 5), pow(2, -1, 5))
print(pow(base=2, exp=5), pow(2, 3, None), pow(2.0, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(round(7), round(7.0), round(7.123456, 3), round(True))
print(round(1.5, None), type(round(1.5)), type(round(1.5, 0)))
print(bin(10), oct(64), hex(255), hex(-255), bin(0), hex(2**70))


class Idx:
    def __index__(self):
        return 42


print(bin(Idx()), hex(Idx()), oct(Idx()))
print(chr(65), chr(0x263A), chr(0x1F600), ord('A'), ord('é'), ord('😀'))
print(ord(b'A'), ord('\x00'))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2, 3**40]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, 2]))
print(sum([2**62, 2**62, 2**62]), sum([-2**62, -2**62, -2**62]))
print(sum([1, 2], start=3), sum(x * x for x in range(10)))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 1]), max('hello'))
print(min([], default='empty'), max([], default=None))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len))
print(max([1, 3, 2], key=None), max(1, 2, key=lambda x: -x))
print(max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(min(2, 2.0), max(2.0, 2), max([1, 1.0, True]))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(0), hash(True))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>5'), format(7))
print(id(1) == id(1), id([]) != 0)
