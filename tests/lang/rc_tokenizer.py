# A small tokenizer + recursive-descent calculator over strings.
class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

TOKEN_SPEC = [
    ("NUM", r"\d+(?:\.\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/()^=,]"),
    ("WS", r"\s+"),
]

def tokenize(text):
    pos = 0
    out = []
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        if ch.isdigit():
            start = pos
            while pos < len(text) and (text[pos].isdigit() or text[pos] == '.'):
                pos += 1
            lit = text[start:pos]
            out.append(("NUM", float(lit) if '.' in lit else int(lit), start))
            continue
        if ch.isalpha() or ch == '_':
            start = pos
            while pos < len(text) and (text[pos].isalnum() or text[pos] == '_'):
                pos += 1
            out.append(("NAME", text[start:pos], start))
            continue
        if ch in "+-*/()^=,":
            out.append(("OP", ch, pos))
            pos += 1
            continue
        raise CalcError(f"unexpected character {ch!r}", pos)
    out.append(("EOF", None, pos))
    return out

class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, val):
        kind, v, pos = self.next()
        if v != val:
            raise CalcError(f"expected {val!r}, got {v!r}", pos)
    def expr(self):
        v = self.term()
        while (t := self.peek())[1] in ('+', '-'):
            self.next()
            r = self.term()
            v = v + r if t[1] == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while (t := self.peek())[1] in ('*', '/'):
            self.next()
            r = self.factor()
            if t[1] == '*':
                v *= r
            else:
                if r == 0:
                    raise CalcError("division by zero", t[2])
                v /= r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == '^':
            self.next()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek()[1] == '-':
            self.next()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, v, pos = self.next()
        match kind, v:
            case "NUM", n:
                return n
            case "NAME", name if self.peek()[1] == '(':
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ',':
                    self.next()
                    args.append(self.expr())
                self.expect(')')
                fn = {"max": max, "min": min, "abs": abs}.get(name)
                if fn is None:
                    raise CalcError(f"unknown function {name}", pos)
                return fn(*args)
            case "NAME", name:
                try:
                    return self.env[name]
                except KeyError:
                    raise CalcError(f"undefined name {name!r}", pos) from None
            case "OP", "(":
                v = self.expr()
                self.expect(')')
                return v
            case _:
                raise CalcError(f"unexpected token {v!r}", pos)

env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "max(1, x, 2) * pi",
            "10 / 4", "7 / (3 - 3)", "1 + $", "y * 2", "foo(1)", "(1 + 2", "1.5 * 4",
            "abs(-7) - min(4, 2)"]:
    try:
        toks = tokenize(src)
        p = Parser(toks, env)
        val = p.expr()
        if p.peek()[0] != "EOF":
            raise CalcError("trailing input", p.peek()[2])
        print(f"{src:<22} = {val!r}")
    except CalcError as e:
        print(f"{src:<22} ! {e} (pos={e.pos})")
print([t[:2] for t in tokenize("a1 = 22 + b_2")])
