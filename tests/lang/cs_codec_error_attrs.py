def show(f):
    try:
        f()
        print("no error")
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
        print("  str:", e)
        print("  args:", e.args)
        print("  isinstance:", isinstance(e, ValueError), isinstance(e, UnicodeError))
show(lambda: "héllo".encode("ascii"))
show(lambda: "h€llo wörld".encode("latin-1"))
show(lambda: "ab\u1234\u1235cd".encode("ascii"))
show(lambda: "a\ud800".encode("utf-8"))
show(lambda: "a\ud800".encode("utf-16"))
show(lambda: "x\U0001f600".encode("ascii"))
show(lambda: b"ab\xffcd".decode("utf-8"))
show(lambda: b"ab\xe2\x82".decode("utf-8"))
show(lambda: b"\xc3\x28".decode("utf-8"))
show(lambda: b"abc\x80".decode("ascii"))
show(lambda: bytearray(b"\xff").decode())
show(lambda: b"abc".decode("utf-16"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32"))
show(lambda: str(b"\xfe", "utf-8"))
try:
    "é".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", e)
try:
    b"\x80".decode()
except UnicodeDecodeError as e:
    e.reason = "changed"
    print(e)
try:
    raise UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
def lines():
    data = "naïve café\nrésumé\n".encode("utf-8")
    for i, line in enumerate(data.split(b"\n")):
        try:
            print(i, line.decode("ascii"))
        except UnicodeDecodeError as e:
            print(i, "bad byte at", e.start, hex(line[e.start]), "->", line.decode("ascii", "replace"))
lines()
"é".encode("ascii")
