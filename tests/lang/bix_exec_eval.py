# exec, eval and compile with explicit and implicit namespaces.
print(eval('1 + 2 * 3'), eval('  x + 1', {'x': 41}), eval(b'[1, 2][-1]'))
ns = {}
exec('a = 5\nb = a * 2\ndef f(n):\n    return n + b\n', ns)
print(ns['a'], ns['b'], ns['f'](1), '__builtins__' in ns)
g = {'y': 10}
loc = {}
exec('z = y + 1', g, loc)
print(loc, 'z' in g)
print(eval('y * 2', g), eval('y + w', g, {'w': 1}))
print(exec('1 + 1'), eval('len("abc")'))

x_global = 'module level'


def use_defaults():
    v = 'local value'
    return eval('v + " / " + x_global')


print(use_defaults())
exec('x_global = "changed by exec"')
print(x_global)

code = compile('3 * 7', '<expr>', 'eval')
print(eval(code), type(code).__name__)
code = compile('out = [i * i for i in range(4)]', '<stmts>', 'exec')
d = {}
exec(code, d)
print(d['out'])
print(eval(compile('q', 'f', 'eval'), {'q': 'q-value'}))


class Mapping:
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)


print(eval('magic + 1', {}, Mapping()))

try:
    eval('undefined_name')
except NameError as e:
    print('NameError:', e)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError raised')
print(eval('__builtins__ is not None'), eval('abs(-3)', {}))
