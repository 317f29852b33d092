def f():
    count = 0
    for i in range(3):
        count += i
    return cuont
f()
