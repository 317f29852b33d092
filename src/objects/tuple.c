/*
 * tuple.c -- the tuple type and its iterator.
 *
 * Representation: FtTuple (ft.h) is the header, the item count n and the
 * items inline (a flexible array), so a tuple is a single allocation and
 * ft_tuple_get is one load.  Subclass instances are allocated as
 * type->basicsize + n * sizeof(FtValue).  The empty tuple is one static
 * immortal object, ft_empty_tuple, shared by every `()`.
 *
 * Invariant: once a tuple has been handed out (returned by its creator),
 * n and every item are fixed and non-zero.  ft_tuple_new returns a tuple
 * whose slots are 0 for the caller to fill before publishing it.
 *
 * Synchronization: tuples are immutable, so no locks are taken.  Reading
 * items needs no atomics because publication of the tuple (storing it into
 * a shared container under that container's lock, or into a frame) orders
 * the writes that filled it.  The iterator hands out indices with an
 * atomic counter, so a shared iterator gives each item at most once.
 *
 * There is no tuple freelist: mimalloc's per-thread free lists already
 * recycle small blocks without locks, and a private freelist would hide
 * objects from a future heap-walking GC.
 */
#include "ft.h"
#include "strbuf.h"

static FtTuple empty_tuple = {.ob = FT_STATIC_HEAD(&FtTuple_Type), .n = 0};
FtObject *ft_empty_tuple = &empty_tuple.ob;

/* ---- helpers shared with nothing (kept static) ----------------------- */

static int is_tuple(FtValue v) {
  return FT_TYPE_HAS(v, FT_TPFLAG_TUPLE_SUBCLASS);
}

/* Index conversion for subscripts: 1 = integer in *out, 0 = not an
 * integer (caller tries slices), -1 = error.  Too-big ints raise
 * IndexError like CPython. */
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

/* Is the iterator held by the calling thread only?  Then the index can be
 * bumped with a plain store instead of a locked RMW (see tupleiter_next). */
static inline int iter_private(FtObject *o) { return ft_obj_is_private(o); }

/* ---- construction ---------------------------------------------------- */

static FtValue tuple_alloc(FtType *type, size_t n) {
  if (n > (SIZE_MAX - type->basicsize) / sizeof(FtValue))
    return ft_err_nomemory();
  FtObject *o = ft_object_alloc(type, type->basicsize + n * sizeof(FtValue));
  if (!o)
    return 0;
  ((FtTuple *)o)->n = n;
  return ft_val(o);
}

FtValue ft_tuple_new(size_t n) {
  if (n == 0)
    return FT_EMPTY_TUPLE;
  return tuple_alloc(&FtTuple_Type, n);
}

FtValue ft_tuple_from_array(const FtValue *items, size_t n) {
  FtValue t = ft_tuple_new(n);
  if (!t)
    return 0;
  FtValue *dst = ft_tuple_items(t);
  for (size_t i = 0; i < n; i++)
    dst[i] = ft_newref(items[i]);
  return t;
}

FtValue ft_tuple_pack(size_t n, ...) {
  FtValue t = ft_tuple_new(n);
  if (!t)
    return 0;
  va_list ap;
  va_start(ap, n);
  FtValue *dst = ft_tuple_items(t);
  for (size_t i = 0; i < n; i++)
    dst[i] = ft_newref(va_arg(ap, FtValue));
  va_end(ap);
  return t;
}

FtValue ft_tuple_from_iterable(FtValue v) {
  if (ft_isinstance_exact(v, &FtTuple_Type))
    return ft_newref(v);
  if (FT_TYPE_HAS(v, FT_TPFLAG_LIST_SUBCLASS))
    return ft_list_as_tuple(v);
  FtType *vt = ft_type(v);
  if (vt == &FtDict_Type || vt == &FtDictKeys_Type ||
      vt == &FtDictValues_Type || vt == &FtDictItems_Type ||
      vt == &FtSet_Type || vt == &FtFrozenSet_Type) {
    /* An atomic snapshot (see ft_list_extend). */
    FtValue l = ft_list_from_iterable(v);
    if (!l)
      return 0;
    FtValue r = ft_list_as_tuple(l);
    ft_decref(l);
    return r;
  }
  FtValue it = ft_iter(v);
  if (!it)
    return 0;
  size_t n = 0, cap = 16;
  FtValue *buf = ft_mem_alloc(cap * sizeof(FtValue));
  if (!buf) {
    ft_decref(it);
    return 0;
  }
  FtValue x;
  while ((x = ft_next(it)) != 0) {
    if (n == cap) {
      FtValue *nb = ft_mem_realloc(buf, 2 * cap * sizeof(FtValue));
      if (!nb) {
        ft_decref(x);
        goto fail;
      }
      buf = nb;
      cap *= 2;
    }
    buf[n++] = x;
  }
  if (ft_err_occurred())
    goto fail;
  ft_decref(it);
  FtValue t = ft_tuple_new(n);
  if (!t) {
    for (size_t i = 0; i < n; i++)
      ft_decref(buf[i]);
  } else if (n) {
    memcpy(ft_tuple_items(t), buf, n * sizeof(FtValue));
  }
  ft_mem_free(buf);
  return t;
fail:
  for (size_t i = 0; i < n; i++)
    ft_decref(buf[i]);
  ft_mem_free(buf);
  ft_decref(it);
  return 0;
}

static void tuple_dealloc(FtObject *o) {
  FtTuple *t = (FtTuple *)o;
  for (size_t i = 0; i < t->n; i++)
    ft_xdecref(t->items[i]);
  ft_object_free(o);
}

/* tuple(iterable=()) */
static FtValue tuple_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  if ((type == &FtTuple_Type || type->init == FtTuple_Type.init) &&
      ft_args_no_kw("tuple", kwnames) < 0)
    return 0;
  if (ft_args_count("tuple", nargs, 0, 1) < 0)
    return 0;
  FtValue t = nargs ? ft_tuple_from_iterable(args[0]) : FT_EMPTY_TUPLE;
  if (!t || type == &FtTuple_Type)
    return t;
  /* A subclass: copy into an instance of `type`. */
  size_t n = ft_tuple_len(t);
  FtValue r = tuple_alloc(type, n);
  if (r) {
    for (size_t i = 0; i < n; i++)
      ft_tuple_items(r)[i] = ft_newref(ft_tuple_get(t, i));
  }
  ft_decref(t);
  return r;
}

/* ---- protocol slots -------------------------------------------------- */

static FtValue tuple_repr(FtValue self) {
  size_t n = ft_tuple_len(self);
  if (n == 0)
    return ft_str_from_cstr("()");
  /* A tuple can reach itself through a mutable container inside it. */
  int r = ft_repr_enter(self);
  if (r)
    return r > 0 ? ft_str_from_cstr("(...)") : 0;
  FtStrBuf b;
  ft_strbuf_init(&b);
  int ok = ft_strbuf_append_char(&b, '(') == 0;
  for (size_t i = 0; ok && i < n; i++) {
    if (i && ft_strbuf_append(&b, ", ", 2) < 0) {
      ok = 0;
      break;
    }
    FtValue s = ft_repr(ft_tuple_get(self, i));
    if (!s) {
      ok = -1;
      break;
    }
    ok = ft_strbuf_append(&b, ft_str_data(s), ft_str_size(s)) == 0;
    ft_decref(s);
  }
  if (ok > 0 && n == 1)
    ok = ft_strbuf_append_char(&b, ',') == 0;
  if (ok > 0)
    ok = ft_strbuf_append_char(&b, ')') == 0;
  ft_repr_leave(self);
  FtValue res = 0;
  if (ok > 0)
    res = ft_str_new(b.data, b.len);
  else if (ok == 0)
    ft_err_nomemory();
  ft_strbuf_free(&b);
  return res;
}

/* CPython 3.11's tuple hash (xxHash-derived), so hash((1, 2)) agrees. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static intptr_t tuple_hash(FtValue self) {
  size_t n = ft_tuple_len(self);
  uint64_t acc = XXPRIME_5;
  for (size_t i = 0; i < n; i++) {
    intptr_t h = ft_hash(ft_tuple_get(self, i));
    if (h == -1)
      return -1;
    acc += (uint64_t)h * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
  if (acc == (uint64_t)-1)
    return 1546275796;
  return (intptr_t)acc;
}

static FtValue tuple_richcompare(FtValue a, FtValue b, int op) {
  if (!is_tuple(a) || !is_tuple(b))
    return FT_NOTIMPL;
  size_t na = ft_tuple_len(a), nb = ft_tuple_len(b), i;
  for (i = 0; i < na && i < nb; i++) {
    int k = ft_eq(ft_tuple_get(a, i), ft_tuple_get(b, i));
    if (k < 0)
      return 0;
    if (!k)
      break;
  }
  if (i >= na || i >= nb) {
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
  if (op == FT_EQ)
    return FT_FALSE;
  if (op == FT_NE)
    return FT_TRUE;
  return ft_richcompare(ft_tuple_get(a, i), ft_tuple_get(b, i), op);
}

static intptr_t tuple_len(FtValue self) { return (intptr_t)ft_tuple_len(self); }

static int tuple_contains(FtValue self, FtValue x) {
  size_t n = ft_tuple_len(self);
  int xsmall = ft_is_small(x);
  for (size_t i = 0; i < n; i++) {
    FtValue it = ft_tuple_get(self, i);
    if (it == x)
      return 1;
    if (xsmall && ft_is_small(it))
      continue; /* two different small ints */
    int k = ft_eq(it, x);
    if (k)
      return k;
  }
  return 0;
}

static FtValue tuple_slice_n(FtValue self, intptr_t start, intptr_t step, intptr_t len);

static FtValue tuple_getitem(FtValue self, FtValue key) {
  intptr_t i;
  int k = seq_index(key, &i);
  if (k < 0)
    return 0;
  size_t n = ft_tuple_len(self);
  if (k) {
    if (i < 0)
      i += (intptr_t)n;
    if (i < 0 || (size_t)i >= n)
      return ft_err_format(&FtExc_IndexError, "tuple index out of range");
    return ft_newref(ft_tuple_get(self, (size_t)i));
  }
  if (!ft_isinstance_exact(key, &FtSlice_Type))
    return ft_err_format(&FtExc_TypeError,
                         "tuple indices must be integers or slices, not %T",
                         key);
  intptr_t start, stop, step;
  intptr_t len = ft_slice_indices(key, (intptr_t)n, &start, &stop, &step);
  if (len < 0)
    return 0;
  return tuple_slice_n(self, start, step, len);
}

FtValue ft_tuple_getslice(FtValue self, intptr_t start, intptr_t stop, intptr_t step) {
  intptr_t len = ft_slice_adjust((intptr_t)ft_tuple_len(self), &start, &stop, step);
  return tuple_slice_n(self, start, step, len);
}

/* self[start::step] for len items, start adjusted to the length. */
static FtValue tuple_slice_n(FtValue self, intptr_t start, intptr_t step, intptr_t len) {
  size_t n = ft_tuple_len(self);
  if (len == (intptr_t)n && step == 1 &&
      ft_isinstance_exact(self, &FtTuple_Type))
    return ft_newref(self);
  FtValue r = ft_tuple_new((size_t)len);
  if (!r)
    return 0;
  FtValue *src = ft_tuple_items(self), *dst = ft_tuple_items(r);
  for (intptr_t j = 0, p = start; j < len; j++, p += step)
    dst[j] = ft_newref(src[p]);
  return r;
}

/* Should a failed `seq + x` / `seq * x` give x's own slot a chance (a
 * class with __radd__ / __rmul__) rather than raise the sequence error? */
static int other_may_handle(FtValue x, int nb) {
  FtType *t = ft_type(x);
  return (t->tpflags & FT_TPFLAG_HEAPTYPE) && t->nb[nb] != NULL;
}

static FtValue tuple_concat(FtValue a, FtValue b) {
  if (!is_tuple(a))
    return FT_NOTIMPL;
  if (!is_tuple(b)) {
    if (other_may_handle(b, FT_NB_ADD))
      return FT_NOTIMPL;
    return ft_err_format(&FtExc_TypeError,
                         "can only concatenate tuple (not \"%s\") to tuple",
                         ft_type_name(b));
  }
  size_t na = ft_tuple_len(a), nb = ft_tuple_len(b);
  if (nb == 0 && ft_isinstance_exact(a, &FtTuple_Type))
    return ft_newref(a);
  if (na == 0 && ft_isinstance_exact(b, &FtTuple_Type))
    return ft_newref(b);
  FtValue r = ft_tuple_new(na + nb);
  if (!r)
    return 0;
  FtValue *dst = ft_tuple_items(r);
  for (size_t i = 0; i < na; i++)
    dst[i] = ft_newref(ft_tuple_get(a, i));
  for (size_t i = 0; i < nb; i++)
    dst[na + i] = ft_newref(ft_tuple_get(b, i));
  return r;
}

static FtValue tuple_repeat(FtValue a, FtValue b) {
  FtValue seq, count;
  if (is_tuple(a)) {
    seq = a;
    count = b;
  } else if (is_tuple(b)) {
    seq = b;
    count = a;
  } else {
    return FT_NOTIMPL;
  }
  if (!ft_int_check(count) && !ft_type(count)->index) {
    if (seq == a && other_may_handle(count, FT_NB_MUL))
      return FT_NOTIMPL;
    return ft_err_format(&FtExc_TypeError,
                         "can't multiply sequence by non-int of type '%s'",
                         ft_type_name(count));
  }
  intptr_t k = ft_int_as_ssize(count); /* OverflowError past ssize, as CPython */
  if (k == -1 && ft_err_occurred())
    return 0;
  size_t n = ft_tuple_len(seq);
  if (k <= 0 || n == 0)
    return ft_newref(FT_EMPTY_TUPLE);
  if (k == 1 && ft_isinstance_exact(seq, &FtTuple_Type))
    return ft_newref(seq);
  if ((size_t)k > (SIZE_MAX / sizeof(FtValue)) / n)
    return ft_err_nomemory();
  FtValue r = ft_tuple_new(n * (size_t)k);
  if (!r)
    return 0;
  FtValue *dst = ft_tuple_items(r);
  const FtValue *src = ft_tuple_items(seq);
  for (intptr_t j = 0; j < k; j++)
    for (size_t i = 0; i < n; i++)
      *dst++ = ft_newref(src[i]);
  return r;
}

/* ---- iterator -------------------------------------------------------- */

/* Synchronization: `index` is the only mutable field; next() claims an
 * index atomically (see iter_private for the unshared fast case). */
typedef struct FtTupleIter {
  FtObject ob;
  FtValue tuple;
  _Atomic size_t index;
} FtTupleIter;

static FtValue tuple_iter(FtValue self) {
  FtTupleIter *it =
      (FtTupleIter *)ft_object_alloc(&FtTupleIter_Type, sizeof(FtTupleIter));
  if (!it)
    return 0;
  it->tuple = ft_newref(self);
  return ft_val(it);
}

static void tupleiter_dealloc(FtObject *o) {
  FT_CLEAR(((FtTupleIter *)o)->tuple);
  ft_object_free(o);
}

static FtValue iter_self(FtValue self) { return ft_newref(self); }

static FtValue tupleiter_next(FtValue self) {
  FtTupleIter *it = (FtTupleIter *)ft_obj(self);
  size_t n = ft_tuple_len(it->tuple);
  size_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
  if (i >= n)
    return 0;
  if (iter_private(&it->ob))
    atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
  else if ((i = atomic_fetch_add_explicit(&it->index, 1,
                                          memory_order_relaxed)) >= n)
    return 0;
  return ft_newref(ft_tuple_get(it->tuple, i));
}

static FtValue tupleiter_length_hint(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  (void)args;
  (void)kwnames;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "__length_hint__() takes no arguments (%zu given)",
                         nargs);
  FtTupleIter *it = (FtTupleIter *)ft_obj(self);
  size_t n = ft_tuple_len(it->tuple);
  size_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
  return ft_int_from_u64(i < n ? n - i : 0);
}

static const FtMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- methods --------------------------------------------------------- */

/* Start/stop arguments of index(): CPython clamps them like slice bounds. */
static int index_arg(FtValue v, intptr_t *out) {
  if (!ft_is_small(v) && !ft_int_check(v) && !ft_type(v)->index) {
    ft_err_format(&FtExc_TypeError,
                  "slice indices must be integers or have an __index__ "
                  "method");
    return -1;
  }
  return ft_slice_index(v, out);
}

static FtValue tuple_index(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  if (ft_args_no_kw("tuple.index", kwnames) < 0 ||
      ft_args_count("index", nargs, 1, 3) < 0)
    return 0;
  intptr_t n = (intptr_t)ft_tuple_len(self);
  intptr_t start = 0, stop = n;
  if (nargs > 1 && index_arg(args[1], &start) < 0)
    return 0;
  if (nargs > 2 && index_arg(args[2], &stop) < 0)
    return 0;
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
  for (intptr_t i = start; i < stop && i < n; i++) {
    int k = ft_eq(ft_tuple_get(self, (size_t)i), args[0]);
    if (k < 0)
      return 0;
    if (k)
      return ft_small(i);
  }
  return ft_err_format(&FtExc_ValueError, "tuple.index(x): x not in tuple");
}

static FtValue tuple_count(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  if (ft_args_no_kw("tuple.count", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "tuple.count() takes exactly one argument (%zu "
                         "given)", nargs);
  size_t n = ft_tuple_len(self), c = 0;
  for (size_t i = 0; i < n; i++) {
    int k = ft_eq(ft_tuple_get(self, i), args[0]);
    if (k < 0)
      return 0;
    c += (size_t)k;
  }
  return ft_int_from_u64(c);
}

static FtValue tuple_getnewargs(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  (void)args;
  (void)kwnames;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "tuple.__getnewargs__() takes no arguments (%zu "
                         "given)", nargs);
  FtValue t = ft_tuple_from_array(ft_tuple_items(self), ft_tuple_len(self));
  if (!t)
    return 0;
  FtValue r = ft_tuple_pack(1, t);
  ft_decref(t);
  return r;
}

/* CPython's layout: 24-byte header plus one pointer per item. */
static FtValue tuple_sizeof(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__sizeof__", kwnames) < 0 ||
      ft_args_count("__sizeof__", nargs, 0, 0) < 0)
    return 0;
  return ft_int_from_u64(24 + 8 * (uint64_t)ft_tuple_len(self));
}

static const FtMethodDef tuple_methods[] = {
    {"__sizeof__", tuple_sizeof, 0, "Size of the tuple in memory, in bytes."},
    {"index", tuple_index, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not "
     "present."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the types ------------------------------------------------------- */

FtType FtTuple_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "tuple",
    .basicsize = sizeof(FtTuple),
    .itemsize = sizeof(FtValue),
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_TUPLE_SUBCLASS,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb[FT_NB_ADD] = tuple_concat,
    .nb[FT_NB_MUL] = tuple_repeat,
    .methods = tuple_methods,
    .new_ = tuple_new,
};

FtType FtTupleIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "tuple_iterator",
    .basicsize = sizeof(FtTupleIter),
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

void ft_tuple_init(void) {
  ft_type_ready(&FtTuple_Type);
  ft_type_ready(&FtTupleIter_Type);
}
