"""types: names for built-in types (a subset of CPython 3.11's API).

ftpy's types, written for ftpy: the classes of the interpreter's built-in
objects (FunctionType, MethodType, BuiltinFunctionType, ModuleType,
GeneratorType, NoneType, UnionType, MappingProxyType, ...), found by taking
type() of a sample object, plus SimpleNamespace, new_class, resolve_bases,
and prepare_class.

Thread safety: the type names are immutable.  A SimpleNamespace is an
ordinary object whose attributes follow ftpy's per-object rules.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType', 'ModuleType', 'GeneratorType',
           'MappingProxyType', 'SimpleNamespace', 'CellType', 'FrameType',
           'TracebackType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'NoneType', 'NotImplementedType', 'EllipsisType', 'UnionType',
           'GenericAlias', 'new_class', 'resolve_bases', 'prepare_class']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(getattr(_e.__traceback__, 'tb_frame', None))
    del _e


def _cell_maker():
    x = 1

    def inner():
        return x
    return inner


try:
    CellType = type(_cell_maker().__closure__[0])
except Exception:
    CellType = None

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
UnionType = type(int | str)
try:
    GenericAlias = type(list[int])
except TypeError:
    # ftpy: the built-in containers are not subscriptable yet (PEP 585);
    # typing's alias class stands in
    GenericAlias = None

del _f, _g, _C, _cell_maker


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        # recursive namespaces print as namespace(...) like CPython
        ident = id(self)
        active = _repr_running
        if ident in active:
            return 'namespace(...)' if type(self) is SimpleNamespace \
                else type(self).__name__ + '(...)'
        active.add(ident)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace \
                else type(self).__name__
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            active.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


# ids of namespaces whose repr is in progress (recursion guard); shared by
# threads, which at worst print "..." for a namespace another thread is
# also printing at the same moment
_repr_running = set()

SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    """Resolve the bases of a class statement via __mro_entries__."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        meth = getattr(base, '__mro_entries__', None)
        if meth is None:
            new_bases.append(base)
            continue
        entries = meth(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        changed = True
        new_bases.extend(entries)
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived "
                        "class must be a (non-strict) subclass of the "
                        "metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class about to be made."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the right metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)
