/*
 * iterobject.c -- the built-in iterator types that wrap other iterables:
 * enumerate, zip, map, filter, reversed, the sequence iterator made by
 * iter() for classes that only define __getitem__, and the callable
 * iterator made by iter(callable, sentinel).
 *
 * Representation: each object holds strong references to what it wraps
 * (the underlying iterator(s), the function, the sequence) plus a little
 * state: enumerate's counter, the next index of reversed / the sequence
 * iterator.  Invariant: once an iterator reports exhaustion its source
 * field is cleared (seq = 0, callable = 0), so it stays exhausted.
 *
 * Synchronization rule: several threads may call next() on one iterator.
 *  - zip, map and filter have no mutable state of their own: their fields
 *    are written once by new_ and only read afterwards; they delegate to
 *    the underlying iterators, which are themselves thread-safe.  (With
 *    zip, two threads racing may pair items from different rounds; each
 *    item is still handed out once, as with CPython.)
 *  - reversed and the sequence iterator hand out indices under ob.mutex
 *    (take index, advance, take a reference to seq), then call __getitem__
 *    with no lock held; so each index is fetched at most once.
 *  - the callable iterator reads/clears its fields under ob.mutex and
 *    calls the callable and compares with the sentinel with no lock held.
 *  - enumerate must pair "fetch the next item" with "count++" atomically,
 *    and fetching may run Python code (a generator), so it holds its own
 *    recursive mutex `lock` across both.  The lock is recursive so that an
 *    iterator that (perversely) calls next() on the very enumerate that is
 *    driving it re-enters instead of deadlocking; a thread waiting for it
 *    detaches first (ft_tstate_detach) so a long-running holder cannot
 *    stall stop-the-world or memory reclamation.
 * None of these objects calls Python code while holding ob.mutex.
 */
#include "ft.h"

static FtValue iter_self(FtValue self) { return ft_newref(self); }

/* Does the pending error end an iteration (IndexError/StopIteration)? */
static int stop_error(void) {
  if (ft_err_matches(&FtExc_IndexError) ||
      ft_err_matches(&FtExc_StopIteration)) {
    ft_err_clear();
    return 1;
  }
  return 0;
}

static FtValue int_or_err(intptr_t n) { return ft_int_from_i64((int64_t)n); }

/* Iterate with `kwnames` forbidden: CPython's "X() takes no keyword
 * arguments" check for the exact type (subclasses may take keywords in
 * their own __init__). */
static int no_kw_exact(FtType *type, FtType *exact, const char *name,
                       FtValue kwnames) {
  if (type == exact && kwnames && ft_tuple_len(kwnames))
    return ft_args_no_kw(name, kwnames);
  return 0;
}

/* ==== enumerate ======================================================= */

typedef struct FtEnumerate {
  FtObject ob;
  FtRecursiveMutex lock; /* held across (fetch, count++); see top */
  FtValue it;            /* the underlying iterator */
  intptr_t index;        /* next count while big == 0 */
  FtValue big;           /* the next count as an int, once past small */
} FtEnumerate;

static FtValue enumerate_new(FtType *type, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  /* CPython 3.11's hand-written argument handling, messages included */
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  if (nargs + nkw > 2)
    return ft_err_format(&FtExc_TypeError,
                         "enumerate() takes at most 2 arguments (%zu given)",
                         nargs + nkw);
  FtValue a[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : 0};
  for (size_t i = 0; i < nkw; i++) {
    FtValue k = ft_tuple_get(kwnames, i);
    const char *ks = ft_str_data(k);
    size_t slot = !strcmp(ks, "iterable") ? 0 : !strcmp(ks, "start") ? 1 : 2;
    if (slot == 2 || a[slot])
      return ft_err_format(&FtExc_TypeError,
                           "'%U' is an invalid keyword argument for "
                           "enumerate()", k);
    a[slot] = args[nargs + i];
  }
  if (!a[0]) {
    if (nkw)
      return ft_err_format(&FtExc_TypeError,
                           "'%U' is an invalid keyword argument for "
                           "enumerate()", ft_tuple_get(kwnames, 0));
    return ft_err_format(&FtExc_TypeError,
                         "enumerate() missing required argument 'iterable'");
  }
  FtValue start = 0;
  if (a[1]) {
    start = ft_index(a[1]);
    if (!start)
      return 0;
  }
  FtValue it = ft_iter(a[0]);
  if (!it) {
    ft_xdecref(start);
    return 0;
  }
  FtEnumerate *e = (FtEnumerate *)ft_object_alloc(type, type->basicsize);
  if (!e) {
    ft_decref(it);
    ft_xdecref(start);
    return 0;
  }
  e->it = it;
  if (!start || (ft_is_small(start) && ft_small_val(start) < FT_SMALL_MAX)) {
    e->index = start ? ft_small_val(start) : 0;
    e->big = 0;
  } else {
    e->big = ft_newref(start);
  }
  ft_xdecref(start);
  return ft_val(e);
}

static void enumerate_dealloc(FtObject *o) {
  FtEnumerate *e = (FtEnumerate *)o;
  FT_CLEAR(e->it);
  FT_CLEAR(e->big);
  ft_object_free(o);
}

static void rlock_detaching(FtRecursiveMutex *m) {
  if (ft_rmutex_lock_timed(m, 0, 0) == FT_LOCK_ACQUIRED)
    return;
  ft_tstate_detach();
  ft_rmutex_lock(m);
  ft_tstate_attach();
}

static FtValue enumerate_next(FtValue self) {
  FtEnumerate *e = (FtEnumerate *)ft_obj(self);
  rlock_detaching(&e->lock);
  FtValue item = ft_next(e->it);
  FtValue idx = 0;
  if (item) {
    if (!e->big) {
      idx = ft_small(e->index);
      if (e->index < FT_SMALL_MAX)
        e->index++;
      else if (!(e->big = ft_int_from_i64((int64_t)FT_SMALL_MAX + 1)))
        idx = 0;
    } else {
      FtValue nxt = ft_binop(e->big, ft_small(1), FT_NB_ADD);
      if (nxt) {
        idx = e->big; /* our reference moves into the result */
        e->big = nxt;
      }
    }
    if (!idx) {
      ft_rmutex_unlock(&e->lock);
      ft_decref(item);
      return 0;
    }
  }
  ft_rmutex_unlock(&e->lock);
  if (!item)
    return 0;
  FtValue t = ft_tuple_new(2);
  if (!t) {
    ft_decref(item);
    ft_decref(idx);
    return 0;
  }
  ft_tuple_items(t)[0] = idx;
  ft_tuple_items(t)[1] = item;
  return t;
}

FtType FtEnumerate_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "enumerate",
    .basicsize = sizeof(FtEnumerate),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = enumerate_dealloc,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
};

/* ==== zip ============================================================= */

typedef struct FtZip {
  FtObject ob;
  FtValue its; /* tuple of iterators; immutable after new_ */
  int strict;
} FtZip;

static FtValue zip_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  int strict = 0;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  if (nkw > 1)
    return ft_err_format(&FtExc_TypeError,
                         "zip() takes at most 1 keyword argument (%zu given)",
                         nkw);
  for (size_t i = 0; i < nkw; i++) {
    FtValue k = ft_tuple_get(kwnames, i);
    if (strcmp(ft_str_data(k), "strict") != 0)
      return ft_err_format(&FtExc_TypeError,
                           "'%U' is an invalid keyword argument for zip()", k);
    strict = ft_truthy(args[nargs + i]);
    if (strict < 0)
      return 0;
  }
  FtValue its = ft_tuple_new(nargs);
  if (!its)
    return 0;
  for (size_t i = 0; i < nargs; i++) {
    FtValue it = ft_iter(args[i]);
    if (!it) {
      /* fill the rest so the tuple can be released safely */
      for (size_t j = i; j < nargs; j++)
        ft_tuple_items(its)[j] = ft_newref(FT_NONE);
      ft_decref(its);
      return 0;
    }
    ft_tuple_items(its)[i] = it;
  }
  FtZip *z = (FtZip *)ft_object_alloc(type, type->basicsize);
  if (!z) {
    ft_decref(its);
    return 0;
  }
  z->its = its;
  z->strict = strict;
  return ft_val(z);
}

static void zip_dealloc(FtObject *o) {
  FT_CLEAR(((FtZip *)o)->its);
  ft_object_free(o);
}

/* strict mode: iterator i (0-based) stopped first, or ran past the end. */
static FtValue zip_strict_error(size_t i, int longer) {
  return ft_err_format(&FtExc_ValueError,
                       "zip() argument %zu is %s than argument%s%zu", i + 1,
                       longer ? "longer" : "shorter", i == 1 ? " " : "s 1-",
                       i);
}

static FtValue zip_next(FtValue self) {
  FtZip *z = (FtZip *)ft_obj(self);
  size_t n = ft_tuple_len(z->its);
  if (n == 0)
    return 0;
  FtValue res = ft_tuple_new(n);
  if (!res)
    return 0;
  FtValue *items = ft_tuple_items(res);
  for (size_t i = 0; i < n; i++) {
    FtValue item = ft_next(ft_tuple_get(z->its, i));
    if (!item) {
      for (size_t j = i; j < n; j++)
        items[j] = ft_newref(FT_NONE);
      ft_decref(res);
      if (ft_err_occurred() || !z->strict)
        return 0;
      if (i > 0)
        return zip_strict_error(i, 0);
      /* The first one is exhausted: all others must be too. */
      for (size_t k = 1; k < n; k++) {
        FtValue extra = ft_next(ft_tuple_get(z->its, k));
        if (extra) {
          ft_decref(extra);
          return zip_strict_error(k, 1);
        }
        if (ft_err_occurred())
          return 0;
      }
      return 0;
    }
    items[i] = item;
  }
  return res;
}

FtType FtZip_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "zip",
    .basicsize = sizeof(FtZip),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = zip_dealloc,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ==== map ============================================================= */

typedef struct FtMap {
  FtObject ob;
  FtValue func; /* immutable after new_ */
  FtValue its;  /* tuple of iterators, immutable after new_ */
} FtMap;

static FtValue map_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  if (no_kw_exact(type, &FtMap_Type, "map", kwnames) < 0)
    return 0;
  if (nargs < 2)
    return ft_err_format(&FtExc_TypeError,
                         "map() must have at least two arguments.");
  FtValue its = ft_tuple_new(nargs - 1);
  if (!its)
    return 0;
  for (size_t i = 1; i < nargs; i++) {
    FtValue it = ft_iter(args[i]);
    if (!it) {
      for (size_t j = i; j < nargs; j++)
        ft_tuple_items(its)[j - 1] = ft_newref(FT_NONE);
      ft_decref(its);
      return 0;
    }
    ft_tuple_items(its)[i - 1] = it;
  }
  FtMap *m = (FtMap *)ft_object_alloc(type, type->basicsize);
  if (!m) {
    ft_decref(its);
    return 0;
  }
  m->func = ft_newref(args[0]);
  m->its = its;
  return ft_val(m);
}

static void map_dealloc(FtObject *o) {
  FtMap *m = (FtMap *)o;
  FT_CLEAR(m->func);
  FT_CLEAR(m->its);
  ft_object_free(o);
}

static FtValue map_next(FtValue self) {
  FtMap *m = (FtMap *)ft_obj(self);
  size_t n = ft_tuple_len(m->its);
  FtValue small[8] = {0};
  FtValue *args = n <= 8 ? small : ft_mem_alloc(n * sizeof(FtValue));
  if (!args)
    return 0;
  FtValue res = 0;
  size_t got = 0;
  for (; got < n; got++) {
    args[got] = ft_next(ft_tuple_get(m->its, got));
    if (!args[got])
      break;
  }
  if (got == n)
    res = ft_call(m->func, args, n, 0);
  for (size_t i = 0; i < got; i++)
    ft_decref(args[i]);
  if (args != small)
    ft_mem_free(args);
  return res;
}

FtType FtMap_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "map",
    .basicsize = sizeof(FtMap),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = map_dealloc,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* ==== filter ========================================================== */

typedef struct FtFilter {
  FtObject ob;
  FtValue func; /* None / bool = truthiness; immutable after new_ */
  FtValue it;
} FtFilter;

static FtValue filter_new(FtType *type, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  if (no_kw_exact(type, &FtFilter_Type, "filter", kwnames) < 0)
    return 0;
  if (nargs != 2)
    return ft_err_format(&FtExc_TypeError,
                         "filter expected 2 arguments, got %zu", nargs);
  FtValue it = ft_iter(args[1]);
  if (!it)
    return 0;
  FtFilter *f = (FtFilter *)ft_object_alloc(type, type->basicsize);
  if (!f) {
    ft_decref(it);
    return 0;
  }
  f->func = ft_newref(args[0]);
  f->it = it;
  return ft_val(f);
}

static void filter_dealloc(FtObject *o) {
  FtFilter *f = (FtFilter *)o;
  FT_CLEAR(f->func);
  FT_CLEAR(f->it);
  ft_object_free(o);
}

static FtValue filter_next(FtValue self) {
  FtFilter *f = (FtFilter *)ft_obj(self);
  int plain = f->func == FT_NONE || f->func == ft_val(&FtBool_Type);
  for (;;) {
    FtValue item = ft_next(f->it);
    if (!item)
      return 0;
    int ok;
    if (plain) {
      ok = ft_truthy(item);
    } else {
      FtValue r = ft_call1(f->func, item);
      if (!r) {
        ft_decref(item);
        return 0;
      }
      ok = ft_truthy(r);
      ft_decref(r);
    }
    if (ok > 0)
      return item;
    ft_decref(item);
    if (ok < 0)
      return 0;
  }
}

FtType FtFilter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "filter",
    .basicsize = sizeof(FtFilter),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = filter_dealloc,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ==== index-driven iterators: reversed and the sequence iterator ====== */

/* Both hold (seq, index) guarded by ob.mutex; seq == 0 once exhausted. */
typedef struct FtIndexIter {
  FtObject ob;
  FtValue seq;
  intptr_t index;
} FtIndexIter;

static void indexiter_dealloc(FtObject *o) {
  FT_CLEAR(((FtIndexIter *)o)->seq);
  ft_object_free(o);
}

/* Take the next index (stepping by `step`) and a reference to seq; returns
 * 0 when exhausted. */
static FtValue indexiter_take(FtIndexIter *it, intptr_t step, intptr_t *idx) {
  ft_mutex_lock(&it->ob.mutex);
  FtValue seq = it->seq;
  if (seq && step < 0 && it->index < 0) {
    it->seq = 0; /* reversed ran off the front */
    ft_mutex_unlock(&it->ob.mutex);
    ft_decref(seq);
    return 0;
  }
  if (seq) {
    ft_incref(seq);
    *idx = it->index;
    it->index += step;
  }
  ft_mutex_unlock(&it->ob.mutex);
  return seq;
}

static void indexiter_exhaust(FtIndexIter *it, FtValue seq) {
  ft_mutex_lock(&it->ob.mutex);
  FtValue old = 0;
  if (it->seq == seq) {
    old = it->seq;
    it->seq = 0;
  }
  ft_mutex_unlock(&it->ob.mutex);
  ft_xdecref(old);
}

static FtValue indexiter_next(FtValue self, intptr_t step) {
  FtIndexIter *it = (FtIndexIter *)ft_obj(self);
  intptr_t idx;
  FtValue seq = indexiter_take(it, step, &idx);
  if (!seq)
    return 0;
  FtValue key = int_or_err(idx);
  FtValue item = key ? ft_getitem(seq, key) : 0;
  ft_xdecref(key);
  if (!item && stop_error())
    indexiter_exhaust(it, seq);
  ft_decref(seq);
  return item;
}

/* ---- reversed ---- */

static int is_sequence(FtValue v) {
  FtType *t = ft_type(v);
  if (ft_dict_check(v))
    return 0;
  if (t->getitem)
    return 1;
  FtValue name = ft_str_intern_cstr("__getitem__");
  return name && ft_type_lookup(t, name) != 0;
}

static FtValue reversed_new(FtType *type, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  if (no_kw_exact(type, &FtReversed_Type, "reversed", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "reversed expected 1 argument, got %zu", nargs);
  FtValue seq = args[0];
  FtValue name = ft_str_intern_cstr("__reversed__");
  FtValue meth = name ? ft_type_lookup(ft_type(seq), name) : 0;
  if (meth == FT_NONE)
    return ft_err_format(&FtExc_TypeError, "'%T' object is not reversible",
                         seq);
  if (meth) { /* bind as a special method: looked up on the type */
    FtType *mt = ft_type(meth);
    if (!mt->descr_get)
      return ft_call0(meth);
    FtValue bound = mt->descr_get(meth, seq, ft_val(ft_type(seq)));
    if (!bound)
      return 0;
    FtValue r = ft_call0(bound);
    ft_decref(bound);
    return r;
  }
  if (!is_sequence(seq))
    return ft_err_format(&FtExc_TypeError, "'%T' object is not reversible",
                         seq);
  intptr_t n = ft_len(seq);
  if (n < 0)
    return 0;
  FtIndexIter *it = (FtIndexIter *)ft_object_alloc(type, type->basicsize);
  if (!it)
    return 0;
  it->seq = ft_newref(seq);
  it->index = n - 1;
  return ft_val(it);
}

static FtValue reversed_next(FtValue self) { return indexiter_next(self, -1); }

static FtValue reversed_length_hint(FtValue self, const FtValue *args,
                                    size_t nargs, FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__length_hint__", kwnames) < 0 ||
      ft_args_count("__length_hint__", nargs, 0, 0) < 0)
    return 0;
  FtIndexIter *it = (FtIndexIter *)ft_obj(self);
  ft_mutex_lock(&it->ob.mutex);
  intptr_t n = it->seq ? it->index + 1 : 0;
  ft_mutex_unlock(&it->ob.mutex);
  return int_or_err(n < 0 ? 0 : n);
}

static const FtMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

FtType FtReversed_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "reversed",
    .basicsize = sizeof(FtIndexIter),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = indexiter_dealloc,
    .iter = iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .new_ = reversed_new,
};

/* ---- the sequence iterator ---- */

FtValue ft_seqiter_new(FtValue seq) {
  FtIndexIter *it =
      (FtIndexIter *)ft_object_alloc(&FtSeqIter_Type, sizeof(FtIndexIter));
  if (!it)
    return 0;
  it->seq = ft_newref(seq);
  it->index = 0;
  return ft_val(it);
}

static FtValue seqiter_next(FtValue self) { return indexiter_next(self, 1); }

static FtValue seqiter_length_hint(FtValue self, const FtValue *args,
                                   size_t nargs, FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__length_hint__", kwnames) < 0 ||
      ft_args_count("__length_hint__", nargs, 0, 0) < 0)
    return 0;
  FtIndexIter *it = (FtIndexIter *)ft_obj(self);
  intptr_t idx;
  FtValue seq = indexiter_take(it, 0, &idx);
  if (!seq)
    return ft_small(0);
  intptr_t n = ft_len(seq);
  ft_decref(seq);
  if (n < 0) {
    if (!ft_err_matches(&FtExc_TypeError))
      return 0;
    ft_err_clear();
    return ft_newref(FT_NOTIMPL);
  }
  return int_or_err(n > idx ? n - idx : 0);
}

static const FtMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

FtType FtSeqIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "iterator",
    .basicsize = sizeof(FtIndexIter),
    .dealloc = indexiter_dealloc,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ==== the callable iterator: iter(callable, sentinel) ================= */

typedef struct FtCallIter {
  FtObject ob;
  FtValue callable; /* both 0 once exhausted; guarded by ob.mutex */
  FtValue sentinel;
} FtCallIter;

FtValue ft_calliter_new(FtValue callable, FtValue sentinel) {
  FtCallIter *it =
      (FtCallIter *)ft_object_alloc(&FtCallIter_Type, sizeof(FtCallIter));
  if (!it)
    return 0;
  it->callable = ft_newref(callable);
  it->sentinel = ft_newref(sentinel);
  return ft_val(it);
}

static void calliter_dealloc(FtObject *o) {
  FtCallIter *it = (FtCallIter *)o;
  FT_CLEAR(it->callable);
  FT_CLEAR(it->sentinel);
  ft_object_free(o);
}

static void calliter_exhaust(FtCallIter *it) {
  ft_mutex_lock(&it->ob.mutex);
  FtValue c = it->callable, s = it->sentinel;
  it->callable = it->sentinel = 0;
  ft_mutex_unlock(&it->ob.mutex);
  ft_xdecref(c);
  ft_xdecref(s);
}

static FtValue calliter_next(FtValue self) {
  FtCallIter *it = (FtCallIter *)ft_obj(self);
  ft_mutex_lock(&it->ob.mutex);
  FtValue c = it->callable, s = it->sentinel;
  if (c) {
    ft_incref(c);
    ft_incref(s);
  }
  ft_mutex_unlock(&it->ob.mutex);
  if (!c)
    return 0;
  FtValue r = ft_call0(c);
  if (!r) {
    if (ft_err_matches(&FtExc_StopIteration)) {
      ft_err_clear();
      calliter_exhaust(it);
    }
  } else {
    int eq = ft_eq(s, r);
    if (eq != 0) {
      ft_decref(r);
      r = 0;
      if (eq > 0)
        calliter_exhaust(it);
    }
  }
  ft_decref(c);
  ft_decref(s);
  return r;
}

FtType FtCallIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "callable_iterator",
    .basicsize = sizeof(FtCallIter),
    .dealloc = calliter_dealloc,
    .iter = iter_self,
    .iternext = calliter_next,
};
