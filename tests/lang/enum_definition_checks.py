from enum import Enum
tests = [
"""
class Color(Enum):
    RED = 1
    RED = 2
""",
"""
class Color(Enum):
    A = 1
    def A(self): pass
""",
"""
class Color(Enum):
    def A(self): pass
    A = 1
""",
"""
class Color(Enum):
    _x_ = 1
""",
"""
class Color(Enum):
    mro = 1
""",
]
for src in tests:
    try:
        exec(src)
        print("ok", list(Color))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
