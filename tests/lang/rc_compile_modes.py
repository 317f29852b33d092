# compile()/eval() error positions in eval and single modes, and hash of empty str/bytes.
def T(f):
    try:
        r = f()
        print(type(r).__name__)
    except SyntaxError as e:
        print("SyntaxError:", e, "|", e.lineno, e.offset, repr(e.text))

T(lambda: eval(''))
T(lambda: eval('   '))
T(lambda: eval('\n'))
T(lambda: eval('\n\n'))
T(lambda: eval('#comment'))
T(lambda: eval('1 +'))
T(lambda: eval('1 2'))
T(lambda: compile('a\nb', 'f', 'single'))
T(lambda: compile('a = 1; b = 2', 'f', 'single'))
T(lambda: compile('if 1:\n  pass\nx', 'f', 'single'))
T(lambda: compile('x\n\n', 'f', 'single'))
T(lambda: compile('', 'f', 'single'))
T(lambda: compile('\n', 'f', 'single'))
T(lambda: compile('#x\n', 'f', 'single'))
T(lambda: compile('', 'f', 'exec'))
T(lambda: compile('1 2', 'f', 'exec'))
T(lambda: compile('x = (1,', 'f', 'exec'))
print(hash(''), hash(b''), hash('') == hash(b''), {'': 1}[''])
print(eval(' 1 + 2'), eval('[x * 2 for x in range(3)]'))
