# Assignment expressions (walrus)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
print(n)
i = 0
while (i := i + 1) < 4:
    print('loop', i)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
print((a := 5) + a)
def f():
    if (m := 10) > 5:
        return m * 2
print(f())
vals = {'k': 1}
if (v := vals.get('k')) is not None:
    print('found', v)
if (v := vals.get('z')) is None:
    print('missing', v)
print([(w := c.upper()) + w for c in 'ab'])
print(w)
