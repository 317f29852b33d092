# Private names (__x) inside a class body are mangled to _Class__x,
# for attributes, slots and names alike.
class K:
    def __init__(self):
        self.__x = 1
        self._K__y = 2
    def get(self):
        return self.__x, self.__y
k = K()
print(sorted(k.__dict__), k.get(), k._K__x)
class H:
    __slots__ = ('__priv', 'b')
    def __init__(self):
        self.__priv = 9
    def get(self):
        return self.__priv
h = H()
print(h.get(), h._H__priv, H.__slots__)
print(sorted(k for k in H.__dict__ if not k.startswith('__')))
class _Under:
    __slots__ = ('__z',)
print([k for k in _Under.__dict__ if 'z' in k])
class Sub(K):
    def peek(self):
        return self.__x
try:
    Sub().peek()
except AttributeError as e:
    print("AttributeError", e)
try:
    class Clash:
        __slots__ = ('__x',)
        _Clash__x = 1
except ValueError as e:
    print("ValueError", e)
def outer():
    class C:
        __v = 5
        def m(self):
            return self.__v
    return C().m(), hasattr(C, '_C__v'), hasattr(C, '__v')
print(outer())
