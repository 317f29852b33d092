# The 'as' target is deleted after the handler; sys.exc_info
import sys
def f():
    e = 'kept?'
    try:
        raise ValueError('v')
    except ValueError as e:
        print('inside', e)
    return 'e' in locals()
print(f())
print(sys.exc_info())
try:
    raise KeyError('x')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])
def nested_info():
    try:
        raise IndexError('outer')
    except IndexError:
        try:
            raise TypeError('inner')
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
nested_info()
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
print(type(saved).__name__, saved)
print(saved.__traceback__ is not None)
