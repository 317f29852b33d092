# readable()/writable()/flush() etc. on closed files, and bad open() modes
P = '/tmp/_cb_file_closed_modes.txt'
for m in ['w', 'r', 'rb', 'wb', 'r+']:
    f = open(P, m)
    f.close()
    for meth in ['readable', 'writable', 'seekable', 'isatty', 'fileno', 'flush', 'tell']:
        try:
            print(m, meth, getattr(f, meth)())
        except Exception as e:
            print(m, meth, type(e).__name__, e)
for m in ['', '+', 'r++', 'rr', 'a+w', 'U', 'rU', 'bb', 'z', 'rw+', 'tb', 'wx']:
    try:
        open(P, m).close()
        print(m, 'ok')
    except Exception as e:
        print(repr(m), type(e).__name__, e)
for bad in [None, 5, b'r']:
    try:
        open(P, bad)
    except TypeError as e:
        print('TypeError', e)
