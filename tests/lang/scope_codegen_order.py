# Nested scopes (lambda, comprehension, genexp, def, class) in code the
# compiler emits out of the symbol table's order or more than once:
# finally bodies, except/else, augmented assignment.  These crashed once.
def process(items):
    try:
        return sum(items)
    finally:
        print("done:", [x * 2 for x in items])
print(process([1, 2, 3]))
items = [3, 1, 2]
try:
    total = sum(items)
finally:
    print(sorted(items, key=lambda v: -v))
print([x * 2 for x in items])
print([x * 3 for x in items])
def parse_all(values):
    out = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            print("bad:", [c for c in v if not c.isdigit()])
        else:
            out.append(n)
            print("ok:", sorted(out, key=lambda x: -x))
    return out
print(parse_all(["3", "x1", "7"]))
def f():
    a, b = "A", "B"
    try:
        pass
    except KeyError:
        g = lambda: a
    else:
        g = lambda: b + b
    return g()
print(f())
counts = {"A": 0}
words = ["A"]
counts[max(words, key=lambda w: len(w))] += sum(1 for _ in words)
print(counts)
d = {"A": 1}
a = "A"
d[(lambda: a)()] |= (lambda: 2)()
print(d)


def loop_finally(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append([j * i for j in range(2)])

            def inner():
                return i * 10

            out.append(inner())

            class K:
                v = i

            out.append(K.v)
    return out


print(loop_finally(5))


def ret_in_with_finally():
    try:
        with open(__file__) as fh:
            return (lambda: fh.readline()[:1])()
    finally:
        print("finally", sorted({x % 3 for x in range(5)}))


print(ret_in_with_finally())
