# Linked list with dunder methods
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        return LLIter(self.head)
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError('linked list index out of range')
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return 'LL[' + ' -> '.join(repr(v) for v in self) + ']'
class LLIter:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.val
        self.node = self.node.next
        return v
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.push('x')
print(ll)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(LinkedList(), len(LinkedList()))
