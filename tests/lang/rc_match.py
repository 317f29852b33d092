# match statements over tuples, dicts, classes, literals, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

class Rect:
    __match_args__ = ("p1", "p2")
    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(c, r) if r <= 0:
            return "degenerate circle"
        case Circle(center=c, r=r):
            return f"circle at {c.x},{c.y} r={r}"
        case Rect(Point(x1, y1), Point(x2, y2)) as rect:
            return f"rect area {abs(x2 - x1) * abs(y2 - y1)} {type(rect).__name__}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 4), Circle(Point(1, 1), 0), Circle(Point(1, 2), 3),
          Rect(Point(0, 0), Point(3, 4)), "hello"]:
    print(describe(s))

def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} args)"

for c in ["", "go north", "go up", "take lamp key", "take", "quit", "exit", "dance a b"]:
    print(repr(c), "->", command(c))

def event(e):
    match e:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k!r}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "no type"
        case _:
            return "not a dict"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "btn": 1, "mod": 0},
          {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "key", "key": 5},
          {"type": "scroll"}, {"x": 1}, [1, 2]]:
    print(event(e))

def literal(v):
    match v:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 0: return "zero"
        case 1 | 2 | 3: return "small"
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case "a" | "b": return "letter"
        case b"x": return "bytes x"
        case int(n) if n > 100: return "big int"
        case float() | complex(): return "other number"
        case (1, *_): return "tuple starting with 1"
        case [_, _, *mid, _]: return f"long seq mid={mid}"
        case str() as s: return f"string of {len(s)}"
        case _: return "?"

for v in [None, True, False, 0, 2, -1, 1.5, "a", b"x", 1000, 2.5, 1j, (1, 2), [5, 6, 7, 8, 9], (9, 9, 9), "hello", 50, 0.0]:
    print(repr(v), literal(v))

# nested captures, wildcard in mapping values, class pattern with builtin types
def tree_sum(t):
    match t:
        case (left, right):
            return tree_sum(left) + tree_sum(right)
        case int(x) | float(x):
            return x
        case [*items]:
            return sum(tree_sum(i) for i in items)
print(tree_sum(((1, 2), (3, (4, 5.5)))), tree_sum([(1, 2), [3]]))
