# Recursive pretty-printer for nested data (hand-written, no json module)
def dump(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        parts = []
        for k, v in obj.items():
            parts.append(pad + '  ' + quote(str(k)) + ': ' + dump(v, indent + 1))
        return '{\n' + ',\n'.join(parts) + '\n' + pad + '}'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + ', '.join(dump(v, indent + 1) for v in obj) + ']'
    if obj is None:
        return 'null'
    if isinstance(obj, bool):
        return 'true' if obj else 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    raise TypeError('cannot dump %s' % type(obj).__name__)
def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == '\\':
            out += '\\\\'
        elif ch == '\n':
            out += '\\n'
        elif ord(ch) < 32 or ord(ch) > 126:
            out += '\\u%04x' % ord(ch)
        else:
            out += ch
    return out + '"'
data = {'name': 'caf\u00e9 "quoted"', 'n': 3, 'pi': 3.14, 'ok': True, 'none': None,
        'list': [1, 'two', [3.0, False]], 'nested': {'a': {}, 'b': [], 'c': {'d': 'line\nbreak'}}}
print(dump(data))
try:
    dump({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
