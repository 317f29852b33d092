# Instruction sequences the eval loop runs fused (LOAD_FAST + x,
# LOAD_CONST + IS_OP) and jumps threaded through other jumps: they must
# behave exactly as the unfused sequences, errors included.


def pair_unbound(flag):
    if flag:
        b = 2
    a = 1
    return a, b


print(pair_unbound(True))
try:
    pair_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def contains(a, b):
    return a in b, a not in b, 3 in b, 3 not in b


print(contains(1, [1, 2]))
print(contains(5, {5: 1}))
print(contains(3, (3,)))
for a, b in ((1, 5), (1, "xyz")):
    try:
        contains(a, b)
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        if x == "boom":
            raise ValueError("no " + x)
        return x in self.items


def box_has(b, x):
    if x in b:
        return "yes"
    return "no"


bx = Box([1, 2])
print(box_has(bx, 1), box_has(bx, 3))
try:
    box_has(bx, "boom")
except ValueError as e:
    print("ValueError:", e)


def unbound_in():
    try:
        return q in [1]
    finally:
        pass
    q = 1


try:
    unbound_in()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def is_checks(x):
    out = []
    out.append(x is None)
    out.append(x is not None)
    out.append(x is True)
    out.append(x is ...)
    if x is None:
        out.append("none")
    elif x is not False:
        out.append("not false")
    return out


for v in (None, True, False, ..., 0, "s"):
    print(repr(v), is_checks(v))


class P:
    def __init__(self):
        self.v = 0

    def bump(self):
        self.v += 1
        return self.v


def method_unbound():
    p = P()
    p.bump()
    del p
    return p.bump()


def store_unbound():
    p = P()
    del p
    p.v = 3


for fn in (method_unbound, store_unbound):
    try:
        fn()
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError:", e)

p = P()
print(p.bump(), p.bump(), vars(p))


def threaded(n):
    # `continue` jumps straight back to the loop head; `and`/`or` chains
    # skip the intermediate tests
    seen = []
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 10 and i % 2 and i < 16:
            seen.append(("and", i))
            continue
        while i > 0:
            i -= 4
            if i % 2:
                continue
            seen.append(("w", i))
    return seen


print(threaded(18))
print([x or y and z for x in (0, 1) for y in (0, 2) for z in (0, 3)])
print([x and y or z for x in (0, 1) for y in (0, 2) for z in (0, 3)])
k = 0
while True:
    k += 1
    if k < 50:
        continue
    break
print(k)


def bool_chains(a, b, c):
    # a comparison / `not` / `is` feeding JUMP_IF_*_OR_POP keeps its bool
    return (not a and b, not a or c, a is None and b, a is not None or c,
            a == 1 and c, a in (1, 2) or b, not b and not c, a is b)


for args in ((None, 0, ""), (1, [], 3), (2, "x", 0), (0, 0, 0)):
    print(bool_chains(*args))


# o[k] op= v: the load and the store run fused with the stack shuffles
a = [1, 2.5, "s", [1]]
a[0] += 1
a[1] *= 2
a[2] += "t"
a[3] += [2]
a[-1] += [3]
print(a)
dd = {"k": 1}
dd["k"] += 5
print(dd)


class L(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


ll = L([1, 2])
ll[1] += 10
print(ll)
for target, idx in (((1, 2), 0), (a, 10), (a, "x")):
    try:
        target[idx] += 1
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


# a local tested by a jump; a fused result stored straight into a local
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


def truth(x):
    if x:
        r = "T"
    else:
        r = "F"
    while x:
        return r + "w"
    return r


for v in (0, 1, -1, True, False, None, 2 ** 70, 0.0, "", "x", [], [0], B(True), B(False)):
    print(repr(v) if not isinstance(v, B) else "B", truth(v))
try:
    truth(B(None))
except ValueError as e:
    print("ValueError", e)


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def stores():
    y = D(1)
    a, b = 2, 3
    y = a + b
    print("after binop store", y)
    lst = [D(2), 7]
    z = D(3)
    z = lst[1]
    print("after subscr store", z)
    q = 1.5
    q = q * 2
    return y, z, q


print(stores())
