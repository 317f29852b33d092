# sys.exit(0) and SystemExit(None) both exit with status 0
import sys
print('exiting cleanly')
try:
    raise SystemExit(None)
except SystemExit as e:
    print('code', e.code)
sys.exit(0)
print('never')
