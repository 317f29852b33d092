"""dataclasses: generate special methods for classes of annotated fields
(a subset of CPython 3.11's API).

ftpy's dataclasses, written for ftpy: dataclass (init, repr, eq, order,
unsafe_hash, frozen, match_args, kw_only, slots), field, Field, fields,
MISSING, KW_ONLY, InitVar, FrozenInstanceError, asdict, astuple, replace,
is_dataclass and make_dataclass.  Generated methods, reprs and error
messages follow 3.11.  ClassVar is recognised without importing typing
(typing.ClassVar[...] objects, or strings whose leading name the class's
module binds to typing.ClassVar, as CPython does).  asdict()/astuple()
copy containers recursively and deep-copy other values with copy.deepcopy
when the copy module is available.

The generated __init__ is compiled with exec() so that its signature and
argument errors are those of an ordinary function; the other methods are
closures.

Thread safety: decorating a class mutates it and should finish before
other threads use the class.  Generated methods keep no shared state,
except the recursion guard of __repr__, a set keyed by (object id, thread
id), so one thread's recursive repr never shows '...' for another's.
"""

import sys as _sys
from _thread import get_ident as _get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']

_object_setattr = object.__setattr__
_builtin_type = type


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class _ReadOnlyMapping:
    """A read-only view of a dict, printed like CPython's mappingproxy."""

    __slots__ = ('_map',)

    def __init__(self, mapping):
        _object_setattr(self, '_map', mapping)

    def __getitem__(self, key):
        return self._map[key]

    def __iter__(self):
        return iter(self._map)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        return key in self._map

    def get(self, key, default=None):
        return self._map.get(key, default)

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def __eq__(self, other):
        if isinstance(other, _ReadOnlyMapping):
            other = other._map
        return self._map == other

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute '%s' is "
                             "read-only" % name)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._map,)

    def __str__(self):
        return str(self._map)


_EMPTY_METADATA = _ReadOnlyMapping({})


class InitVar:
    """Annotation for an init-only pseudo-field: InitVar[int]."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, _builtin_type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


_GenericAlias = type(list[int])  # types.GenericAlias


class Field:
    """Information about one field; made by field(), listed by fields()."""

    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None or len(metadata) == 0:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _ReadOnlyMapping(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,'
                'init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # a descriptor used as a default is told its name too
        func = getattr(type(self.default), '__set_name__', None)
        if func is not None:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory and whether it
    takes part in __init__, __repr__, comparisons and __hash__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# annotation inspection (no typing module needed)

def _typing_attr(name):
    typing = _sys.modules.get('typing')
    return getattr(typing, name, None) if typing is not None else None


def _split_string_annotation(text):
    """'ClassVar[int]' -> (None, 'ClassVar'); 't.ClassVar' -> ('t',
    'ClassVar'): the optional module prefix and the leading name."""
    text = text.strip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    first = text[:end]
    rest = text[end:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
            end += 1
        return first, rest[:end]
    return None, first


def _string_names(cls, annotation, module_name, name, is_target):
    # A string annotation names ClassVar/InitVar only if the class's module
    # really binds that name (or module prefix) to it, as in CPython.
    prefix, leading = _split_string_annotation(annotation)
    if leading != name:
        return False
    module = _sys.modules.get(getattr(cls, '__module__', None))
    ns = getattr(module, '__dict__', None)
    if ns is None:
        return False
    if prefix is None:
        return is_target(ns.get(name))
    mod = ns.get(prefix)
    return getattr(mod, '__name__', None) == module_name


def _is_classvar(cls, annotation):
    if isinstance(annotation, str):
        return _string_names(cls, annotation, 'typing', 'ClassVar',
                             lambda obj: _is_classvar(cls, obj))
    if annotation is None:
        return False
    classvar = _typing_attr('ClassVar')
    if classvar is not None and (annotation is classvar or
            getattr(annotation, '__origin__', None) is classvar):
        return True
    try:
        text = repr(annotation)
    except Exception:
        return False
    return text == 'typing.ClassVar' or text.startswith('typing.ClassVar[')


def _is_initvar(cls, annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return _string_names(cls, annotation, 'dataclasses', 'InitVar',
                             lambda obj: obj is InitVar)
    return False


def _is_kw_only(cls, annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return _string_names(cls, annotation, 'dataclasses', 'KW_ONLY',
                             lambda obj: obj is KW_ONLY)
    return False


def _format_annotation(annotation):
    # how inspect.signature() shows an annotation
    if isinstance(annotation, _builtin_type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    text = repr(annotation)
    if not isinstance(annotation, str) and text.startswith('typing.'):
        text = text[7:]
    return text


# ---------------------------------------------------------------------------
# building the class

def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(cls, a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(cls, a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % f.name)
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _set_qualname(cls, func):
    try:
        func.__qualname__ = '%s.%s' % (cls.__qualname__, func.__name__)
    except (AttributeError, TypeError):
        pass
    return func


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines it itself; True
    when the class already had one."""
    if name in cls.__dict__:
        return True
    try:
        value.__name__ = name
    except (AttributeError, TypeError):
        pass
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
             globals_name):
    # check the order of defaults among positional parameters
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))

    names = set(f.name for f in fields)
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    env = {'MISSING': MISSING,
           '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return '%s=__dataclass_HAS_DEFAULT_FACTORY__' % f.name
        env['__dataclass_dflt_%s__' % f.name] = f.default
        return '%s=__dataclass_dflt_%s__' % (f.name, f.name)

    def assign(name, expr):
        if frozen:
            return ('__dataclass_builtins_object__.__setattr__(%s, %r, %s)'
                    % (self_name, name, expr))
        return '%s.%s = %s' % (self_name, name, expr)

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            factory = '__dataclass_dflt_%s__' % f.name
            env[factory] = f.default_factory
            if f.init:
                expr = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ '
                        'else %s' % (factory, f.name, f.name))
            else:
                expr = '%s()' % factory
        elif f.init:
            expr = f.name
        elif f.default is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default
            expr = '__dataclass_dflt_%s__' % f.name
        else:
            continue
        body.append(assign(f.name, expr))
    if has_post_init:
        initvars = ', '.join(f.name for f in fields
                             if f._field_type is _FIELD_INITVAR)
        body.append('%s.__post_init__(%s)' % (self_name, initvars))
    if not body:
        body = ['pass']

    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_only_fields if f.init]
    if kw:
        params.append('*')
        params.extend(kw)
    # line 1 is left empty: CPython defines __init__ inside a
    # __create_fn__ wrapper, so tracebacks through it say "line 3" for the
    # first statement
    src = ('\ndef __init__(%s):\n' % ', '.join(params)
           + ''.join('    %s\n' % line for line in body))
    exec(src, env)
    fn = env['__init__']
    try:
        ann = fn.__annotations__
        for f in std_fields + kw_only_fields:
            if f.init:
                ann[f.name] = f.type
        ann['return'] = None
    except (AttributeError, TypeError):
        pass
    return fn


def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        finally:
            running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
    return __repr__


def _cmp_fn(name, op, names):
    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    fn.__name__ = name
    return fn


def _hash_fn(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_fns(owner, field_names):
    # owner is a one-item list so that slots=True can swap in the new class
    def __setattr__(self, name, value):
        cls = owner[0]
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        cls = owner[0]
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _signature_text(cls, std_fields, kw_only_fields):
    def one(f):
        text = f.name
        if f.type is not None:
            text += ': ' + _format_annotation(f.type)
            eq = ' = '
        else:
            eq = '='
        if f.default_factory is not MISSING:
            text += eq + '<factory>'
        elif f.default is not MISSING:
            text += eq + repr(f.default)
        return text
    parts = [one(f) for f in std_fields if f.init]
    kw = [one(f) for f in kw_only_fields if f.init]
    if kw:
        parts.append('*')
        parts.extend(kw)
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            b_frozen = b.__dataclass_params__.frozen
            any_frozen_base = any_frozen_base or b_frozen
            all_frozen_bases = all_frozen_bases and b_frozen

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in list(annotations.items()):
        if _is_kw_only(cls, a_type):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already '
                                'been specified' % (name,))
            kw_only_seen = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # a field() default leaves the class attribute holding the plain
        # default, or no class attribute at all
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, '__dataclass_fields__', fields)
    setattr(cls, '__dataclass_params__',
            _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or
                       f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen,
                                    has_post_init, None))
    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f.name for f in field_list if f.repr]))
    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==',
                                                  compare_names))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compare_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    owner = [cls]
    if frozen:
        field_names = tuple(f.name for f in field_list)
        setter, deleter = _frozen_fns(owner, field_names)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    # __hash__: the 3.11 decision table
    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = _signature_text(cls, std_init_fields,
                                          kw_only_init_fields)
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)
        owner[0] = cls
    return cls


def _add_slots(cls, is_frozen):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for s in b.__dict__.get('__slots__', ()):
            inherited.add(s)
    cls_dict['__slots__'] = tuple(n for n in names if n not in inherited)
    for n in names:
        cls_dict.pop(n, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding __init__, __repr__, __eq__ and, on request,
    ordering, hashing and immutability, from the class's annotations."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# functions on dataclasses

def fields(class_or_instance):
    """The Field objects of a dataclass (type or instance), in order."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _copy_value(obj, convert):
    # recursive copy used by asdict()/astuple(); convert handles dataclass
    # instances
    if _is_dataclass_instance(obj):
        return convert(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_value(v, convert) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, convert) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, convert), _copy_value(v, convert))
                         for k, v in obj.items())
    if isinstance(obj, (set, frozenset)):
        return type(obj)(_copy_value(v, convert) for v in obj)
    try:
        from copy import deepcopy
    except ImportError:
        return obj
    return deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def convert(o):
        return dict_factory([(f.name, _copy_value(getattr(o, f.name), convert))
                             for f in fields(o)])
    return convert(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def convert(o):
        return tuple_factory([_copy_value(getattr(o, f.name), convert)
                              for f in fields(o)])
    return convert(obj)


def replace(obj, /, **changes):
    """A new object like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass from a list of names, (name, type) or
    (name, type, Field) items."""
    ns = dict(namespace) if namespace is not None else {}
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    ns['__module__'] = module if module is not None else '__main__'
    ns.setdefault('__qualname__', cls_name)
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
