def f1():
    try:
        return 1
    finally:
        print('fin1')
print(f1())
def f2():
    try:
        return 1
    finally:
        return 2
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print('body', i)
        finally:
            print('fin', i)
    else:
        print('else not')
    return i
print(f3())
def f4():
    try:
        raise ValueError('x')
    finally:
        return 'swallowed'
print(f4())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0]); return False
def f5():
    for i in range(3):
        with CM(i):
            if i == 0: continue
            if i == 1: break
    with CM(9) as c:
        return c.n
print(f5())
for i in range(3):
    pass
else:
    print('for else', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('no')
for i in range(3):
    for j in range(3):
        if j == 1: break
    else:
        print('inner else')
    if i == 2: break
else:
    print('outer else no')
try:
    pass
except Exception:
    print('no')
else:
    print('try else')
finally:
    print('try finally')
def f6():
    try:
        return 'try'
    except:
        pass
    else:
        return 'else'
print(f6())
def f7():
    try:
        pass
    except:
        pass
    else:
        return 'else'
    finally:
        print('f7 fin')
print(f7())
def f8():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                continue
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen fin')
print(f8())
def f9():
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            finally:
                if i < 2: continue
        except KeyError as e:
            return 'caught', e
print(f9())
def f10():
    try:
        try:
            return 'inner'
        finally:
            print('inner fin')
    finally:
        print('outer fin')
print(f10())
def f11():
    with CM(1):
        with CM(2):
            raise ValueError
try: f11()
except ValueError: print('ve')
