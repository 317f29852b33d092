inv = {"apple": 3, "banana": 0, "cherry": 7}
keys = inv.keys(); vals = inv.values(); items = inv.items()
print(keys, vals, items)
inv["date"] = 2
del inv["banana"]
print(list(keys), list(vals), len(items), "date" in keys, ("apple", 3) in items, 7 in vals)
print(keys & {"apple", "zzz"}, sorted(keys | {"x"}), sorted(keys - {"apple"}), sorted(keys ^ {"apple", "q"}))
print(items & {("apple", 3)}, keys == {"apple", "cherry", "date"}, keys.isdisjoint(["q"]))
print(list(reversed(inv)), list(reversed(inv.items())), list(reversed(inv.values())))
try:
    for k in inv:
        inv[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(inv)
try:
    for k in inv:
        del inv[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict.fromkeys("abc", 0)
d.update({"b": 5}, c=9)
d |= {"e": 1}
print(d, d | {"a": -1}, {"z": 0} | d)
print(d.setdefault("f", []), d.setdefault("a", 100), d.pop("zz", "dflt"), d.popitem(), d)
o = {}
for word in "one two three two one four".split():
    o[word] = o.get(word, 0) + 1
print(o, list(o)[0], max(o, key=o.get))
print({v: k for k, v in o.items()}, dict(sorted(o.items(), key=lambda kv: kv[1])))
d1 = {1: "a", 2: "b"}
d2 = {2: "b", 1: "a"}
print(d1 == d2, list(d1) == list(d2), d1.items() == d2.items(), d1.values() == d1.values())
print(repr({}.keys()), repr({1: {2: {}}}), {(1, 2): [3]}, {1: 1, True: 2, 1.0: 3})
r = {}
r["self"] = r
print(r)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, {"e": 2}]
print(nested, nested["a"]["b"].get("d")[1]["e"])
class Cfg(dict):
    def __missing__(self, key):
        return f"<{key}>"
c = Cfg(x=1)
print(c["x"], c["y"], c.get("y"), "y" in c, c)
class Multi(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, self.get(k, ()) + (v,))
m = Multi()
m["a"] = 1; m["a"] = 2; m["b"] = 3
print(m, len(m), type(m).__name__, isinstance(m, dict))
s1 = {1, 2, 3, 4}; s2 = {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1 >= {1}, s1.issuperset([1, 2]))
print(s1.union([9], (8,)), s1.intersection(s2, {4}), s1.difference([1], [2]), s1.symmetric_difference([1, 10]))
s3 = set(s1); s3 |= {7}; s3 &= {1, 7, 2}; s3 -= {1}; s3 ^= {100, 2}
print(s3, frozenset([1, 2]) | {3}, {3} | frozenset([1]), type(frozenset() | set()).__name__)
print(sorted({x % 5 for x in range(20)}), {frozenset({1}): "fs"}[frozenset([1])], set() == frozenset())
print(repr(set()), repr(frozenset()), frozenset({1}), {(): 1})
s = {5, 6}
s.discard(99); s.update("ab", [1])
print(sorted(s, key=str), len(s), s.copy() == s, s.isdisjoint({1}))
print(sorted(map(len, [{1}, set(), {1, 2, 2}])))
lst = list(range(10))
print(lst[::-1], lst[::3], lst[-3:], lst[:-7:-2], lst[100:], lst[-100:2], lst[8:2:-2])
lst[2:5] = ["a"]
print(lst)
lst[::2] = "ABCDE"
print(lst)
del lst[::3]
print(lst)
lst[1:1] = [0, 0]
lst[len(lst):] = [99]
print(lst, lst[slice(1, 4)], slice(1, 4).indices(2), slice(None, None, -1).indices(5))
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
t = tuple(range(8))
print(t[1:6:2], t[::-1][:3], "hello world"[::-1], "hello"[1:-1], t[-1:-9:-3], range(10)[2:8:3])
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b, b * 2, [0] * -1, 2 * (1,))
