# Multiple closures sharing the same cell
def pair():
    shared = [0]
    val = 0
    def setv(x):
        nonlocal val
        val = x
    def getv():
        return val
    def push(x):
        shared.append(x)
    def peek():
        return shared[-1]
    return setv, getv, push, peek
setv, getv, push, peek = pair()
setv(42)
print(getv())
push('z')
print(peek())
s2, g2, _, _ = pair()
s2(7)
print(getv(), g2())
def counter_bank():
    total = 0
    def make(step):
        def tick():
            nonlocal total
            total += step
            return total
        return tick
    return make
make = counter_bank()
t1 = make(1)
t10 = make(10)
print(t1(), t10(), t1(), t10())
print(len(t1.__closure__), len(t10.__closure__))
