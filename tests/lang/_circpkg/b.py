from . import a
NAME = "b"

def via_a():
    return a.NAME
