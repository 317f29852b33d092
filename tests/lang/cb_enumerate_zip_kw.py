def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
T(lambda: list(enumerate(iterable='ab')))
T(lambda: list(enumerate('ab', start=1)))
T(lambda: list(enumerate(iterable='ab', start=1)))
T(lambda: list(enumerate(start=1, iterable='ab')))
T(lambda: list(enumerate(start=1, x=2)))
T(lambda: list(enumerate(x=2, start=1)))
T(lambda: list(enumerate(iterable='ab', x=1)))
T(lambda: list(enumerate(**{})))
T(lambda: list(enumerate('a', 'b')))
T(lambda: list(zip([1], [2], strict=True, x=1)))
T(lambda: list(zip([1], x=1)))
T(lambda: list(zip([1], strict=True)))
