# except with tuples, order of handlers, handler variables
def kinds(x):
    try:
        if x == 0:
            raise KeyError('k')
        if x == 1:
            raise IndexError('i')
        if x == 2:
            raise ZeroDivisionError('z')
        if x == 3:
            raise OverflowError('o')
        raise NotImplementedError('n')
    except (KeyError, IndexError) as e:
        return 'lookup:' + type(e).__name__
    except (ZeroDivisionError, OverflowError) as e:
        return 'arith:' + type(e).__name__
    except RuntimeError as e:
        return 'runtime:' + type(e).__name__
for i in range(5):
    print(kinds(i))
handlers = (ValueError, TypeError)
try:
    int('z')
except handlers as e:
    print('dynamic tuple', type(e).__name__)
def pick():
    return KeyError
try:
    {}[1]
except pick() as e:
    print('dynamic class', repr(e))
try:
    raise ValueError('first match wins')
except Exception:
    print('Exception handler')
except ValueError:
    print('never')
try:
    raise TypeError('t')
except (ValueError, KeyError, TypeError) as e:
    print('three-tuple', e)
try:
    try:
        raise TypeError('t2')
    except (ValueError, (KeyError, TypeError)):
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
