# A small expression tokenizer + recursive-descent evaluator
class TokenError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

KEYWORDS = {"let", "in", "if", "then", "else"}
OPS = {"+", "-", "*", "/", "(", ")", "=", "<", ">", "==", "!=", "<=", ">=", "**", "%"}

def tokenize(src):
    i, n = 0, len(src)
    tokens = []
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and src[i+1].isdigit()):
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise TokenError(f"bad number {text!r}", i)
            tokens.append(("NUM", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word, i))
            i = j
        elif src[i:i+2] in OPS:
            tokens.append(("OP", src[i:i+2], i)); i += 2
        elif ch in OPS:
            tokens.append(("OP", ch, i)); i += 1
        elif ch in "\"'":
            j = src.find(ch, i + 1)
            if j < 0:
                raise TokenError("unterminated string", i)
            tokens.append(("STR", src[i+1:j], i)); i = j + 1
        else:
            raise TokenError(f"unexpected character {ch!r}", i)
    tokens.append(("EOF", None, n))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise TokenError(f"expected {val or kind}, got {t[1]!r}", t[2])
        return t
    def expr(self):
        left = self.arith()
        t = self.peek()
        if t[0] == "OP" and t[1] in ("<", ">", "==", "!=", "<=", ">="):
            self.next()
            right = self.arith()
            return {"<": left < right, ">": left > right, "==": left == right,
                    "!=": left != right, "<=": left <= right, ">=": left >= right}[t[1]]
        return left
    def arith(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.next()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek()[1] == "-":
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] == "**":
            self.next()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.next()
        if t[0] in ("NUM", "STR"):
            return t[1]
        if t[0] == "NAME":
            try:
                return self.env[t[1]]
            except KeyError:
                raise NameError(f"name {t[1]!r} is not defined") from None
        if t[1] == "(":
            v = self.expr()
            self.expect("OP", ")")
            return v
        raise TokenError(f"unexpected {t[1]!r}", t[2])

def evaluate(src, **env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    p.expect("EOF")
    return v

print(tokenize("x1 = 3.5 ** (y - 2) <= 'hi'"))
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + x",
         "'ab' * 3", "x * y - 1 >= 20", "1.5 + .5", "7 / (3 - 3)", "1 +", "3 $ 4",
         "1.2.3", "'open", "zz + 1", "(1 + 2", "'a' + 1", "2 ** -1"]
for src in tests:
    try:
        print(f"{src!r:22} => {evaluate(src, x=4, y=5)!r}")
    except TokenError as e:
        print(f"{src!r:22} !! TokenError({e}) pos={e.pos}")
    except (ZeroDivisionError, NameError, TypeError) as e:
        print(f"{src!r:22} !! {type(e).__name__}: {e}")
counts = {}
for kind, _, _ in tokenize("let a = 1 in if a then b else 'c'"):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
