"""abc: abstract base classes (a subset of CPython 3.11's API).

ftpy's abc, written for ftpy: ABCMeta, ABC, abstractmethod, the legacy
abstractclassmethod/abstractstaticmethod/abstractproperty wrappers,
get_cache_token and update_abstractmethods.

ABCMeta computes a class's __abstractmethods__ (a frozenset) when the class
is created: the names in its namespace whose value is abstract, plus the
abstract names of its bases that it has not overridden.  ftpy's
object.__new__ refuses to instantiate a class whose __abstractmethods__ is
not empty.  abstractmethod composes with property, classmethod and
staticmethod (their __isabstractmethod__ reflects the wrapped function).

Virtual subclasses: ABCMeta.register() plus __instancecheck__ and
__subclasscheck__, with the __subclasshook__ protocol.  ftpy has no weak
references, so the registry and the caches hold strong references.

Thread safety: each ABC's registry and caches are guarded by one module
lock; __subclasshook__ and the recursive issubclass() calls run outside it.
Registering anywhere invalidates every negative cache (a global token).
"""

from _thread import RLock as _RLock

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

_lock = _RLock()
# Bumped by every register(): negative caches older than it are stale.
_cache_token = [0]


def abstractmethod(funcobj):
    """Decorator marking a method abstract (ABCMeta classes only)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod instead."""
    __isabstractmethod__ = True


def get_cache_token():
    """Token that changes whenever any ABC's registry changes."""
    return _cache_token[0]


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


def _compute_abstracts(cls, namespace_items):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute an ABC's __abstractmethods__ after it was modified."""
    if not hasattr(cls, '__abstractmethods__'):
        # not an abstract class: nothing to do
        return cls
    cls.__abstractmethods__ = _compute_abstracts(
        cls, list(cls.__dict__.items()))
    return cls


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Classes it creates get __abstractmethods__ and the register() method
    for virtual subclasses.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(
            cls, list(namespace.items()))
        # per-class ABC state (stored under private names in the class dict)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _cache_token[0]
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns the subclass
        (so it can be used as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass          # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        with _lock:
            cls._abc_registry.add(subclass)
            _cache_token[0] += 1     # invalidates negative caches
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        with _lock:
            if subclass in cls._abc_cache:
                return True
        subtype = type(instance)
        if subtype is subclass:
            with _lock:
                if (cls._abc_negative_cache_version == _cache_token[0]
                        and subclass in cls._abc_negative_cache):
                    return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        with _lock:
            if subclass in cls._abc_cache:
                return True
            if cls._abc_negative_cache_version < _cache_token[0]:
                cls._abc_negative_cache = set()
                cls._abc_negative_cache_version = _cache_token[0]
            elif subclass in cls._abc_negative_cache:
                return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            cls._abc_note(subclass, ok)
            return ok
        # a real subclass
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_note(subclass, True)
            return True
        # a subclass of a registered class
        with _lock:
            registry = list(cls._abc_registry)
        for rcls in registry:
            if issubclass(subclass, rcls):
                cls._abc_note(subclass, True)
                return True
        # a subclass of a subclass (recursively, via their own hooks)
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_note(subclass, True)
                return True
        cls._abc_note(subclass, False)
        return False

    def _abc_note(cls, subclass, ok):
        with _lock:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        with _lock:
            cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        with _lock:
            cls._abc_cache.clear()
            cls._abc_negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as the metaclass."""
    __slots__ = ()
