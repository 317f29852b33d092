# lst[i] and lst[i] = v through the eval loop's fast paths
def f():
    a = [1.5, 2.5, "s", None, [1]]
    i = 1
    print(a[0], a[i], a[-1], a[-5])
    a[0] = a[0] * 2
    a[i] += 1.0
    a[-1] = 7
    print(a)
    for bad in (5, -6, 2**70):
        try:
            print(a[bad])
        except IndexError as e:
            print("IndexError", e)
        try:
            a[bad] = 0
        except IndexError as e:
            print("IndexError", e)
    v = [0.0] * 3
    for k in range(5):
        v[k % 3] += 0.5 * k
    print(v)
    b = a
    b[1] = 1
    print(a is b, a[1])
    class L(list):
        def __getitem__(self, k):
            return ("sub", k)
    s = L([1, 2])
    print(s[0], s[-1])
f()
