/*
 * list.c -- the list type, its two iterators, and the per-thread repr
 * recursion guard that every container's repr uses.
 *
 * Representation: FtList (ft.h) holds n (items in use), cap (slots
 * allocated) and items, a separately allocated array.  Growth is amortized
 * (new capacity = need + need/8 + 6, rounded to 4, like CPython), and a
 * list that falls below a quarter of its capacity is shrunk.  items may be
 * NULL (cap 0).  While list.sort() runs, the list is empty and cap holds
 * SORT_MARK; any mutation during the sort replaces cap, which is how the
 * sort detects "list modified during sort".
 *
 * Invariant: items[0 .. n) are valid references, n <= cap, and when items
 * is NULL then n == 0.
 *
 * Synchronization rule: every mutation, and every read that must see n and
 * items consistently, holds ob.mutex.  Reading ONE item (lst[i], list
 * iteration) first tries a lock-free read (list_item_fast): it loads items
 * (acquire), n (acquire) and items again, and if the array did not change
 * and i < n, loads the slot.  That is memory-safe because n <= capacity of
 * the published array at every instant (growth publishes the new array
 * before raising n; shrinking lowers n before publishing the smaller
 * array) and replaced arrays of shared lists are freed through QSBR.  The
 * value is returned only when it needs no count (small int, immortal) or
 * is owned by the reading thread: biased refcounting routes every other
 * thread's decref of such an object through this thread's merge queue, so
 * it cannot be freed before this thread's next eval-breaker poll, and the
 * slot held it at some moment after the load of n.  Anything else falls
 * back to the lock.  For the lock-free reader's sake every store into a
 * published array is a per-pointer atomic store (slot_set, slots_move),
 * items is published with a release store and n with a release store.  No Python code (__eq__, __repr__, key functions, __del__ via
 * a decref) ever runs while ob.mutex is held: comparisons drop the lock
 * (or run locked only for built-in types whose == cannot call back into
 * Python); references removed from the list are collected and released
 * after unlocking.  Two lists are locked together only with ft_cs_lock2
 * (address order).  A replaced items array is freed immediately when the
 * list is private to the calling thread, else retired through QSBR.
 */
#include "ft.h"
#include "list.h"
#include "tstate.h"
#include "strbuf.h"

#define SORT_MARK SIZE_MAX
#define ITER_DONE SIZE_MAX

static inline FtList *L(FtValue v) { return (FtList *)ft_obj(v); }
static inline int is_list(FtValue v) {
  return FT_TYPE_HAS(v, FT_TPFLAG_LIST_SUBCLASS);
}
static inline void lock(FtList *l) { ft_mutex_lock(&l->ob.mutex); }
static inline void unlock(FtList *l) { ft_mutex_unlock(&l->ob.mutex); }
static inline size_t size_relaxed(FtList *l) {
  return __atomic_load_n(&l->n, __ATOMIC_RELAXED);
}
static inline void set_n(FtList *l, size_t n) {
  __atomic_store_n(&l->n, n, __ATOMIC_RELEASE);
}
static inline void set_items(FtList *l, FtValue *a) {
  __atomic_store_n(&l->items, a, __ATOMIC_RELEASE);
}
static inline void slot_set(FtValue *p, FtValue v) { ft_list_slot_set(p, v); }
/* memmove for a published array, one atomic pointer at a time so a
 * lock-free reader never sees a torn value. */
static void slots_move(FtValue *dst, const FtValue *src, size_t n) {
  if (dst < src) {
    for (size_t i = 0; i < n; i++)
      slot_set(&dst[i], __atomic_load_n(&src[i], __ATOMIC_RELAXED));
  } else {
    for (size_t i = n; i-- > 0;)
      slot_set(&dst[i], __atomic_load_n(&src[i], __ATOMIC_RELAXED));
  }
}

static inline FtValue list_item_fast(FtList *l, size_t i) {
  return ft_list_item_fast(l, i);
}

/* lst[i] with a new reference, or 0 when i is out of range (no error). */
static inline FtValue list_item_ref(FtList *l, size_t i) {
  FtValue v = list_item_fast(l, i);
  if (v)
    return v;
  lock(l);
  if (i < l->n) {
    v = l->items[i];
    ft_incref(v);
  }
  unlock(l);
  return v;
}

static int seq_index(FtValue key, intptr_t *out) {
  if (ft_is_small(key)) {
    *out = ft_small_val(key);
    return 1;
  }
  if (!ft_int_check(key) && !ft_type(key)->index)
    return 0;
  intptr_t i = ft_int_as_ssize(key);
  if (i == -1 && ft_err_occurred()) {
    if (ft_err_matches(&FtExc_OverflowError)) {
      ft_err_clear();
      ft_err_format(&FtExc_IndexError,
                    "cannot fit '%T' into an index-sized integer", key);
    }
    return -1;
  }
  *out = i;
  return 1;
}

static void decref_array(FtValue *a, size_t n) {
  for (size_t i = 0; i < n; i++)
    ft_decref(a[i]);
}

/* ---- the items array ------------------------------------------------- */

/* No thread but the owner ever read l without its lock, so an array the
 * owner unpublished under the lock can be freed at once.  The check is a
 * seq_cst RMW on the flag word, after the unpublishing store: either a
 * reader's flag-setting RMW came first and we see the flag, or ours did
 * and the reader's RMW reads from it, so its later load of items sees the
 * new array. */
static int list_is_private(FtList *l) {
  uint16_t f = __atomic_fetch_or(&l->ob.flags, 0, __ATOMIC_SEQ_CST);
  return ft_obj_is_owned(&l->ob) && !(f & LIST_SHARED);
}

/* Free an items array that this list no longer points to. */
static void items_retire(FtList *l, FtValue *old) {
  if (!old)
    return;
  if (list_is_private(l))
    ft_mem_free(old); /* no other thread holds the list */
  else
    ft_qsbr_defer_free(ft_ts ? ft_ts->qsbr : NULL, old, ft_mem_free);
}

/* Make room for `need` items (lock held).  exact: size for exactly need
 * (plus rounding), as for a one-shot extend. */
static int list_reserve(FtList *l, size_t need, int exact) {
  if (l->items && l->cap != SORT_MARK && need <= l->cap)
    return 0;
  if (need > SIZE_MAX / sizeof(FtValue) / 2) {
    ft_err_nomemory();
    return -1;
  }
  /* CPython's policy, so __sizeof__ reports its numbers: a first
   * allocation of a known size is exact (rounded up to even); growth adds
   * an eighth plus 6, rounded to 4, unless the jump is bigger than that
   * slack, in which case it is exact (rounded to 4). */
  size_t cap;
  if (exact && !l->items) {
    cap = (need + 1) & ~(size_t)1;
  } else {
    cap = (need + (need >> 3) + 6) & ~(size_t)3;
    if (need - l->n > cap - need)
      cap = (need + 3) & ~(size_t)3;
  }
  if (cap == 0)
    cap = 4;
  FtValue *a = ft_mem_alloc(cap * sizeof(FtValue));
  if (!a)
    return -1;
  FtValue *old = l->items;
  if (old && l->n)
    memcpy(a, old, l->n * sizeof(FtValue));
  set_items(l, a);
  l->cap = cap;
  items_retire(l, old);
  return 0;
}

/* After removals (lock held): give memory back when mostly empty. */
static void list_maybe_shrink(FtList *l) {
  size_t n = l->n;
  if (l->cap == SORT_MARK || l->cap <= 16 || n >= l->cap / 4)
    return;
  size_t cap = (n + (n >> 3) + 6) & ~(size_t)3;
  FtValue *a = ft_mem_alloc(cap * sizeof(FtValue));
  if (!a) {
    ft_err_clear(); /* keeping the big array is fine */
    return;
  }
  memcpy(a, l->items, n * sizeof(FtValue));
  FtValue *old = l->items;
  set_items(l, a);
  l->cap = cap;
  items_retire(l, old);
}

/* ---- construction ---------------------------------------------------- */

static FtValue list_alloc(FtType *type, size_t n) {
  FtList *l = (FtList *)ft_object_alloc(type, type->basicsize);
  if (!l)
    return 0;
  if (n) {
    l->items = ft_mem_calloc(n, sizeof(FtValue));
    if (!l->items) {
      ft_object_free(l);
      return 0;
    }
    l->cap = n;
    l->n = n;
  }
  return ft_val(l);
}

FtValue ft_list_new(size_t n) { return list_alloc(&FtList_Type, n); }

FtValue ft_list_from_array(const FtValue *items, size_t n) {
  FtValue l = ft_list_new(n);
  if (!l)
    return 0;
  for (size_t i = 0; i < n; i++)
    L(l)->items[i] = ft_newref(items[i]);
  return l;
}

FtValue ft_list_from_iterable(FtValue it) {
  FtValue l = ft_list_new(0);
  if (!l)
    return 0;
  if (ft_list_extend(l, it) < 0) {
    ft_decref(l);
    return 0;
  }
  return l;
}

static void list_dealloc(FtObject *o) {
  FtList *l = (FtList *)o;
  FtValue *a = l->items;
  size_t n = l->n;
  l->items = NULL;
  l->n = 0;
  l->cap = 0;
  decref_array(a, n);
  ft_mem_free(a);
  ft_object_free(o);
}

static FtValue list_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return list_alloc(type, 0);
}

/* Remove everything; the old references are released after unlocking. */
static void list_clear_internal(FtList *l) {
  lock(l);
  FtValue *a = l->items;
  size_t n = l->n;
  set_n(l, 0);
  set_items(l, NULL);
  l->cap = 0;
  unlock(l);
  decref_array(a, n);
  if (a) {
    /* Retire, not free: a concurrent reader may hold the old pointer. */
    items_retire(l, a);
  }
}

/* list.__init__(iterable=()) */
static int list_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  if (ft_args_no_kw("list", kwnames) < 0 ||
      ft_args_count("list", nargs, 0, 1) < 0)
    return -1;
  list_clear_internal(L(self));
  if (nargs)
    return ft_list_extend(self, args[0]);
  return 0;
}

/* ---- basic operations (ft.h API) -------------------------------------- */

int ft_list_append(FtValue list, FtValue v) {
  FtList *l = L(list);
  ft_incref(v);
  lock(l);
  size_t n = l->n;
  if ((!l->items || n >= l->cap || l->cap == SORT_MARK) &&
      list_reserve(l, n + 1, 0) < 0) {
    unlock(l);
    ft_decref(v);
    return -1;
  }
  slot_set(&l->items[n], v);
  set_n(l, n + 1);
  unlock(l);
  return 0;
}

FtValue ft_list_get(FtValue list, intptr_t i) {
  FtList *l = L(list);
  FtValue v;
  if (i >= 0 && (v = list_item_fast(l, (size_t)i)))
    return v;
  v = 0;
  lock(l);
  intptr_t n = (intptr_t)l->n;
  if (i < 0)
    i += n;
  if (i >= 0 && i < n) {
    v = l->items[i];
    ft_incref(v);
  }
  unlock(l);
  if (!v)
    ft_err_format(&FtExc_IndexError, "list index out of range");
  return v;
}

size_t ft_list_size(FtValue list) { return size_relaxed(L(list)); }

FtValue *ft_list_snapshot(FtValue list, size_t *n) {
  FtList *l = L(list);
  for (;;) {
    size_t want = size_relaxed(l);
    FtValue *a = ft_mem_alloc((want ? want : 1) * sizeof(FtValue));
    if (!a)
      return NULL;
    lock(l);
    if (l->n <= want) {
      size_t m = l->n;
      for (size_t i = 0; i < m; i++)
        a[i] = ft_newref(l->items[i]);
      unlock(l);
      *n = m;
      return a;
    }
    unlock(l); /* it grew meanwhile: retry with the new size */
    ft_mem_free(a);
  }
}

FtValue ft_list_as_tuple(FtValue list) {
  size_t n;
  FtValue *a = ft_list_snapshot(list, &n);
  if (!a)
    return 0;
  FtValue t = ft_tuple_new(n);
  if (!t) {
    decref_array(a, n);
  } else if (n) {
    memcpy(ft_tuple_items(t), a, n * sizeof(FtValue)); /* steals */
  }
  ft_mem_free(a);
  return t;
}

/* Append the n references in a (stolen) at the end. */
static int list_append_array(FtList *l, FtValue *a, size_t n) {
  if (n == 0)
    return 0;
  lock(l);
  if (list_reserve(l, l->n + n, 0) < 0) {
    unlock(l);
    decref_array(a, n);
    return -1;
  }
  slots_move(l->items + l->n, a, n);
  set_n(l, l->n + n);
  unlock(l);
  return 0;
}

#define EXTEND_CHUNK 64

int ft_list_extend(FtValue list, FtValue iterable) {
  FtList *l = L(list);
  if (is_list(iterable)) {
    FtList *o = L(iterable);
    ft_cs_lock2(&l->ob.mutex, &o->ob.mutex);
    size_t n = l->n, m = o->n;
    if (m && list_reserve(l, n + m, 1) < 0) {
      ft_cs_unlock2(&l->ob.mutex, &o->ob.mutex);
      return -1;
    }
    for (size_t i = 0; i < m; i++)
      slot_set(&l->items[n + i], ft_newref(o->items[i])); /* o == l: i < m */
    set_n(l, n + m);
    ft_cs_unlock2(&l->ob.mutex, &o->ob.mutex);
    return 0;
  }
  if (FT_TYPE_HAS(iterable, FT_TPFLAG_TUPLE_SUBCLASS)) {
    size_t m = ft_tuple_len(iterable);
    lock(l);
    if (m && list_reserve(l, l->n + m, 1) < 0) {
      unlock(l);
      return -1;
    }
    for (size_t i = 0; i < m; i++)
      slot_set(&l->items[l->n + i], ft_newref(ft_tuple_get(iterable, i)));
    set_n(l, l->n + m);
    unlock(l);
    return 0;
  }
  /* Dicts, dict views and sets: an atomic snapshot rather than an
   * iteration another thread's mutation could abort. */
  FtType *t = ft_type(iterable);
  if (t == &FtDict_Type || t == &FtDictKeys_Type || t == &FtDictValues_Type ||
      t == &FtDictItems_Type || t == &FtSet_Type || t == &FtFrozenSet_Type) {
    FtValue snap = (t == &FtSet_Type || t == &FtFrozenSet_Type)
                       ? ft_set_to_list(iterable)
                       : ft_dictview_list(iterable);
    if (!snap)
      return -1;
    int r = ft_list_extend(list, snap);
    ft_decref(snap);
    return r;
  }
  /* A general iterable runs Python code: iterate unlocked and append in
   * chunks (each chunk is appended atomically).  An empty list is first
   * sized from len() when the iterable has one, as CPython does with the
   * length hint (so list(range(7)) has CPython's capacity). */
  if (t->len && L(list)->n == 0) {
    intptr_t hint = ft_len(iterable);
    if (hint < 0) {
      ft_err_clear();
    } else if (hint > 0) {
      lock(l);
      int r = l->items ? 0 : list_reserve(l, (size_t)hint, 1);
      unlock(l);
      if (r < 0)
        return -1;
    }
  }
  FtValue it = ft_iter(iterable);
  if (!it)
    return -1;
  FtValue buf[EXTEND_CHUNK];
  size_t k = 0;
  FtValue x;
  while ((x = ft_next(it)) != 0) {
    buf[k++] = x;
    if (k == EXTEND_CHUNK) {
      if (list_append_array(l, buf, k) < 0) {
        ft_decref(it);
        return -1;
      }
      k = 0;
    }
  }
  ft_decref(it);
  int err = ft_err_occurred() != 0;
  if (list_append_array(l, buf, k) < 0)
    return -1;
  return err ? -1 : 0;
}

/* ---- repr and the recursion guard ------------------------------------ */

/* Per thread: the containers whose repr is in progress (a small stack). */
static _Thread_local FtValue repr_inline[16];
static _Thread_local FtValue *repr_stack;
static _Thread_local size_t repr_n, repr_cap;

int ft_repr_enter(FtValue v) {
  FtValue *s = repr_stack ? repr_stack : repr_inline;
  for (size_t i = 0; i < repr_n; i++)
    if (s[i] == v)
      return 1;
  size_t cap = repr_stack ? repr_cap : 16;
  if (repr_n == cap) {
    FtValue *ns = ft_mem_alloc(cap * 2 * sizeof(FtValue));
    if (!ns)
      return -1;
    memcpy(ns, s, repr_n * sizeof(FtValue));
    if (repr_stack)
      ft_mem_free(repr_stack);
    repr_stack = ns;
    repr_cap = cap * 2;
    s = ns;
  }
  s[repr_n++] = v;
  return 0;
}

void ft_repr_leave(FtValue v) {
  FtValue *s = repr_stack ? repr_stack : repr_inline;
  for (size_t i = repr_n; i-- > 0;) {
    if (s[i] == v) {
      memmove(s + i, s + i + 1, (repr_n - i - 1) * sizeof(FtValue));
      repr_n--;
      return;
    }
  }
}

static FtValue list_repr(FtValue self) {
  FtList *l = L(self);
  if (size_relaxed(l) == 0)
    return ft_str_from_cstr("[]");
  int r = ft_repr_enter(self);
  if (r)
    return r > 0 ? ft_str_from_cstr("[...]") : 0;
  FtStrBuf b;
  ft_strbuf_init(&b);
  int ok = ft_strbuf_append_char(&b, '[') == 0;
  for (size_t i = 0; ok > 0; i++) {
    FtValue v = list_item_ref(l, i);
    if (!v)
      break;
    if (i && ft_strbuf_append(&b, ", ", 2) < 0) {
      ft_decref(v);
      ok = 0;
      break;
    }
    FtValue s = ft_repr(v);
    ft_decref(v);
    if (!s) {
      ok = -1;
      break;
    }
    ok = ft_strbuf_append(&b, ft_str_data(s), ft_str_size(s)) == 0;
    ft_decref(s);
  }
  if (ok > 0)
    ok = ft_strbuf_append_char(&b, ']') == 0;
  ft_repr_leave(self);
  FtValue res = 0;
  if (ok > 0)
    res = ft_str_new(b.data, b.len);
  else if (ok == 0)
    ft_err_nomemory();
  ft_strbuf_free(&b);
  return res;
}

/* ---- comparison and search ------------------------------------------- */

static FtValue list_richcompare(FtValue a, FtValue b, int op) {
  if (!is_list(a) || !is_list(b))
    return FT_NOTIMPL;
  FtList *x = L(a), *y = L(b);
  if ((op == FT_EQ || op == FT_NE) && size_relaxed(x) != size_relaxed(y))
    return ft_bool(op == FT_NE);
  for (size_t i = 0;; i++) {
    FtValue va = list_item_ref(x, i);
    FtValue vb = list_item_ref(y, i);
    if (!va || !vb) {
      ft_xdecref(va);
      ft_xdecref(vb);
      break;
    }
    int k = ft_eq(va, vb);
    if (k == 1) {
      ft_decref(va);
      ft_decref(vb);
      continue;
    }
    FtValue res;
    if (k < 0)
      res = 0;
    else if (op == FT_EQ)
      res = FT_FALSE;
    else if (op == FT_NE)
      res = FT_TRUE;
    else
      res = ft_richcompare(va, vb, op);
    ft_decref(va);
    ft_decref(vb);
    return res;
  }
  size_t na = size_relaxed(x), nb = size_relaxed(y);
  int r;
  switch (op) {
  case FT_LT: r = na < nb; break;
  case FT_LE: r = na <= nb; break;
  case FT_EQ: r = na == nb; break;
  case FT_NE: r = na != nb; break;
  case FT_GT: r = na > nb; break;
  default: r = na >= nb; break;
  }
  return ft_bool(r);
}

/* Find the first i in [start, stop) with items[i] == x.  Returns the
 * index, -1 when absent, -2 on error.  If `hold` is set and the item is
 * found, returns with the lock still held and *found = the item (borrowed,
 * verified to be at that index under the lock) so the caller can act on it
 * atomically; may instead return -3 (hold mode only) when a comparison that
 * ran unlocked matched but the list changed meanwhile: the caller retries. */
static intptr_t list_find(FtList *l, FtValue x, size_t start, size_t stop,
                          int hold) {
  int xpure = ft_eq_is_pure(x);
  lock(l);
  for (size_t i = start; i < stop && i < l->n; i++) {
    FtValue v = l->items[i];
    if (v == x)
      goto found;
    if (xpure && ft_eq_is_pure(v)) {
      int k = ft_eq(v, x);
      if (k < 0) {
        unlock(l);
        return -2;
      }
      if (k)
        goto found;
      continue;
    }
    ft_incref(v);
    unlock(l);
    int k = ft_eq(v, x);
    if (k <= 0) {
      ft_decref(v);
      if (k < 0)
        return -2;
      lock(l);
      continue;
    }
    if (!hold) {
      ft_decref(v);
      return (intptr_t)i;
    }
    lock(l);
    int same = i < l->n && l->items[i] == v;
    if (!same)
      unlock(l);
    ft_decref(v); /* the list still holds it when same */
    return same ? (intptr_t)i : -3;
  found:
    if (!hold)
      unlock(l);
    return (intptr_t)i;
  }
  unlock(l);
  return -1;
}

static int list_contains(FtValue self, FtValue x) {
  intptr_t i = list_find(L(self), x, 0, SIZE_MAX, 0);
  return i == -2 ? -1 : i >= 0;
}

/* ---- subscripts ------------------------------------------------------ */

static FtValue list_slice_get_range(FtList *l, intptr_t start, intptr_t stop,
                                    intptr_t step) {
  lock(l);
  intptr_t len = ft_slice_adjust((intptr_t)l->n, &start, &stop, step);
  FtValue r = ft_list_new((size_t)len);
  if (r) {
    FtValue *dst = L(r)->items;
    for (intptr_t j = 0, p = start; j < len; j++, p += step)
      dst[j] = ft_newref(l->items[p]);
  }
  unlock(l);
  return r;
}

static FtValue list_slice_get(FtList *l, FtValue slice) {
  intptr_t start, stop, step;
  if (ft_slice_unpack(slice, &start, &stop, &step) < 0)
    return 0;
  return list_slice_get_range(l, start, stop, step);
}

FtValue ft_list_getslice(FtValue list, intptr_t start, intptr_t stop, intptr_t step) {
  return list_slice_get_range(L(list), start, stop, step);
}

static FtValue list_getitem(FtValue self, FtValue key) {
  FtList *l = L(self);
  if (ft_is_small(key)) {
    intptr_t i = ft_small_val(key);
    FtValue v = 0;
    lock(l);
    if (i < 0)
      i += (intptr_t)l->n;
    if (i >= 0 && (size_t)i < l->n) {
      v = l->items[i];
      ft_incref(v);
    }
    unlock(l);
    if (!v)
      ft_err_format(&FtExc_IndexError, "list index out of range");
    return v;
  }
  intptr_t i;
  int k = seq_index(key, &i);
  if (k < 0)
    return 0;
  if (k)
    return ft_list_get(self, i);
  if (ft_isinstance_exact(key, &FtSlice_Type))
    return list_slice_get(l, key);
  return ft_err_format(&FtExc_TypeError,
                       "list indices must be integers or slices, not %T",
                       key);
}

/* The items of `v` as an array of new references, for slice assignment
 * (a snapshot, so `a[:] = a` works).  -1 with the CPython message when v
 * is not iterable. */
static FtValue *seq_items(FtValue v, size_t *n, const char *msg) {
  if (is_list(v))
    return ft_list_snapshot(v, n);
  if (FT_TYPE_HAS(v, FT_TPFLAG_TUPLE_SUBCLASS)) {
    size_t m = ft_tuple_len(v);
    FtValue *a = ft_mem_alloc((m ? m : 1) * sizeof(FtValue));
    if (!a)
      return NULL;
    for (size_t i = 0; i < m; i++)
      a[i] = ft_newref(ft_tuple_get(v, i));
    *n = m;
    return a;
  }
  FtValue it = ft_iter(v);
  if (!it) {
    if (ft_err_matches(&FtExc_TypeError)) {
      ft_err_clear();
      ft_err_format(&FtExc_TypeError, "%s", msg);
    }
    return NULL;
  }
  FtValue tmp = ft_list_new(0);
  if (!tmp) {
    ft_decref(it);
    return NULL;
  }
  int r = ft_list_extend(tmp, it);
  ft_decref(it);
  FtValue *a = r < 0 ? NULL : ft_list_snapshot(tmp, n);
  ft_decref(tmp);
  return a;
}

/* l[slice] = v (v may be 0: delete). */
static int list_slice_set_range(FtList *l, intptr_t start, intptr_t stop,
                                intptr_t step, FtValue v);

static int list_slice_set(FtList *l, FtValue slice, FtValue v) {
  intptr_t start, stop, step;
  if (ft_slice_unpack(slice, &start, &stop, &step) < 0)
    return -1;
  return list_slice_set_range(l, start, stop, step, v);
}

int ft_list_setslice(FtValue list, intptr_t start, intptr_t stop, intptr_t step,
                     FtValue v) {
  return list_slice_set_range(L(list), start, stop, step, v);
}

static int list_slice_set_range(FtList *l, intptr_t start, intptr_t stop,
                                intptr_t step, FtValue v) {
  FtValue *nv = NULL;
  size_t nn = 0;
  if (v) {
    nv = seq_items(v, &nn,
                   step == 1 ? "can only assign an iterable"
                             : "must assign iterable to extended slice");
    if (!nv)
      return -1;
  }
  FtValue *garbage = NULL;
  size_t ng = 0;
  int res = 0;
  lock(l);
  intptr_t len = ft_slice_adjust((intptr_t)l->n, &start, &stop, step);
  if (step == 1) {
    /* Contiguous: replace [start, start+len) by the nn new items. */
    size_t lo = (size_t)start, old = (size_t)len, n = l->n;
    if (old) {
      garbage = ft_mem_alloc(old * sizeof(FtValue));
      if (!garbage) {
        res = -1;
        goto out;
      }
      memcpy(garbage, l->items + lo, old * sizeof(FtValue));
      ng = old;
    }
    if (nn > old) {
      if (list_reserve(l, n + (nn - old), 1) < 0) {
        res = -1;
        ng = 0;
        goto out;
      }
    }
    if (nn != old && n - lo - old)
      slots_move(l->items + lo + nn, l->items + lo + old, n - lo - old);
    if (nn)
      slots_move(l->items + lo, nv, nn);
    set_n(l, n - old + nn);
    if (nn < old)
      list_maybe_shrink(l);
    nn = 0; /* stolen */
  } else if (!v) {
    /* Extended-slice deletion: compact in one pass. */
    if (len > 0) {
      garbage = ft_mem_alloc((size_t)len * sizeof(FtValue));
      if (!garbage) {
        res = -1;
        goto out;
      }
      if (step < 0) { /* walk it forwards */
        start = start + step * (len - 1);
        step = -step;
      }
      size_t n = l->n, w = (size_t)start, next = (size_t)start;
      for (size_t r = (size_t)start; r < n; r++) {
        if (ng < (size_t)len && r == next) {
          garbage[ng++] = l->items[r];
          next += (size_t)step;
        } else {
          slot_set(&l->items[w++], l->items[r]);
        }
      }
      set_n(l, w);
      list_maybe_shrink(l);
    }
  } else {
    if ((size_t)len != nn) {
      unlock(l);
      ft_err_format(&FtExc_ValueError,
                    "attempt to assign sequence of size %zu to extended "
                    "slice of size %zd", nn, len);
      decref_array(nv, nn);
      ft_mem_free(nv);
      return -1;
    }
    if (len) {
      garbage = ft_mem_alloc((size_t)len * sizeof(FtValue));
      if (!garbage) {
        res = -1;
        goto out;
      }
      for (intptr_t j = 0, p = start; j < len; j++, p += step) {
        garbage[ng++] = l->items[p];
        slot_set(&l->items[p], nv[j]);
      }
      nn = 0;
    }
  }
out:
  unlock(l);
  decref_array(nv, nn);
  ft_mem_free(nv);
  decref_array(garbage, ng);
  ft_mem_free(garbage);
  return res;
}

int ft_list_set_steal(FtValue list, intptr_t i, FtValue v) {
  FtValue old = ft_list_store_locked(L(list), i, v);
  if (!old) {
    ft_decref(v);
    ft_err_format(&FtExc_IndexError, "list assignment index out of range");
    return -1;
  }
  ft_decref(old);
  return 0;
}

static int list_setitem(FtValue self, FtValue key, FtValue v) {
  FtList *l = L(self);
  intptr_t i;
  int k = seq_index(key, &i);
  if (k < 0)
    return -1;
  if (!k) {
    if (ft_isinstance_exact(key, &FtSlice_Type))
      return list_slice_set(l, key, v);
    ft_err_format(&FtExc_TypeError,
                  "list indices must be integers or slices, not %T", key);
    return -1;
  }
  if (v)
    ft_incref(v);
  lock(l);
  size_t n = l->n;
  if (i < 0)
    i += (intptr_t)n;
  if (i < 0 || (size_t)i >= n) {
    unlock(l);
    ft_xdecref(v);
    ft_err_format(&FtExc_IndexError, "list assignment index out of range");
    return -1;
  }
  FtValue old = l->items[i];
  if (v) {
    slot_set(&l->items[i], v);
  } else {
    slots_move(l->items + i, l->items + i + 1, n - (size_t)i - 1);
    set_n(l, n - 1);
    list_maybe_shrink(l);
  }
  unlock(l);
  ft_decref(old);
  return 0;
}

static intptr_t list_len(FtValue self) {
  return (intptr_t)size_relaxed(L(self));
}

static int list_bool(FtValue self) { return size_relaxed(L(self)) != 0; }

/* ---- arithmetic ------------------------------------------------------ */

static int other_may_handle(FtValue x, int nb) {
  FtType *t = ft_type(x);
  return (t->tpflags & FT_TPFLAG_HEAPTYPE) && t->nb[nb] != NULL;
}

static FtValue list_concat(FtValue a, FtValue b) {
  if (!is_list(a))
    return FT_NOTIMPL;
  if (!is_list(b)) {
    if (other_may_handle(b, FT_NB_ADD))
      return FT_NOTIMPL;
    return ft_err_format(&FtExc_TypeError,
                         "can only concatenate list (not \"%s\") to list",
                         ft_type_name(b));
  }
  FtList *x = L(a), *y = L(b);
  ft_cs_lock2(&x->ob.mutex, &y->ob.mutex);
  size_t na = x->n, nb = y->n;
  FtValue r = ft_list_new(na + nb);
  if (r) {
    FtValue *dst = L(r)->items;
    for (size_t i = 0; i < na; i++)
      dst[i] = ft_newref(x->items[i]);
    for (size_t i = 0; i < nb; i++)
      dst[na + i] = ft_newref(y->items[i]);
  }
  ft_cs_unlock2(&x->ob.mutex, &y->ob.mutex);
  return r;
}

/* The repeat count of `seq * count`; -1 with an error, or (returning -2)
 * FT_NOTIMPL is the right answer. */
static intptr_t repeat_count(FtValue count, int left_is_seq) {
  if (!ft_int_check(count) && !ft_type(count)->index) {
    if (left_is_seq && other_may_handle(count, FT_NB_MUL))
      return -2;
    ft_err_format(&FtExc_TypeError,
                  "can't multiply sequence by non-int of type '%s'",
                  ft_type_name(count));
    return -1;
  }
  intptr_t k = ft_int_as_ssize(count); /* OverflowError past ssize, as CPython */
  if (k == -1 && ft_err_occurred())
    return -1;
  return k < 0 ? 0 : k;
}

static FtValue list_repeat(FtValue a, FtValue b) {
  FtValue seq, count;
  if (is_list(a)) {
    seq = a;
    count = b;
  } else if (is_list(b)) {
    seq = b;
    count = a;
  } else {
    return FT_NOTIMPL;
  }
  intptr_t k = repeat_count(count, seq == a);
  if (k == -2)
    return FT_NOTIMPL;
  if (k < 0)
    return 0;
  size_t n;
  FtValue *src = ft_list_snapshot(seq, &n);
  if (!src)
    return 0;
  FtValue r = 0;
  if (n && (size_t)k > SIZE_MAX / sizeof(FtValue) / 2 / n) {
    ft_err_nomemory();
  } else {
    r = ft_list_new(n * (size_t)k);
    if (r) {
      FtValue *dst = L(r)->items;
      for (intptr_t j = 0; j < k; j++)
        for (size_t i = 0; i < n; i++)
          *dst++ = ft_newref(src[i]);
    }
  }
  decref_array(src, n);
  ft_mem_free(src);
  return r;
}

static FtValue list_iadd(FtValue a, FtValue b) {
  if (!is_list(a))
    return FT_NOTIMPL;
  if (ft_list_extend(a, b) < 0)
    return 0;
  return ft_newref(a);
}

static FtValue list_imul(FtValue a, FtValue b) {
  if (!is_list(a))
    return FT_NOTIMPL;
  intptr_t k = repeat_count(b, 1);
  if (k == -2)
    return FT_NOTIMPL;
  if (k < 0)
    return 0;
  FtList *l = L(a);
  if (k == 0) {
    list_clear_internal(l);
    return ft_newref(a);
  }
  lock(l);
  size_t n = l->n;
  if (n && k > 1) {
    if ((size_t)k > SIZE_MAX / sizeof(FtValue) / 2 / n ||
        list_reserve(l, n * (size_t)k, 1) < 0) {
      unlock(l);
      if (!ft_err_occurred())
        ft_err_nomemory();
      return 0;
    }
    FtValue *items = l->items;
    for (intptr_t j = 1; j < k; j++)
      for (size_t i = 0; i < n; i++)
        slot_set(&items[(size_t)j * n + i], ft_newref(items[i]));
    set_n(l, n * (size_t)k);
  }
  unlock(l);
  return ft_newref(a);
}

/* ---- iterators ------------------------------------------------------- */

/* Synchronization: the iterator's index is read and written only while
 * holding the LIST's mutex, so a shared iterator hands out each item at
 * most once and sees a consistent list. */
typedef struct FtListIter {
  FtObject ob;
  FtValue list;
  size_t index; /* next index; ITER_DONE once exhausted */
} FtListIter;

typedef struct FtListRevIter {
  FtObject ob;
  FtValue list;
  intptr_t index; /* next index, going down; -1 once exhausted */
} FtListRevIter;

static FtValue list_iter(FtValue self) {
  FtListIter *it =
      (FtListIter *)ft_object_alloc(&FtListIter_Type, sizeof(FtListIter));
  if (!it)
    return 0;
  it->list = ft_newref(self);
  it->index = 0;
  return ft_val(it);
}

static FtValue iter_self(FtValue self) { return ft_newref(self); }

static FtValue listiter_next(FtValue self) {
  FtListIter *it = (FtListIter *)ft_obj(self);
  FtList *l = L(it->list);
  FtValue v = 0;
  if (ft_obj_is_private(&it->ob)) {
    /* no other thread holds the iterator: the lock-free item read, and a
     * plain index update */
    size_t i = it->index;
    if (i != ITER_DONE && (v = list_item_fast(l, i))) {
      it->index = i + 1;
      return v;
    }
  }
  lock(l);
  size_t i = it->index;
  if (i < l->n) {
    v = l->items[i];
    ft_incref(v);
    it->index = i + 1;
  } else {
    it->index = ITER_DONE;
  }
  unlock(l);
  return v;
}

static void listiter_dealloc(FtObject *o) {
  FT_CLEAR(((FtListIter *)o)->list);
  ft_object_free(o);
}

static FtValue listiter_length_hint(FtValue self, const FtValue *args,
                                    size_t nargs, FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtListIter *it = (FtListIter *)ft_obj(self);
  FtList *l = L(it->list);
  lock(l);
  size_t i = it->index, n = l->n;
  unlock(l);
  return ft_int_from_u64(i < n ? n - i : 0);
}

static FtValue list_reversed(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  (void)kwnames;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "list.__reversed__() takes no arguments (%zu given)",
                         nargs);
  FtListRevIter *it = (FtListRevIter *)ft_object_alloc(
      &FtListRevIter_Type, sizeof(FtListRevIter));
  if (!it)
    return 0;
  it->list = ft_newref(self);
  it->index = (intptr_t)size_relaxed(L(self)) - 1;
  return ft_val(it);
}

static FtValue listreviter_next(FtValue self) {
  FtListRevIter *it = (FtListRevIter *)ft_obj(self);
  FtList *l = L(it->list);
  FtValue v = 0;
  lock(l);
  intptr_t i = it->index;
  if (i >= 0 && (size_t)i < l->n) {
    v = l->items[i];
    ft_incref(v);
    it->index = i - 1;
  } else {
    it->index = -1;
  }
  unlock(l);
  return v;
}

static void listreviter_dealloc(FtObject *o) {
  FT_CLEAR(((FtListRevIter *)o)->list);
  ft_object_free(o);
}

static FtValue listreviter_length_hint(FtValue self, const FtValue *args,
                                       size_t nargs, FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtListRevIter *it = (FtListRevIter *)ft_obj(self);
  FtList *l = L(it->list);
  lock(l);
  intptr_t i = it->index;
  size_t n = l->n;
  unlock(l);
  return ft_small(i >= 0 && (size_t)i < n ? i + 1 : 0);
}

/* ---- methods --------------------------------------------------------- */

static int no_args(const char *name, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw(name, kwnames) < 0)
    return -1;
  if (nargs) {
    ft_err_format(&FtExc_TypeError, "%s() takes no arguments (%zu given)",
                  name, nargs);
    return -1;
  }
  return 0;
}

static int one_arg(const char *name, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw(name, kwnames) < 0)
    return -1;
  if (nargs != 1) {
    ft_err_format(&FtExc_TypeError,
                  "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
  }
  return 0;
}

static FtValue m_append(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (one_arg("list.append", nargs, kwnames) < 0)
    return 0;
  if (ft_list_append(self, args[0]) < 0)
    return 0;
  return FT_NONE;
}

static FtValue m_extend(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (one_arg("list.extend", nargs, kwnames) < 0)
    return 0;
  if (ft_list_extend(self, args[0]) < 0)
    return 0;
  return FT_NONE;
}

static FtValue m_insert(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (ft_args_no_kw("list.insert", kwnames) < 0 ||
      ft_args_count("insert", nargs, 2, 2) < 0)
    return 0;
  intptr_t i;
  int k = seq_index(args[0], &i);
  if (k < 0)
    return 0;
  if (!k)
    return ft_err_format(&FtExc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         ft_type_name(args[0]));
  FtList *l = L(self);
  FtValue v = ft_newref(args[1]);
  lock(l);
  size_t n = l->n;
  if (i < 0) {
    i += (intptr_t)n;
    if (i < 0)
      i = 0;
  } else if ((size_t)i > n) {
    i = (intptr_t)n;
  }
  if (list_reserve(l, n + 1, 0) < 0) {
    unlock(l);
    ft_decref(v);
    return 0;
  }
  slots_move(l->items + i + 1, l->items + i, n - (size_t)i);
  slot_set(&l->items[i], v);
  set_n(l, n + 1);
  unlock(l);
  return FT_NONE;
}

static FtValue m_pop(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  if (ft_args_no_kw("list.pop", kwnames) < 0 ||
      ft_args_count("pop", nargs, 0, 1) < 0)
    return 0;
  intptr_t i = -1;
  if (nargs && ft_int_check(args[0]) && !ft_is_small(args[0])) {
    int64_t big;
    int ovf;
    if (ft_int_as_i64(args[0], &big, &ovf) < 0)
      return 0;
    if (ovf) /* CPython converts pop's index as a C ssize_t */
      return ft_err_format(&FtExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (nargs) {
    int k = seq_index(args[0], &i);
    if (k < 0)
      return 0;
    if (!k)
      return ft_err_format(&FtExc_TypeError,
                           "'%s' object cannot be interpreted as an integer",
                           ft_type_name(args[0]));
  }
  FtList *l = L(self);
  lock(l);
  size_t n = l->n;
  if (n == 0) {
    unlock(l);
    return ft_err_format(&FtExc_IndexError, "pop from empty list");
  }
  if (i < 0)
    i += (intptr_t)n;
  if (i < 0 || (size_t)i >= n) {
    unlock(l);
    return ft_err_format(&FtExc_IndexError, "pop index out of range");
  }
  FtValue v = l->items[i];
  slots_move(l->items + i, l->items + i + 1, n - (size_t)i - 1);
  set_n(l, n - 1);
  list_maybe_shrink(l);
  unlock(l);
  return v;
}

static FtValue m_remove(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (one_arg("list.remove", nargs, kwnames) < 0)
    return 0;
  FtList *l = L(self);
  for (;;) {
    intptr_t i = list_find(l, args[0], 0, SIZE_MAX, 1);
    if (i == -2)
      return 0;
    if (i == -3)
      continue; /* the list changed under an unlocked __eq__: retry */
    if (i == -1)
      return ft_err_format(&FtExc_ValueError,
                           "list.remove(x): x not in list");
    /* Lock held, items[i] is the match. */
    size_t n = l->n;
    FtValue v = l->items[i];
    slots_move(l->items + i, l->items + i + 1, n - (size_t)i - 1);
    set_n(l, n - 1);
    list_maybe_shrink(l);
    unlock(l);
    ft_decref(v);
    return FT_NONE;
  }
}

/* start/stop arguments of index(). */
static int index_arg(FtValue v, intptr_t *out) {
  if (!ft_is_small(v) && !ft_int_check(v) && !ft_type(v)->index) {
    ft_err_format(&FtExc_TypeError,
                  "slice indices must be integers or have an __index__ "
                  "method");
    return -1;
  }
  return ft_slice_index(v, out);
}

static FtValue m_index(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  if (ft_args_no_kw("list.index", kwnames) < 0 ||
      ft_args_count("index", nargs, 1, 3) < 0)
    return 0;
  FtList *l = L(self);
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1 && index_arg(args[1], &start) < 0)
    return 0;
  if (nargs > 2 && index_arg(args[2], &stop) < 0)
    return 0;
  if (start < 0 || stop < 0) {
    intptr_t n = (intptr_t)size_relaxed(l);
    if (start < 0) {
      start += n;
      if (start < 0)
        start = 0;
    }
    if (stop < 0) {
      stop += n;
      if (stop < 0)
        stop = 0;
    }
  }
  intptr_t i = list_find(l, args[0], (size_t)start, (size_t)stop, 0);
  if (i == -2)
    return 0;
  if (i < 0)
    return ft_err_format(&FtExc_ValueError, "%R is not in list", args[0]);
  return ft_small(i);
}

static FtValue m_count(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  if (one_arg("list.count", nargs, kwnames) < 0)
    return 0;
  FtList *l = L(self);
  size_t c = 0, start = 0;
  for (;;) {
    intptr_t i = list_find(l, args[0], start, SIZE_MAX, 0);
    if (i == -2)
      return 0;
    if (i < 0)
      break;
    c++;
    start = (size_t)i + 1;
  }
  return ft_int_from_u64(c);
}

static FtValue m_clear(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  if (no_args("list.clear", nargs, kwnames) < 0)
    return 0;
  list_clear_internal(L(self));
  return FT_NONE;
}

static FtValue m_copy(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  (void)args;
  if (no_args("list.copy", nargs, kwnames) < 0)
    return 0;
  size_t n;
  FtValue *a = ft_list_snapshot(self, &n);
  if (!a)
    return 0;
  FtValue r = ft_list_new(n);
  if (r && n)
    memcpy(L(r)->items, a, n * sizeof(FtValue));
  else if (!r)
    decref_array(a, n);
  ft_mem_free(a);
  return r;
}

static void reverse_array(FtValue *a, size_t n) {
  for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
    FtValue t = a[i];
    slot_set(&a[i], a[j - 1]);
    slot_set(&a[j - 1], t);
  }
}

static FtValue m_reverse(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)args;
  if (no_args("list.reverse", nargs, kwnames) < 0)
    return 0;
  FtList *l = L(self);
  lock(l);
  if (l->items)
    reverse_array(l->items, l->n);
  unlock(l);
  return FT_NONE;
}

/* ---- sort ------------------------------------------------------------ */

int ft_list_sort(FtValue list, FtValue key, int reverse) {
  FtList *l = L(list);
  /* Take the items out: the list is empty while we sort (other threads and
   * the key/comparison code see []), and SORT_MARK detects mutation. */
  lock(l);
  FtValue *items = l->items;
  size_t n = l->n, cap = l->cap;
  set_n(l, 0);
  set_items(l, NULL);
  l->cap = SORT_MARK;
  if (items && !list_is_private(l)) {
    /* A lock-free reader may still be reading the array: sort a copy. */
    FtValue *copy = ft_mem_alloc(cap * sizeof(FtValue));
    if (copy) {
      memcpy(copy, items, n * sizeof(FtValue));
      items_retire(l, items);
      items = copy;
    } else {
      set_items(l, items); /* out of memory: give the items back */
      l->cap = cap;
      set_n(l, n);
      unlock(l);
      return -1;
    }
  }
  unlock(l);

  int res = 0;
  FtValue *keys = NULL;
  if (key && key != FT_NONE && n) {
    keys = ft_mem_alloc(n * sizeof(FtValue));
    if (!keys) {
      res = -1;
    } else {
      for (size_t i = 0; i < n; i++) {
        keys[i] = ft_call1(key, items[i]);
        if (!keys[i]) {
          decref_array(keys, i);
          ft_mem_free(keys);
          keys = NULL;
          res = -1;
          break;
        }
      }
    }
  }
  if (res == 0 && n > 1)
    res = ft_listsort(keys ? keys : items, keys ? items : NULL, n, reverse);
  if (keys) {
    decref_array(keys, n);
    ft_mem_free(keys);
  }

  /* Put the items back, discarding whatever was stored meanwhile. */
  lock(l);
  int modified = l->cap != SORT_MARK;
  FtValue *junk = l->items;
  size_t njunk = l->n;
  set_items(l, items);
  l->cap = items ? cap : 0;
  set_n(l, n);
  unlock(l);
  if (junk) {
    decref_array(junk, njunk);
    items_retire(l, junk);
  }
  if (modified && res == 0) {
    ft_err_format(&FtExc_ValueError, "list modified during sort");
    res = -1;
  }
  return res;
}

static FtValue m_sort(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  (void)args;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "sort() takes no positional arguments");
  FtValue key = 0, rev = 0;
  size_t nk = kwnames ? ft_tuple_len(kwnames) : 0;
  for (size_t i = 0; i < nk; i++) {
    FtValue name = ft_tuple_get(kwnames, i);
    const char *s = ft_str_data(name);
    if (strcmp(s, "key") == 0 && !key)
      key = args[nargs + i];
    else if (strcmp(s, "reverse") == 0 && !rev)
      rev = args[nargs + i];
    else
      return ft_err_format(&FtExc_TypeError,
                           "'%s' is an invalid keyword argument for sort()",
                           s);
  }
  int reverse = 0;
  if (rev) {
    if (!ft_is_small(rev) && !ft_int_check(rev))
      return ft_err_format(&FtExc_TypeError,
                           "'%s' object cannot be interpreted as an integer",
                           ft_type_name(rev));
    reverse = ft_int_sign(rev) != 0;
  }
  if (ft_list_sort(self, key, reverse) < 0)
    return 0;
  return FT_NONE;
}

/* CPython's numbers: a 40-byte list object plus 8 bytes per allocated
 * slot.  cap is read under the lock (it holds SORT_MARK during a sort). */
static FtValue m_sizeof(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__sizeof__", kwnames) < 0 ||
      ft_args_count("__sizeof__", nargs, 0, 0) < 0)
    return 0;
  FtList *l = L(self);
  lock(l);
  size_t cap = (l->items && l->cap != SORT_MARK) ? l->cap : 0;
  unlock(l);
  size_t extra = ft_type(self)->basicsize - sizeof(FtList);
  return ft_int_from_u64(40 + extra + 8 * (uint64_t)cap);
}

static const FtMethodDef list_methods[] = {
    {"__sizeof__", m_sizeof, 0, "Return the size of the list in memory, in bytes."},
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0,
     "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0,
     "Remove and return item at index (default last).\n\nRaises IndexError "
     "if list is empty or index is out of range."},
    {"remove", m_remove, 0,
     "Remove first occurrence of value.\n\nRaises ValueError if the value "
     "is not present."},
    {"index", m_index, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not "
     "present."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0,
     "Sort the list in ascending order and return None.\n\nThe sort is "
     "in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained)."},
    {"__reversed__", list_reversed, 0,
     "Return a reverse iterator over the list."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the types ------------------------------------------------------- */

FtType FtList_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "list",
    .basicsize = sizeof(FtList),
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_LIST_SUBCLASS,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = NULL, /* unhashable */
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .bool_ = list_bool,
    .nb[FT_NB_ADD] = list_concat,
    .nb[FT_NB_MUL] = list_repeat,
    .nb_inplace[FT_NB_ADD] = list_iadd,
    .nb_inplace[FT_NB_MUL] = list_imul,
    .methods = list_methods,
    .new_ = list_new,
    .init = list_init,
};

FtType FtListIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "list_iterator",
    .basicsize = sizeof(FtListIter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

FtType FtListRevIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(FtListRevIter),
    .dealloc = listreviter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

void ft_list_init(void) {
  ft_type_ready(&FtList_Type);
  ft_type_ready(&FtListIter_Type);
  ft_type_ready(&FtListRevIter_Type);
}
