x = 10
_private = 20
def f(): return x
