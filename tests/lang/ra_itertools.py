import itertools as it
from itertools import product, permutations, combinations, groupby, islice, chain, accumulate
import operator
import bisect
import string

print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations(range(5), 3))[:4], list(it.combinations_with_replacement("ab", 2)))
print(list(islice(it.count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(islice(range(10), 3)))
print(list(chain([1, 2], "ab", (None,))), list(chain.from_iterable(["xy", "z"])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
people = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "dee")]
for dept, grp in groupby(people, key=operator.itemgetter(0)):
    print(dept, [p[1] for p in grp])
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.pairwise([1, 2, 4, 7])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(sum(1 for _ in combinations(range(10), 4)))
# subset sums via combinations
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, 4) for c in combinations(nums, r) if sum(c) == 9])
print(operator.add(2, 3), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("hi"))
recs = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(recs, key=operator.itemgetter("v", "n")))
scores = [55, 61, 70, 78, 85, 92]
grades = "FDCBA"
def grade(s):
    return grades[bisect.bisect([60, 70, 80, 90], s)]
print([grade(s) for s in scores])
sl = []
for v in [5, 1, 4, 1, 9]:
    bisect.insort(sl, v)
print(sl, bisect.bisect_left(sl, 1), bisect.bisect_right(sl, 1), bisect.bisect_left(sl, 100))
print(string.ascii_uppercase[:5], string.capwords("hello  big world"), "a" in string.ascii_letters)
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
