import sys
l = []
print(l.__sizeof__(), sys.getsizeof(l))
for i in range(10):
    l.append(i)
    print(i, l.__sizeof__())
print([0] * 10 .__sizeof__() if False else ([0] * 10).__sizeof__(), list(range(7)).__sizeof__())
print([x for x in range(5)].__sizeof__(), list((1, 2)).__sizeof__())
d = {}
print(d.__sizeof__(), sys.getsizeof(d))
for i in range(12):
    d[i] = i
    print(i, d.__sizeof__())
print({1: 2}.__sizeof__(), {"a": 1, "b": 2}.__sizeof__(), dict.fromkeys(range(20)).__sizeof__())
print(sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof({1: 2}))
d = {"a": 1}
d["b"] = 3
print(d.__sizeof__())
d.clear()
print(d.__sizeof__(), {}.__sizeof__())
l = list(range(100))
print(l.__sizeof__(), list("abcde").__sizeof__(), [None] * 3 .__sizeof__() if False else sys.getsizeof([None] * 3))
l2 = []
l2.extend((1, 2, 3))
print(l2.__sizeof__())
l2.extend([4, 5])
print(l2.__sizeof__())
