# compile(..., optimize=1/2): asserts dropped and __debug__ False; at 2 docstrings too.
src = '''
"""module doc"""
def f():
    """func doc"""
    return 1
assert False, "boom"
print("asserts off", __debug__, f.__doc__, globals().get("__doc__"))
'''
for opt in (1, 2):
    g = {}
    exec(compile(src, "<s>", "exec", optimize=opt), g)
try:
    exec(compile(src, "<s>", "exec", optimize=0), {})
except AssertionError as e:
    print("AssertionError", e)
try:
    exec(compile(src, "<s>", "exec"), {})
except AssertionError as e:
    print("AssertionError", e)
print(eval(compile("__debug__", "<s>", "eval", optimize=1)), eval("__debug__"))
try:
    compile("1", "<s>", "eval", optimize=5)
except ValueError as e:
    print(e)
