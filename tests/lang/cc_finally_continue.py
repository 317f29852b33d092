# break/continue/return inside a finally body that runs on the return path
def f():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 4:
                continue
    return 'unreachable'
def g():
    for i in range(5):
        try:
            return i
        finally:
            if i < 3:
                continue
    return 'done'
def h():
    for i in range(3):
        try:
            return 'from try'
        finally:
            break
    return 'after break'
def k():
    try:
        return 'try'
    finally:
        try:
            return 'inner finally'
        finally:
            pass
print(g(), h(), k())
for _ in range(2):
    try:
        pass
    finally:
        print('loop fin')
print(f.__name__)
