# sort / sorted with key and reverse
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1], reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda n: -n)
print(nums)
recs = [{'n': 'a', 'v': 3}, {'n': 'b', 'v': 1}, {'n': 'c', 'v': 2}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([]))
print(sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
l = [5, 3, 9]
s = sorted(l)
print(l, s, s is l)
print(sorted(range(10), key=lambda x: x % 3))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 1001)))
big.sort(key=lambda x: (x % 10, -x))
print(big[:12])
