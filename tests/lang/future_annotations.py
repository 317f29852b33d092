from __future__ import annotations
# PEP 563: annotations are kept as strings and not evaluated, so forward
# references and undefined names in them are fine.

class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        self.next = Node(value)
        return self.next

def build(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def total(n: Node | None, undefined_ok: SomethingNotDefined = 0) -> int:
    s = 0
    while n:
        s += n.value
        n = n.next
    return s

class Config:
    name: str
    retries: "int"
    table: dict[str,
                list[int]]

print(total(build([1, 2, 3])))
print(Node.__init__.__annotations__)
print(build.__annotations__, total.__annotations__)
print(Config.__annotations__)
