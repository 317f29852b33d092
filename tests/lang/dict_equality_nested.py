# dict equality, nested dicts, dict of lists
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {} == {}, {'a': 1} != {'a': 2})
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
tree = {'root': {'left': {'val': 1}, 'right': {'val': 2, 'kids': [3, 4]}}}
print(tree['root']['right']['kids'][1])
tree['root']['left']['val'] += 10
print(tree)
def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())
print(depth(tree))
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print(len({'a': 1, 'b': {'c': 2}}), bool({}), bool({0: 0}))
print(list({'x': 1}.items())[0], dict(a=[1, 2])['a'][1])
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(max({'a': 3, 'b': 9, 'c': 5}.items(), key=lambda kv: kv[1])[0])
print({k: v for k, v in sorted({'z': 1, 'y': 2}.items())})
