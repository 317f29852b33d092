# Iteration order of sets built by displays matches CPython's: a display of
# constants is a constant frozenset merged into a new set; `{*it}` merges.
t = (100, 200, 300, 8, 16)
print({100, 200, 300, 8, 16})
print({*t}, {*frozenset(t)}, {*list(t)})
print({*t, 7, 64}, {1, *t})
s = set()
s.update(frozenset(t))
print(s)
print({33, 1, 65, 97, 129}, {"a", "b"} == {"b", "a"})
print({x * 8 for x in (5, 1, 3)})
print({1.5, 2.5, 100.0, 8.0}, {-1, -2, 7, 15})
