# Uncaught ZeroDivisionError at module level: traceback on stderr, exit 1
def ratio(a, b):
    return a / b
print(ratio(6, 3))
print(ratio(1, 0))
print('not reached')
