# an __eq__ that writes to the dict being searched (values only, or keys)
cache = {'calls': 0}
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        cache['calls'] += 1
        return isinstance(o, K) and self.n == o.n
cache[K(1)] = 'a'
print(cache.get(K(2)), cache['calls'], cache.get(K(1)), cache['calls'])
d = {}
class Grow:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o):
        if len(d) < 20:
            d[len(d) + 1000] = 0
        return isinstance(o, Grow) and self.n == o.n
d[Grow(1)] = 'g'
print(d.get(Grow(1)), d.get(Grow(2)), len(d))
