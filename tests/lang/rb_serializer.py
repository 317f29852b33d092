# A small JSON-like serializer/parser: type dispatch, recursion, custom errors
class SerializeError(TypeError):
    pass
class ParseError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class Serializer:
    def __init__(self, indent=None):
        self.indent = indent
        self.seen = set()
    def dumps(self, obj, level=0):
        method = getattr(self, "dump_" + type(obj).__name__, None)
        if method is None:
            if hasattr(obj, "__json__"):
                return self.dumps(obj.__json__(), level)
            raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")
        return method(obj, level)
    def dump_NoneType(self, o, level): return "null"
    def dump_bool(self, o, level): return "true" if o else "false"
    def dump_int(self, o, level): return str(o)
    def dump_float(self, o, level):
        if o != o or o in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot serialize {o!r}")
        return repr(o)
    def dump_str(self, o, level):
        out = ['"']
        for ch in o:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ord(ch) < 32: out.append(f"\\u{ord(ch):04x}")
            else: out.append(ch)
        out.append('"')
        return "".join(out)
    def _container(self, o, level, open_, close, items):
        if id(o) in self.seen:
            raise SerializeError("circular reference detected")
        self.seen.add(id(o))
        try:
            parts = list(items)
        finally:
            self.seen.discard(id(o))
        if not parts:
            return open_ + close
        if self.indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (self.indent * (level + 1))
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (self.indent * level) + close
    def dump_list(self, o, level):
        return self._container(o, level, "[", "]", (self.dumps(v, level + 1) for v in o))
    dump_tuple = dump_list
    def dump_dict(self, o, level):
        def items():
            for k, v in o.items():
                if not isinstance(k, str):
                    raise SerializeError(f"keys must be str, not {type(k).__name__}")
                yield f"{self.dump_str(k, level)}: {self.dumps(v, level + 1)}"
        return self._container(o, level, "{", "}", items())

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def error(self, msg):
        raise ParseError(msg, self.pos)
    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1
    def peek(self):
        self.ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""
    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}")
        self.pos += 1
    def parse(self):
        v = self.value()
        if self.peek():
            self.error("trailing data")
        return v
    def value(self):
        ch = self.peek()
        if ch == "{": return self.obj()
        if ch == "[": return self.arr()
        if ch == '"': return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(lit, self.pos):
                self.pos += len(lit)
                return val
        return self.number()
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        start = self.pos
        buf = []
        while True:
            if self.pos >= len(self.text):
                self.pos = start
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(buf)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                buf.append({"n": "\n", '"': '"', "\\": "\\"}.get(esc, esc))
            else:
                buf.append(ch)
    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = self.text[start:self.pos]
        if not s:
            self.error("unexpected character " + repr(self.peek()))
        try:
            return int(s)
        except ValueError:
            try:
                return float(s)
            except ValueError:
                self.pos = start
                self.error(f"bad number {s!r}")

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __json__(self): return {"x": self.x, "y": self.y}

data = {"name": "demo \"q\"\n", "vals": [1, 2.5, -3, True, None], "nested": {"a": [], "b": {}},
        "pt": Point(1, 2), "t": (1, "two")}
s = Serializer().dumps(data)
print(s)
print(Serializer(indent=2).dumps({"a": [1, {"b": None}], "c": "x"}))
back = Parser(s).parse()
print(back)
print(back == {**data, "pt": {"x": 1, "y": 2}, "t": [1, "two"]})
loop = [1]
loop.append(loop)
for bad in [loop, {1: 2}, float("nan"), {1, 2}, object]:
    try:
        Serializer().dumps(bad)
    except SerializeError as e:
        print("SerializeError:", e, isinstance(e, TypeError))
for text in ['{"a": 1,}', '[1, 2', '"abc', '{"a" 1}', '[1] x', '-', '1.2.3', '@']:
    try:
        print(Parser(text).parse())
    except ParseError as e:
        print("ParseError:", e, e.pos)
    except IndexError as e:
        print("IndexError:", e)
