# Augmented assignment for every operator
x = 10; x += 3; print(x)
x = 10; x -= 3; print(x)
x = 10; x *= 3; print(x)
x = 10; x /= 4; print(x)
x = 10; x //= 3; print(x)
x = 10; x %= 3; print(x)
x = 2; x **= 10; print(x)
x = 6; x &= 3; print(x)
x = 6; x |= 3; print(x)
x = 6; x ^= 3; print(x)
x = 1; x <<= 5; print(x)
x = 1000; x >>= 3; print(x)
s = 'ab'; s += 'cd'; print(s)
s = 'ab'; s *= 3; print(s)
l = [1]; alias = l; l += [2, 3]; print(l, alias, l is alias)
l = [1]; alias = l; l = l + [2]; print(l, alias)
l *= 2; print(l)
t = (1,); talias = t; t += (2,); print(t, talias)
f = 1.5; f *= 2; print(f)
st = {1, 2}; st |= {3}; print(st)
st &= {2, 3}; print(st)
st -= {3}; print(st)
st ^= {5}; print(st)
d = {'a': 1}; d |= {'b': 2}; print(d)
m = [0, 0]
i = 0
m[i] += 5
print(m)
class C: pass
c = C(); c.v = 1; c.v += 41; print(c.v)
dd = {'k': [1]}
dd['k'] += [2]
print(dd)
cnt = {'n': 0}
for _ in range(5):
    cnt['n'] += 2
print(cnt)
try:
    y = 'a'; y -= 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
