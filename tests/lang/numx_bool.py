# bool: the two singletons, arithmetic as 0/1, & | ^ staying bool,
# bool() conversion rules, and bool being final.

print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 10, -True, ~True, True / 2, True // 1, True % 1)
print(True & False, True | False, True ^ True, True & 3, 2 | True, type(True & 1).__name__)
print(True == 1, False == 0, True == 1.0, hash(True), hash(False))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ if hasattr(bool, "__mro__") else None)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"))
print(bool([]), bool([0]), bool({}), bool(None), bool(2**100), bool(float("nan")))
print(int(True), float(True), str(True + 0), format(True), format(True, "d"), format(False, "^7"))
print(f"{True:>6}|{False!r}|{True:x}")
print(True.bit_length(), True.to_bytes(1, "big"), abs(True), +True)
print(max(True, 0), sorted([True, False, 0, 1]), sum([True, True, False]))
d = {1: "int one", True: "bool one"}
print(d, len(d))

class Thing:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 3
print(bool(Thing()), bool(Sized()), not Thing())

try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
