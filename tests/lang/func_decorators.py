# Decorators, stacked decorators, decorators with arguments
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args)
        r = fn(*args, **kwargs)
        print('ret', r)
        return r
    wrapper.__name__ = 'traced_' + fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))

def tag(t):
    def deco(fn):
        def w():
            return '<' + t + '>' + fn() + '</' + t + '>'
        return w
    return deco

@tag('b')
@tag('i')
def text():
    return 'txt'
print(text())

order = []
def mark(label):
    order.append('factory ' + label)
    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco
@mark('outer')
@mark('inner')
def target():
    pass
print(order)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry['two']())

def deco_class(cls):
    cls.decorated = True
    return cls
@deco_class
class K: pass
print(K.decorated)
@(lambda fn: fn())
def immediately():
    return 'evaluated'
print(immediately)
