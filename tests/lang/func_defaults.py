# Default argument values
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di'))
counter = 5
def snap(v=counter):
    return v
counter = 99
print(snap())
print(greet.__defaults__)
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))
print(f.__defaults__)
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
def h(x, y=2, z=3):
    return x * 100 + y * 10 + z
print(h(1), h(1, 5), h(1, z=9), h(x=4, y=0, z=0))
def call_default(v=len('abc')):
    return v
print(call_default())
