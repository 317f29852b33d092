# SystemExit and KeyboardInterrupt can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no arg', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('str arg', e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print('code 0', e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
try:
    try:
        sys.exit(1)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print('finally runs on exit')
try:
    cleanup()
except SystemExit as e:
    print('exit code', e.code)
print('still running')
