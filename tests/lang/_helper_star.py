# Helper with __all__-free star import behaviour
public_a = "A"
public_b = "B"
_hidden = "H"

def public_func():
    return "pf"
