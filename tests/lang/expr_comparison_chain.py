# Comparison chains evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1)
print(1 == 1 != 2)
print(1 < 2 > 0)
print(5 >= 5 <= 6)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) < v(4) < v(10))
print(calls)
x = 5
print(0 <= x < 10)
print(0 <= x < 5)
print(1 < x in [5, 6])
print(x in [5] not in [[1]])
print('a' < 'b' < 'c')
print([1, 2] < [1, 3] < [2])
print((1, 2) == (1, 2) is not None)
a = [1]
b = a
print(a is b is not None)
print(1 < 2.5 < 3)
print(3 == 3.0 == True + 2)
