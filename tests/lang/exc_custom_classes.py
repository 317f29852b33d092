# User-defined exception classes
class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)
class NoSuperInit(Exception):
    def __init__(self, v):
        self.v = v
try:
    raise MyError('simple')
except MyError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise DetailedError(404, 'not found')
except MyError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
try:
    raise NoSuperInit(7)
except NoSuperInit as e:
    print(e.v, e.args, repr(str(e)))
print(issubclass(DetailedError, Exception), DetailedError.__mro__[1].__name__)
class Hierarchy(Exception): pass
class Child1(Hierarchy): pass
class Child2(Hierarchy): pass
for cls in (Child1, Child2, Hierarchy):
    try:
        raise cls('from ' + cls.__name__)
    except Child1 as e:
        print('child1 handler:', e)
    except Hierarchy as e:
        print('generic handler:', e)
try:
    raise MyError
except MyError as e:
    print('class raised', repr(e))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except NotAnException:
        pass
    print('unused bad handler is fine')
    try:
        1 / 0
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
