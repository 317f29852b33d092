# Set and dict comprehensions
print({x % 5 for x in range(20)})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print({x: x * x for x in range(5)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({c: 'aeiou'.count(c) for c in 'abcde' if c in 'aeiou'})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ['apple', 'bob', 'cat', 'anna']
print({w: w == w[::-1] for w in words})
print({len(w) for w in words})
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
print({k: v for k, v in zip('abc', range(3)) if v})
print({i: {j for j in range(i)} for i in range(4)})
print(len({x for x in range(1000)}), sum({x % 7 for x in range(100)}))
d = {str(i): i for i in range(5)}
print({k: d[k] ** 2 for k in sorted(d, reverse=True)})
print({x: y for x, y in [(1, 'a'), (1, 'b')]})
