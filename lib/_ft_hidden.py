"""Mark library code that is C code in CPython, so that its frames stay
out of tracebacks there and here alike (see _traceback.hide), and its
classes are named in messages as CPython's C types are (c_name).

Synchronization: marks are set while a module is being imported, before
its functions are shared."""

from _traceback import hide, c_name

_FunctionType = type(lambda: None)


def hide_all(*objs):
    """Hide the functions given, and those defined in the classes given
    (methods, property accessors, static and class methods)."""
    for obj in objs:
        if type(obj) is _FunctionType:
            hide(obj)
        elif isinstance(obj, type):
            for v in list(obj.__dict__.values()):
                if isinstance(v, property):
                    hide_all(*[f for f in (v.fget, v.fset, v.fdel) if f is not None])
                elif isinstance(v, (staticmethod, classmethod)):
                    hide_all(v.__func__)
                elif type(v) is _FunctionType:
                    hide(v)


def hide_module(ns):
    """Hide every function and class defined in module namespace ns."""
    name = ns.get("__name__")
    hide_all(*[v for v in list(ns.values())
               if (type(v) is _FunctionType or isinstance(v, type))
               and getattr(v, "__module__", None) == name])
