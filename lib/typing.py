"""typing: runtime support for type hints (a subset of CPython 3.11's API).

ftpy's typing, written for ftpy.  It covers what programs use at runtime:

  * special forms: Any, NoReturn, Never, Union, Optional, Literal, Final,
    ClassVar, Annotated, TypeAlias, Self, LiteralString, TypeGuard,
    Concatenate, Required, NotRequired;
  * aliases of built-in and abstract classes: List, Dict, Tuple, Set,
    FrozenSet, Type, Callable, Iterable, Iterator, Generator, Sequence,
    Mapping, MutableMapping, DefaultDict, Deque, Counter, ... (subscripting
    them gives objects that print like CPython's, e.g. typing.List[int]);
  * TypeVar, ParamSpec, Generic and Protocol (with runtime_checkable),
    NamedTuple and TypedDict in class and functional form, NewType;
  * cast, overload, final, no_type_check, get_type_hints, get_origin,
    get_args, assert_never, assert_type, reveal_type, TYPE_CHECKING.

Static-checker-only behaviour (variance checks, overload registries, ...)
is not modelled.

Subscripted aliases such as Generic[T] or List[int] are plain objects: a
class statement that lists one among its bases calls its __mro_entries__,
as in CPython.

Thread safety: alias objects, TypeVars and special forms are immutable
once created.  The alias cache is guarded by a lock (two threads may build
equal aliases at once; either result is correct).  Protocol member sets are
computed once per class and published with a single store.
"""

import sys as _sys
import collections as _collections
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod
from _thread import RLock as _RLock

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'AnyStr', 'assert_never', 'assert_type', 'cast', 'final',
    'get_args', 'get_origin', 'get_type_hints', 'is_typeddict', 'Never',
    'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn',
    'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'LiteralString', 'Self',
    'Text', 'TypeAlias', 'TypeGuard', 'TYPE_CHECKING',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _f():
    pass


_FunctionType = type(_f)
del _f

_cache_lock = _RLock()
_alias_cache = {}


# ---------------------------------------------------------------------------
# Helpers

def _type_repr(obj):
    """How a type argument prints inside an alias's repr."""
    if isinstance(obj, type) and not isinstance(obj, (_BaseGenericAlias,
                                                      _AnyMeta)):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """Validate one type argument (3.11 accepts nearly anything)."""
    arg = _type_convert(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final',
                                                       'Generic', 'Protocol'):
        raise TypeError("Plain %r is not valid as type argument" % (arg,))
    if isinstance(arg, type) and arg.__module__ == 'typing' and \
            arg.__name__ in ('Generic', 'Protocol') and \
            not isinstance(arg, _BaseGenericAlias):
        raise TypeError("Plain %s is not valid as type argument"
                        % _type_repr(arg))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec))


def _collect_parameters(args):
    """The type variables of args, in first-appearance order."""
    params = []
    for t in args:
        if _is_typevar_like(t):
            if t not in params:
                params.append(t)
        elif isinstance(t, (_BaseGenericAlias, list, tuple)) or \
                not isinstance(t, type):
            if isinstance(t, (list, tuple)):
                sub = _collect_parameters(t)
            else:
                sub = getattr(t, '__parameters__', ())
                if not isinstance(sub, tuple):
                    sub = ()
            for x in sub:
                if x not in params:
                    params.append(x)
    return tuple(params)


def _check_generic(cls, params, expected):
    if not expected:
        raise TypeError("%s is not a generic class" % (cls,))
    actual = len(params)
    if actual != expected:
        raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                        % ('many' if actual > expected else 'few', cls,
                           actual, expected))


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _cached(key, make):
    """Return the cached alias for key, building it with make()."""
    try:
        with _cache_lock:
            return _alias_cache[key]
    except (KeyError, TypeError):
        pass
    value = make()
    try:
        with _cache_lock:
            _alias_cache.setdefault(key, value)
    except TypeError:
        pass                      # unhashable arguments: not cached
    return value


# ---------------------------------------------------------------------------
# Special forms

class _SpecialForm:
    """A typing construct such as Union or ClassVar: prints as typing.NAME,
    cannot be called or used with isinstance(), may be subscripted."""

    __slots__ = ('_name', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type marking functions that never return."""
    raise TypeError("%r is not subscriptable" % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type."""
    raise TypeError("%r is not subscriptable" % (self,))


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    raise TypeError("%r is not subscriptable" % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """A string built only from literals."""
    raise TypeError("%r is not subscriptable" % (self,))


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias."""
    raise TypeError("%r is not subscriptable" % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class variable annotation."""
    item = _type_check(parameters, '%s accepts only single type.' % self)
    return _GenericAlias._make(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Marks a name that cannot be reassigned."""
    item = _type_check(parameters, '%s accepts only single type.' % self)
    return _GenericAlias._make(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Marks a required TypedDict key."""
    item = _type_check(parameters, '%s accepts only single type.' % self)
    return _GenericAlias._make(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """Marks a TypedDict key that may be missing."""
    item = _type_check(parameters, '%s accepts only single type.' % self)
    return _GenericAlias._make(self, (item,))


@_SpecialForm
def TypeGuard(self, parameters):
    """Marks a user-defined type guard's return type."""
    item = _type_check(parameters, '%s accepts only single type.' % self)
    return _GenericAlias._make(self, (item,))


def _union_args(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias) or type(p) is _UnionType:
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _union_args(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias._make(self, parameters, name='Optional')
    return _UnionGenericAlias._make(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, "%s requires a single type." % self)
    return Union[arg, None]


@_SpecialForm
def Literal(self, parameters):
    """Literal[v1, v2, ...]: exactly one of the given values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    # duplicates (same value and type) collapse, as in CPython
    seen = []
    out = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            out.append(p)
    return _LiteralGenericAlias._make(self, tuple(out))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, P]: prepends parameters to a ParamSpec."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable.")
    return _GenericAlias._make(self, parameters)


# ---------------------------------------------------------------------------
# Forward references, TypeVar, ParamSpec

class ForwardRef:
    """A type given as a string, evaluated lazily (by get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *,
                 is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r"
                            % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(_type_convert(value), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _TypeVarLike:
    # shared by TypeVar and ParamSpec: a named placeholder with variance
    def __init__(self, name, bound, covariant, contravariant):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        self.__bound__ = bound
        try:
            self.__module__ = _sys._getframemodulename(2) or '__main__'
        except Exception:
            self.__module__ = '__main__'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of %s"
                        % type(self).__name__)


class TypeVar(_TypeVarLike):
    """Type variable: T = TypeVar('T'), optionally constrained or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        super().__init__(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg)
                                     for t in constraints)


class ParamSpecArgs:
    """The type of P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """The type of P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        super().__init__(name, bound, covariant, contravariant)




# ---------------------------------------------------------------------------
# Protocol metaclass

_PROTO_EXCLUDED = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__qualname__', '__parameters__',
    '__orig_bases__', '__init_subclass__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__match_args__',
    '__firstlineno__', '__static_attributes__', '__non_callable_proto_members__',
])


def _get_protocol_attrs(cls):
    attrs = cls.__dict__.get('_proto_attrs_cache')
    if attrs is not None:
        return attrs
    found = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic') and \
                base.__module__ == 'typing':
            continue
        names = list(base.__dict__)
        names.extend(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if attr.startswith('_abc_') or attr in _PROTO_EXCLUDED or \
                    attr == '_proto_attrs_cache':
                continue
            if attr not in found:
                found.append(attr)
    attrs = tuple(found)
    type.__setattr__(cls, '_proto_attrs_cache', attrs)
    return attrs


class _ProtocolMeta(_ABCMeta):
    """Metaclass of Protocol: structural isinstance() for runtime
    protocols, and protocol classes refuse to be instantiated."""

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used "
                            "with @runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and \
                    getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used "
                            "with @runtime_checkable protocols")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        attrs = _get_protocol_attrs(cls)
        for attr in attrs:
            if not callable(getattr(cls, attr, None)):
                raise TypeError("Protocols with non-method members don't "
                                "support issubclass()")
        if super().__subclasscheck__(other):
            return True
        for attr in attrs:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


# ---------------------------------------------------------------------------
# Generic aliases: immutable objects built by _create (never by calling the
# alias classes directly).

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _BaseGenericAlias:
    """Common behaviour of subscripted and special aliases."""

    @classmethod
    def _create(kind, origin, attrs):
        self = object.__new__(kind)
        name = str(attrs.get('_name') or getattr(origin, '__name__', 'alias'))
        d = self.__dict__
        d.update({'__module__': 'typing', '__origin__': origin,
                  '__doc__': None, '__name__': name, '__qualname__': name})
        d.update(attrs)
        return self

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or \
                    (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    # (CPython forwards unknown non-dunder attributes to the origin with a
    # __getattr__; ftpy skips a class's own attributes when its metaclass
    # has __getattr__, so that forwarding is left out.)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __dir__(self):
        return sorted(set(dir(self.__origin__)))

    def __reduce__(self):
        return (operator_getitem, (self.__origin__, self.__args__))


def operator_getitem(a, b):
    return a[b]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted alias: List[int], Generic[T], Stack[int], ..."""

    @classmethod
    def _make(kind, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)

        def make():
            return kind._create(origin, {
                '__args__': args,
                '__parameters__': _collect_parameters(args),
                '_inst': inst, '_name': name})
        # the argument types are part of the key: Literal[1] != Literal[True]
        key = (kind, origin, args, tuple(type(a) for a in args), inst, name)
        return _cached(key, make)

    def copy_with(self, args):
        return type(self)._make(self.__origin__, args, inst=self._inst,
                                name=self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        # substitute the alias's type variables
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % self)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        params = self.__parameters__
        _check_generic(self, args, len(params))
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_subst(a, subst)
                                    for a in self.__args__))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'        # Tuple[()]
        return '%s[%s]' % (name, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:     # generic version of a built-in or abstract class
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _subst(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    if isinstance(arg, _BaseGenericAlias):
        params = getattr(arg, '__parameters__', ())
        if params:
            new = tuple(subst.get(p, p) for p in params)
            return arg[new if len(new) != 1 else new[0]]
    return arg


class _CallableGenericAlias(_GenericAlias):
    """Callable[[A, B], R]: __args__ is (A, B, R) or (..., R)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or
                               isinstance(args[0], ParamSpec) or
                               (isinstance(args[0], _GenericAlias) and
                                args[0].__origin__ is Concatenate)):
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]),
                                                _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in args[:-1]),
            _type_repr(args[-1]))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) if not isinstance(a, list) else a
                     for a in args)
        params = self.__parameters__
        if not params:
            raise TypeError("%s is not a generic class" % self)
        _check_generic(self, args, len(params))
        subst = dict(zip(params, args))
        new = []
        for a in self.__args__:
            v = _subst(a, subst)
            if isinstance(v, list) and a is not v and _is_typevar_like(a):
                new.extend(v)        # a ParamSpec replaced by a list
            else:
                new.append(v)
        return self.copy_with(tuple(new))


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y] (printed as Optional[X] when Y is None)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias) and \
                type(other) is not _UnionType:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _BaseGenericAlias) or \
                    not isinstance(arg, type):
                raise TypeError("Subscripted generics cannot be used with"
                                " class and instance checks")
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _LiteralGenericAlias(_GenericAlias):
    """Literal[...]: equal when the same values appear in any order."""

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a)
                                                for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        a = [(v, type(v)) for v in self.__args__]
        b = [(v, type(v)) for v in other.__args__]
        return all(x in b for x in a) and all(x in a for x in b)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: T with metadata (origin is T)."""

    @classmethod
    def _make_annotated(kind, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__

        def make():
            return kind._create(origin, {
                '__args__': (origin,),
                '__parameters__': _collect_parameters((origin,)),
                '__metadata__': metadata, '_inst': True,
                '_name': None})
        return _cached((kind, origin, metadata,
                        tuple(type(m) for m in metadata)), make)

    def copy_with(self, args):
        return _AnnotatedAlias._make_annotated(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__),
            ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias such as List or Mapping."""

    @classmethod
    def _make(kind, origin, nparams, *, inst=True, name=None,
              defaults=()):
        if name is None:
            name = origin.__name__
        return kind._create(origin, {'_nparams': nparams, '_inst': inst,
                                     '_name': name, '_defaults': defaults,
                                     '__parameters__': ()})

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(('special', self._name))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return _GenericAlias._make(self.__origin__, params, inst=self._inst,
                                   name=self._name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return False
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return _BaseGenericAlias.__mro_entries__(self, bases)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        result = _type_convert(result)
        if isinstance(args, list):
            args = tuple(_type_convert(a) for a in args)
        elif args is ... or isinstance(args, ParamSpec) or \
                (isinstance(args, _GenericAlias) and
                 args.__origin__ is Concatenate):
            args = (args,)
        else:
            raise TypeError("Callable[args, result]: args must be a list. "
                            "Got %.100r." % (args,))
        return _CallableGenericAlias._make(self.__origin__, args + (result,),
                                           name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias._make(tuple, params + (...,), name='Tuple')
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias._make(tuple, params, name='Tuple')


# ---------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Base class of generic classes: class Stack(Generic[T]): ...

    Stack[int] is then an alias; calling it makes a Stack.
    """

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty"
                                % cls.__qualname__)
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError("Parameters to %s[...] must all be type "
                                "variables or parameter specification "
                                "variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique"
                                % cls.__name__)
        else:
            _check_generic(cls, params, len(cls.__parameters__))
        return _GenericAlias._make(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is None:
            if Generic in cls.__bases__ and not _defining[0] and \
                    type(cls) is not _TypedDictMeta:
                raise TypeError("Cannot inherit from plain Generic")
            tvars = ()
        else:
            if Generic in orig and type(cls) is not _TypedDictMeta:
                raise TypeError("Cannot inherit from plain Generic")
            tvars = list(_collect_parameters(orig))
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and \
                        base.__origin__ in (Generic, Protocol):
                    if base.__origin__ is Generic and gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] "
                                        "multiple times.")
                    if gvars is None:
                        gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError(
                        "Some type variables (%s) are not listed in "
                        "Generic[%s]" % (', '.join(str(t) for t in missing),
                                         ', '.join(str(g) for g in gvars)))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_defining = [True]     # True while Protocol itself is being defined


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types (checked by isinstance() only with
    @runtime_checkable)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


_defining[0] = False


def runtime_checkable(cls):
    """Class decorator allowing isinstance() with a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or \
            not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
# internal type variables used by the generic aliases 
_T = TypeVar('T')
_KT = TypeVar('KT')
_VT = TypeVar('VT')
for _tv in (_T, _KT, _VT):
    _tv.__module__ = 'typing'
del _tv


# ---------------------------------------------------------------------------
# Abstract collection classes (the aliases below wrap collections.abc's)

import collections.abc as _cabc

_alias = _SpecialGenericAlias._make

Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType._make(_cabc.Callable, 2)
AbstractSet = _alias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(_cabc.ByteString, 0)
Tuple = _TupleType._make(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2)
Counter = _alias(_collections.Counter, 1)
if hasattr(_collections, 'ChainMap'):
    ChainMap = _alias(_collections.ChainMap, 2)
else:
    ChainMap = None
Generator = _alias(_cabc.Generator, 3)
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str

try:
    _UnionType = type(int | str)
except TypeError:
    _UnionType = None


# ---------------------------------------------------------------------------
# Annotated

class Annotated:
    """Annotated[T, x]: the type T carrying context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias._make_annotated(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass %s.Annotated" % cls.__module__)


# ---------------------------------------------------------------------------
# Protocols for the special methods

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[_T]):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[_T]):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


class ContextManager(Protocol[_T]):
    """An object usable in a with statement."""

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


ContextManager._is_runtime_protocol = True


# ---------------------------------------------------------------------------
# NamedTuple

_NT_PROHIBITED = frozenset(['__new__', '__init__', '__slots__',
                            '__getnewargs__', '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'])
_NT_SPECIAL = frozenset(['__module__', '__name__', '__annotations__',
                         '__orig_bases__', '__qualname__'])


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {n: _type_check(t, "field %s annotation must be a type"
                                  % n) for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults,
                                     module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class _NamedTupleMeta(type):
    # `class P(NamedTuple): ...` calls this metaclass with the class body
    def __new__(mcls, typename, bases, ns, **kwds):
        for base in bases:
            if base is not NamedTuple and base is not Generic and \
                    not (isinstance(base, _GenericAlias) and
                         base.__origin__ is Generic):
                raise TypeError('can only inherit from a NamedTuple type '
                                'and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default "
                    "field%s %s" % (field_name,
                                    's' if len(default_names) > 1 else '',
                                    ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        # the functional form NamedTuple('P', [('x', int), ...])
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be "
                            "provided to NamedTuple, not both")
        try:
            module = _sys._getframemodulename(1) or '__main__'
        except Exception:
            module = '__main__'
        return _make_nmtuple(typename, list(fields), module)

    def __repr__(cls):
        return '<function NamedTuple>'


NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {
    '__module__': 'typing',
    '__doc__': "Typed version of namedtuple: class P(NamedTuple): x: int"})


# ---------------------------------------------------------------------------
# TypedDict

def _strip_required(tp):
    # (required?, type) for a TypedDict value annotation
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Required:
            return True, tp.__args__[0]
        if tp.__origin__ is NotRequired:
            return False, tp.__args__[0]
    return None, tp


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            if type(base) is _TypedDictMeta:
                annotations.update(base.__dict__.get('__annotations__', {}))
                required.update(base.__dict__.get('__required_keys__', ()))
                optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            req, _ = _strip_required(tp)
            if req is None:
                req = total
            if req:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        # instances are plain dicts, as in CPython
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class '
                        'checks')

    __instancecheck__ = __subclasscheck__

    def __repr__(cls):
        if cls is TypedDict:
            return '<function TypedDict>'
        return type.__repr__(cls)


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframemodulename(2) or '__main__'
    except Exception:
        ns['__module__'] = '__main__'
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {
    '__module__': 'typing',
    '__doc__': "A dict with a fixed set of typed keys."})


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta and \
        tp is not TypedDict


# ---------------------------------------------------------------------------
# NewType

class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it
    returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframemodulename(1) or '__main__'
        except Exception:
            self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps "
                        "you were looking for: `%s = NewType(%r, %s)`"
                        % ('Sub' + self.__name__, 'Sub' + self.__name__,
                           self.__name__))

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Return val unchanged (tells a type checker val has type typ)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (a type checker verifies its type)."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print('Runtime type is %r' % (type(obj).__name__,), file=_sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s'
                         % value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded function signatures (has no runtime
    effect: the decorated definition is replaced by a stub)."""
    return _overload_dummy


def get_overloads(func):
    """Overloads are not recorded by ftpy: always []."""
    return []


def clear_overloads():
    """No-op (overloads are not recorded)."""


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: annotations of arg are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator giving another decorator the no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(**kwargs):
    """Decorator marking dataclass-like decorators (no runtime effect)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(kwargs)
        return cls_or_fn
    return decorator


_BuiltinGenericAlias = type(list[int])


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BaseGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _UnionType is not None and type(tp) is _UnionType:
        return _UnionType
    if type(tp) is _BuiltinGenericAlias:      # list[int]
        return tp.__origin__
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments of tp: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and \
                not (len(res) == 2 and (res[0] is ... or
                                        isinstance(res[0], ParamSpec))):
            res = (list(res[:-1]), res[-1])
        return res
    if _UnionType is not None and type(tp) is _UnionType:
        return tp.__args__
    if type(tp) is _BuiltinGenericAlias:      # list[int]
        res = tp.__args__
        if tp.__origin__ is _collections_abc_callable() and \
                not (len(res) == 2 and (res[0] is ... or
                                        isinstance(res[0], ParamSpec))):
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def _collections_abc_callable():
    # collections.abc.Callable, when that module exists (None otherwise)
    abc = _sys.modules.get('collections.abc')
    return getattr(abc, 'Callable', None) if abc is not None else None


def _eval_type(t, globalns, localns):
    # resolve forward references inside t
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _AnnotatedAlias):
        inner = _eval_type(t.__origin__, globalns, localns)
        if inner is t.__origin__:
            return t
        return _AnnotatedAlias._make_annotated(inner, t.__metadata__)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) if
                     not isinstance(a, list) else
                     [_eval_type(x, globalns, localns) for x in a]
                     for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[args]
        if isinstance(t, _LiteralGenericAlias):
            return t
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required,
                                                         NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _UnionGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == t.__args__ else Union[args]
    if isinstance(t, _GenericAlias) and \
            not isinstance(t, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == t.__args__ else t.copy_with(args)
    return t


def _hint_value(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with string
    annotations evaluated and None replaced by NoneType.

    For classes, the annotations of all the bases are merged (the most
    basic first).  Annotated[...] wrappers are removed unless
    include_extras is true.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # as CPython: the class namespace wins over the module's
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _hint_value(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if type(obj).__name__ == 'module':
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (_FunctionType, type(len))) or \
                type(obj).__name__ in ('module', 'method'):
            return {}
        raise TypeError('%r is not a module, class, method, or function.'
                        % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        hints[name] = _hint_value(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
