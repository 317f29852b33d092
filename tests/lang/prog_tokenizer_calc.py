# Tokenizer and recursive-descent expression evaluator
def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            toks.append(('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c in '+-*/()%^':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError('unexpected character %r at %d' % (c, i))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == '^':
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.take()
        if val == '-':
            return -self.unary()
        if val == '(':
            v = self.expr()
            if self.take()[1] != ')':
                raise SyntaxError('expected )')
            return v
        if kind == 'num':
            return val
        raise SyntaxError('unexpected token %r' % (val,))
def calc(s):
    try:
        return Parser(tokenize(s)).expr()
    except (SyntaxError, ZeroDivisionError) as e:
        return '%s: %s' % (type(e).__name__, e)
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 % 3 + 0.5', '2 * (3 + 4) * 5',
          '1 / 0', '3 +', '4 $ 4', '((2))', '1.5 * 4', '100 - 1 - 1']:
    print(e, '=>', calc(e))
