/*
 * slice.c -- the slice type (the object `a[1:2:3]` builds) and the index
 * arithmetic every sequence uses to resolve a slice against a length.
 *
 * Representation: three FtValues start, stop, step, each any object (None
 * when omitted), written once by ft_slice_new and never changed.
 *
 * Resolving happens in two steps, as in CPython: ft_slice_unpack turns the
 * fields into C integers (None -> defaults, big ints clamped to the
 * intptr_t range, __index__ honoured -- which may run Python code), then
 * ft_slice_adjust clips them against a length (pure arithmetic).  Mutable
 * sequences call unpack before taking their lock and adjust under it, so
 * the length they clip against is the one they operate on.
 *
 * Synchronization: a slice is immutable after construction; no locks.
 * Slices are unhashable in Python 3.11 (hash left NULL).
 */
#include "ft.h"

typedef struct FtSlice {
  FtObject ob;
  FtValue start, stop, step;
} FtSlice;

/* ---- construction ---------------------------------------------------- */

FtValue ft_slice_new(FtValue start, FtValue stop, FtValue step) {
  FtSlice *s = (FtSlice *)ft_object_alloc(&FtSlice_Type, sizeof(FtSlice));
  if (!s)
    return 0;
  s->start = ft_newref(start ? start : FT_NONE);
  s->stop = ft_newref(stop ? stop : FT_NONE);
  s->step = ft_newref(step ? step : FT_NONE);
  return ft_val(s);
}

static void slice_dealloc(FtObject *o) {
  FtSlice *s = (FtSlice *)o;
  FT_CLEAR(s->start);
  FT_CLEAR(s->stop);
  FT_CLEAR(s->step);
  ft_object_free(o);
}

static FtValue slice_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)type;
  if (ft_args_no_kw("slice", kwnames) < 0 ||
      ft_args_count("slice", nargs, 1, 3) < 0)
    return 0;
  if (nargs == 1)
    return ft_slice_new(FT_NONE, args[0], FT_NONE);
  return ft_slice_new(args[0], args[1], nargs == 3 ? args[2] : FT_NONE);
}

/* ---- index arithmetic ------------------------------------------------ */

/* Convert one slice bound (not None) to an intptr_t, clamping ints that
 * do not fit (CPython's _PyEval_SliceIndex).  -1 with TypeError for
 * values that are not integers. */
int ft_slice_index(FtValue v, intptr_t *out) {
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  FtValue i;
  if (ft_int_check(v))
    i = ft_newref(v);
  else if (ft_type(v)->index) {
    i = ft_index(v);
    if (!i)
      return -1;
  } else {
    ft_err_format(&FtExc_TypeError, "slice indices must be integers or "
                                    "None or have an __index__ method");
    return -1;
  }
  if (ft_is_small(i)) {
    *out = ft_small_val(i);
  } else {
    int64_t x;
    int overflow = 0;
    if (ft_int_as_i64(i, &x, &overflow) < 0 && !overflow) {
      ft_decref(i);
      return -1;
    }
    if (overflow) {
      ft_err_clear();
      *out = ft_int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    } else {
      *out = (intptr_t)x;
    }
  }
  ft_decref(i);
  return 0;
}

int ft_slice_unpack(FtValue slice, intptr_t *start, intptr_t *stop,
                    intptr_t *step) {
  FtSlice *s = (FtSlice *)ft_obj(slice);
  /* Fast path: small ints / None everywhere (what the VM builds). */
  if (s->step == FT_NONE) {
    *step = 1;
  } else {
    if (ft_slice_index(s->step, step) < 0)
      return -1;
    if (*step == 0) {
      ft_err_format(&FtExc_ValueError, "slice step cannot be zero");
      return -1;
    }
    /* So that -step cannot overflow (CPython does the same). */
    if (*step < -INTPTR_MAX)
      *step = -INTPTR_MAX;
  }
  if (s->start == FT_NONE)
    *start = *step < 0 ? INTPTR_MAX : 0;
  else if (ft_slice_index(s->start, start) < 0)
    return -1;
  if (s->stop == FT_NONE)
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  else if (ft_slice_index(s->stop, stop) < 0)
    return -1;
  return 0;
}

intptr_t ft_slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop,
                         intptr_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0)
      *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0)
      *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start)
      return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

intptr_t ft_slice_indices(FtValue slice, intptr_t length, intptr_t *start,
                          intptr_t *stop, intptr_t *step) {
  if (ft_slice_unpack(slice, start, stop, step) < 0)
    return -1;
  return ft_slice_adjust(length, start, stop, *step);
}

/* ---- protocol slots -------------------------------------------------- */

static FtValue slice_repr(FtValue self) {
  FtSlice *s = (FtSlice *)ft_obj(self);
  return ft_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* Slices compare like the tuples (start, stop, step). */
static FtValue slice_richcompare(FtValue a, FtValue b, int op) {
  if (!ft_isinstance_exact(a, &FtSlice_Type) ||
      !ft_isinstance_exact(b, &FtSlice_Type))
    return FT_NOTIMPL;
  if (a == b && (op == FT_EQ || op == FT_NE))
    return ft_bool(op == FT_EQ);
  FtSlice *x = (FtSlice *)ft_obj(a), *y = (FtSlice *)ft_obj(b);
  FtValue ta = ft_tuple_pack(3, x->start, x->stop, x->step);
  if (!ta)
    return 0;
  FtValue tb = ft_tuple_pack(3, y->start, y->stop, y->step);
  if (!tb) {
    ft_decref(ta);
    return 0;
  }
  FtValue r = ft_richcompare(ta, tb, op);
  ft_decref(ta);
  ft_decref(tb);
  return r;
}

/* ---- methods --------------------------------------------------------- */

/* One bound as an exact int, clipped to [lower, upper] after adding
 * length to a negative value (new reference). */
static FtValue slice_bound_obj(FtValue v, FtValue length, FtValue lower,
                               FtValue upper) {
  FtValue i;
  if (ft_int_check(v) || ft_type(v)->index) {
    i = ft_index(v);
  } else {
    return ft_err_format(&FtExc_TypeError, "slice indices must be integers "
                                           "or None or have an __index__ "
                                           "method");
  }
  if (!i)
    return 0;
  if (ft_int_sign(i) < 0) {
    FtValue j = ft_binop(i, length, FT_NB_ADD);
    ft_decref(i);
    if (!j)
      return 0;
    i = j;
    int lt = ft_richcompare_bool(i, lower, FT_LT);
    if (lt < 0) {
      ft_decref(i);
      return 0;
    }
    if (lt) {
      ft_decref(i);
      return ft_newref(lower);
    }
  } else {
    int gt = ft_richcompare_bool(i, upper, FT_GT);
    if (gt < 0) {
      ft_decref(i);
      return 0;
    }
    if (gt) {
      ft_decref(i);
      return ft_newref(upper);
    }
  }
  return i;
}

/* (start, stop, step) of `slice` against a length of any size, as a
 * tuple of ints (CPython's _PySlice_GetLongIndices).  For big ranges and
 * slice.indices; everything else uses the intptr_t version above. */
FtValue ft_slice_indices_obj(FtValue slice, FtValue length) {
  FtSlice *s = (FtSlice *)ft_obj(slice);
  FtValue step, lower = 0, upper = 0, start = 0, stop = 0, res = 0;
  if (s->step == FT_NONE) {
    step = ft_small(1);
  } else {
    if (!ft_int_check(s->step) && !ft_type(s->step)->index)
      return ft_err_format(&FtExc_TypeError, "slice indices must be "
                                             "integers or None or have an "
                                             "__index__ method");
    step = ft_index(s->step);
    if (!step)
      return 0;
    if (ft_int_sign(step) == 0) {
      ft_decref(step);
      return ft_err_format(&FtExc_ValueError, "slice step cannot be zero");
    }
  }
  int neg = ft_int_sign(step) < 0;
  if (neg) {
    lower = ft_small(-1);
    upper = ft_binop(length, ft_small(1), FT_NB_SUB);
  } else {
    lower = ft_small(0);
    upper = ft_newref(length);
  }
  if (!upper)
    goto out;
  if (s->start == FT_NONE)
    start = ft_newref(neg ? upper : lower);
  else
    start = slice_bound_obj(s->start, length, lower, upper);
  if (!start)
    goto out;
  if (s->stop == FT_NONE)
    stop = ft_newref(neg ? lower : upper);
  else
    stop = slice_bound_obj(s->stop, length, lower, upper);
  if (stop)
    res = ft_tuple_pack(3, start, stop, step);
out:
  ft_xdecref(start);
  ft_xdecref(stop);
  ft_xdecref(upper);
  ft_decref(step);
  return res;
}

/* slice.indices(length) -> (start, stop, step), exact for any int. */
static FtValue slice_indices_meth(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("slice.indices", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "slice.indices() takes exactly one argument (%zu "
                         "given)", nargs);
  FtValue lv = ft_index(args[0]);
  if (!lv)
    return 0;
  if (ft_int_sign(lv) < 0) {
    ft_decref(lv);
    return ft_err_format(&FtExc_ValueError, "length should not be negative");
  }
  if (!ft_is_small(lv)) {
    FtValue r = ft_slice_indices_obj(self, lv);
    ft_decref(lv);
    return r;
  }
  intptr_t length = ft_small_val(lv);
  ft_decref(lv);
  intptr_t start, stop, step;
  if (ft_slice_indices(self, length, &start, &stop, &step) < 0)
    return 0;
  FtValue t = ft_tuple_new(3);
  if (!t)
    return 0;
  FtValue *it = ft_tuple_items(t);
  it[0] = ft_int_from_i64(start);
  it[1] = ft_int_from_i64(stop);
  it[2] = ft_int_from_i64(step);
  if (!it[0] || !it[1] || !it[2]) {
    ft_decref(t);
    return 0;
  }
  return t;
}

static FtValue slice_reduce(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__reduce__", kwnames) < 0 ||
      ft_args_count("__reduce__", nargs, 0, 0) < 0)
    return 0;
  FtSlice *s = (FtSlice *)ft_obj(self);
  FtValue a = ft_tuple_pack(3, s->start, s->stop, s->step);
  if (!a)
    return 0;
  FtValue r = ft_tuple_pack(2, ft_val(&FtSlice_Type), a);
  ft_decref(a);
  return r;
}

static const FtMethodDef slice_methods[] = {
    {"__reduce__", slice_reduce, 0, "Return state information for pickling."},
    {"indices", slice_indices_meth, 0,
     "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL}};

static const FtMemberDef slice_members[] = {
    {"start", offsetof(FtSlice, start), 1},
    {"stop", offsetof(FtSlice, stop), 1},
    {"step", offsetof(FtSlice, step), 1},
    {NULL, 0, 0}};

/* ---- the type -------------------------------------------------------- */

FtType FtSlice_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "slice",
    .basicsize = sizeof(FtSlice),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .members = slice_members,
    .new_ = slice_new,
};

void ft_slice_init(void) { ft_type_ready(&FtSlice_Type); }
