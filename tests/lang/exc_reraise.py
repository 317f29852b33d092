# Bare raise re-raises the current exception
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught again:', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('k1')
    except KeyError as e:
        try:
            raise IndexError('i1')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised outer', e)
except IndexError as e:
    print('wrong', e)
err = ValueError('stored')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
try:
    raise ValueError('with tb').with_traceback(None)
except ValueError as e:
    print(e)
