# Concatenation, repetition, comparison of strings
a = 'foo'
b = 'bar'
print(a + b, a * 3, 3 * b, a * 0, a * -2, repr('' * 100))
print('ab' 'cd' "ef", ('multi'
                       'line'))
print(a < b, a > b, 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'Z' < 'a', '' < 'a')
print(a == 'foo', a != 'Foo', 'a' * 3 == 'aaa')
print(max('apple', 'banana', 'cherry'), min(['zeta', 'Alpha', 'beta']))
print(sorted(['b', 'A', 'c', 'B', 'a']), sorted(['b', 'A', 'c', 'B', 'a'], key=str.lower))
s = ''
for i in range(5):
    s += str(i)
print(s)
print(str(12) + 'x', 'x' + str(1.5), 'list: ' + str([1, 'a']))
try:
    'a' + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(len('abc' * 1000))
