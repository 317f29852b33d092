# Sieve of Eratosthenes and prime utilities
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, p in enumerate(is_p) if p]
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (2, 12, 97, 360, 9973 * 9967, 2 ** 31 - 1, 600851475143):
    print(n, factorize(n))
pset = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in pset]
print(len(twins), twins[:5])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6])
