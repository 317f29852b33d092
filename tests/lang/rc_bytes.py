# bytes/bytearray encode/decode round trips, a tiny binary record format.
def pack_record(name, age, score):
    nb = name.encode("utf-8")
    return len(nb).to_bytes(1, "big") + nb + age.to_bytes(2, "little") + score.to_bytes(4, "big", signed=True)

def unpack_records(buf):
    pos = 0
    out = []
    while pos < len(buf):
        n = buf[pos]
        pos += 1
        name = buf[pos:pos + n].decode("utf-8")
        pos += n
        age = int.from_bytes(buf[pos:pos + 2], "little")
        pos += 2
        score = int.from_bytes(buf[pos:pos + 4], "big", signed=True)
        pos += 4
        out.append((name, age, score))
    return out

recs = [("Zoë", 31, -5), ("Bob", 250, 123456), ("日本", 7, 0), ("", 0, -2**31)]
blob = b"".join(pack_record(*r) for r in recs)
print(len(blob), blob[:12], blob.hex()[:30])
print(unpack_records(blob) == recs, unpack_records(blob))
print(blob.hex(" ", 4)[:40] if hasattr(blob, "hex") else "")

for s in ["hello", "naïve café", "€100", "😀 emoji", "\x00\x7f\x80"]:
    for enc in ("utf-8", "latin-1", "ascii", "utf-16", "utf-32"):
        try:
            b = s.encode(enc)
            back = b.decode(enc)
            print(f"{s!r:18} {enc:8} {len(b):3} {b[:8]!r} {back == s}")
        except UnicodeError as e:
            print(f"{s!r:18} {enc:8} {type(e).__name__}: {e}")

print("abc€".encode("ascii", "replace"), "abc€".encode("ascii", "ignore"),
      "abc€".encode("ascii", "xmlcharrefreplace"), "abc€".encode("ascii", "backslashreplace"))
print(b"a\xe9b".decode("utf-8", "replace"), b"a\xe9b".decode("latin-1"), b"a\xe9b".decode("utf-8", "backslashreplace"))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD"
ba.extend(b"!!")
ba += b"?"
del ba[-1]
print(ba, ba.upper(), ba.find(b"o"), ba.count(b"l"), bytes(ba).split())
ba.reverse()
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("W"))
print(ba, len(ba), ba.decode())
b = b"  key = value ; other=thing  "
pairs = dict(p.strip().split(b"=") for p in b.split(b";"))
print({k.strip(): v.strip() for k, v in pairs.items()})
print(b"-".join([b"a", b"bc", bytearray(b"d")]), b"abc" * 3, b"x" in b"xyz", 120 in b"xyz")
print(list(b"AZaz"), bytes(range(65, 70)), bytes(3), bytes([1, 2, 255]))
print(b"hello".replace(b"l", b"L", 1), b"Hello".swapcase(), b"abc".startswith((b"x", b"a")), b"a,b,,c".split(b","))
print(b"%s=%d (%.2f) %r" % (b"k", 7, 2.5, b"v"), b"%05x" % 255, b"%c%c" % (72, b"i"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), b"\x00\x01".hex("-"))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], b"abcdef"[::2], b"ab" < b"b", b"ab" == bytearray(b"ab"))
print(repr(b"'\"\t\n\\\x7f\x80"), repr(bytearray(b"'")), str(b"x"))
print(b"Title case words".title(), b"  pad".strip(), b"xxhixx".strip(b"x"), b"a\tb".expandtabs(4))
print(b"12".zfill(5), b"ab".center(6, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4))
print(b"abc".isalpha(), b"a1".isalnum(), b"123".isdigit(), b" ".isspace(), b"ABC".isupper(), b"".isalpha())
print(b"a b\nc".splitlines(), b"one two three".rsplit(None, 1), b"k:v:w".partition(b":"), b"k:v:w".rpartition(b":"))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(sum(b"checksum") % 256, hex(sum(b"checksum")), format(sum(b"x") & 0xff, "08b"))
print(bytes("héllo", "utf-8"), str(b"h\xc3\xa9llo", "utf-8"), ord(b"A"), chr(b"A"[0]))
