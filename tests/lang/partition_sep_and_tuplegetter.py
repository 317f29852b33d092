# bytes.partition hands back the separator object; namedtuple field repr
from collections import namedtuple
s = bytearray(b",")
r = b"a,b".partition(s)
print(r, r[1] is s, b"a,b".rpartition(s)[1] is s)
print(bytearray(b"a,b").partition(b","), b"ab".partition(b","), b"ab".rpartition(b","))
P = namedtuple("P", "x y")
print(P.x, P.y, P(1, 2).x)
