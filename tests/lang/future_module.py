# the __future__ module and generators' __qualname__
from __future__ import annotations
import __future__
print(__future__.annotations)
def f(x: int) -> str: return str(x)
print(f.__annotations__)
def g():
    yield 1
print(g().__qualname__, g.__qualname__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
