import sys
print(sys.version_info[:2], type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.version_info > (3, 0), sys.version_info.releaselevel, len(sys.version_info))
major, minor, *_ = sys.version_info
print(major, minor, sys.version_info[0] == 3)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.flags.optimize, sys.flags.verbose, len(sys.flags))
print(sys.float_info.max * 2, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AE', e)
try:
    type(sys.version_info)()
except TypeError as e:
    print('TE', e)
print(type(sys.float_info).__module__ if hasattr(type(sys.float_info), '__module__') else '')
print(hash(sys.int_info) == hash(tuple(sys.int_info)), sys.int_info == tuple(sys.int_info))
