class P:
    __match_args__ = ('x',)
    def __init__(self, x): self.x = x
class Q:
    def __init__(self): self.a = 1
def try_match(v, which):
    try:
        if which == 0:
            match v:
                case P(1, 2): print('no')
        elif which == 1:
            match v:
                case Q(1): print('no')
        elif which == 2:
            match v:
                case len(x): print('no')
        elif which == 3:
            match v:
                case int(1, 2): print('no')
        elif which == 4:
            match v:
                case P(x, x=5): print('no')
        elif which == 5:
            match v:
                case Q(b=1): print('no')
                case Q(a=1): print('Q with a=1')
        elif which == 6:
            match v:
                case int(7) | str('seven'): print('seven-ish', v)
        print('fell through', which)
    except TypeError as e:
        print('TypeError:', e)
try_match(P(1), 0)
try_match(Q(), 1)
try_match(3, 2)
try_match(1, 3)
try_match(P(5), 4)
try_match(Q(), 5)
try_match(7, 6)
try_match('seven', 6)
try_match(3, 1)
class Bad:
    __match_args__ = ['x']
match Bad():
    case Bad(1): pass
