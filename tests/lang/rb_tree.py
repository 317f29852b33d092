# Recursive binary search tree with iterators, __contains__, __len__, repr
class Node:
    __slots__ = ("key", "value", "left", "right")
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None

class BST:
    def __init__(self, items=()):
        self.root = None
        self._size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self._size += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __len__(self):
        return self._size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self, node=None, _top=True):
        if _top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

    def __eq__(self, other):
        return isinstance(other, BST) and list(self.items()) == list(other.items())

t = BST([(5, "five"), (3, "three"), (8, "eight"), (1, "one"), (4, "four"), (9, "nine")])
print(t, len(t), t.height())
print(4 in t, 7 in t, t[8], list(t))
t[4] = "FOUR"
t[7] = "seven"
print(dict(t.items()))
print(sorted(t, reverse=True), sum(t), min(t), max(t))
try:
    t[100]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
print(t == BST(t.items()), t == BST(), t != BST())
words = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(words, words.height())
it = iter(words)
print(next(it), next(it), list(it))
try:
    BST([(1, 1), ("a", 2)])
except TypeError as e:
    print("TypeError:", e)

def depth_first(tree):
    out = []
    stack = [(tree.root, 0)]
    while stack:
        node, d = stack.pop()
        if node is None:
            continue
        out.append("  " * d + str(node.key))
        stack.append((node.right, d + 1))
        stack.append((node.left, d + 1))
    return "\n".join(out)
print(depth_first(t))

class Expr:
    def evaluate(self, env):
        raise NotImplementedError
class Num(Expr):
    def __init__(self, v): self.v = v
    def evaluate(self, env): return self.v
    def __repr__(self): return repr(self.v)
class Var(Expr):
    def __init__(self, n): self.n = n
    def evaluate(self, env):
        try:
            return env[self.n]
        except KeyError:
            raise NameError(f"undefined variable {self.n!r}") from None
    def __repr__(self): return self.n
class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b,
           "-": lambda a, b: a - b, "/": lambda a, b: a / b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def evaluate(self, env):
        return self.ops[self.op](self.l.evaluate(env), self.r.evaluate(env))
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"

e = BinOp("+", Num(2), BinOp("*", Var("x"), BinOp("-", Var("y"), Num(1))))
print(e, "=", e.evaluate({"x": 3, "y": 5}))
try:
    e.evaluate({"x": 1})
except NameError as err:
    print("NameError:", err, err.__cause__, err.__suppress_context__)
try:
    BinOp("/", Num(1), Num(0)).evaluate({})
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    Expr().evaluate({})
except NotImplementedError as err:
    print("NotImplementedError", repr(err))
