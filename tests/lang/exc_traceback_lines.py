# Traceback entries name the line that failed in every frame, outermost first.
def inner(x):
    y = x + 1
    return y.missing_attribute

def outer():
    values = [1, 2, 3]
    return inner(values[0])

def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

try:
    outer()
except AttributeError as e:
    print(type(e).__name__, lines(e))

def divide(a, b):
    q = a // b
    return q

try:
    x = 1
    divide(x, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, lines(e))

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("wrapped")
except ValueError as e:
    print(lines(e), lines(e.__context__))
