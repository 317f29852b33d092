# Dropping a suspended generator closes it: its finally block runs.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
g = gen()
print(next(g))
del g
print("after del")
def reader():
    try:
        while True:
            yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
r = reader(); next(r)
r = None
print("end")
