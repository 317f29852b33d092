# Built-in exception hierarchy
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError,
           OverflowError, LookupError, IndexError, KeyError, ValueError,
           TypeError, AttributeError, NameError, UnboundLocalError,
           RuntimeError, RecursionError, NotImplementedError, StopIteration,
           AssertionError, ImportError, ModuleNotFoundError, OSError,
           FileNotFoundError, KeyboardInterrupt, SystemExit]
for c in classes:
    print(c.__name__, '->', c.__bases__[0].__name__ if c is not BaseException else None)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
def catch(exc, handler_cls):
    try:
        raise exc
    except handler_cls:
        return 'caught by ' + handler_cls.__name__
    except BaseException:
        return 'fell through'
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(KeyError(), LookupError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(catch(UnboundLocalError(), NameError))
print(catch(RecursionError(), RuntimeError))
print(catch(FileNotFoundError(), OSError))
print(catch(StopIteration(), Exception))
