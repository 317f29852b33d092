# Importing the allowed standard modules
import sys
import math
import time
import _thread
from math import pi, sqrt as square_root
print(type(sys).__name__, math.__name__, time.__name__, _thread.__name__)
print(round(pi, 5), square_root(16.0))
print(isinstance(sys.maxsize, int), sys.maxsize > 2 ** 30)
t = time.time()
print(type(t).__name__, t > 1600000000)
print(callable(_thread.start_new_thread), callable(_thread.allocate_lock))
import math as m2
print(m2 is math, m2.sqrt(2) == math.sqrt(2))
print(sorted(n for n in ('sys', 'math', 'time', '_thread') if n in sys.modules))
