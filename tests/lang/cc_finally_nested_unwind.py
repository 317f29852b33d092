# return/continue inside nested try blocks whose finally bodies contain
# their own loops and try statements
def first_int(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
        finally:
            print('checked', it)
print(first_int(['a', 'b', '7']))
def f(items):
    out = []
    for x in items:
        try:
            try:
                if x == 0:
                    return 'zero'
                if x < 0:
                    raise ValueError(x)
            except ValueError:
                out.append('neg')
                continue
            out.append(x)
        finally:
            for k in range(2):
                try:
                    out.append('f%d' % k)
                finally:
                    pass
    return out
print(f([1, -1, 2]))
print(f([1, 0, 2]))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit'); return False
def g(n):
    while True:
        try:
            with CM():
                if n > 2:
                    return n
                n += 1
        finally:
            with CM():
                print('finally', n)
        print('loop', n)
print(g(1))
def h():
    try:
        for i in range(3):
            try:
                if i == 1:
                    return i
            finally:
                try:
                    print('inner fin', i)
                except Exception:
                    pass
    finally:
        print('outer fin')
print(h())
