"""copy: shallow and deep copy operations (CPython 3.11's API).

ftpy's copy, written for ftpy: copy(), deepcopy(), Error (alias error).

    copy(x)      -- a shallow copy of x
    deepcopy(x)  -- a deep copy of x; shared and cyclic references inside x
                    are reproduced once, through the memo dict

Immutable atoms (numbers, strings, bytes, functions, classes, ranges, ...)
are returned as they are, as are tuples and frozensets by copy() and
tuples whose elements deepcopy() leaves unchanged.  Lists, dicts, sets and
bytearrays are copied directly.  Other objects are copied like CPython
does: a class's __copy__(self) / __deepcopy__(self, memo) hook if it has
one, else the object's __reduce_ex__(4) recipe (which honours
__getnewargs__(_ex)__, __getstate__/__setstate__, __reduce__, __slots__,
and the items of list and dict subclasses).

Thread safety: copying reads the source object with ordinary operations;
copying an object another thread is mutating gives some mixture of its
states (as in CPython), but never corrupts either object.  The memo of a
deepcopy() is private to that call unless the caller shares one.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility alias


def _f():
    pass


class _C:
    def _m(self):
        pass


_FunctionType = type(_f)
_MethodType = type(_C()._m)
_CodeType = type(_f.__code__)
_BuiltinFunctionType = type(len)

# Types whose instances copy() and deepcopy() return unchanged.
_ATOMIC = (type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, complex, str, bytes, type, range, _CodeType, _FunctionType,
           _BuiltinFunctionType, property)

_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__
_object_getstate = getattr(object, '__getstate__', None)


# ---------------------------------------------------------------------------
# shallow copy

def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in _ATOMIC + (tuple, frozenset, slice):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# ---------------------------------------------------------------------------
# deep copy

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y         # before the items: they may refer back to x
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through x may already have produced its copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # As CPython's reduction of sets: the items are copied first.
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    # Rebind the function to a copy of its instance.  (ftpy cannot call
    # the method type itself yet; binding through __get__ is equivalent.)
    func = x.__func__
    return func.__get__(deepcopy(x.__self__, memo))


_deepcopy_dispatch = d = {}
for t in _ATOMIC:
    d[t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set
d[bytearray] = _deepcopy_bytearray
d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so that the ids used as memo keys
    stay valid while the memo lives (as CPython does, under id(memo))."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---------------------------------------------------------------------------
# the generic path: reduce to a recipe, rebuild from it

def _slot_names(cls):
    # Names of the __slots__ of cls and its bases (private names mangled).
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _default_reduce(x, cls):
    # object.__reduce_ex__(4) for plain instances, skipping unset slots.
    args = ()
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    state = getattr(x, '__dict__', None) or None
    slotstate = {}
    for name in _slot_names(cls):
        try:
            slotstate[name] = getattr(x, name)
        except AttributeError:
            pass
    if slotstate:
        state = (state, slotstate)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listiter, dictiter)


def _reduce(x, cls, kind):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is None:
        reductor = getattr(x, "__reduce__", None)
        if reductor is None:
            raise Error("un(%s)copyable object of type %s" % (kind, cls))
        return reductor()
    try:
        return x.__reduce_ex__(4)
    except AttributeError:
        # ftpy's default state getter stops at an unset __slots__ member,
        # where CPython leaves the member out; do it here instead.
        if (reductor is _object_reduce_ex
                and getattr(cls, '__reduce__', None) is _object_reduce
                and getattr(cls, '__getstate__', None) is _object_getstate
                and _slot_names(cls)):
            return _default_reduce(x, cls)
        raise


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _f, _C
