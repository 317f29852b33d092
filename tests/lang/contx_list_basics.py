# list: methods, errors, operators
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend(x for x in 'ab')
l.insert(0, 0)
l.insert(-1, 'mid')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-3), l)
l.remove('mid')
print(l, l.index(2), l.count(2), l.index(5, 2), l.index(5, -10, -1))
l2 = l.copy()
l.clear()
print(l, l2, l2 is not l)
l2.reverse()
print(l2)
x = [1, 2]
y = x
x += [3]
x += (4,)
x += 'ab'
print(x, y is x)
x *= 2
print(x)
x *= 0
print(x, y)
z = [1, [2]] * 3
print(z, z[1] is z[3])
print([1, 2] + [3], [0] * 3, 3 * [0], [] * 10, [1] * -2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 5], [1, 2] != [1, 2])
print([1, 2] == (1, 2), [1.0] == [1])
print(2 in [1, 2, 3], 'x' in [1, 2], [1] in [[1]], None in [None])
print(list(), list('abc'), list((1, 2)), list({1: 2}), list(range(5)), list(reversed([1, 2, 3])))
print(bool([]), bool([0]))
e = []
for bad in ["e.pop()", "[1].pop(5)", "[1].pop(-2)", "[1].remove(2)", "[1].index(2)", "[1, 2].index(1, 1)",
            "e[0]", "e[-1]", "e['a']", "e[1.5]", "[1] + (1,)", "[1] * 1.5", "1.5 * [1]", "[1] * [1]",
            "e.append()", "e.append(1, 2)", "e.copy(1)", "e.insert(1)", "e.pop(1, 2)", "e.index()",
            "e.sort(1)", "e.sort(x=1)", "e.sort(reverse=None)", "hash([])", "[1] < 1", "[1] < ['a']",
            "list(1)", "list(1, 2)", "e.index(1, 'a')", "e.append(x=1)", "e.pop('a')", "e.insert('a', 1)"]:
    try:
        r = eval(bad)
        print(bad, 'no error', r)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
try:
    e[0] = 1
except IndexError as ex:
    print('setitem', ex)
try:
    del e[0]
except IndexError as ex:
    print('delitem', ex)
q = [1, 2, 3]
q[0] = 'a'
q[-1] = 'c'
del q[1]
print(q)
print(list.__hash__, [].__hash__)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), list(r))
print(type(iter([])).__name__, type([].__reversed__()).__name__)
big = list(range(1000))
print(sum(big), big[-1], len(big * 3), big.index(999), big.count(500))
nan = float('nan')
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
