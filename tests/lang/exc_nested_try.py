# Deeply nested try blocks and propagation
def level3():
    try:
        raise ValueError('L3')
    finally:
        print('L3 finally')
def level2():
    try:
        level3()
    except KeyError:
        print('L2 wrong handler')
    finally:
        print('L2 finally')
def level1():
    try:
        level2()
    except ValueError as e:
        print('L1 caught', e)
        return 'handled'
    finally:
        print('L1 finally')
print(level1())
def convert():
    try:
        try:
            return int('bad')
        except ValueError as e:
            raise TypeError('converted') from e
    except TypeError as e:
        return '%s (cause=%s)' % (e, type(e.__cause__).__name__)
print(convert())
def catch_all_levels(n):
    if n == 0:
        raise LookupError('bottom')
    try:
        catch_all_levels(n - 1)
    except LookupError as e:
        raise LookupError('%s<%d' % (e, n))
try:
    catch_all_levels(4)
except LookupError as e:
    print(e)
