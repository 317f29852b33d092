"""functools: tools for working with functions and callable objects
(a subset of CPython 3.11's API).

ftpy's functools, written for ftpy: partial, partialmethod, reduce,
update_wrapper/wraps, lru_cache/cache, total_ordering, cmp_to_key and
cached_property.

Thread safety: partial objects are immutable after construction.  An
lru_cache keeps its table and statistics under one lock per cached function;
the user function runs outside that lock, so two threads missing on the same
key may both compute it (the first result stored wins, as in CPython).
cached_property computes under a per-property lock, as 3.11 does.
"""

from _thread import RLock as _RLock
from _ft_hidden import hide_all as _hide_all  # C code in CPython: no frames

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch',
           'singledispatchmethod']


# ---------------------------------------------------------------------------
# update_wrapper() and wraps()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    Copies the attributes named in `assigned`, merges the dicts named in
    `updated`, and sets wrapper.__wrapped__ = wrapped.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except AttributeError:
                if attr != '__annotations__' or not isinstance(value, dict):
                    raise
                # ftpy: a function's __annotations__ cannot be rebound yet;
                # fill its dict in place instead
                ann = wrapper.__annotations__
                ann.clear()
                ann.update(value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last, so a __wrapped__ copied from wrapped.__dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# total_ordering()

def _not_equal_and(a, b, r):
    return r and a != b


def _make_from(root, kind):
    # The missing comparison `kind` of a class defining only `root`, from
    # CPython's documented identities (NotImplemented passes through).
    def from_lt(op):
        if op == '__gt__':
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        elif op == '__le__':
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return r or self == other
        else:  # __ge__
            def f(self, other):
                r = type(self).__lt__(self, other)
                if r is NotImplemented:
                    return r
                return not r
        return f

    def from_le(op):
        if op == '__ge__':
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
        elif op == '__lt__':
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
        else:  # __gt__
            def f(self, other):
                r = type(self).__le__(self, other)
                if r is NotImplemented:
                    return r
                return not r
        return f

    def from_gt(op):
        if op == '__lt__':
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        elif op == '__ge__':
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return r or self == other
        else:  # __le__
            def f(self, other):
                r = type(self).__gt__(self, other)
                if r is NotImplemented:
                    return r
                return not r
        return f

    def from_ge(op):
        if op == '__le__':
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
        elif op == '__gt__':
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
        else:  # __lt__
            def f(self, other):
                r = type(self).__ge__(self, other)
                if r is NotImplemented:
                    return r
                return not r
        return f

    makers = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt,
              '__ge__': from_ge}
    f = makers[root](kind)
    f.__name__ = kind
    f.__qualname__ = kind
    return f


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    ops = ('__lt__', '__le__', '__gt__', '__ge__')
    roots = {op for op in ops
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for op in ops:
        if op != root and op not in roots:
            f = _make_from(root, op)
            setattr(cls, op, f)
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key()

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        # CPython's key wrapper is a C type named functools.KeyWrapper;
        # its unhashable-type message carries that dotted name.
        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")

    _hide_all(KeyWrapper)
    return KeyWrapper


# ---------------------------------------------------------------------------
# reduce()

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a
    sequence or iterable, from left to right, so as to reduce it to a
    single value.  initial, if given, goes before the items and is the
    result when the iterable is empty.
    """
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# partial() and partialmethod()

_GenericAlias = type(list[int])  # types.GenericAlias


class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __class_getitem__ = classmethod(_GenericAlias)

    def __new__(cls, func=_initial_missing, /, *args, **keywords):
        if func is _initial_missing:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            # flatten partial(partial(f, 1), 2) into partial(f, 1, 2)
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items()
                 if k not in ('func', 'args', 'keywords')}
        return type(self), (self.func,), (self.func, self.args,
                                          self.keywords or None, extra or None)

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        if not callable(func):
            raise TypeError("invalid partial state")
        if namespace:
            self.__dict__.update(namespace)
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords (the self/cls argument comes first, as for a method)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _unbound(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**pm.keywords, **keywords}
            return pm.func(cls_or_self, *pm.args, *args, **keywords)
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(type(self.func), "__get__", None)
        if get is not None:
            bound = get(self.func, obj, cls)
            if bound is not self.func:
                # a function, classmethod, ...: bind first, then partial
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---------------------------------------------------------------------------
# lru_cache() and cache()

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))


_CacheInfo = CacheInfo

_kwd_mark = (object(),)
_fasttypes = (int, str)


def _make_key(args, kwds, typed):
    """The cache key of a call: the positional arguments, then a marker and
    the keyword items (in call order), then the types when typed."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None lets the cache grow without bound; typed=True caches
    arguments of different types separately (3 and 3.0).  The wrapper has
    cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # cache maps key -> result; for a bounded cache its insertion order is
    # the recency order (oldest first).  cache, hits and misses are guarded
    # by lock (an RLock: a key's __hash__/__eq__ may call back in).
    missing = object()
    cache = {}
    hits = misses = 0
    lock = _RLock()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            with lock:
                misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, missing)
                if result is not missing:
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, missing)
                if result is not missing:
                    cache[key] = result  # now the most recently used
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                if key not in cache:  # else another thread stored it meanwhile
                    if len(cache) >= maxsize:
                        del cache[next(iter(cache))]
                    cache[key] = result
            return result

    _hide_all(wrapper)

    def cache_info():
        """Report cache statistics"""
        with lock:
            return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        with lock:
            cache.clear()
            hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# cached_property()

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the
    instance's __dict__ (an ordinary attribute from then on)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                # another thread may have filled it while we waited
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = (
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        )
                        raise TypeError(msg) from None
        return val


# ---------------------------------------------------------------------------
# singledispatch

def _find_impl(cls, registry):
    # The implementation for the most specific class in cls's MRO that has
    # one; then ABCs registered (not in the MRO), most specific first.
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    match = None
    for typ in registry:
        if typ is object or typ in cls.__mro__:
            continue
        try:
            ok = issubclass(cls, typ)
        except TypeError:
            continue
        if ok and (match is None or issubclass(typ, match)):
            if match is not None and not issubclass(typ, match) and \
                    not issubclass(match, typ):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, typ))
            match = typ
    return registry[match] if match is not None else registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function: the implementation is chosen by the
    type of the first argument (register more with .register)."""
    registry = {object: func}
    cache = {}
    cache_lock = __import__('_thread').allocate_lock()

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        with cache_lock:
            cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        args = getattr(cls, '__args__', None)
        return (type(cls).__name__ == 'UnionType' and args is not None and
                all(isinstance(a, type) for a in args))

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "{!r} is not a class or union type.".format(cls))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: {!r}. Use either "
                    "`@register(some_class)` or plain `@register` on an "
                    "annotated function.".format(cls))
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                raise TypeError("Invalid annotation for {!r}. {!r} is not a class."
                                .format(argname, cls))
        if type(cls).__name__ == 'UnionType':
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        with cache_lock:
            cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingView(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class _MappingView:
    # the read-only registry view (CPython: types.MappingProxyType)
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def keys(self):
        return self._d.keys()

    def items(self):
        return self._d.items()

    def values(self):
        return self._d.values()

    def get(self, k, default=None):
        return self._d.get(k, default)


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the type of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# reduce, partial and cmp_to_key are C code in CPython: no frames
_hide_all(reduce, partial, cmp_to_key)

from _ft_hidden import c_name as _c_name
_c_name(partial, 'functools.partial')
del _c_name
