# An uncaught exception goes to a replaced sys.excepthook (type, value, traceback); the exit status stays 1.
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None, tb.tb_lineno if tb else None)
sys.excepthook = hook
print("before")
raise ValueError("boom")
