nums = list(range(1, 21))
evens = filter(lambda n: n % 2 == 0, nums)
squares = map(lambda n: n * n, evens)
print(list(squares), list(squares))
print(list(zip("abc", range(10), [True, False, None])))
print(list(enumerate("xyz", start=10)), dict(enumerate("ab")))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(str.upper, ["a", "b"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0])))
print(sum(x for x in nums if x % 3 == 0), min(nums, key=lambda n: abs(n - 7.4)))
print(max("apple", "Banana", "cherry", key=str.lower), max([], default="empty"))
print(min((3, "c"), (1, "z"), (1, "a")), max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
print(any(n > 19 for n in nums), all(n > 0 for n in nums), any([]), all([]))
it = iter(nums)
print(next(it), next(it), list(zip(it, it))[:3])
print(list(reversed(nums))[:5], list(reversed(range(5))), list(reversed("abc")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
ns, names = zip(*pairs)
print(ns, names)
print(sorted(zip(names, ns)), list(zip()), list(zip([1, 2], [])))
gen = (w.upper() for w in ["a", "b"])
print(next(gen), next(gen), next(gen, "done"))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", repr(e))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(nums, 6)))
def pipeline(data, *funcs):
    for f in funcs:
        data = f(data)
    return data
print(pipeline(nums, lambda d: (x for x in d if x % 2), lambda d: map(lambda x: x * 10, d), list))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 11))))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "ab"])))
m = map(int, "1 2 x 4".split())
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
e = enumerate(["a", "b"])
print(type(e).__name__, iter(e) is e, next(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
for bad in (lambda: iter(5), lambda: next([1]), lambda: map(), lambda: list(map(None, [1])),
            lambda: enumerate(1), lambda: reversed({1: 2}.keys()) and 0, lambda: reversed(x for x in []),
            lambda: max(), lambda: max([]), lambda: min(1), lambda: sum(["a", "b"]), lambda: sum([[1], [2]], []),
            lambda: filter(lambda: 1, [1]).__next__(), lambda: sorted(1), lambda: zip(1)):
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
print(list(map(lambda *a: a, [1, 2], "xyz")), sum([0.1] * 10), sum(range(5), 100))
sq = [x * x for x in range(5)]
print(sq.__iter__().__length_hint__(), len(list(iter(sq))), list(iter(iter(sq))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), sorted(Countdown(3)), 3 in Countdown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), list(zip(Seq(), Seq())))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 3, 2, 1]
print(list(calls))
