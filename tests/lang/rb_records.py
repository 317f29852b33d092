# Sorting records with keys, dataclass-like manual classes, report formatting
from functools import cmp_to_key, reduce

class Record:
    fields = ("name", "dept", "salary", "age")
    def __init__(self, *values, **kw):
        if len(values) > len(self.fields):
            raise TypeError(f"expected at most {len(self.fields)} values, got {len(values)}")
        for f, v in zip(self.fields, values):
            setattr(self, f, v)
        for k, v in kw.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if hasattr(self, k) and k in self.fields[:len(values)]:
                raise TypeError(f"duplicate value for {k!r}")
            setattr(self, k, v)
        missing = [f for f in self.fields if not hasattr(self, f)]
        if missing:
            raise TypeError("missing: " + ", ".join(missing))
    def __repr__(self):
        return "Record(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def replace(self, **kw):
        d = dict(zip(self.fields, self.astuple()))
        d.update(kw)
        return type(self)(**d)

rows = [Record("ann", "eng", 120000, 34), Record("bob", "ops", 85000, 45),
        Record("cat", "eng", 135000, 29), Record(name="dan", dept="ops", salary=85000, age=38),
        Record("eve", "sales", 70000, age=51)]
for r in sorted(rows, key=lambda r: (r.dept, -r.salary)):
    print(r)
print([r.name for r in sorted(rows, key=lambda r: r.salary, reverse=True)])
def by_salary_then_name(a, b):
    if a.salary != b.salary:
        return -1 if a.salary < b.salary else 1
    return (a.name > b.name) - (a.name < b.name)
print([r.name for r in sorted(rows, key=cmp_to_key(by_salary_then_name))])

depts = {}
for r in rows:
    depts.setdefault(r.dept, []).append(r)
print(f"{'dept':<6}|{'n':>3}|{'total':>10}|{'avg':>10}|{'oldest':>7}")
print("-" * 40)
for d in sorted(depts):
    rs = depts[d]
    total = sum(r.salary for r in rs)
    oldest = max(rs, key=lambda r: r.age)
    print(f"{d:<6}|{len(rs):>3}|{total:>10,}|{total / len(rs):>10.1f}|{oldest.name:>7}")
print(reduce(lambda acc, r: acc + r.age, rows, 0) / len(rows))
print(rows[1] == rows[1].replace(), rows[1] == rows[3], rows[0].replace(age=35))
print(rows[0] == "ann", rows[0] != 5)
for bad in [lambda: Record("x"), lambda: Record(1, 2, 3, 4, 5),
            lambda: Record("a", "b", 1, 2, nick="z"), lambda: Record("a", dept="b", salary=1, age=2, name="q")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
table = [r.astuple() for r in rows]
print(sorted(table, key=lambda t: t[2::-1])[0])
names = sorted((r.name for r in rows), key=len)
print(names, sorted(rows, key=lambda r: r.name)[-1].name)
print("%-5s %8.2f %s" % ("x", 3.14159, [1, 2]), "%(a)s-%(b)03d" % {"a": "id", "b": 7})
try:
    sorted(rows)
except TypeError as e:
    print("TypeError:", e)
