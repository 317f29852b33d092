# list methods
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'first'); print(l)
l.insert(100, 'last'); print(l)
l.insert(-1, 'beforelast'); print(l)
l.insert(-100, 'veryfirst'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(4), l.index(1), l.count(1), l.count('zz'))
print(l.index(9, 2), l.index(5, -4))
l2 = l.copy(); l2.append('copy'); print(len(l), len(l2))
l.reverse(); print(l)
l.clear(); print(l)
nums = [5, 2, 8, 1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
print(nums.sort())
print(len([]), len([[]]), [] == [], [1] * 0)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [].insert(), lambda: [].sort(1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
a.extend(a); print(a)
a += a; print(a)
b = list(range(5))
b.extend(range(5, 8))
print(b, list('xy'), list((1, 2)), list({'k': 1}), list())
