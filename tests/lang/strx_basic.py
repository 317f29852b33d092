# str basics: construction, repr, indexing, slicing, operators, iteration.

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", repr(r))

print(str(), str(42), str(-3.5), str([1, 'a']), str(None), str(b'x'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('tab\there\nnew\rret\\ \x00\x7f\x1b'))
print(repr('café ñ 日本 \xa0 \xad \u200b \U0001F600 \ud800'))
s = 'hello, world'
print(len(s), s[0], s[-1], s[4], s[-5])
print(s[2:5], s[:5], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3], s[100:], s[5:2])
u = 'naïve café 日本語'
print(len(u), u[2], u[-1], u[6:10], u[::-1], u[::3], u[-3:], u[1:9:2])
for i in range(len(u)):
    print(u[i], end='|')
print()
print(list('abc'), list('é日'), [c for c in u if c > 'z'])
print('ab' + 'cd', 'ab' * 3, 3 * 'xy', 'a' * 0, 'a' * -2, '' * 5)
print('abc' < 'abd', 'abc' < 'ab', 'b' > 'abc', 'é' > 'z', 'a' == 'a', 'a' != 'b')
print('abc' <= 'abc', 'abc' >= 'abd', sorted(['b', 'é', 'a', 'Z', '日', 'aa']))
print('ell' in s, 'xyz' in s, '' in s, 'é' in u, '語' in u)
print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''), {'a': 1, 'b': 2}['b'])
print(bool(''), bool('x'), 'x' if 'a' else 'y')
it = iter('xyz')
print(next(it), next(it), next(it), next(it, 'done'))
print(''.join(reversed('stressed')))
print(str.__len__('abcd'), 'abc'.__contains__('b'), 'abc'.__getitem__(1))

class S(str):
    pass

t = S('sub')
print(t, len(t), t.upper(), type(t.upper()).__name__, t + 'x', isinstance(t, str))
print(repr(t), t == 'sub', hash(t) == hash('sub'), type(str(t)).__name__)

err(lambda: 'abc'[3])
err(lambda: 'abc'[-4])
key = 'x'
err(lambda: 'abc'[key])
fkey = 1.5
err(lambda: 'abc'[fkey])
err(lambda: 'abc' + 1)
err(lambda: 1 + 'abc')
err(lambda: 'abc' * 'x')
err(lambda: 'abc' * 1.5)
err(lambda: 1 in 'abc')
err(lambda: 'a' < 1)
err(lambda: str(b'\xff', 'utf-8'))
err(lambda: str('x', 'utf-8'))
err(lambda: str(1, 'utf-8'))
err(lambda: str(b'x', 'nope'))
