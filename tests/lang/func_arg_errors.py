# TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
not_callable_str = 'abc'
not_callable_none = None
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: h(1),
    lambda: f(),
    lambda: g(1, 2, 3, c=4),
    lambda: f(*[1], **{'b': 2, 'x': 0}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs('x'),
    lambda: not_callable_str(),
    lambda: not_callable_none(),
    lambda: f(**{1: 2}),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(type(e).__name__, e)
