# the generated dataclass __init__ reports CPython's line numbers
import builtins


def print(*args, **kw):  # file paths differ between machines
    builtins.print(*[a.replace(__file__, "THIS_FILE") if isinstance(a, str) else a
                     for a in args], **kw)



import traceback
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("bad")
try:
    P(-1)
except ValueError:
    print("\n".join(l for l in traceback.format_exc().splitlines() if "line" in l))
print(P.__init__.__code__.co_firstlineno, P(1))
