# Harder match cases: errors, binding rules, sequences vs str, guards with side effects.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

class NoArgs:
    pass

class Bad:
    __match_args__ = ["a"]

def T(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

def m1(v):
    match v:
        case P(1, 2, 3):
            return "three"
        case _:
            return "no"
T("too many positional", lambda: m1(P(1, 2)))

def m2(v):
    match v:
        case NoArgs(1):
            return "x"
    return "none"
T("no match args", lambda: m2(NoArgs()))

def m3(v):
    match v:
        case Bad(1):
            return "x"
T("match args list", lambda: m3(Bad()))

def m5(v):
    match v:
        case 1:
            return "not class"
        case "abc":
            return "str literal"
        case [a, b, c]:
            return f"seq {a}{b}{c}"
        case _:
            return "other"
for v in ["abc", "xyz", b"abc", bytearray(b"abc"), [1, 2, 3], (4, 5, 6), range(3), {1, 2, 3}, iter([1, 2, 3])]:
    print(type(v).__name__, m5(v))

def m6(x):
    match x:
        case int(y):
            return ("int", y)
        case str(s) if s.isdigit():
            return ("digits", s)
        case bool(b):
            return ("bool", b)
        case list([first, *_]):
            return ("list", first)
        case dict({"k": v}):
            return ("dict", v)
        case tuple((a, b)):
            return ("pair", a, b)
        case _:
            return ("?",)
for v in [True, 7, "123", "abc", [9, 8], {"k": 1, "z": 2}, (1, 2), (1, 2, 3), []]:
    print(repr(v), m6(v))

calls = []
def g(tag, res):
    calls.append(tag)
    return res
def m7(v):
    match v:
        case (x, y) if g("first", x > y):
            return "desc"
        case (x, y) if g("second", x == y):
            return "same"
        case (x, y):
            return f"asc {x}<{y}"
for v in [(3, 1), (2, 2), (1, 5)]:
    calls.clear()
    print(v, m7(v), calls)

def m8(v):
    match v:
        case {"a": 1, **rest} if not rest:
            return "only a"
        case {"a": _, "b": [*nums]}:
            return f"b nums {nums}"
        case {0: zero, 1: one}:
            return f"int keys {zero}{one}"
    return "none"
for v in [{"a": 1}, {"a": 1, "c": 3}, {"a": 0, "b": [1, 2]}, {"a": 0, "b": "xy"}, {0: "z", 1: "o", 2: "t"}]:
    print(v, m8(v))

# capture binds even on later failure? (names bound by a failed case are unspecified; avoid)
def m9(v):
    match v:
        case [1, [2, [3, *inner]], *outer] as whole:
            return inner, outer, len(whole)
    return None
print(m9([1, [2, [3, 4, 5]], 6, 7]), m9([1, [2, [4]]]))

import math
def m10(v):
    match v:
        case math.pi:
            return "pi"
        case float(f) if math.isnan(f):
            return "nan"
        case -3 | -2.5:
            return "neg"
        case 1+2j:
            return "complex"
    return "?"
for v in [math.pi, float("nan"), -3, -2.5, 1 + 2j, 0]:
    print(v, m10(v))

# match with walrus and star in subject
def m11(*args):
    match (n := len(args)), *args:
        case 0,:
            return "nothing"
        case 1, x:
            return f"one {x}"
        case _, x, *ys:
            return f"{n} items, first {x}, rest {ys}"
print(m11(), m11("a"), m11("a", "b", "c"))

class Color:
    RED = 0
    GREEN = 1
def m12(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case other:
            return f"unknown {other}"
print(m12(0), m12(1), m12(5))
