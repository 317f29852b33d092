# range negative steps, empty ranges and errors
print(list(range(10, -1, -3)), list(range(-1, -10, -2)), list(range(0, -5, -1)))
print(list(range(5, 5, -1)), list(range(0, 5, -1)), list(range(-5, 0, -1)))
print(range(10, 0, -3)[1], range(10, 0, -3)[-1], len(range(10, 0, -3)))
print(range(100, 0, -7)[2:5], list(range(100, 0, -7)[2:5]))
print(range(20, 0, -4)[::-1], list(range(20, 0, -4)[::-1]))
for bad in (lambda: range(0, 10, 0), lambda: range(1.5), lambda: range('a'), lambda: range(10)[10],
            lambda: range(10)[-11], lambda: range(5).index(7), lambda: range(), lambda: range(1, 2, 3, 4)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
r = range(0, 30, 5)
print(r.index(25), r.count(7), 15 in r, -5 in range(0, -30, -5))
print(list(range(3, -4, -2)), range(3, -4, -2)[::-1], list(range(3, -4, -2))[::-1])
print(len(range(-10, 10, -1)), len(range(10, -10, -1)), range(10, -10, -1)[19])
