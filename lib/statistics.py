"""statistics: mathematical statistics functions (a subset of CPython
3.11's API).

ftpy's statistics, written for ftpy:

    averages:  mean, fmean, geometric_mean, harmonic_mean, median,
               median_low, median_high, median_grouped, mode, multimode,
               quantiles
    spread:    pvariance, variance, pstdev, stdev
    relations: covariance, correlation, linear_regression
    StatisticsError

Data may be ints, floats and bools (ftpy has no fractions or decimal
module).  As in CPython, sums are computed exactly (with rationals) before
one final rounding, so the results -- including their type: mean([1, 3])
is the int 2 -- are CPython's.  NormalDist is not provided.

Thread safety: the functions keep no state; each works on its own copy
(or a single pass) of the data it is given.
"""

from math import (sqrt as _sqrt, exp as _exp, log as _log, fsum as _fsum,
                  gcd as _gcd, isqrt as _isqrt)
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from collections import Counter as _Counter, namedtuple as _namedtuple
from itertools import repeat as _repeat
from operator import mul as _mul

__all__ = ['StatisticsError', 'correlation', 'covariance',
           'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# exact rational arithmetic (a small stand-in for fractions.Fraction)

class _Q:
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = _gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.numerator = n
        self.denominator = d

    def __add__(self, o):
        o = _q(o)
        return _Q(self.numerator * o.denominator + o.numerator * self.denominator,
                  self.denominator * o.denominator)

    __radd__ = __add__

    def __sub__(self, o):
        o = _q(o)
        return _Q(self.numerator * o.denominator - o.numerator * self.denominator,
                  self.denominator * o.denominator)

    def __mul__(self, o):
        o = _q(o)
        return _Q(self.numerator * o.numerator, self.denominator * o.denominator)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = _q(o)
        if o.numerator == 0:
            raise ZeroDivisionError('division by zero')
        return _Q(self.numerator * o.denominator, self.denominator * o.numerator)

    def __rtruediv__(self, o):
        return _q(o) / self

    def __le__(self, o):
        o = _q(o)
        return self.numerator * o.denominator <= o.numerator * self.denominator

    def __float__(self):
        # int / int is correctly rounded
        return self.numerator / self.denominator

    def __int__(self):
        n, d = self.numerator, self.denominator
        return n // d if n >= 0 else -(-n // d)


def _q(x):
    if isinstance(x, _Q):
        return x
    n, d = _exact_ratio(x)
    return _Q(n, d)


def _exact_ratio(x):
    # (numerator, denominator) of x exactly; (x, None) for inf and nan.
    if isinstance(x, int):
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    # The result type of mixing data of types T and S.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Exact sum of data: (result type, _Q total or inf/nan float, count)."""
    count = 0
    partials = {}
    T = int
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        # inf/nan: the float sum of those alone decides the result
        return (T, partials[None], count)
    total = _Q(0)
    for d, n in partials.items():
        total = total + _Q(n, d)
    return (T, total, count)


def _convert(value, T):
    # Round an exact result to the type of the data.
    if type(value) is T:
        return value
    if isinstance(value, float):
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is float or not issubclass(T, int):
        return T(float(value))
    return T(int(value))


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _ss(data, c=None):
    """Sum of squared deviations: (type, exact value, mean used, count)."""
    if c is not None:
        T, total, count = _sum((d := x - c) * d for x in data)
        return (T, total, c, count)
    count = 0
    T = int
    sx = {}
    sxx = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return (T, _Q(0), _Q(0), 0)
    if None in sx:
        return (T, sx[None], sx[None], count)
    tx = _Q(0)
    for d, n in sx.items():
        tx = tx + _Q(n, d)
    txx = _Q(0)
    for d, n in sxx.items():
        txx = txx + _Q(n, d * d)
    ssd = (txx * count - tx * tx) / count
    return (T, ssd, tx / count, count)


def _float_sqrt_of_frac(n, m):
    """Correctly rounded float of sqrt(n / m), for ints n >= 0, m > 0."""
    # Compute the root with enough extra bits, rounded to odd, so that the
    # final int/int division rounds only once.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = _isqrt(n // (m << 2 * q))
        num = (a | (a * a * (m << 2 * q) != n)) << q
        den = 1
    else:
        a = _isqrt((n << -2 * q) // m)
        num = a | (a * a * m != (n << -2 * q))
        den = 1 << -q
    return num / den


# ---------------------------------------------------------------------------
# averages

def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def count(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x
        data = count(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum(map(_mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return _exp(fmean(map(_log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data (optionally weighted)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = _repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_q(sum_weights) / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile of continuous data grouped in classes of
    width `interval`, by interpolation."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # (3.11 works in floats here, even for a single int data point.)
    try:
        interval = float(interval)
        xf = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = xf - interval / 2           # lower limit of the median class
    l1 = _bisect_left(data, x)
    l2 = _bisect_right(data, x, l1) - 1
    cf = l1                         # values below the median class
    f = l2 - l1 + 1                 # values in it
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point (the first one met on ties)."""
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values, in the order
    they were first encountered."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability;
    return the n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# spread

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(mss):
    if isinstance(mss, float):      # inf or nan data
        return _sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(ss / (n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(ss / n)


# ---------------------------------------------------------------------------
# relations between two inputs

def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((d := xi - xbar) * d for xi in x)
    syy = _fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (least squares)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data '
                              'points')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
