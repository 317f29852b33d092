# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
else:
    print('else ran, i =', i)
i = 0
while i < 5:
    if i == 3:
        print('breaking at', i)
        break
    i += 1
else:
    print('not printed')
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    out.append(i)
else:
    print('done', out)
while False:
    print('never')
else:
    print('else of empty while')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
while True:
    if b > 100:
        break
    a, b = b, a + b
print('fib over 100:', b)
