# Huge repeat counts and indexes: OverflowError / IndexError as CPython, not MemoryError.
for expr in ["[1] * 2**100", "[0] * -(2**70)", "'a' * 2**100", "(1,) * 2**64", "b'x' * 2**100", "[1].pop(2**100)", "[1][2**100]", "'abc'[2**100]", "range(10)[2**100]"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
