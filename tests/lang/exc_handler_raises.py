# Exceptions raised inside handlers get __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('in handler')
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        {}['a']
    except KeyError:
        try:
            [][1]
        except IndexError:
            raise TypeError('deep')
except TypeError as e:
    c = e.__context__
    print(type(e).__name__, '<-', type(c).__name__, '<-', type(c.__context__).__name__)
try:
    try:
        raise ValueError('first')
    finally:
        raise RuntimeError('from finally')
except RuntimeError as e:
    print(e, '| context:', e.__context__)
try:
    try:
        raise ValueError('v')
    except ValueError:
        pass
    raise KeyError('after handled')
except KeyError as e:
    print(e, e.__context__)
def handler_error():
    try:
        raise OSError('io')
    except OSError as err:
        undefined_var
try:
    handler_error()
except NameError as e:
    print(type(e).__name__, e, '| context', type(e.__context__).__name__)
