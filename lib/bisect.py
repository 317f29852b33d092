"""Bisection algorithms on sorted sequences (CPython's bisect module).

Pure Python; insort's search and insert are two separate list operations,
so a list shared between threads needs the caller's own lock."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left",
           "insort_right"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index after the last item <= x in the sorted slice a[lo:hi]."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index of the first item >= x in the sorted slice a[lo:hi]."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x after any equal items, keeping a sorted."""
    k = x if key is None else key(x)
    a.insert(bisect_right(a, k, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x before any equal items, keeping a sorted."""
    k = x if key is None else key(x)
    a.insert(bisect_left(a, k, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right


from _ft_hidden import hide_module as _hide_module
_hide_module(globals())
del _hide_module
