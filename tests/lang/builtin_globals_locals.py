# globals() and locals()
x = 1
y = 'two'
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
g = globals()
print(g['x'], g['y'], '__name__' in g, g['__name__'])
g['z'] = 'created via globals'
print(z)
print(sorted(k for k in globals() if not k.startswith('__')))
def outer():
    v = 1
    def inner():
        return sorted(locals())
    w = 2
    return inner(), sorted(locals())
print(outer())
print(locals() is globals())
def modify_globals():
    globals()['from_func'] = 42
modify_globals()
print(from_func)
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith('__'))
print(K.q)
print(type(globals()).__name__)
