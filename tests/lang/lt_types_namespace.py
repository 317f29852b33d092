# types: SimpleNamespace and the names of built-in types
import types


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type(gen()) is types.GeneratorType, type(types) is types.ModuleType)
print(type(None) is types.NoneType, type(C.__dict__) is types.MappingProxyType)
print(type(int | str) is types.UnionType, types.NotImplementedType, types.EllipsisType)
print(isinstance(print, types.BuiltinFunctionType), isinstance(f, types.FunctionType))

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b='two', c=[3]), ns == types.SimpleNamespace())
print(types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
ns.me = ns
print(ns)
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError:', e)


class Config(types.SimpleNamespace):
    def get(self, key, default=None):
        return getattr(self, key, default)


cfg = Config(debug=True, level=3)
print(cfg, cfg.get('level'), cfg.get('missing', 'n/a'), isinstance(cfg, types.SimpleNamespace))

mod = types.ModuleType('plugins', 'Plugin registry.')
mod.names = ['a', 'b']
print(mod.__name__, mod.__doc__, mod.names)

proxy = types.MappingProxyType({'k': 1})
print(proxy['k'], 'k' in proxy, len(proxy), dict(proxy))
try:
    proxy['z'] = 0
except TypeError as e:
    print('TypeError:', e)

Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update(x=42))
print(Dyn.__name__, Dyn.x, issubclass(Dyn, C))
print(types.resolve_bases((C, int)) == (C, int))
