# return / break in finally overrides exceptions and returns
def f1():
    try:
        return 'try'
    finally:
        return 'finally'
print(f1())
def f2():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f2())
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out, i=%d' % i
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f5())
def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f6 finally')
print(f6())
def f7():
    for i in range(5):
        try:
            if i < 3:
                continue
            return i
        finally:
            print('f7 finally', i)
print(f7())
