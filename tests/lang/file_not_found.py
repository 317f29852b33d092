# Opening missing files and bad modes
try:
    open('/tmp/ftpy_definitely_missing_dir/none.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open('/tmp/ftpy_definitely_missing_dir/none.txt', 'w')
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
try:
    open('/tmp/ftpy_test_file_not_found.txt', 'rz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
