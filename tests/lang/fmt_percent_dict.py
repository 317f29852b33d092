# %-formatting with a mapping
d = {'name': 'Ann', 'age': 30, 'score': 91.257}
print('%(name)s is %(age)d' % d)
print('%(name)-6s|%(age)04d|%(score).1f' % d)
print('%(name)r %(name)s %(age)x' % d)
print('%(missing)s' % {'missing': None})
try:
    print('%(nokey)s' % d)
except KeyError as e:
    print(type(e).__name__, e)
try:
    print('%(name)s %s' % d)
except TypeError as e:
    print(type(e).__name__, e)
print('%s' % d)
print('%%(name)s literal: %(name)s' % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s-%(xy)s' % M())
