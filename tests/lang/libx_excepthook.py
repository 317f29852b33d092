# Exceptions in threads go to threading.excepthook; replacing the hook,
# ExceptHookArgs, SystemExit in a thread, hook failures.
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a)
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a), a[0] is ValueError)
print(type(a).__name__, type(a).__module__)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value),
                     args.exc_traceback is not None, args.thread.name))


def boom(msg):
    raise ValueError(msg)


threading.excepthook = hook
t = threading.Thread(target=boom, args=("bad",), name="T1")
t.start()
t.join()
print(captured, t.is_alive())

# SystemExit reaches the hook too (the default hook ignores it)
t = threading.Thread(target=sys.exit, args=(3,), name="T2")
t.start()
t.join()
print(captured[-1])


# a hook that itself fails: reported through sys.excepthook
def bad_hook(args):
    raise RuntimeError("hook failed")


calls = []


def my_sys_hook(tp, val, tb):
    calls.append((tp.__name__, str(val)))


threading.excepthook = bad_hook
sys.excepthook = my_sys_hook
t = threading.Thread(target=boom, args=("again",))
t.start()
t.join()
print(calls)
sys.excepthook = sys.__excepthook__

# back to the default: prints to stderr, the program goes on (exit 0)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, args=("to stderr",), name="Printer")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(1,))
t.start()
t.join()
print("main continues")

# sys.excepthook called directly (output on stderr)
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.excepthook(type(e), e, e.__traceback__))
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)
sys.excepthook(1, 2, 3)
print("done")
