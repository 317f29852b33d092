# Exceptions interacting with loops, break and continue
results = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append('E%s' % e)
        if i == 3:
            break
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('attempt', attempts, 'failed:', e)
        continue
total = 0
for s in ['1', 'two', '3', None, '5']:
    try:
        total += int(s)
    except (ValueError, TypeError) as e:
        print('skip', repr(s), type(e).__name__)
print('total', total)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
        finally:
            print('checked', it)
    return None
print(first_int(['a', 'b', '7', '8']))
