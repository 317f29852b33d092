"""random: pseudo-random numbers (a subset of CPython 3.11's API).

ftpy's random, written for ftpy in pure Python.  The generator is the
Mersenne Twister (MT19937) seeded exactly as CPython seeds it, so for the
same seed every method below returns the same values as CPython 3.11:

    Random, seed, getstate, setstate, random, getrandbits, randbytes,
    randrange, randint, choice, choices, shuffle, sample, uniform,
    triangular, gauss, normalvariate, lognormvariate, expovariate,
    vonmisesvariate, gammavariate, betavariate, paretovariate,
    weibullvariate, SystemRandom (not cryptographic here: see below).

Seeds: None, int, float, str, bytes and bytearray are accepted as in
CPython (str/bytes seeds go through SHA-512 like CPython's version 2
seeding; version=1 string seeding is also supported).  seed(None) mixes
the clock, the thread id and a counter instead of reading os.urandom, so
it is unpredictable but not cryptographically strong; SystemRandom is
likewise only an independently seeded generator.

Thread safety: each Random instance has its own lock.  Every draw of raw
bits (random(), getrandbits()) and every seed/getstate/setstate holds it,
so threads sharing an instance -- like the module-level functions, which
are bound methods of one hidden instance -- never corrupt its state.
Methods that draw several times (shuffle, sample, ...) may interleave
their draws with other threads' draws, as in CPython.
"""

from _thread import allocate_lock as _allocate_lock, get_ident as _get_ident
from math import (log as _log, exp as _exp, pi as _pi, e as _e,
                  ceil as _ceil, floor as _floor, sqrt as _sqrt,
                  acos as _acos, cos as _cos, sin as _sin,
                  isfinite as _isfinite)
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
import time as _time

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint",
           "choice", "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate",
           "weibullvariate", "getstate", "setstate", "getrandbits",
           "choices", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF


# ---------------------------------------------------------------------------
# MT19937 core (the reference algorithm of Matsumoto and Nishimura)

_N = 624
_M = 397
_MASK32 = 0xFFFFFFFF


def _genrand_init(s):
    # Fill a fresh state vector from a single 32-bit seed.
    mt = [0] * _N
    prev = s & _MASK32
    mt[0] = prev
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        mt[i] = prev
    return mt


def _init_by_array(key):
    # The state CPython derives from an array of 32-bit words.
    mt = _genrand_init(19650218)
    n = len(key)
    i = 1
    j = 0
    for _ in range(_N if _N > n else n):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _MASK32
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= n:
            j = 0
    for _ in range(_N - 1):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & _MASK32
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000          # guarantees a non-zero state
    return mt


def _twist(mt):
    # Regenerate all 624 state words in place, and return them tempered
    # (the next 624 outputs), so that drawing a word is just an index.
    out = [0] * _N
    for k in range(_N):
        y = (mt[k] & 0x80000000) | (mt[k + 1 if k < _N - 1 else 0] & 0x7FFFFFFF)
        m = k + _M
        if m >= _N:
            m -= _N
        y = mt[m] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        mt[k] = y
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        out[k] = y
    return out


def _int_to_key(n):
    # abs(n) as little-endian 32-bit words ([0] for zero), as CPython does.
    n = -n if n < 0 else n
    key = []
    while n:
        key.append(n & _MASK32)
        n >>= 32
    return key or [0]


# ---------------------------------------------------------------------------
# SHA-512, needed only to turn str/bytes seeds into integers exactly as
# CPython does.  The round constants are derived (fractional parts of the
# square and cube roots of the first primes) on first use.

_sha_consts = None


def _iroot(n, k):
    # floor(n ** (1/k)) for a non-negative int n, by Newton's method.
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _sha512_consts():
    global _sha_consts
    if _sha_consts is None:
        primes = []
        c = 2
        while len(primes) < 80:
            if all(c % p for p in primes):
                primes.append(c)
            c += 1
        mask = (1 << 64) - 1
        h = [_iroot(p << 128, 2) & mask for p in primes[:8]]
        k = [_iroot(p << 192, 3) & mask for p in primes]
        _sha_consts = (h, k)
    return _sha_consts


def _sha512(data):
    h0, K = _sha512_consts()
    mask = (1 << 64) - 1

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    h = list(h0)
    msg = bytes(data)
    length = len(msg) * 8
    msg += b'\x80' + b'\x00' * ((111 - len(msg)) % 128) + length.to_bytes(16, 'big')
    for off in range(0, len(msg), 128):
        w = [int.from_bytes(msg[off + 8 * i:off + 8 * i + 8], 'big')
             for i in range(16)]
        for i in range(16, 80):
            a = w[i - 15]
            b = w[i - 2]
            s0 = rotr(a, 1) ^ rotr(a, 8) ^ (a >> 7)
            s1 = rotr(b, 19) ^ rotr(b, 61) ^ (b >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            t1 = (hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41))
                  + ((e & f) ^ (~e & g)) + K[i] + w[i]) & mask
            t2 = ((rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39))
                  + ((a & b) ^ (a & c) ^ (b & c))) & mask
            hh = g
            g = f
            f = e
            e = (d + t1) & mask
            d = c
            c = b
            b = a
            a = (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


_entropy_counter = 0


def _entropy():
    # A seed for seed(None): not os.urandom, but different on every call.
    global _entropy_counter
    _entropy_counter += 1
    return ((_time.time_ns() << 64) ^ (_time.perf_counter_ns() << 20)
            ^ (_get_ident() << 8) ^ _entropy_counter)


def _index(x, what):
    # randrange()'s argument conversion (3.11: floats equal to an int are
    # accepted, anything else non-integral is an error).
    try:
        return x.__index__()
    except AttributeError:
        pass
    ix = int(x)
    if ix != x:
        raise ValueError("non-integer %s for randrange()" % what)
    return ix


def _is_sequence(obj):
    # A stand-in for isinstance(obj, collections.abc.Sequence).
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (set, frozenset, dict)):
        return False
    t = type(obj)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__') and \
        not hasattr(t, 'keys')


# ---------------------------------------------------------------------------
# Random

class Random:
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.  Each instance is an independent Mersenne Twister."""

    VERSION = 3

    def __init__(self, x=None):
        self._lock = _allocate_lock()
        self._mt = None
        self._out = None
        self._pos = _N
        self.gauss_next = None
        self.seed(x)

    def __init_subclass__(cls, /, **kwargs):
        # As CPython: a subclass overriding only random() gets a
        # _randbelow() built on random() instead of getrandbits().
        super().__init_subclass__(**kwargs)
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- state --------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        None seeds from the clock; ints are used directly; str, bytes and
        bytearray are hashed (SHA-512) into an int; floats use hash()."""
        if version == 1 and isinstance(a, (str, bytes)):
            # The old Python 2 string hash, kept for version=1 seeding.
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            a = _entropy()
        elif type(a) is not int:
            # CPython seeds from hash() for anything that is not exactly
            # an int (floats, bools, int subclasses), as an unsigned word.
            a = hash(a) & 0xFFFFFFFFFFFFFFFF
        mt = _init_by_array(_int_to_key(a))
        with self._lock:
            self._mt = mt
            self._out = None
            self._pos = _N
            self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        with self._lock:
            return (self.VERSION, tuple(self._mt) + (self._pos,),
                    self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, gauss_next = state
        elif version == 2:
            # Python 2.3-3.1 states stored the words as signed longs.
            version, internal, gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = [int(w) & _MASK32 for w in internal[:_N]]
        pos = int(internal[_N])
        if pos < 0 or pos > _N:
            raise ValueError("invalid state")
        out = None
        if pos < _N:
            # Re-temper the current block from the state words.
            out = []
            for y in words:
                y ^= y >> 11
                y ^= (y << 7) & 0x9D2C5680
                y ^= (y << 15) & 0xEFC60000
                y ^= y >> 18
                out.append(y)
        with self._lock:
            self._mt = words
            self._out = out
            self._pos = pos
            self.gauss_next = gauss_next

    # pickling/copying of a generator keeps its state
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self._lock = _allocate_lock()
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    def __copy__(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new._lock = _allocate_lock()
        new.setstate(self.getstate())
        return new

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- raw bits (the only methods touching the state) --------------------

    def _word(self):
        # Next tempered 32-bit output; the caller holds self._lock.
        pos = self._pos
        if pos >= _N:
            self._out = _twist(self._mt)
            pos = 0
        self._pos = pos + 1
        return self._out[pos]

    def random(self):
        """random() -> x in the interval [0, 1)."""
        with self._lock:
            a = self._word() >> 5
            b = self._word() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            with self._lock:
                return self._word() >> (32 - k)
        # Little-endian 32-bit words; the last, most significant one keeps
        # its top bits only, as CPython fills its word array.
        result = 0
        shift = 0
        with self._lock:
            while k > 0:
                w = self._word()
                if k < 32:
                    w >>= 32 - k
                result |= w << shift
                shift += 32
                k -= 32
        return result

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -- integers -----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        "Return a random int in [0,n) using only random()."
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # -- sequences ----------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match '
                                 'the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Same strategy choice as CPython: a partial shuffle of a copy for
        # small populations, rejection of repeats for large ones.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with
        replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)]
                        for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%r' % (k,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    # -- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] by rounding."
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; values come in pairs, the
        second kept for the next call)."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1/mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm (GB)
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            # Ahrens and Dieter's algorithm GS for alpha < 1
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), values in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """A Random seeded afresh from the clock; ftpy has no os.urandom, so
    unlike CPython's it is neither cryptographic nor stateless (seed(),
    getstate() and setstate() are accepted and ignored / unsupported as in
    CPython)."""

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        if self.__dict__.get('_mt') is None:
            Random.seed(self, None)
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# ---------------------------------------------------------------------------
# Module-level functions: bound methods of one shared instance.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
