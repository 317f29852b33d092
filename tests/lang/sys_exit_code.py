# sys.exit with an integer code: stdout is kept, exit status 3
import sys
print('before exit')
def cleanup():
    try:
        sys.exit(3)
    finally:
        print('finally runs')
cleanup()
print('not printed')
