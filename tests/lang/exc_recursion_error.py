# RecursionError is raised and recoverable
def f():
    f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__, 'recursion' in str(e))
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError:
    print('caught second time')
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
print(issubclass(RecursionError, RuntimeError))
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Deep().a
except RecursionError:
    print('getattr recursion caught')
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(200))
lst = []
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)
