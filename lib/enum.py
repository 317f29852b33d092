"""enum: enumerations (a subset of CPython 3.11's API).

ftpy's enum, written for ftpy: EnumType (alias EnumMeta), Enum, ReprEnum,
IntEnum, StrEnum, Flag, IntFlag, FlagBoundary (STRICT, CONFORM, EJECT,
KEEP), auto, unique, member, nonmember, and the functional API
(Enum('Color', 'RED GREEN BLUE')).  Reprs, str()/format() results and
error messages follow 3.11.  Not provided: verify(), global_enum(),
pickling support beyond __reduce_ex__, _ignore_ of computed names,
_order_ checking and DeprecationWarnings.

The class body is analysed after it has run (ftpy does not route class-body
stores through the namespace's __setitem__), in definition order, so auto()
values and aliases come out as in CPython.

Thread safety: an enum class is fully built before its metaclass returns it
and its member tables are never changed afterwards, except that Flag
pseudo-members (combinations such as Color.RED|Color.BLUE) are created on
demand and cached with dict.setdefault, so racing threads always end up
sharing one pseudo-member object.
"""

import builtins as _bltns
import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum',
           'Flag', 'IntFlag', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
           'KEEP', 'auto', 'unique', 'member', 'nonmember', 'property']

# These names are bound to the real classes once they exist; the metaclass
# checks them to know whether it is building the base classes themselves.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None

_auto_null = object()


class _Deferred:
    # ftpy resolves auto() after the class body has run, so an expression
    # such as `WHITE = RED | GREEN | BLUE` over auto() members is recorded
    # here and evaluated once the operands have their values.

    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoExpr(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _AutoExpr(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _AutoExpr(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _AutoExpr(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _AutoExpr(lambda a, b: a * b, other, self)

    def __lshift__(self, other):
        return _AutoExpr(lambda a, b: a << b, self, other)

    def __invert__(self):
        return _AutoExpr(lambda a, b: ~a, self, None)

    def __neg__(self):
        return _AutoExpr(lambda a, b: -a, self, None)


class _AutoExpr(_Deferred):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def _resolve(self):
        return self.op(_resolve(self.left), _resolve(self.right))


def _resolve(obj):
    if isinstance(obj, auto):
        if obj.value is _auto_null:
            raise TypeError('auto() value used before it was assigned')
        return obj.value
    if isinstance(obj, _AutoExpr):
        return obj._resolve()
    return obj


class auto(_Deferred):
    """Placeholder: the member's value is computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force an object (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protect an object from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """A property of members that, looked up on the class, finds a member
    of the same name instead (so members may be called 'name' or 'value')."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            mm = getattr(ownerclass, '_member_map_', None) or {}
            if self.name in mm:
                return mm[self.name]
            raise AttributeError('%r has no attribute %r'
                                 % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('<enum %r> member has no attribute %r'
                                 % (type(instance).__name__, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (type(instance).__name__, self.name))
        self.fdel(instance)


class _MembersProxy:
    """Read-only view of a class's name -> member mapping (__members__);
    prints like CPython's mappingproxy."""

    __slots__ = ('_map',)

    def __init__(self, mapping):
        object.__setattr__(self, '_map', mapping)

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

    def copy(self):
        return dict(self._map)

    def __eq__(self, other):
        if isinstance(other, _MembersProxy):
            other = other._map
        return self._map == other

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute '%s' is "
                             "read-only" % name)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._map,)

    def __str__(self):
        return str(self._map)


# ---------------------------------------------------------------------------
# helpers

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pre = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(pre) and len(name) > len(pre)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bit_count(n):
    return bin(n).count('1')


def _flag_bin(num, width=None):
    """Two's-complement binary text the way Flag error messages show it:
    '0b0 1000' for 8 (sign digit, a space, then the digits)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if width is not None and len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return '%s %s' % (sign, digits)


def _find_data_type(bases):
    """The non-enum data type mixed into an enum (object when none)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if Enum is not None and issubclass(base, Enum):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if Enum is not None and not (isinstance(last, EnumType)):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


def _lookup(cls, name):
    """First class in cls's MRO whose own dict defines name, or None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


# ---------------------------------------------------------------------------
# the metaclass

_SUNDER_ALLOWED = frozenset([
    '_order_', '_generate_next_value_', '_missing_', '_ignore_',
    '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'])


class _EnumDict(dict):
    # The class-body namespace of an enumeration: it rejects reserved
    # _sunder_ names and a name defined twice when either is a member, as
    # CPython's does.
    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_keys = set()

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
        elif key in self._member_keys:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember) or (
                _is_descriptor(value) and not isinstance(value, member)):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_keys.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of all enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        classdict = dict(classdict)
        member_type = _find_data_type(bases)
        first_enum = _first_enum(bases)

        # next-value generator: the class body's own, else inherited
        gnv = classdict.get('_generate_next_value_')
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
            classdict['_generate_next_value_'] = gnv
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_

        ignore = classdict.pop('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            classdict.pop(name, None)
        classdict.pop('_order_', None)

        # pick out the members, in definition order, resolving auto()
        members = {}
        last_values = []
        for key in list(classdict):
            value = classdict[key]
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key)
                  or _is_private(cls, key) or _is_descriptor(value)):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, _AutoExpr):
                value = value._resolve()
            elif isinstance(value, tuple) and any(isinstance(v, _Deferred) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto) and v.value is _auto_null:
                        v.value = gnv(key, 1, len(members), last_values[:])
                    resolved.append(_resolve(v))
                value = tuple(resolved)
            members[key] = value
            last_values.append(value)
            del classdict[key]

        invalid = [n for n in members if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(n) for n in invalid))

        # how members are created
        user_new = classdict.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is not None:
            new_member = user_new
        else:
            new_member = None
            for attr in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, attr, None)
                    if target not in (None, None.__new__, object.__new__) and \
                            (Enum is None or target is not Enum.__new__):
                        new_member = target
                        break
                if new_member is not None:
                    break
            if new_member is None:
                new_member = object.__new__
        use_args = new_member is not object.__new__

        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_new_member_'] = new_member
        classdict['_use_args_'] = use_args
        if Flag is not None and any(issubclass(b, Flag) for b in bases):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            classdict['_boundary_'] = boundary
        elif boundary is not None:
            classdict['_boundary_'] = boundary
        # for ReprEnum subclasses str() and format() are the data type's
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                classdict['__str__'] = method

        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        # a data type's repr/str/format must not hide the enum's own
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                owner = _lookup(enum_class, name)
                if owner is None or not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, name,
                                     getattr(first_enum, name))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name, value in members.items():
            enum_class._add_member_(name, value, is_flag)

        if is_flag:
            single = 0
            mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    mask |= v
                    if _is_single_bit(v):
                        single |= v
            enum_class._flag_mask_ = mask
            enum_class._singles_mask_ = single
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
            # a data type's operators (int.__or__...) must not hide Flag's
            for name in ('__or__', '__and__', '__xor__', '__ror__',
                         '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        # after creation, calling the class looks members up
        if Enum is not None:
            if user_new is not None:
                type.__setattr__(enum_class, '__new_member__', user_new)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def _add_member_(cls, name, value, is_flag):
        if isinstance(value, tuple) and cls._member_type_ is not tuple:
            args = value
        else:
            args = (value,)
        if cls._use_args_:
            new = cls._new_member_
            obj = new(cls, *args)
        else:
            obj = object.__new__(cls)
        if not hasattr(obj, '_value_'):
            if cls._member_type_ is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to '
                                    'create it') from exc
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj.__init__(*args)
        obj._sort_order_ = len(cls._member_names_)

        # an alias is a second name for an existing member's value
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            obj = canonical
        elif not is_flag or _is_single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append(value)
        # members named like an Enum property (e.g. 'name') stay reachable
        # through that property instead of hiding it
        if not isinstance(cls.__dict__.get(name), property) and \
                not isinstance(getattr(Enum, name, None), property):
            type.__setattr__(cls, name, obj)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count,
                                                         last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        if hasattr(names, 'items'):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            module = '__main__'
            if getframe is not None:
                try:
                    module = getframe(2).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    pass
        classdict['__module__'] = module
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (obj.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __dir__(cls):
        # CPython's choice: the members and the class's protocol, plus
        # __new__/__init_subclass__ when customized, plus whatever a
        # mixed-in data type (int, str, ...) has
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    @_bltns.property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


# ---------------------------------------------------------------------------
# Enum and friends

class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it to define an enumeration."""

    def __new__(cls, value):
        # lookup of an existing member (the class is built by then)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and \
                cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of '
                            'None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # the last value that supports +1, plus one; else start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_,
                                self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value']
        for klass in type(self).__mro__:
            if klass is Enum or klass is object:
                break
            for key in klass.__dict__:
                if (not key.startswith('_') and key not in names
                        and key not in type(self)._member_map_):
                    names.append(key)
        names.extend(k for k in self.__dict__ if not k.startswith('_'))
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes repr(): str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values having bits that no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_(cls, value):
        # canonical (single-bit) members contained in value, in definition
        # order
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _flag_bin(value, width),
                                    _flag_bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** value.bit_length())
                             + value)
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member_value = value & singles
        aliases = value & ~singles & flag_mask
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            found = []
            combined = 0
            for m in cls._iter_member_(member_value):
                found.append(m)
                combined |= m._value_
            if aliases:
                for m in cls._member_map_.values():
                    v = m._value_
                    if m not in found and v and v & value == v:
                        found.append(m)
                        combined |= v
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(m._name_ for m in found)
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r'
                                     % (cls, unknown))
                if unknown:
                    pseudo._name_ += '|%r' % (unknown,)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


# ---------------------------------------------------------------------------
# decorators

def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name)
                            for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration
