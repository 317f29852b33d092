import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
sys.setswitchinterval(2); print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError")
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000000); print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e:
    print("OverflowError:", e)
sys.setrecursionlimit(old); print(sys.getrecursionlimit())
