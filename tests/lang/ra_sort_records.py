from functools import cmp_to_key
import functools

records = [
    ("alice", 34, 72000.5, "eng"),
    ("bob", 28, 55000.0, "ops"),
    ("carol", 45, 99000.0, "eng"),
    ("dave", 28, 61000.25, "sales"),
    ("eve", 39, 72000.5, "ops"),
    ("frank", 51, 45000.0, "sales"),
]

print("by age:", [r[0] for r in sorted(records, key=lambda r: r[1])])
print("by salary desc, name:", [r[0] for r in sorted(records, key=lambda r: (-r[2], r[0]))])
print("by dept then age desc:")
for r in sorted(sorted(records, key=lambda r: r[1], reverse=True), key=lambda r: r[3]):
    print("  %-6s %3d %10.2f %s" % r)

def cmp(a, b):
    if a[3] != b[3]:
        return -1 if a[3] < b[3] else 1
    return (a[2] > b[2]) - (a[2] < b[2])

print([r[0] for r in sorted(records, key=cmp_to_key(cmp))])
k = cmp_to_key(cmp)
print(k(records[0]) < k(records[1]), k(records[0]) == k(records[0]))
try:
    hash(k(records[0]))
except TypeError as e:
    print("TypeError:", e)

class Emp:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"Emp({self.name!r}, {self.age})"

emps = [Emp(r[0], r[1]) for r in records]
emps.sort(key=lambda e: e.age)
print(emps)
try:
    sorted(emps)
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") >= Version("1.1"), Version("1.2") <= Version("1.1"))

# stability
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((5, 3, 9)))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1,2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [5, 2, 8]
print(lst.sort(), lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
