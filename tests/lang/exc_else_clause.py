# try/except/else: else runs only when no exception; exceptions in else not caught
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print('bad:', s)
    else:
        print('good:', n)
        return n
    return None
print(parse('12'), parse('x1'))
try:
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('raised in else')
except ValueError as e:
    print('outer got', e)
for s in ['1', 'a', '3']:
    try:
        v = int(s)
    except ValueError:
        continue
    else:
        print('value', v)
    finally:
        print('finally for', s)
