# A grab bag of syntax forms used together in a small inventory program.
from typing import Optional

class Item:
    count: int = 0
    def __init__(self, name: str, price: float, tags: Optional[list] = None, /, *, qty: int = 1) -> None:
        self.name, self.price, self.tags, self.qty = name, price, tags or [], qty
        Item.count += 1
    def __repr__(self) -> str:
        return f'Item({self.name!r}, {self.price:.2f}, tags={self.tags}, qty={self.qty})'

inventory = [
    Item("lamp", 19.99, ["home", "light"], qty=3),
    Item("desk", 149.5, ["home", "office"]),
    Item("pen", .99, qty=100),
    Item('chair', 89., ['office'], qty=4),
]
print(Item.count, inventory[2])

total = sum(i.price * i.qty for i in inventory)
by_tag = {}
for it in inventory:
    for t in it.tags or ["untagged"]:
        by_tag.setdefault(t, []).append(it.name)
print(f"total = {total:,.2f}", {k: sorted(v) for k, v in sorted(by_tag.items())})

cheap = [i.name for i in inventory if i.price < 20 if i.qty > 1]
price_of = {i.name: i.price for i in inventory}
tagset = {t for i in inventory for t in i.tags}
print(cheap, price_of["desk"], sorted(tagset))

first, *middle, last = sorted(inventory, key=lambda i: i.price)
print(first.name, [m.name for m in middle], last.name)
(a, b), c, *_ = ("xy", 3, 4, 5)
print(a, b, c)
for idx, (name, (lo, hi)) in enumerate([("r1", (1, 5)), ("r2", (7, 9))], start=1):
    print(idx, name, lo <= 4 < hi, 1 < lo <= hi, lo == hi != 0)

def call_all(*fns, **kw):
    return [f(**kw) for f in fns]
print(call_all(lambda **k: len(k), lambda x=0, **k: x * 2, x=21))
args = [1, 2]
more = {"sep": "|", "end": "!\n"}
print(*args, *"ab", **more)
print(*[x ** 2 for x in range(4)], sep=", ")
merged = {**{"a": 1, "b": 2}, "b": 3, **dict(c=4)}
print(merged, [*range(3), *"hi"], (*args, 9), {*args, 2, 3})

data = iter([4, 7, 0, 2, 9])
seen = []
while (n := next(data, None)) is not None and n != 0:
    seen.append(n)
print(seen, n, [y for x in range(6) if (y := x * x) % 2])

long_expr = (1 +
             2 +
             3)
joined = "a" \
         "b" 'c' """d"""
print(long_expr, joined, f"{'nested'} {"x" if False else 'y'}" if False else f"{'nested'}")
text = """line one
    line "two"
line 'three'\
 continued"""
print(text.splitlines(), r"raw\n\t", b"\x41\102", "\N{BULLET} \u00e9 \U0001F600", len("\N{BULLET}"))
x = 5
print(f"{x!r:>4}|{x:{'>'}{x}}|{x:#06x}|{'%s' % x}|{x if x > 3 else -x}|{[x] * 2}|{ {x: x} }|{(lambda: x)()}")
print(f"""multi
{x + 1} line""", f'{"a" "b"}', f"{'{'}{'}'}", f"{x=}, {x * 2 = }, {x!s:^5}|")
print(0x_FF, 0o17, 0b1010_1010, 1_000_000, 1e3, 1E-2, 3j, 1.5e+2j, .5, 5., 0_0)
print(not 1 == 2, not (1 and 0), 1 if 0 else 2 if 1 else 3, [] or {} or "x", 0 and 1 / 0, None or 0)
print(type(...).__name__, ... is Ellipsis, [1, 2, 3][::-1][1:], "abcdef"[-3::2], (1, 2, 3)[1:99])
del inventory[1:3]
print([i.name for i in inventory])
try:
    pass
finally:
    print("finally")
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
w = 0
while w < 3:
    w += 1
else:
    print("while else", w)
class Empty: ...
print(isinstance(Empty(), Empty), Empty.__name__, Empty.__qualname__)
def outer_fn():
    class Inner:
        def meth(self):
            return type(self).__qualname__
    return Inner().meth()
print(outer_fn(), outer_fn.__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
assert isinstance(total, float), "total must be float"
if __name__ == "__main__":
    print("main", __name__)
