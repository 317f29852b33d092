def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# str() constructor and conversions
t(lambda: str(b"abc", errors="ignore"))
t(lambda: str(b"\xffabc", "ascii", "ignore"))
t(lambda: str(encoding="utf-8"))
t(lambda: str(b"", "utf-8"))
t(lambda: str(1, encoding="utf-8"))
t(lambda: str("x", errors="strict"))
t(lambda: str([], "utf-8"))
t(lambda: str(bytearray(b"ab"), "latin-1"))
t(lambda: str(b"abc", None))
t(lambda: str(b"abc", "utf-8", None))
t(lambda: str(3.0))
t(lambda: str(-0.0))
t(lambda: str(1e22))
t(lambda: str(1.5e-7))
t(lambda: str(2**100))
t(lambda: str(1+0j))
t(lambda: str(range(3)))
t(lambda: str(slice(1, 2)))
t(lambda: str(type))
t(lambda: str(str))
t(lambda: str(ValueError("boom")))
t(lambda: str(KeyError("k")))
t(lambda: str(ValueError()))
t(lambda: str(ValueError(1, 2)))
t(lambda: repr(ValueError("it's")))
t(lambda: str({1: "a"}))
t(lambda: str({"a", } ))
t(lambda: str(frozenset()))
t(lambda: str(set()))
t(lambda: str(()))
t(lambda: str((1,)))
t(lambda: str([[]]))
t(lambda: repr(""))
t(lambda: repr("'"))
t(lambda: repr('"'))
t(lambda: repr("'\""))
t(lambda: repr("\\'"))
t(lambda: str.__new__(str, "q"))
t(lambda: str.__new__(int, "q"))
t(lambda: str.__new__(1))
class S(str): pass
t(lambda: str.__new__(S, "q"))
t(lambda: type(str.__new__(S, "q")).__name__)
t(lambda: S("abc") + S("d"))
t(lambda: type(S("abc") + S("d")).__name__)
t(lambda: type(S("abc") * 2).__name__)
t(lambda: type(S("abc").strip()).__name__)
t(lambda: type(S("").join(["a"])).__name__)
t(lambda: type("".join([S("a")])).__name__)
t(lambda: type(S("a").replace("x", "y")).__name__)
t(lambda: type(S("ab").split()[0]).__name__)
t(lambda: type(S("a")[0]).__name__)
t(lambda: type(S("a").__str__()).__name__)
t(lambda: type(format(S("a"))).__name__)
t(lambda: type("%s" % S("a")).__name__)
t(lambda: type(f"{S('a')}").__name__)
t(lambda: type(S("a").center(1)).__name__)
t(lambda: type(S("a").ljust(1)).__name__)
t(lambda: type(S("a").zfill(1)).__name__)
t(lambda: type(S("a").lower()).__name__)
t(lambda: type(S("a").expandtabs()).__name__)
t(lambda: type(S("a").removeprefix("")).__name__)
t(lambda: type(S("a").translate({})).__name__)
t(lambda: type(str(S("a"))).__name__)
t(lambda: S("a") == "a", )
t(lambda: S("b") > "a")
t(lambda: isinstance(S("a"), str))
t(lambda: S.__mro__)
t(lambda: S("x").__class__.__name__)
class S3(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
t(lambda: S3("a") == "b")
t(lambda: "b" == S3("a"))
t(lambda: "b" in [S3("a")])
t(lambda: S3("a") in {"a": 1})
t(lambda: "bab".count(S3("a")))
t(lambda: "bab".split(S3("a")))
try:
  print("a".find(None))
except Exception as e: print('"a".find(None)', type(e).__name__, e)
try:
  print("a".count(None))
except Exception as e: print('"a".count(None)', type(e).__name__, e)
try:
  print("a".replace(None,""))
except Exception as e: print('"a".replace(None,"")', type(e).__name__, e)
try:
  print("a".removeprefix(None))
except Exception as e: print('"a".removeprefix(None)', type(e).__name__, e)
try:
  print("a".encode(None))
except Exception as e: print('"a".encode(None)', type(e).__name__, e)
try:
  print("a".split(1))
except Exception as e: print('"a".split(1)', type(e).__name__, e)
try:
  print("a".strip(1))
except Exception as e: print('"a".strip(1)', type(e).__name__, e)
try:
  print("a".join([None]))
except Exception as e: print('"a".join([None])', type(e).__name__, e)
try:
  print("a".startswith(None))
except Exception as e: print('"a".startswith(None)', type(e).__name__, e)
try:
  print("a".partition(None))
except Exception as e: print('"a".partition(None)', type(e).__name__, e)
try:
  print(b"a".find(None))
except Exception as e: print('b"a".find(None)', type(e).__name__, e)
try:
  print(b"a".split(None, None))
except Exception as e: print('b"a".split(None, None)', type(e).__name__, e)
try:
  print("a".center(3, None))
except Exception as e: print('"a".center(3, None)', type(e).__name__, e)
try:
  print("a".expandtabs(None))
except Exception as e: print('"a".expandtabs(None)', type(e).__name__, e)
try:
  print("a".zfill(None))
except Exception as e: print('"a".zfill(None)', type(e).__name__, e)
try:
  print(b"a".decode(None))
except Exception as e: print('b"a".decode(None)', type(e).__name__, e)
try:
  print(b"a".join([None]))
except Exception as e: print('b"a".join([None])', type(e).__name__, e)
try:
  print(bytes("a", None))
except Exception as e: print('bytes("a", None)', type(e).__name__, e)
try:
  print("a" + None)
except Exception as e: print('"a" + None', type(e).__name__, e)
try:
  print(b"a".replace(None, b""))
except Exception as e: print('b"a".replace(None, b"")', type(e).__name__, e)
try:
  print(b"a".strip(1))
except Exception as e: print('b"a".strip(1)', type(e).__name__, e)
try:
  print(b"a".center(3, None))
except Exception as e: print('b"a".center(3, None)', type(e).__name__, e)
