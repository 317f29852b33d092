from collections import deque
import operator
try: deque([1]).remove(5)
except ValueError as e: print(e)
class X:
    def __index__(self): return 1.5
try: operator.index(X())
except TypeError as e: print(e)
try: print(b'x' % bytearray(b'y'))
except TypeError as e: print(e)
print('x' % bytearray(b'y'), b'%s' % bytearray(b'y'), b'%(k)s' % {b'k': b'v'})
