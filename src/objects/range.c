/*
 * range.c -- the range type and its two iterators.
 *
 * Representation: FtRange keeps start, stop, step and the precomputed
 * length as Python ints (FtValues), so ranges over big ints work exactly.
 * `fast` is set when all four are small ints: then every operation uses
 * plain C arithmetic (no intermediate can overflow: |stop - start| < 2^63
 * because small ints are 63-bit).  Otherwise a slow path does the same
 * computations with int objects (ft_binop), slicing included.
 *
 * Iterators: FtRangeIter ("range_iterator") is the hot one: start, step,
 * length as C integers and an atomic index; next() is a load, a compare,
 * a store (or one fetch_add if the iterator is shared) and a multiply-add.
 * FtLongRangeIter ("longrange_iterator") handles big-int ranges.
 *
 * Synchronization: ranges are immutable.  range_iterator claims indices
 * atomically so a shared iterator hands each value out at most once; the
 * long iterator swaps its current index under ob.mutex.
 */
#include "ft.h"

typedef struct FtRange {
  FtObject ob;
  FtValue start, stop, step, length;
  int fast;
} FtRange;

typedef struct FtRangeIter {
  FtObject ob;
  intptr_t start, step;
  size_t len;
  _Atomic size_t index;
} FtRangeIter;

typedef struct FtLongRangeIter {
  FtObject ob;
  FtValue start, step, len;
  FtValue index; /* guarded by ob.mutex */
} FtLongRangeIter;

extern FtType FtRangeIter_Type, FtLongRangeIter_Type;

/* slice.c: a slice resolved against a length of any size. */
FtValue ft_slice_indices_obj(FtValue slice, FtValue length);

static inline FtRange *R(FtValue v) { return (FtRange *)ft_obj(v); }

/* Same rule as tuple.c: the iterator is private to this thread. */
static inline int iter_private(FtObject *o) { return ft_obj_is_private(o); }

/* ---- int helpers (slow path) ----------------------------------------- */

static FtValue add(FtValue a, FtValue b) { return ft_binop(a, b, FT_NB_ADD); }
static FtValue sub(FtValue a, FtValue b) { return ft_binop(a, b, FT_NB_SUB); }
static FtValue mul(FtValue a, FtValue b) { return ft_binop(a, b, FT_NB_MUL); }

/* Length of range(start, stop, step) as an int object (CPython's
 * compute_range_length). */
static FtValue compute_length(FtValue start, FtValue stop, FtValue step) {
  if (ft_is_small(start) && ft_is_small(stop) && ft_is_small(step)) {
    intptr_t lo = ft_small_val(start), hi = ft_small_val(stop);
    intptr_t st = ft_small_val(step);
    uint64_t ust;
    if (st > 0) {
      ust = (uint64_t)st;
    } else {
      intptr_t t = lo;
      lo = hi;
      hi = t;
      ust = (uint64_t)0 - (uint64_t)st;
    }
    if (lo >= hi)
      return ft_small(0);
    uint64_t diff = (uint64_t)hi - (uint64_t)lo - 1;
    return ft_int_from_u64(diff / ust + 1);
  }
  int sgn = ft_int_sign(step);
  FtValue lo = sgn > 0 ? start : stop, hi = sgn > 0 ? stop : start;
  int cmp = ft_richcompare_bool(lo, hi, FT_GE);
  if (cmp < 0)
    return 0;
  if (cmp)
    return ft_small(0);
  FtValue ast = sgn > 0 ? ft_newref(step) : ft_neg(step);
  if (!ast)
    return 0;
  FtValue d = sub(hi, lo), r = 0;
  if (d) {
    FtValue d1 = sub(d, ft_small(1));
    ft_decref(d);
    if (d1) {
      FtValue q = ft_binop(d1, ast, FT_NB_FLOORDIV);
      ft_decref(d1);
      if (q) {
        r = add(q, ft_small(1));
        ft_decref(q);
      }
    }
  }
  ft_decref(ast);
  return r;
}

/* ---- construction ---------------------------------------------------- */

/* Steals start, stop, step. */
static FtValue range_make(FtType *type, FtValue start, FtValue stop,
                          FtValue step) {
  if (ft_int_sign(step) == 0) {
    ft_err_format(&FtExc_ValueError, "range() arg 3 must not be zero");
    goto fail;
  }
  FtValue len = compute_length(start, stop, step);
  if (!len)
    goto fail;
  FtRange *r = (FtRange *)ft_object_alloc(type, type->basicsize);
  if (!r) {
    ft_decref(len);
    goto fail;
  }
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  r->fast = ft_is_small(start) && ft_is_small(stop) && ft_is_small(step) &&
            ft_is_small(len);
  return ft_val(r);
fail:
  ft_decref(start);
  ft_decref(stop);
  ft_decref(step);
  return 0;
}

FtValue ft_range_new(intptr_t start, intptr_t stop, intptr_t step) {
  FtValue a = ft_int_from_i64(start), b = ft_int_from_i64(stop),
          c = ft_int_from_i64(step);
  if (!a || !b || !c) {
    ft_xdecref(a);
    ft_xdecref(b);
    ft_xdecref(c);
    return 0;
  }
  return range_make(&FtRange_Type, a, b, c);
}

static FtValue range_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  if (ft_args_no_kw("range", kwnames) < 0 ||
      ft_args_count("range", nargs, 1, 3) < 0)
    return 0;
  FtValue v[3] = {0, 0, 0};
  for (size_t i = 0; i < nargs; i++) {
    v[i] = ft_is_small(args[i]) ? args[i] : ft_index(args[i]);
    if (!v[i]) {
      for (size_t j = 0; j < i; j++)
        ft_decref(v[j]);
      return 0;
    }
  }
  if (nargs == 1)
    return range_make(type, ft_small(0), v[0], ft_small(1));
  return range_make(type, v[0], v[1], nargs == 3 ? v[2] : ft_small(1));
}

static void range_dealloc(FtObject *o) {
  FtRange *r = (FtRange *)o;
  FT_CLEAR(r->start);
  FT_CLEAR(r->stop);
  FT_CLEAR(r->step);
  FT_CLEAR(r->length);
  ft_object_free(o);
}

/* ---- protocol slots -------------------------------------------------- */

static FtValue range_repr(FtValue self) {
  FtRange *r = R(self);
  if (ft_is_small(r->step) && ft_small_val(r->step) == 1)
    return ft_str_from_format("range(%R, %R)", r->start, r->stop);
  return ft_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t range_len(FtValue self) {
  FtValue n = R(self)->length;
  if (ft_is_small(n))
    return ft_small_val(n);
  ft_err_format(&FtExc_OverflowError,
                "Python int too large to convert to C ssize_t");
  return -1;
}

static int range_bool(FtValue self) {
  return R(self)->length != ft_small(0);
}

/* The i-th element (0 <= i < len) as an int: start + i * step. */
static FtValue range_item(FtRange *r, FtValue i) {
  if (r->fast && ft_is_small(i))
    return ft_small(ft_small_val(r->start) +
                    ft_small_val(i) * ft_small_val(r->step));
  FtValue p = mul(i, r->step);
  if (!p)
    return 0;
  FtValue x = add(r->start, p);
  ft_decref(p);
  return x;
}

static FtValue range_getitem(FtValue self, FtValue key) {
  FtRange *r = R(self);
  if (ft_is_small(key) && r->fast) {
    intptr_t i = ft_small_val(key), n = ft_small_val(r->length);
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return ft_err_format(&FtExc_IndexError,
                           "range object index out of range");
    return ft_small(ft_small_val(r->start) + i * ft_small_val(r->step));
  }
  if (ft_isinstance_exact(key, &FtSlice_Type)) {
    if (!ft_is_small(r->length)) {
      FtValue ix = ft_slice_indices_obj(key, r->length);
      if (!ix)
        return 0;
      FtValue a = range_item(r, ft_tuple_get(ix, 0));
      FtValue b = a ? range_item(r, ft_tuple_get(ix, 1)) : 0;
      FtValue c = b ? mul(r->step, ft_tuple_get(ix, 2)) : 0;
      ft_decref(ix);
      if (c)
        return range_make(&FtRange_Type, a, b, c);
      ft_xdecref(a);
      ft_xdecref(b);
      return 0;
    }
    intptr_t start, stop, step;
    if (ft_slice_indices(key, ft_small_val(r->length), &start, &stop,
                         &step) < 0)
      return 0;
    FtValue s0 = ft_int_from_i64(start), s1 = ft_int_from_i64(stop),
            s2 = ft_int_from_i64(step);
    FtValue a = 0, b = 0, c = 0, res = 0;
    if (s0 && s1 && s2) {
      a = range_item(r, s0);
      b = a ? range_item(r, s1) : 0;
      c = b ? mul(r->step, s2) : 0;
    }
    ft_xdecref(s0);
    ft_xdecref(s1);
    ft_xdecref(s2);
    if (c)
      return range_make(&FtRange_Type, a, b, c);
    ft_xdecref(a);
    ft_xdecref(b);
    return res;
  }
  if (!ft_int_check(key) && !ft_type(key)->index)
    return ft_err_format(&FtExc_TypeError,
                         "range indices must be integers or slices, not %T",
                         key);
  FtValue i = ft_index(key);
  if (!i)
    return 0;
  FtValue res = 0;
  if (ft_int_sign(i) < 0) {
    FtValue j = add(i, r->length);
    ft_decref(i);
    if (!j)
      return 0;
    i = j;
  }
  int bad = ft_int_sign(i) < 0;
  if (!bad) {
    bad = ft_richcompare_bool(i, r->length, FT_GE);
    if (bad < 0) {
      ft_decref(i);
      return 0;
    }
  }
  if (bad)
    ft_err_format(&FtExc_IndexError, "range object index out of range");
  else
    res = range_item(r, i);
  ft_decref(i);
  return res;
}

/* Is the int x an element?  1 / 0 / -1. */
static int range_contains_int(FtRange *r, FtValue x) {
  if (r->fast && ft_is_small(x)) {
    intptr_t v = ft_small_val(x), s = ft_small_val(r->start);
    intptr_t e = ft_small_val(r->stop), st = ft_small_val(r->step);
    if (st > 0 ? (v < s || v >= e) : (v > s || v <= e))
      return 0;
    return (v - s) % st == 0;
  }
  int pos = ft_int_sign(r->step) > 0;
  int k1 = ft_richcompare_bool(x, r->start, pos ? FT_GE : FT_LE);
  if (k1 <= 0)
    return k1;
  int k2 = ft_richcompare_bool(x, r->stop, pos ? FT_LT : FT_GT);
  if (k2 <= 0)
    return k2;
  FtValue d = sub(x, r->start);
  if (!d)
    return -1;
  FtValue m = ft_binop(d, r->step, FT_NB_MOD);
  ft_decref(d);
  if (!m)
    return -1;
  int res = m == ft_small(0);
  ft_decref(m);
  return res;
}

static int is_exact_int(FtValue x) {
  return ft_is_small(x) || ft_isinstance_exact(x, &FtInt_Type) ||
         ft_isinstance_exact(x, &FtBool_Type);
}

/* Linear search for non-ints (x == element may run Python code). */
static int range_search(FtValue self, FtValue x, FtValue *pos, int count) {
  FtValue it = ft_iter(self);
  if (!it)
    return -1;
  intptr_t i = 0, c = 0;
  FtValue v;
  while ((v = ft_next(it)) != 0) {
    int k = ft_eq(v, x);
    ft_decref(v);
    if (k < 0) {
      ft_decref(it);
      return -1;
    }
    if (k) {
      if (!count) {
        ft_decref(it);
        *pos = ft_int_from_i64(i);
        return *pos ? 1 : -1;
      }
      c++;
    }
    i++;
  }
  ft_decref(it);
  if (ft_err_occurred())
    return -1;
  if (count) {
    *pos = ft_int_from_i64(c);
    return *pos ? 1 : -1;
  }
  return 0;
}

static int range_contains(FtValue self, FtValue x) {
  if (is_exact_int(x))
    return range_contains_int(R(self), x);
  FtValue pos = 0;
  int k = range_search(self, x, &pos, 0);
  ft_xdecref(pos);
  return k;
}

static FtValue range_richcompare(FtValue a, FtValue b, int op) {
  if (!ft_isinstance_exact(a, &FtRange_Type) ||
      !ft_isinstance_exact(b, &FtRange_Type) || (op != FT_EQ && op != FT_NE))
    return FT_NOTIMPL;
  int eq;
  if (a == b) {
    eq = 1;
  } else {
    FtRange *x = R(a), *y = R(b);
    eq = ft_eq(x->length, y->length);
    if (eq > 0 && x->length != ft_small(0)) {
      eq = ft_eq(x->start, y->start);
      if (eq > 0 && x->length != ft_small(1))
        eq = ft_eq(x->step, y->step);
    }
    if (eq < 0)
      return 0;
  }
  return ft_bool(op == FT_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for what equality ignores. */
static intptr_t range_hash(FtValue self) {
  FtRange *r = R(self);
  FtValue t;
  if (r->length == ft_small(0))
    t = ft_tuple_pack(3, r->length, FT_NONE, FT_NONE);
  else if (r->length == ft_small(1))
    t = ft_tuple_pack(3, r->length, r->start, FT_NONE);
  else
    t = ft_tuple_pack(3, r->length, r->start, r->step);
  if (!t)
    return -1;
  intptr_t h = ft_hash(t);
  ft_decref(t);
  return h;
}

/* ---- iterators ------------------------------------------------------- */

static FtValue iter_self(FtValue self) { return ft_newref(self); }

static FtValue fast_iter(intptr_t start, intptr_t step, size_t len) {
  FtRangeIter *it =
      (FtRangeIter *)ft_object_alloc(&FtRangeIter_Type, sizeof(FtRangeIter));
  if (!it)
    return 0;
  it->start = start;
  it->step = step;
  it->len = len;
  return ft_val(it);
}

/* Steals start, step, len. */
static FtValue long_iter(FtValue start, FtValue step, FtValue len) {
  FtLongRangeIter *it = (FtLongRangeIter *)ft_object_alloc(
      &FtLongRangeIter_Type, sizeof(FtLongRangeIter));
  if (!it) {
    ft_decref(start);
    ft_decref(step);
    ft_decref(len);
    return 0;
  }
  it->start = start;
  it->step = step;
  it->len = len;
  it->index = ft_small(0);
  return ft_val(it);
}

static FtValue range_iter(FtValue self) {
  FtRange *r = R(self);
  if (r->fast)
    return fast_iter(ft_small_val(r->start), ft_small_val(r->step),
                     (size_t)ft_small_val(r->length));
  return long_iter(ft_newref(r->start), ft_newref(r->step),
                   ft_newref(r->length));
}

static FtValue rangeiter_next(FtValue self) {
  FtRangeIter *it = (FtRangeIter *)ft_obj(self);
  size_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
  if (i >= it->len)
    return 0;
  if (iter_private(&it->ob))
    atomic_store_explicit(&it->index, i + 1, memory_order_relaxed);
  else if ((i = atomic_fetch_add_explicit(&it->index, 1,
                                          memory_order_relaxed)) >= it->len)
    return 0;
  return ft_small(it->start + (intptr_t)i * it->step);
}

static void rangeiter_dealloc(FtObject *o) { ft_object_free(o); }

static FtValue rangeiter_length_hint(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  (void)args;
  (void)kwnames;
  (void)nargs;
  FtRangeIter *it = (FtRangeIter *)ft_obj(self);
  size_t i = atomic_load_explicit(&it->index, memory_order_relaxed);
  return ft_int_from_u64(i < it->len ? it->len - i : 0);
}

static FtValue longiter_next(FtValue self) {
  FtLongRangeIter *it = (FtLongRangeIter *)ft_obj(self);
  ft_mutex_lock(&it->ob.mutex);
  FtValue i = it->index;
  int more = ft_richcompare_bool(i, it->len, FT_LT);
  FtValue next = more > 0 ? add(i, ft_small(1)) : 0;
  if (next)
    it->index = next; /* the reference to i moves to us */
  else
    ft_incref(i);
  ft_mutex_unlock(&it->ob.mutex);
  FtValue res = 0;
  if (more > 0 && next) {
    FtValue p = mul(i, it->step);
    if (p) {
      res = add(it->start, p);
      ft_decref(p);
    }
  }
  ft_decref(i);
  return res;
}

static void longiter_dealloc(FtObject *o) {
  FtLongRangeIter *it = (FtLongRangeIter *)o;
  FT_CLEAR(it->start);
  FT_CLEAR(it->step);
  FT_CLEAR(it->len);
  FT_CLEAR(it->index);
  ft_object_free(o);
}

static FtValue longiter_length_hint(FtValue self, const FtValue *args,
                                    size_t nargs, FtValue kwnames) {
  (void)args;
  (void)kwnames;
  (void)nargs;
  FtLongRangeIter *it = (FtLongRangeIter *)ft_obj(self);
  ft_mutex_lock(&it->ob.mutex);
  FtValue i = ft_newref(it->index);
  ft_mutex_unlock(&it->ob.mutex);
  FtValue r = sub(it->len, i);
  ft_decref(i);
  return r;
}

/* ---- methods --------------------------------------------------------- */

static FtValue range_reversed(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)args;
  (void)kwnames;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "range.__reversed__() takes no arguments (%zu "
                         "given)", nargs);
  FtRange *r = R(self);
  if (r->fast) {
    intptr_t n = ft_small_val(r->length), st = ft_small_val(r->step);
    if (n == 0)
      return fast_iter(0, 1, 0);
    return fast_iter(ft_small_val(r->start) + (n - 1) * st, -st, (size_t)n);
  }
  FtValue n1 = sub(r->length, ft_small(1));
  if (!n1)
    return 0;
  FtValue last = range_item(r, n1);
  ft_decref(n1);
  if (!last)
    return 0;
  FtValue nst = ft_neg(r->step);
  if (!nst) {
    ft_decref(last);
    return 0;
  }
  return long_iter(last, nst, ft_newref(r->length));
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

static FtValue range_count(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  if (one_arg("range.count", nargs, kwnames) < 0)
    return 0;
  if (is_exact_int(args[0])) {
    int k = range_contains_int(R(self), args[0]);
    return k < 0 ? 0 : ft_small(k);
  }
  FtValue c = 0;
  return range_search(self, args[0], &c, 1) < 0 ? 0 : c;
}

static FtValue range_index(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  if (one_arg("range.index", nargs, kwnames) < 0)
    return 0;
  FtRange *r = R(self);
  FtValue x = args[0];
  if (is_exact_int(x)) {
    int k = range_contains_int(r, x);
    if (k < 0)
      return 0;
    if (k) {
      if (r->fast && ft_is_small(x))
        return ft_small((ft_small_val(x) - ft_small_val(r->start)) /
                        ft_small_val(r->step));
      FtValue d = sub(x, r->start);
      if (!d)
        return 0;
      FtValue q = ft_binop(d, r->step, FT_NB_FLOORDIV);
      ft_decref(d);
      return q;
    }
  } else {
    FtValue pos = 0;
    int k = range_search(self, x, &pos, 0);
    if (k < 0)
      return 0;
    if (k)
      return pos;
    return ft_err_format(&FtExc_ValueError,
                         "sequence.index(x): x not in sequence");
  }
  return ft_err_format(&FtExc_ValueError, "%R is not in range", x);
}

static FtValue range_reduce(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtRange *r = R(self);
  FtValue t = ft_tuple_pack(3, r->start, r->stop, r->step);
  if (!t)
    return 0;
  FtValue res = ft_tuple_pack(2, ft_val(ft_type(self)), t);
  ft_decref(t);
  return res;
}

static const FtMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0,
     "Return a reverse iterator."},
    {"count", range_count, 0,
     "rangeobject.count(value) -> integer -- return number of occurrences "
     "of value"},
    {"index", range_index, 0,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {"__reduce__", range_reduce, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const FtMemberDef range_members[] = {
    {"start", offsetof(FtRange, start), 1},
    {"stop", offsetof(FtRange, stop), 1},
    {"step", offsetof(FtRange, step), 1},
    {NULL, 0, 0}};

static const FtMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef longiter_methods[] = {
    {"__length_hint__", longiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the types ------------------------------------------------------- */

FtType FtRange_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "range",
    .basicsize = sizeof(FtRange),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .bool_ = range_bool,
    .methods = range_methods,
    .members = range_members,
    .new_ = range_new,
};

FtType FtRangeIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "range_iterator",
    .basicsize = sizeof(FtRangeIter),
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

FtType FtLongRangeIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "longrange_iterator",
    .basicsize = sizeof(FtLongRangeIter),
    .dealloc = longiter_dealloc,
    .iter = iter_self,
    .iternext = longiter_next,
    .methods = longiter_methods,
};

void ft_range_init(void) {
  ft_type_ready(&FtRange_Type);
  ft_type_ready(&FtRangeIter_Type);
  ft_type_ready(&FtLongRangeIter_Type);
}
