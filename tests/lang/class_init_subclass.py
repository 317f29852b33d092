# __init_subclass__ hook and class registration
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='the-beta'):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, 'for unknown class keyword')
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class A(Counted): pass
class B(Counted): pass
class C(A): pass
print(Counted.subclasses, A.index, B.index, C.index)
