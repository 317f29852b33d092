# Exception args, str() and repr()
cases = [
    ValueError(),
    ValueError('msg'),
    ValueError('a', 2),
    ValueError(42),
    KeyError('key'),
    KeyError(),
    KeyError('a', 'b'),
    IndexError('list index out of range'),
    Exception(None),
    RuntimeError(''),
    StopIteration(5),
    SystemExit(3),
    OSError(5, 'I/O failure'),
    AssertionError('x', [1]),
]
for e in cases:
    print(type(e).__name__, '| args', e.args, '| str', repr(str(e)), '| repr', repr(e))
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit('m', 2).code)
e = OSError(5, 'I/O failure')
print(e.errno, e.strerror)
e = ValueError('x')
e.args = ('replaced', 1)
print(e, e.args)
e.extra = 'attr'
print(e.extra)
print(str(KeyError("it's")), repr(KeyError("it's")))
print(BaseException('base').args)
