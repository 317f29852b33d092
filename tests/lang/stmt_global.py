# global statement
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(3):
    inc()
print(counter)
def make():
    global new_global
    new_global = 'created'
make()
print(new_global)
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
broken()
def g1():
    def g2():
        global counter
        counter = 100
    g2()
g1()
print(counter)
glist = []
def append_only():
    glist.append(1)
append_only()
print(glist)
