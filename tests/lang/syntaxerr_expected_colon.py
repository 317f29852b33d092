# SyntaxError: expected ':'
print("never")
def f(x)
    return x
