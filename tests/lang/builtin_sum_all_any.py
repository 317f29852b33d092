# sum (with start), all, any
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum((0.5, 0.25)), sum(range(101), start=-50))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, 3]), sum([1, 2.5]), sum([2 ** 64, 2 ** 64]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(all([]), all([1, 'a', [0]]), all([1, 0]), all(x > 0 for x in [1, 2]))
print(any([]), any([0, '', None]), any([0, 'x']), any(x > 5 for x in range(10)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
print(sum(x * x for x in range(10)), sum(1 for c in 'banana' if c == 'a'))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
