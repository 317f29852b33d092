print("start")
def f(a, b, a):
    return a
