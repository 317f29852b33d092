from collections import ChainMap, OrderedDict
import typing
cm = ChainMap({'a': 1}, {'b': 2, 'a': 5})
print(cm.keys(), cm.items(), cm.values(), cm, len(cm), list(cm))
cm.update(c=3); print(cm, cm.setdefault('d', 4), cm['a'], cm.get('b'))
print(sorted(cm.keys() - {'a'}), 'b' in cm.keys(), ('a', 1) in cm.items())
print(cm.popitem(), cm.pop('c'), cm)
child = cm.new_child({'z': 26}); print(child, child.parents, child['b'])
print(cm | {'q': 0}, {'q': 0} | cm, ChainMap.fromkeys('xy', 0))
cm |= {'w': 1}; print(cm, isinstance(cm, typing.Mapping) if False else "", cm == {'a': 1, 'b': 2, 'w': 1})
try:
    ChainMap({}, {'k': 1}).pop('k')
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
import collections
print(collections.abc.Mapping)
