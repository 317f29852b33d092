# raise ... from ... sets __cause__; raise from None suppresses context
class AppError(Exception):
    pass
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise AppError('cannot load ' + key) from e
try:
    load('b')
except AppError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__)
    print('suppress:', e.__suppress_context__)
try:
    try:
        int('q')
    except ValueError:
        raise AppError('clean') from None
except AppError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise AppError('explicit') from ValueError('the cause')
except AppError as e:
    print(e, '<-', repr(e.__cause__), e.__context__)
try:
    raise AppError('bad cause') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError('manual')
e.__cause__ = KeyError('k')
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError('cls cause') from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
