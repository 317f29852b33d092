def f(*a, **k): return a, k
class K:
    def m(self, *a): return a
    @staticmethod
    def s(*a): return a
for src in ['f(*5)', 'f(1, *5)', 'f(*[1], *5)', '[*5]', '(*5,)', 'print(*5, 1)', 'f(*5, x=1)', 'f(x=1, *5)',
            'K().m(*5)', 'K.s(*5)', 'len(*5)', 'f(**5)', 'f(*[], **5)', 'K().m(*None)', '(lambda *a: a)(*3)', 'f(*(1, 2))', 'f(*[1, 2], y=2)',
            'f(*"ab")', 'f(*{1: 2})', 'f(*range(3), **{"z": 1})', 'K().m(*[1, 2])', 'type(*[1])']:
    try: print(src, eval(src))
    except TypeError as e: print(src, "TypeError:", e)
t = (1, 2)
print(f(*t)[0] is t)
class T(tuple): pass
print(type(f(*T([1]))[0]).__name__)
