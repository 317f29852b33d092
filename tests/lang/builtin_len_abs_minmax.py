# len, abs, min, max (key, default)
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(5)), len(b'xy'), len(''))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(max(3, 1, 2), max([3, 1, 2]), max('abc'), max([1, 5], [2]), max((1, 'b'), (1, 'a')))
print(min(3, 1, 2), min([3, 1, 2]), min('abc'), min([[2], [1, 5]]))
words = ['kiwi', 'banana', 'fig', 'cherry']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max(words, key=len, default='x'), min(3, 2, key=lambda x: -x))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(['b', 'a', 'b']))
for bad in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(3, 4, default=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(range(10), key=lambda x: (x % 4, x)), min({'b': 1, 'a': 2}))
print(max(x * x for x in range(-5, 3)), min((c for c in 'hello'), key=ord))
