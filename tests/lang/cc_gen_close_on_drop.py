# a suspended generator is closed (its finally runs) when it is dropped
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
    break
print('after loop')
g = gen()
next(g)
del g
print('after del')
