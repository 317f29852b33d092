from . import b
NAME = "a"

def via_b():
    return b.NAME
