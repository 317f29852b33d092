import sys
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('v') from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('r') from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('inner')
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
def f():
    try:
        raise KeyError('a')
    except KeyError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as e:
    print(e)
e = 'outer'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print(ex)
def g():
    try:
        raise IndexError('idx')
    except IndexError:
        try:
            raise
        except IndexError as e2:
            return 'reraised ' + str(e2)
print(g())
def h():
    try:
        raise ValueError('first')
    finally:
        print('in finally')
try:
    h()
except ValueError as e:
    print('got', e)
def h2():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        finally:
            print('ctx', repr(sys.exc_info()[1]))
try:
    h2()
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print(e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(5)
except (KeyError, MyErr) as e:
    print(e, e.code, e.args)
try:
    raise MyErr
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise
except ValueError as e:
    print('bare', e)
import sys
print(sys.exc_info())
try:
    raise KeyError('x')
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        return sys.exc_info()[1]
print(repr(nested()))
try:
    raise ExceptionGroup if False else StopIteration(3)
except StopIteration as s:
    print(s.value)
e = Exception('a', 'b')
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(KeyError('k')), repr(KeyError('k')))
try:
    assert 1 == 2, 'math broke'
except AssertionError as a:
    print(repr(a))
try:
    assert []
except AssertionError as a:
    print(repr(a))
