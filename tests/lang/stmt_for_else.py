# for loops with else
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
for x in range(3):
    pass
print('x after loop', x)
for ch in 'abc':
    if ch == 'b':
        continue
    print(ch)
else:
    print('for-else after continue')
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for k in {'one': 1, 'two': 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
