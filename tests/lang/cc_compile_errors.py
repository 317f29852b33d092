# SyntaxErrors raised by compile()/eval()/exec(), checked by message
def check(src, mode='exec'):
    try:
        compile(src, 'f', mode)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
check('a\nb', 'single')
check('x = 1\n\n  \ny = 2', 'single')
check('x = 1', 'single')
check('def f(a, a): pass')
check('f(x=1, x=2)')
check('def f():\n  global x\n  nonlocal x')
check('__debug__ = 1')
check('del __debug__')
check('x.__debug__ = 5')
check('[(yield) for _ in ()]')
check('{(yield) for _ in ()}')
check('(yield)')
check('from __future__ import braces')
check('from __future__ import spam')
check('import os\nfrom __future__ import annotations')
check('from __future__ import annotations\nx: int')
check('def g():\n  global y\n  y: int')
check('def g():\n  y = 1\n  global y')
check('def g():\n  print(y)\n  global y')
check('def g(y):\n  global y')
check('match x:\n  case _:\n    pass\n  case 1:\n    pass')
check('match x:\n  case [a, *b, *c]:\n    pass')
check('match x:\n  case {"a": 1, "a": 2}:\n    pass')
check('match x:\n  case C(a=1, a=2):\n    pass')
check('match x:\n  case a | [a]:\n    pass')
check('match x:\n  case [a] | (b,):\n    pass')
for s in ['', '   ']:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), e)
