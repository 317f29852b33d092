from collections import UserDict, UserList, UserString
class D(UserDict):
    def __missing__(self, k):
        return k * 2
d = D(a=1); d['b'] = 2
print(d, d['zz'], len(d), 'a' in d, d.get('q'), list(d.items()), d | {'c': 3}, {'x': 0} | d)
d2 = d.copy(); d2['a'] = 9; print(d, d2, type(d2).__name__, D.fromkeys('xy', 0))
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper({'a': 1}, b=2); print(u, u.pop('A'), u)
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l), l == [0, 1, 2, 3], 2 in l)
l += (5,); l.extend(UserList([6])); print(l, l.pop(), l.index(5), l.count(1), l.reverse() or l)
s = UserString("Hello World")
print(s, repr(s), s.upper(), type(s.lower()).__name__, s[0:5], s + "!", "> " + s, s * 2, len(s), "World" in s, s.split(), s.replace("l", "L"), s.isalpha(), s.center(15, "*"), s.find("o"), s.startswith("He"), hash(s) == hash("Hello World"), s == "Hello World", s < "a")
print("%s!" % s, s.strip("Hd"), s.title(), s.zfill(13))
