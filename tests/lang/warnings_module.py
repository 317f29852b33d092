# The warnings module: default filters and once-per-location output on stderr, stacklevel, catch_warnings(record=True), error/ignore/always actions, message filters, a replaced showwarning.
import warnings, sys
_dir = __file__.rsplit('/', 1)[0] + '/'


class _Err:
    """stderr into the checked output, without this test's directory"""

    def write(self, s):
        sys.stdout.write(s.replace(_dir, ''))

    def flush(self):
        pass


sys.stderr = _Err()
def f():
    warnings.warn("careful")
f()
f()   # same place: shown once
warnings.warn("dep", DeprecationWarning)
def lib():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
lib()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", UserWarning)
    f(); f()
    lib()
    print(len(w), [str(m.message) for m in w], w[0].category.__name__, w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="care")
    f()
    warnings.filterwarnings("ignore", message=".*quiet")
    warnings.warn("be quiet")
    warnings.warn("loud")
warnings.warn(UserWarning("instance"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("via hook")
warnings.showwarning = old
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  code()  "), end="")
print("done")
