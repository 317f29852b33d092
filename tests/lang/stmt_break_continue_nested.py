# break / continue inside nested loops and try/finally
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print('pair', i, j)
result = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append('f%d' % i)
print(result)
count = 0
while True:
    count += 1
    try:
        if count < 3:
            continue
        break
    finally:
        print('finally', count)
print('count', count)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found is not None:
        break
print('found', found)
