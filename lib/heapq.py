"""Heap queue algorithm (a.k.a. priority queue), CPython 3.11's API.

ftpy's heapq, written for ftpy.  A heap is a plain list with
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is
the smallest item.  Items are compared with < only.

These functions hold no lock: a list shared between threads needs the
caller's own lock around each heap operation, as in CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname, argument="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() {argument} must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return top


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size does
    not change; the returned item may be larger than item)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than a
    heappush() followed by heappop())."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in place, in O(len(x)) time."""
    _check(x, "heapify", "argument")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_toward_leaves(x, i)


def _sift_toward_root(heap, start, pos):
    # The item at pos may be smaller than its parents (up to start).
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # The item at pos may be larger than its children.  Walk the hole down
    # to a leaf along the smaller child (the right one when neither is
    # smaller), put the item there and let it rise back toward pos.  This
    # is the order of comparisons CPython uses, so equal items end up in
    # the same places (it shows in printed heaps and in which of several
    # equal-priority items comes out first).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


# Max-heap variants (heap[0] is the largest), used by merge(reverse=True).

def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    # _sift_toward_leaves with the comparisons reversed.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_toward_leaves_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_toward_leaves_max(heap, 0)
    return top


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return top


def _next_of(it):
    # (a bound it.__next__, which not every ftpy iterator has yet)
    return lambda: next(it)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (lazily).

    key and reverse mean what they mean to sorted(); equal items come out
    in the order of the iterables they came from.
    """
    if reverse:
        heapify_, replace, pop, direction = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        heapify_, replace, pop, direction = heapify, heapreplace, heappop, 1
    # entries: [sort key, tie-break order, value, next function]
    h = []
    order = 0
    for it in iterables:
        nxt = _next_of(iter(it))
        try:
            v = nxt()
        except StopIteration:
            order += 1
            continue
        h.append([v if key is None else key(v), order * direction, v, nxt])
        order += 1
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                v = entry[3]()
                entry[0] = v if key is None else key(v)
                entry[2] = v
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                v = nxt()
            except StopIteration:
                return
            yield v


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


from _ft_hidden import hide_module as _hide_module
_hide_module(globals())
del _hide_module
