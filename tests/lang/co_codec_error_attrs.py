# Unicode errors carry encoding/object/start/end/reason.
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(str(e), e.object, e.start, e.end)
e = UnicodeEncodeError('ascii', 'h\xe9\u1234llo', 1, 3, 'ordinal not in range(128)')
print(str(e))
e = UnicodeDecodeError('utf-8', b'ab\xff\xfe', 2, 4, 'bad')
print(str(e), e.reason)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(e), e.start, e.encoding)
print(AttributeError().name, NameError("x").name, AttributeError("m", name="n", obj=3).obj)
try:
    'h\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.encoding)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.encoding, e.object)
