# str.isidentifier and keywords-ish strings
for s in ['abc', '_x', 'x1', '1x', '', 'a b', 'class', 'caf\u00e9', '\u00e9t\u00e9', 'a-b',
          '__init__', 'A', '_', '\u03c0', 'x\u0301', '$x', 'tab\t']:
    print(repr(s), s.isidentifier())
names = ['valid_name', 'ValidName', '_private', '__dunder__', 'with space', '9lives', 'lives9', '']
print([n for n in names if n.isidentifier()])
print(sum(1 for n in names if not n.isidentifier()))
print('x'.isidentifier(), 'X_1'.isidentifier(), '1_X'.isidentifier())
print('None'.isidentifier(), 'True'.isidentifier(), 'def'.isidentifier())
def valid_attr(name):
    return name.isidentifier() and not name.startswith('__')
print([valid_attr(n) for n in ('a', '__a', 'a b', '_a')])
class O:
    pass
o = O()
for n in ('good', 'also_good'):
    if n.isidentifier():
        setattr(o, n, len(n))
print(o.good, o.also_good)
