# s += t / s = s + t on a local str grows it in place when nothing else holds it;
# results, errors and aliasing as CPython
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    t = "x"
    for i in range(n):
        t = t + "é"
    u = "q"
    for i in range(3):
        u += u
    v = "k"
    w = v
    v += "z"
    return len(s), len(t), u, v, w, t[-1], t.isascii(), s.isascii(), hash(s) == hash("ab" * n)
print(build(100000))
def err():
    s = "a"
    s += 5
try: err()
except TypeError as e: print(e)
def other():
    s = "a"
    class S(str): pass
    s += S("b")
    t = S("c")
    t += "d"
    return s, type(s).__name__, t, type(t).__name__
print(other())
