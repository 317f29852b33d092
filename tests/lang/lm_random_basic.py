# random: CPython-exact Mersenne Twister sequences for the same seeds.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(15)])
print(random.randrange(0, 100, 5), random.randrange(1000), random.randrange(50, 10, -7))
print(random.uniform(-1.5, 2.5))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
print(random.randbytes(6))

deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.seed(99)
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.choice(range(10 ** 12)))
print(random.sample(deck, 5))
print(random.sample(range(1000000), 8))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices(['a', 'b', 'c'], k=8))
print(random.choices(['a', 'b', 'c'], weights=[10, 1, 1], k=8))
print(random.choices(['a', 'b', 'c'], cum_weights=[1, 2, 10], k=8))

# seeds of every supported type
for seed in (0, 1, -1, 2 ** 32, 2 ** 100 + 17, 3.25, 'spam', b'eggs', bytearray(b'ham'), True):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10 ** 9))

# the state round-trips
random.seed(5)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)], state[0], len(state[1]))

# separate generators don't share state
a = random.Random(42)
b = random.Random(42)
a.random()
print(a.random() == b.random(), b.random() == random.Random(42).random())
print(random.Random('x').randint(1, 1000), random.Random(b'x').randint(1, 1000))
# long runs cross many twists of the state
r = random.Random(31337)
print(sum(r.getrandbits(32) for _ in range(3000)))
