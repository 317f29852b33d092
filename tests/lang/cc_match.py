def classify(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case None:
            return 'none'
        case True:
            return 'true?'
        case 'hello':
            return 'greeting'
        case [x]:
            return f'one-elem {x}'
        case [x, y]:
            return f'pair {x},{y}'
        case [first, *rest]:
            return f'seq {first} {rest}'
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px} {py}'
        case {'k': v2, **others}:
            return f'k={v2} others={others}'
        case str() as s:
            return 'str ' + s
        case int(n) if n > 100:
            return f'big {n}'
        case float(f):
            return f'float {f}'
        case _:
            return 'other'
for v in [0, 2, None, True, 'hello', [7], (1, 2), [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2},
          {'k': 1, 'a': 2}, 'abc', 500, 50, 2.5, range(2), {}, b'xy']:
    print(repr(v), '->', classify(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'on y at {yy}'
        case Point(xx, 0): return f'on x at {xx}'
        case Point(x, y) if x == y: return 'diagonal'
        case Point(): return 'somewhere'
        case (Point() as a, Point() as b): return 'two points'
        case _: return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (Point(1, 1), Point(2, 2)), 5]:
    print(where(p))
cmd = 'go north'
match cmd.split():
    case ['go', ('north' | 'south') as d]:
        print('going', d)
    case _:
        print('?')
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
for i in range(4):
    match i:
        case 1:
            continue
        case 3:
            break
    print('i', i)
x = 5
match x:
    case 6: print('six')
print('no match ok', x)
import sys
match sys.version_info[0]:
    case 3: print('py3')
class Color:
    RED = 'r'
    GREEN = 'g'
match 'g':
    case Color.RED: print('red')
    case Color.GREEN: print('green')
match [1, 2, 3, 4]:
    case [1, *_, 4]: print('1..4')
match {'a': 1}:
    case {'a': 1, 'b': 2}: print('no')
    case {'a': _}: print('has a')
match 3:
    case (1 | 2) as small: print('small', small)
    case n: print('n =', n)
