# Function scope rules: locals, globals, builtins shadowing
len_calls = 0
def my_len(x):
    global len_calls
    len_calls += 1
    return 42
def use_builtin():
    return len('abc')
def shadow_builtin():
    len = my_len
    return len('abc')
print(use_builtin(), shadow_builtin(), len_calls)
x = 'global'
def reads():
    return x
def writes():
    x = 'local'
    return x
print(reads(), writes(), x)
def params_are_local(x):
    x = x + '!'
    return x
print(params_are_local('p'), x)
def late_global():
    return later_defined
later_defined = 'defined later'
print(late_global())
def nested():
    y = 1
    def inner():
        return y + 1
    y = 10
    return inner()
print(nested())
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    def refs():
        return not_defined_anywhere
    refs()
except NameError as e:
    print(type(e).__name__, e)
