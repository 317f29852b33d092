import copy, functools
p = functools.partial(max, [3, 1])
print(copy.copy(p)(), copy.deepcopy(p)(), copy.deepcopy(functools.partial(sorted, key=len))(["aaa", "b"]))
q = functools.partial(pow, 2)
q.note = "x"
r = copy.copy(q)
print(r(10), r.note, r.args, r.keywords, r.func is pow)
