"""doc"""
from __future__ import annotations, division
from __future__ import generators
print("future ok")
