# Float error paths
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1.0 / 0)
show(lambda: 1 / 0.0)
show(lambda: 0.0 / 0.0)
show(lambda: 5.0 // 0)
show(lambda: 5.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: (-8.0) ** 0.5 == (-8.0) ** 0.5)
show(lambda: 2 ** 5000 * 1.0)
show(lambda: float('abc'))
show(lambda: float(''))
show(lambda: float('1.2.3'))
show(lambda: float([]))
show(lambda: float('1e500'))
show(lambda: int(1e308 * 10))
show(lambda: 1.5 << 1)
idx = 1.0
show(lambda: [1, 2][idx])
show(lambda: 'ab' * 1.5)
show(lambda: range(1.5))
show(lambda: float('0x10'))
show(lambda: 1e308 + 1e308)
