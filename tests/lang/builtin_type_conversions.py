# Constructors: int float bool str list dict set frozenset tuple
print(int('12'), int(12.9), int(), float('2'), float(3), float(), bool(5), bool(), str(12), str())
print(list('ab'), list(), list((1, 2)), list({'a': 1}), list(range(2)))
print(tuple('ab'), tuple([1]), tuple())
print(dict(a=1), dict([(1, 2)]), dict({'x': 0}), dict())
print(sorted(set('hello')), set(), set([1, 1, 2]))
print(sorted(frozenset('aba')), frozenset())
print(str(1.0), str(-0.0), str([1, 'a']), str(b'b'), str(str))
print(int('  42\n'), float(' 1.5 '), int('-0'), float('-0'))
print(bool('0'), bool(0.0), bool([[]]), bool(None))
print(list(map(int, ['1', '2'])), [float(x) for x in (1, '2', 3.5)])
print(type(int('1')).__name__, type(float('1')).__name__, type(str(1)).__name__)
class WithInt:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
w = WithInt()
print(int(w), float(w), [0, 1, 2, 3, 4][w], bin(w), hex(w))
class WithStr:
    def __str__(self):
        return 'custom'
print(str(WithStr()), str(WithStr()).upper())
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
