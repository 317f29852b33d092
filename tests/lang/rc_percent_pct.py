# '%' with flags/width/precision is a conversion that takes an argument
# (and then is rejected); only a bare '%%' is a literal percent.
def T(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)

T("%%", ())
T("100%%", ())
T("%d%%", 5)
T("%5%", (1,))
T("%5%", ())
T("%-%", 1)
T("x%-%y", ())
T("%.2%", (1,))
T("%(a)%", {"a": 1})
T("%(a)%", {})
T("%*%", (3, 1))
T(b"%5.2f", b"ab")
T(b"%f", "s")
T("%f", "s")
T(b"%%|%5%", (1,))
# no binding for nonlocal: reported at the nonlocal statement
try:
    compile("def f():\n    global x\n    x = 1\n    nonlocal y\n", "<t>", "exec")
except SyntaxError as e:
    print(e, e.lineno, e.offset)
