# comparisons, `is`, `in` and `not` feeding a conditional jump, or not
class Weird:
    def __lt__(self, o):
        return [1]          # truthy non-bool result of a comparison
    def __eq__(self, o):
        return 0
    def __bool__(self):
        raise ValueError("no bool")

def f(a, b, xs):
    out = []
    if a is b: out.append("is")
    if a is not b: out.append("is not")
    if a in xs: out.append("in")
    if a not in xs: out.append("not in")
    if not a: out.append("not")
    if a < b: out.append("lt")
    out.append(a is b)
    out.append(a in xs)
    out.append(not a)
    out.append(a == b)
    while not xs:
        xs = [1]
    return out

print(f(1, 1, [1]), f(0.5, 0, ()), f(0, 2, [0, 1]))
w = Weird()
print(w < w, w == w)
if w < w:
    print("truthy list")
if not (w == w):
    print("falsy zero")
try:
    if not w:
        pass
except ValueError as e:
    print("ValueError", e)
try:
    if 1 in 5:
        pass
except TypeError as e:
    print("TypeError", e)
x = [i for i in range(10) if i % 3 == 0 and not i in (3,)]
print(x, [i is None for i in (None, 0)])
