# An exception in a thread does not kill the process (traceback goes to stderr)
import _thread
done = _thread.allocate_lock()
done.acquire()
progress = []
def failing():
    try:
        progress.append('started')
        raise ValueError('thread failure')
    finally:
        progress.append('finally in thread')
        done.release()
_thread.start_new_thread(failing, ())
done.acquire()
print(progress)
done2 = _thread.allocate_lock()
done2.acquire()
def exiting():
    try:
        progress.append('before _thread.exit')
        _thread.exit()
        progress.append('not reached')
    finally:
        done2.release()
_thread.start_new_thread(exiting, ())
done2.acquire()
print(progress)
try:
    _thread.start_new_thread(failing, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    _thread.start_new_thread(failing, (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print(type(e).__name__, e)
print('main continues')
