# Binary search tree with recursion
class BST:
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def ins(node, key):
            if node is None:
                self.count += 1
                return [key, None, None]
            if key < node[0]:
                node[1] = ins(node[1], key)
            elif key > node[0]:
                node[2] = ins(node[2], key)
            return node
        self.root = ins(self.root, key)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n[0]:
                return True
            n = n[1] if key < n[0] else n[2]
        return False
t = BST()
seq = [(i * 37) % 101 for i in range(60)]
for k in seq:
    t.insert(k)
t.insert(seq[0])
print(t.count, t.height())
print(t.inorder()[:10], t.inorder() == sorted(set(seq)))
print(37 in t, 38 in t, all(k in t for k in seq))
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.insert(w)
print(words.inorder(), words.count)
