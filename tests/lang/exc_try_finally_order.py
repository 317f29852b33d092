# Order of execution through try/except/else/finally
def trace(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('boom')
        if mode == 'return':
            return log + ['returned']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(trace('normal'))
print(trace('raise'))
print(trace('return'))
def finally_sees_return():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)
print(finally_sees_return())
def nested():
    try:
        try:
            print('inner try')
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError:
        print('outer except')
    finally:
        print('outer finally')
nested()
def uncaught_passes_finally():
    try:
        raise RuntimeError('rt')
    finally:
        print('finally before propagation')
try:
    uncaught_passes_finally()
except RuntimeError as e:
    print('caught', e)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
