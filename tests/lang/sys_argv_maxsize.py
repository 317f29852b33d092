# sys.argv, sys.maxsize, misc sys attributes
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1 == -(2 ** 63))
print(type(sys.version_info[0]).__name__, sys.version_info[0] >= 3)
print(sys.byteorder in ('little', 'big'))
print(callable(sys.exit), callable(sys.getrecursionlimit))
print(sys.getrecursionlimit() >= 100)
print('__main__' in sys.modules, sys.modules['__main__'].__name__)
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys.stdout, 'write'))
print(type(sys.path).__name__)
print(sys.platform.startswith('linux'))
