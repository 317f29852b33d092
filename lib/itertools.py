"""Iterator building blocks (CPython's itertools), in pure Python.

Most are generator functions, so type(x).__name__ differs from CPython's;
results, laziness and argument errors follow CPython.  count and repeat
take a lock per step, so one shared by threads (an id source) hands out
each value once, as the C versions do under CPython's GIL; the generator
based ones raise "generator already executing" when two threads advance
the same one at once."""

from _thread import allocate_lock as _allocate_lock

__all__ = ["accumulate", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile",
           "tee", "zip_longest"]


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            # CPython's PyNumber_Check: an int, float or complex, or a
            # type with __index__, __int__ or __float__
            t = type(v)
            if not isinstance(v, (int, float, complex)) and not (
                    hasattr(t, '__index__') or hasattr(t, '__int__') or
                    hasattr(t, '__float__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step
        self._lock = _allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        # one step under a lock: a count shared by threads (an id source)
        # hands out every number once, as CPython's C count does
        with self._lock:
            n = self._n
            self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    """repeat(obj[, times]): obj, obj, ... (forever or `times` times)"""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._left = times
        self._lock = _allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        with self._lock:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


_GenericAlias = type(list[int])  # types.GenericAlias


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of
    items with equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _MARK or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
            if self._tgtkey is _MARK:
                break
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            if self._id is not id:
                return      # the groupby moved on while this group waited
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


_MARK = object()


def _islice_arg(v, what):
    # as CPython: a value it can't take (or -1, its error value) is
    # reported as `what`; another negative one as the indices in general
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        v = -1
    if v < 0:
        raise ValueError('%s for islice() must be None or an '
                         'integer: 0 <= x <= sys.maxsize.'
                         % ('Stop argument' if what == 'Stop' and v == -1 else 'Indices'))
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = 0, _islice_arg(args[0], 'Stop'), 1
    else:
        start = _islice_arg(args[0], 'Indices') or 0
        stop = _islice_arg(args[1], 'Stop')
        step = 1
        if len(args) == 3 and args[2] is not None:
            try:
                step = args[2].__index__()
            except AttributeError:
                step = 0
            if step <= 0:
                raise ValueError('Step for islice() must be a positive '
                                 'integer or None.')
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    # Like CPython: skip up to `start` items even when the slice is empty.
    if stop is not None and stop <= start:
        for _ in zip(range(start), it):
            pass
        return
    i = 0
    nexti = start
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # each copy reads its own buffer from heads[k]; a buffer is emptied
    # whenever its reader catches up, so reading stays O(1) per item
    buffers = [[] for _ in range(n)]
    heads = [0] * n

    def gen(k):
        buf = buffers[k]
        while True:
            h = heads[k]
            if h >= len(buf):
                buf.clear()
                h = 0
                try:
                    v = next(it)
                except StopIteration:
                    heads[k] = 0
                    return
                for b in buffers:
                    b.append(v)
            v = buf[h]
            buf[h] = None
            heads[k] = h + 1
            yield v
    return tuple(gen(k) for k in range(n))


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(tuple(iterable), r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(tuple(iterable), r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


from _ft_hidden import hide_module as _hide_module
_hide_module(globals())
del _hide_module

from _ft_hidden import c_name as _c_name
for _cls in (count, repeat, chain, groupby):
    _c_name(_cls, 'itertools.' + _cls.__name__)
del _c_name, _cls
