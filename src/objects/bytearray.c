/*
 * bytearray.c -- the bytearray type: a mutable byte string.
 *
 * Representation: FtByteArray holds a heap buffer `data` of `cap` bytes of
 * which the first `size` are the contents (data[size] is kept NUL so the
 * buffer is always a valid C string; data is NULL while cap == 0).
 *
 * Synchronization rule: every read or write of size/cap/data holds the
 * object's mutex (ob.mutex), so each operation (append, extend, slice
 * assignment, pop...) is atomic and a reader never sees a torn buffer.
 * Nothing that may run Python code (iterating an argument, __index__,
 * __eq__) happens while the mutex is held: arguments are converted to
 * plain bytes first.  Non-mutating methods work on a snapshot (a bytes
 * copy taken under the mutex) with the shared algorithms of bytes.c.
 */
#include "ft.h"
#include "runtime/strbuf.h"

#include <string.h>

/* Argument-type errors name None as "None", not "NoneType" (as CPython's
 * argument converters do). */
static inline const char *argtype(FtValue v) {
  return v == FT_NONE ? "None" : ft_type_name(v);
}

#define UNUSED(x) (void)(x)

typedef struct FtByteArray {
  FtObject ob;
  size_t size, cap;
  char *data;
} FtByteArray;

static inline FtByteArray *BA(FtValue v) { return (FtByteArray *)ft_obj(v); }
static inline int is_bytearray(FtValue v) {
  return !ft_is_small(v) && ft_isinstance_type(v, &FtByteArray_Type);
}
static inline void ba_lock(FtByteArray *b) { ft_mutex_lock(&b->ob.mutex); }
static inline void ba_unlock(FtByteArray *b) { ft_mutex_unlock(&b->ob.mutex); }

/* ---- shared algorithms from bytes.c --------------------------------- */
typedef FtValue (*MkFn)(const char *p, size_t n);
FtValue ft_bytes_split_impl(const char *d, size_t n, FtValue sepv,
                            intptr_t maxsplit, int right, MkFn mk);
intptr_t ft_bytes_find_impl(const char *tname, const char *name, const char *d,
                            size_t n, const FtValue *args, size_t nargs,
                            FtValue kwnames, int right);
FtValue ft_bytes_count_impl(const char *tname, const char *d, size_t n,
                            const FtValue *args, size_t nargs, FtValue kwnames);
FtValue ft_bytes_startsend_impl(const char *tname, const char *name,
                                const char *d, size_t n, const FtValue *args,
                                size_t nargs, FtValue kwnames, int end_);
FtValue ft_bytes_replace_impl(const char *d, size_t n, const FtValue *args,
                              size_t nargs, FtValue kwnames, MkFn mk);
FtValue ft_bytes_join_impl(const char *sep, size_t sepn, FtValue iterable,
                           MkFn mk);
FtValue ft_bytes_partition_impl(const char *d, size_t n, FtValue sepv,
                                int right, MkFn mk, FtValue self_whole);
FtValue ft_bytes_just_impl(const char *name, const char *d, size_t n,
                           const FtValue *args, size_t nargs, FtValue kwnames,
                           int which, MkFn mk, FtValue self_whole);
FtValue ft_bytes_splitlines_impl(const char *d, size_t n, const FtValue *args,
                                 size_t nargs, FtValue kwnames, MkFn mk);
FtValue ft_bytes_case_impl(const char *d, size_t n, int mode, MkFn mk);
FtValue ft_bytes_pred_impl(const char *d, size_t n, int which);
FtValue ft_bytes_hex_impl(const char *d, size_t n, const FtValue *args,
                          size_t nargs, FtValue kwnames);
FtValue ft_bytes_fromhex_impl(FtValue s, MkFn mk);
FtValue ft_bytes_repr_impl(const char *prefix, const char *d, size_t n,
                           const char *suffix);
int ft_bytes_collect_ints(FtValue iterable, FtStrBuf *sb, int bytearray);
FtValue ft_bytes_repeat_impl(const char *d, size_t size, intptr_t n, MkFn mk);
FtValue ft_bytes_mul_impl(FtValue a, FtValue b, int (*is_seq)(FtValue),
                          FtValue (*do_repeat)(FtValue, intptr_t));
int ft_bytes_index_key(FtValue key, intptr_t *out);
FtValue ft_bytes_slice_impl(const char *d, size_t n, FtValue key, MkFn mk);
FtValue ft_bytes_zfill_impl(const char *d, size_t n, const FtValue *args,
                            size_t nargs, FtValue kwnames, MkFn mk);
FtValue ft_bytes_expandtabs_impl(const char *d, size_t n, const FtValue *args,
                                 size_t nargs, FtValue kwnames, MkFn mk);
FtValue ft_bytes_affix_impl(const char *name, const char *d, size_t n,
                            const FtValue *args, size_t nargs, FtValue kwnames,
                            int suffix, MkFn mk, FtValue self_whole);
FtValue ft_bytes_translate_impl(const char *d, size_t n, const FtValue *args,
                                size_t nargs, FtValue kwnames, MkFn mk);
int ft_bytes_from_object(FtValue x, const char *tname, FtStrBuf *sb);

/* ==== buffer management (caller holds the mutex) ========================= */

/* Make room for `need` bytes (+ NUL).  -1 with MemoryError. */
static int ba_reserve(FtByteArray *b, size_t need) {
  if (need < b->cap)
    return 0;
  size_t ncap = b->cap + (b->cap >> 1) + 8;
  if (ncap <= need)
    ncap = need + 1;
  char *nd = ft_mem_realloc(b->data, ncap);
  if (!nd) {
    ft_err_nomemory();
    return -1;
  }
  b->data = nd;
  b->cap = ncap;
  return 0;
}

/* Replace [lo, hi) with n bytes from p (p must not point into b). */
static int ba_splice(FtByteArray *b, size_t lo, size_t hi, const char *p,
                     size_t n) {
  size_t newsize = b->size - (hi - lo) + n;
  if (ba_reserve(b, newsize) < 0)
    return -1;
  memmove(b->data + lo + n, b->data + hi, b->size - hi);
  if (n)
    memcpy(b->data + lo, p, n);
  b->size = newsize;
  b->data[newsize] = 0;
  return 0;
}

/* ==== construction ======================================================== */

static FtValue ba_alloc(FtType *type) {
  FtByteArray *b = (FtByteArray *)ft_object_alloc(type, type->basicsize);
  return ft_val(b);
}

static FtValue ba_from(const char *p, size_t n) {
  FtValue v = ba_alloc(&FtByteArray_Type);
  if (!v)
    return 0;
  FtByteArray *b = BA(v);
  if (n && ba_splice(b, 0, 0, p, n) < 0) {
    ft_decref(v);
    return 0;
  }
  return v;
}

FtValue ft_bytearray_snapshot(FtValue v) {
  FtByteArray *b = BA(v);
  ba_lock(b);
  /* copy out under the lock; allocation happens outside it */
  size_t n = b->size;
  char tmp[256];
  char *buf = tmp;
  if (n > sizeof tmp) {
    ba_unlock(b);
    for (;;) {
      buf = ft_mem_alloc(n + 1);
      if (!buf)
        return 0;
      ba_lock(b);
      if (b->size <= n)
        break;
      n = b->size;
      ba_unlock(b);
      ft_mem_free(buf);
    }
    n = b->size;
  }
  if (n)
    memcpy(buf, b->data, n);
  ba_unlock(b);
  FtValue r = ft_bytes_new(buf, n);
  if (buf != tmp)
    ft_mem_free(buf);
  return r;
}

/* Snapshot as (data, size) for the shared algorithms. */
#define SNAP(self, snapvar)                                                  \
  FtValue snapvar = ft_bytearray_snapshot(self);                             \
  if (!snapvar)                                                              \
    return 0;

/* ==== protocol slots ====================================================== */

static void ba_dealloc(FtObject *o) {
  ft_mem_free(((FtByteArray *)o)->data);
  ft_object_free(o);
}

static FtValue ba_repr(FtValue self) {
  SNAP(self, s);
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%s(b", ft_type_name(self));
  FtValue r = ft_bytes_repr_impl(prefix, ft_bytes_data(s), ft_bytes_size(s), ")");
  ft_decref(s);
  return r;
}

static intptr_t ba_len(FtValue self) {
  FtByteArray *b = BA(self);
  ba_lock(b);
  size_t n = b->size;
  ba_unlock(b);
  return (intptr_t)n;
}

static FtValue ba_richcompare(FtValue a, FtValue b, int op) {
  if (!is_bytearray(a) && !ft_bytes_check(a))
    return FT_NOTIMPL;
  if (!is_bytearray(b) && !ft_bytes_check(b))
    return FT_NOTIMPL;
  FtValue x = ft_bytes_coerce(a);
  if (!x)
    return 0;
  FtValue y = ft_bytes_coerce(b);
  if (!y) {
    ft_decref(x);
    return 0;
  }
  FtValue r = FtBytes_Type.richcompare(x, y, op);
  ft_decref(x);
  ft_decref(y);
  return r;
}

static FtValue ba_concat(FtValue a, FtValue b) {
  if (!is_bytearray(a))
    return FT_NOTIMPL;
  FtValue y = ft_bytes_coerce(b);
  if (!y) {
    if (ft_err_occurred())
      return 0;
    FtType *t = ft_type(b);
    if ((t->tpflags & FT_TPFLAG_HEAPTYPE) && t->nb[FT_NB_ADD]) {
      FtValue r = t->nb[FT_NB_ADD](a, b); /* b.__radd__ first, as CPython */
      if (r != FT_NOTIMPL)
        return r;
    }
    return ft_err_format(&FtExc_TypeError, "can't concat %T to %T", b, a);
  }
  FtValue x = ft_bytearray_snapshot(a);
  FtValue r = 0;
  if (x) {
    r = ba_from(ft_bytes_data(x), ft_bytes_size(x));
    if (r && ba_splice(BA(r), BA(r)->size, BA(r)->size, ft_bytes_data(y),
                       ft_bytes_size(y)) < 0)
      FT_CLEAR(r);
    ft_decref(x);
  }
  ft_decref(y);
  return r;
}

static FtValue ba_iconcat(FtValue a, FtValue b) {
  if (!is_bytearray(a))
    return FT_NOTIMPL;
  FtValue y = ft_bytes_coerce(b);
  if (!y) {
    if (ft_err_occurred())
      return 0;
    return ft_err_format(&FtExc_TypeError, "can't concat %T to %T", b, a);
  }
  FtByteArray *ba = BA(a);
  ba_lock(ba);
  int r = ba_splice(ba, ba->size, ba->size, ft_bytes_data(y), ft_bytes_size(y));
  ba_unlock(ba);
  ft_decref(y);
  return r < 0 ? 0 : ft_newref(a);
}

static FtValue ba_repeat(FtValue self, intptr_t n) {
  SNAP(self, s);
  FtValue r = ft_bytes_repeat_impl(ft_bytes_data(s), ft_bytes_size(s), n, ba_from);
  ft_decref(s);
  return r;
}

static int is_ba_seq(FtValue v) { return is_bytearray(v); }

static FtValue ba_mul(FtValue a, FtValue b) {
  return ft_bytes_mul_impl(a, b, is_ba_seq, ba_repeat);
}

static FtValue ba_irepeat(FtValue self, intptr_t n) {
  FtValue r = ba_repeat(self, n);
  if (!r)
    return 0;
  FtByteArray *b = BA(self), *src = BA(r);
  ba_lock(b);
  int rc = ba_splice(b, 0, b->size, src->data, src->size);
  ba_unlock(b);
  ft_decref(r);
  return rc < 0 ? 0 : ft_newref(self);
}

static FtValue ba_imul(FtValue a, FtValue b) {
  if (!is_bytearray(a))
    return FT_NOTIMPL;
  return ft_bytes_mul_impl(a, b, is_ba_seq, ba_irepeat);
}

static FtValue ba_mod(FtValue a, FtValue b) {
  if (!is_bytearray(a))
    return FT_NOTIMPL;
  FtValue r = ft_bytes_percent(a, b);
  if (!r || r == FT_NOTIMPL)
    return r;
  FtValue o = ba_from(ft_bytes_data(r), ft_bytes_size(r));
  ft_decref(r);
  return o;
}

static int ba_contains(FtValue self, FtValue x) {
  FtValue s = ft_bytearray_snapshot(self);
  if (!s)
    return -1;
  int r = FtBytes_Type.contains(s, x);
  ft_decref(s);
  return r;
}

static FtValue ba_getitem(FtValue self, FtValue key) {
  FtByteArray *b = BA(self);
  if (ft_isinstance_exact(key, &FtSlice_Type)) {
    SNAP(self, s);
    FtValue r = ft_bytes_slice_impl(ft_bytes_data(s), ft_bytes_size(s), key, ba_from);
    ft_decref(s);
    return r;
  }
  intptr_t i;
  int r = ft_bytes_index_key(key, &i);
  if (r < 0)
    return 0;
  if (r == 1)
    return ft_err_format(&FtExc_TypeError,
                         "bytearray indices must be integers or slices, not %T", key);
  ba_lock(b);
  intptr_t n = (intptr_t)b->size;
  if (i < 0)
    i += n;
  if (i < 0 || i >= n) {
    ba_unlock(b);
    return ft_err_format(&FtExc_IndexError, "bytearray index out of range");
  }
  unsigned char c = (unsigned char)b->data[i];
  ba_unlock(b);
  return ft_small(c);
}

/* An int 0..255 for item assignment / append. */
static int byte_value(FtValue v, unsigned char *out) {
  if (!ft_is_small(v) && !ft_int_check(v) && !ft_type(v)->index) {
    ft_err_format(&FtExc_TypeError, "'%T' object cannot be interpreted as an integer",
                  v);
    return -1;
  }
  FtValue iv = ft_is_small(v) ? v : ft_index(v);
  if (!iv)
    return -1;
  int64_t i;
  int ovf = 0;
  int rc = ft_int_as_i64(iv, &i, &ovf);
  if (iv != v)
    ft_decref(iv);
  if (rc < 0 && !ovf)
    return -1;
  if (ovf || i < 0 || i > 255) {
    ft_err_clear();
    ft_err_format(&FtExc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  *out = (unsigned char)i;
  return 0;
}

static int ba_setitem(FtValue self, FtValue key, FtValue value) {
  FtByteArray *b = BA(self);
  if (ft_isinstance_exact(key, &FtSlice_Type)) {
    /* the new contents as bytes, computed before locking */
    FtValue src = 0;
    if (value) {
      if (ft_is_small(value) || ft_int_check(value)) {
        ft_err_format(&FtExc_TypeError,
                      "can assign only bytes, buffers, or iterables of ints in "
                      "range(0, 256)");
        return -1;
      }
      src = ft_bytes_coerce(value);
      if (!src) {
        if (ft_err_occurred())
          return -1;
        if (ft_str_check(value)) {
          ft_err_format(&FtExc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in "
                        "range(0, 256)");
          return -1;
        }
        FtStrBuf sb;
        ft_strbuf_init(&sb);
        if (ft_bytes_collect_ints(value, &sb, 1) < 0) {
          ft_strbuf_free(&sb);
          return -1;
        }
        src = ft_bytes_new(sb.data, sb.len);
        ft_strbuf_free(&sb);
        if (!src)
          return -1;
      }
    }
    const char *p = src ? ft_bytes_data(src) : NULL;
    size_t n = src ? ft_bytes_size(src) : 0;
    int rc = 0;
    ba_lock(b);
    intptr_t start, stop, step;
    intptr_t len = ft_slice_indices(key, (intptr_t)b->size, &start, &stop, &step);
    if (len < 0) {
      rc = -1;
    } else if (step == 1) {
      if (stop < start)
        stop = start;
      rc = ba_splice(b, (size_t)start, (size_t)stop, p, n);
    } else if (!src) { /* del with a step: compact in place */
      if (len > 0) {
        if (step < 0) {
          start = start + step * (len - 1);
          step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < b->size; r++) {
          if (r >= (size_t)start && (r - (size_t)start) % (size_t)step == 0 &&
              (r - (size_t)start) / (size_t)step < (size_t)len)
            continue;
          b->data[w++] = b->data[r];
        }
        b->size = w;
        b->data[w] = 0;
      }
    } else if ((size_t)len != n) {
      ba_unlock(b);
      ft_err_format(&FtExc_ValueError,
                    "attempt to assign bytes of size %zu to extended slice of size %zd",
                    n, (ssize_t)len);
      ft_decref(src);
      return -1;
    } else {
      for (intptr_t i = 0, j = start; i < len; i++, j += step)
        b->data[j] = p[i];
    }
    ba_unlock(b);
    ft_xdecref(src);
    return rc;
  }
  intptr_t i;
  int r = ft_bytes_index_key(key, &i);
  if (r < 0)
    return -1;
  if (r == 1) {
    ft_err_format(&FtExc_TypeError,
                  "bytearray indices must be integers or slices, not %T", key);
    return -1;
  }
  unsigned char c = 0;
  if (value && byte_value(value, &c) < 0)
    return -1;
  ba_lock(b);
  intptr_t n = (intptr_t)b->size;
  if (i < 0)
    i += n;
  if (i < 0 || i >= n) {
    ba_unlock(b);
    ft_err_format(&FtExc_IndexError, value ? "bytearray index out of range"
                                           : "bytearray index out of range");
    return -1;
  }
  int rc = 0;
  if (value)
    b->data[i] = (char)c;
  else
    rc = ba_splice(b, (size_t)i, (size_t)i + 1, NULL, 0);
  ba_unlock(b);
  return rc;
}

static int ba_bool(FtValue self) { return ba_len(self) != 0; }

/* ==== iterator ============================================================ */

/* Synchronization: `pos` advances by CAS; each byte is read under the
 * bytearray's mutex. */
typedef struct {
  FtObject ob;
  FtValue seq;
  _Atomic size_t pos;
} FtByteArrayIter;

FtType FtByteArrayIter_Type;

static FtValue ba_iter(FtValue self) {
  FtByteArrayIter *it =
      (FtByteArrayIter *)ft_object_alloc(&FtByteArrayIter_Type, sizeof *it);
  if (!it)
    return 0;
  it->seq = ft_newref(self);
  atomic_store_explicit(&it->pos, 0, memory_order_relaxed);
  return ft_val(it);
}

static FtValue baiter_next(FtValue self) {
  FtByteArrayIter *it = (FtByteArrayIter *)ft_obj(self);
  FtByteArray *b = BA(it->seq);
  size_t pos = atomic_fetch_add_explicit(&it->pos, 1, memory_order_relaxed);
  ba_lock(b);
  if (pos >= b->size) {
    ba_unlock(b);
    atomic_store_explicit(&it->pos, SIZE_MAX / 2, memory_order_relaxed);
    return 0;
  }
  unsigned char c = (unsigned char)b->data[pos];
  ba_unlock(b);
  return ft_small(c);
}

static FtValue baiter_iter(FtValue self) { return ft_newref(self); }

static void baiter_dealloc(FtObject *o) {
  ft_decref(((FtByteArrayIter *)o)->seq);
  ft_object_free(o);
}

FtType FtByteArrayIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(FtByteArrayIter),
    .dealloc = baiter_dealloc,
    .iter = baiter_iter,
    .iternext = baiter_next,
};

/* ==== methods ============================================================= */

static inline int count_bad(size_t n, size_t lo, size_t hi) {
  return n < lo || n > hi;
}

enum { ARGS_NOARGS, ARGS_O, ARGS_POS, ARGS_OLD }; /* as in bytes.c */
int ft_bytes_check_args(const char *tname, const char *name, int style,
                        size_t lo, size_t hi, size_t nargs, FtValue kwnames);

#define TNAME "bytearray"
#define CHECK(style, name, lo, hi)                                           \
  do {                                                                       \
    if ((kwnames || count_bad(nargs, lo, hi)) &&                             \
        ft_bytes_check_args(TNAME, name, style, lo, hi, nargs, kwnames) < 0) \
      return 0;                                                              \
  } while (0)
#define POSONLY(name, lo, hi) CHECK(ARGS_POS, name, lo, hi)
#define ONEARG(name) CHECK(ARGS_O, name, 1, 1)
#define NOARGS(name)                                                         \
  do {                                                                       \
    UNUSED(args);                                                            \
    CHECK(ARGS_NOARGS, name, 0, 0);                                          \
  } while (0)

static FtValue ba_append(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  ONEARG("append");
  unsigned char c;
  if (byte_value(args[0], &c) < 0)
    return 0;
  FtByteArray *b = BA(self);
  ba_lock(b);
  int rc = ba_splice(b, b->size, b->size, (const char *)&c, 1);
  ba_unlock(b);
  return rc < 0 ? 0 : FT_NONE;
}

static FtValue ba_extend(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  ONEARG("extend");
  FtValue src = ft_bytes_coerce(args[0]);
  if (!src) {
    if (ft_err_occurred())
      return 0;
    FtType *t = ft_type(args[0]);
    if (!t->iter && !t->getitem)
      return ft_err_format(&FtExc_TypeError, "can't extend bytearray with %T",
                           args[0]);
    FtStrBuf sb;
    ft_strbuf_init(&sb);
    if (ft_bytes_collect_ints(args[0], &sb, 1) < 0) {
      ft_strbuf_free(&sb);
      return 0;
    }
    src = ft_bytes_new(sb.data, sb.len);
    ft_strbuf_free(&sb);
    if (!src)
      return 0;
  }
  FtByteArray *b = BA(self);
  ba_lock(b);
  int rc = ba_splice(b, b->size, b->size, ft_bytes_data(src), ft_bytes_size(src));
  ba_unlock(b);
  ft_decref(src);
  return rc < 0 ? 0 : FT_NONE;
}

static FtValue ba_insert(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  POSONLY("insert", 2, 2);
  intptr_t i;
  if (ft_is_small(args[0]))
    i = ft_small_val(args[0]);
  else {
    i = ft_int_as_ssize(args[0]);
    if (i == -1 && ft_err_occurred())
      return 0;
  }
  unsigned char c;
  if (byte_value(args[1], &c) < 0)
    return 0;
  FtByteArray *b = BA(self);
  ba_lock(b);
  intptr_t n = (intptr_t)b->size;
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  int rc = ba_splice(b, (size_t)i, (size_t)i, (const char *)&c, 1);
  ba_unlock(b);
  return rc < 0 ? 0 : FT_NONE;
}

static FtValue ba_pop(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  POSONLY("pop", 0, 1);
  intptr_t i = -1;
  if (nargs) {
    if (ft_is_small(args[0]))
      i = ft_small_val(args[0]);
    else {
      i = ft_int_as_ssize(args[0]);
      if (i == -1 && ft_err_occurred())
        return 0;
    }
  }
  FtByteArray *b = BA(self);
  ba_lock(b);
  intptr_t n = (intptr_t)b->size;
  if (n == 0) {
    ba_unlock(b);
    return ft_err_format(&FtExc_IndexError, "pop from empty bytearray");
  }
  if (i < 0)
    i += n;
  if (i < 0 || i >= n) {
    ba_unlock(b);
    return ft_err_format(&FtExc_IndexError, "pop index out of range");
  }
  unsigned char c = (unsigned char)b->data[i];
  ba_splice(b, (size_t)i, (size_t)i + 1, NULL, 0);
  ba_unlock(b);
  return ft_small(c);
}

static FtValue ba_remove(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  ONEARG("remove");
  unsigned char c;
  if (byte_value(args[0], &c) < 0)
    return 0;
  FtByteArray *b = BA(self);
  ba_lock(b);
  char *f = b->size ? memchr(b->data, c, b->size) : NULL;
  if (!f) {
    ba_unlock(b);
    return ft_err_format(&FtExc_ValueError, "value not found in bytearray");
  }
  size_t i = (size_t)(f - b->data);
  ba_splice(b, i, i + 1, NULL, 0);
  ba_unlock(b);
  return FT_NONE;
}

static FtValue ba_clear(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  NOARGS("clear");
  FtByteArray *b = BA(self);
  ba_lock(b);
  b->size = 0;
  if (b->data)
    b->data[0] = 0;
  ba_unlock(b);
  return FT_NONE;
}

static FtValue ba_reverse(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  NOARGS("reverse");
  FtByteArray *b = BA(self);
  ba_lock(b);
  for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
    char t = b->data[i];
    b->data[i] = b->data[j - 1];
    b->data[j - 1] = t;
  }
  ba_unlock(b);
  return FT_NONE;
}

static FtValue ba_copy(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  NOARGS("copy");
  SNAP(self, s);
  FtValue r = ba_from(ft_bytes_data(s), ft_bytes_size(s));
  ft_decref(s);
  return r;
}

/* Forward a read-only method to the bytes implementation on a snapshot;
 * results that are bytes become bytearrays where CPython says so. */
#define VIA_BYTES(fname, check, call)                                        \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    check;                                                                   \
    SNAP(self, s);                                                           \
    const char *d = ft_bytes_data(s);                                        \
    size_t n = ft_bytes_size(s);                                             \
    UNUSED(d);                                                               \
    UNUSED(n);                                                               \
    UNUSED(args);                                                            \
    UNUSED(nargs);                                                           \
    UNUSED(kwnames);                                                         \
    FtValue r = call;                                                        \
    ft_decref(s);                                                            \
    return r;                                                                \
  }

static FtValue call_bytes_method(FtValue s, const char *name,
                                 const FtValue *args, size_t nargs,
                                 FtValue kwnames) {
  for (const FtMethodDef *m = FtBytes_Type.methods; m && m->name; m++)
    if (!strcmp(m->name, name))
      return m->fn(s, args, nargs, kwnames);
  return ft_err_format(&FtExc_AttributeError, "no method %s", name);
}

static int split_args(const char *name, const FtValue *args, size_t nargs,
                      FtValue kwnames, FtValue *sep, intptr_t *maxsplit) {
  FtValue a[2] = {0, 0};
  static const char *const names[] = {"sep", "maxsplit", NULL};
  if ((kwnames || nargs) &&
      ft_args_parse(name, args, nargs, kwnames, names, 0, 0, a) < 0)
    return -1;
  *sep = a[0];
  *maxsplit = -1;
  if (a[1]) {
    intptr_t m = ft_is_small(a[1]) ? ft_small_val(a[1]) : ft_int_as_ssize(a[1]);
    if (m == -1 && ft_err_occurred())
      return -1;
    *maxsplit = m;
  }
  return 0;
}

static FtValue ba_split(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  FtValue sep;
  intptr_t ms;
  if (split_args("split", args, nargs, kwnames, &sep, &ms) < 0)
    return 0;
  SNAP(self, s);
  FtValue r = ft_bytes_split_impl(ft_bytes_data(s), ft_bytes_size(s), sep, ms, 0,
                                  ba_from);
  ft_decref(s);
  return r;
}

static FtValue ba_rsplit(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  FtValue sep;
  intptr_t ms;
  if (split_args("rsplit", args, nargs, kwnames, &sep, &ms) < 0)
    return 0;
  SNAP(self, s);
  FtValue r = ft_bytes_split_impl(ft_bytes_data(s), ft_bytes_size(s), sep, ms, 1,
                                  ba_from);
  ft_decref(s);
  return r;
}

/* strip family on a snapshot: the bytes result becomes a bytearray */
#define STRIP_M(fname, pyname)                                               \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    POSONLY(pyname, 0, 1);                                                   \
    SNAP(self, s);                                                           \
    FtValue r = call_bytes_method(s, pyname, args, nargs, kwnames);          \
    ft_decref(s);                                                            \
    if (!r)                                                                  \
      return 0;                                                              \
    FtValue o = ba_from(ft_bytes_data(r), ft_bytes_size(r));                 \
    ft_decref(r);                                                            \
    return o;                                                                \
  }
STRIP_M(ba_strip, "strip")
STRIP_M(ba_lstrip, "lstrip")
STRIP_M(ba_rstrip, "rstrip")

/* methods whose result is not a byte string: forward as is */
#define PLAIN_M(fname, pyname)                                               \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    SNAP(self, s);                                                           \
    FtValue r = call_bytes_method(s, pyname, args, nargs, kwnames);          \
    ft_decref(s);                                                            \
    return r;                                                                \
  }
PLAIN_M(ba_decode, "decode")
static FtValue ba_find(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  SNAP(self, s);
  intptr_t r = ft_bytes_find_impl(TNAME, "find", ft_bytes_data(s), ft_bytes_size(s),
                                  args, nargs, kwnames, 0);
  ft_decref(s);
  return r == -2 ? 0 : ft_small(r);
}

static FtValue ba_rfind(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  SNAP(self, s);
  intptr_t r = ft_bytes_find_impl(TNAME, "rfind", ft_bytes_data(s), ft_bytes_size(s),
                                  args, nargs, kwnames, 1);
  ft_decref(s);
  return r == -2 ? 0 : ft_small(r);
}

VIA_BYTES(ba_count, (void)0, ft_bytes_count_impl(TNAME, d, n, args, nargs, kwnames))
VIA_BYTES(ba_startswith, (void)0,
          ft_bytes_startsend_impl(TNAME, "startswith", d, n, args, nargs, kwnames, 0))
VIA_BYTES(ba_endswith, (void)0,
          ft_bytes_startsend_impl(TNAME, "endswith", d, n, args, nargs, kwnames, 1))
#define PRED_M(fname, pyname, which)                                         \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    NOARGS(pyname);                                                          \
    SNAP(self, s);                                                           \
    FtValue r = ft_bytes_pred_impl(ft_bytes_data(s), ft_bytes_size(s), which); \
    ft_decref(s);                                                            \
    return r;                                                                \
  }
PRED_M(ba_isdigit, "isdigit", 0)
PRED_M(ba_isalpha, "isalpha", 1)
PRED_M(ba_isalnum, "isalnum", 2)
PRED_M(ba_isspace, "isspace", 3)
PRED_M(ba_islower, "islower", 4)
PRED_M(ba_isupper, "isupper", 5)
PRED_M(ba_istitle, "istitle", 6)
PRED_M(ba_isascii, "isascii", 7)
PLAIN_M(ba_hex, "hex")

static FtValue ba_index(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  SNAP(self, s);
  intptr_t r = ft_bytes_find_impl(TNAME, "index", ft_bytes_data(s), ft_bytes_size(s),
                                  args, nargs, kwnames, 0);
  ft_decref(s);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "subsection not found");
  return r == -2 ? 0 : ft_small(r);
}

static FtValue ba_rindex(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  SNAP(self, s);
  intptr_t r = ft_bytes_find_impl(TNAME, "rindex", ft_bytes_data(s), ft_bytes_size(s),
                                  args, nargs, kwnames, 1);
  ft_decref(s);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "subsection not found");
  return r == -2 ? 0 : ft_small(r);
}

VIA_BYTES(ba_replace, POSONLY("replace", 2, 3), ft_bytes_replace_impl(d, n, args, nargs, kwnames, ba_from))
VIA_BYTES(ba_splitlines, (void)0,
          ft_bytes_splitlines_impl(d, n, args, nargs, kwnames, ba_from))
VIA_BYTES(ba_lower, NOARGS("lower"), ft_bytes_case_impl(d, n, 0, ba_from))
VIA_BYTES(ba_upper, NOARGS("upper"), ft_bytes_case_impl(d, n, 1, ba_from))
VIA_BYTES(ba_swapcase, NOARGS("swapcase"), ft_bytes_case_impl(d, n, 2, ba_from))
VIA_BYTES(ba_capitalize, NOARGS("capitalize"), ft_bytes_case_impl(d, n, 3, ba_from))
VIA_BYTES(ba_title, NOARGS("title"), ft_bytes_case_impl(d, n, 4, ba_from))
VIA_BYTES(ba_ljust, POSONLY("ljust", 1, 2), ft_bytes_just_impl("ljust", d, n, args, nargs, kwnames, 0,
                                       ba_from, 0))
VIA_BYTES(ba_rjust, POSONLY("rjust", 1, 2), ft_bytes_just_impl("rjust", d, n, args, nargs, kwnames, 1,
                                       ba_from, 0))
VIA_BYTES(ba_center, POSONLY("center", 1, 2), ft_bytes_just_impl("center", d, n, args, nargs, kwnames, 2,
                                        ba_from, 0))
VIA_BYTES(ba_zfill, ONEARG("zfill"), ft_bytes_zfill_impl(d, n, args, nargs, kwnames, ba_from))
VIA_BYTES(ba_expandtabs, (void)0,
          ft_bytes_expandtabs_impl(d, n, args, nargs, kwnames, ba_from))
VIA_BYTES(ba_removeprefix, ONEARG("removeprefix"), ft_bytes_affix_impl("removeprefix", d, n, args, nargs,
                                               kwnames, 0, ba_from, 0))
VIA_BYTES(ba_removesuffix, ONEARG("removesuffix"), ft_bytes_affix_impl("removesuffix", d, n, args, nargs,
                                               kwnames, 1, ba_from, 0))
VIA_BYTES(ba_translate, (void)0,
          ft_bytes_translate_impl(d, n, args, nargs, kwnames, ba_from))

static FtValue ba_partition(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  ONEARG("partition");
  SNAP(self, s);
  FtValue r = ft_bytes_partition_impl(ft_bytes_data(s), ft_bytes_size(s), args[0],
                                      0, ba_from, 0);
  ft_decref(s);
  return r;
}

static FtValue ba_rpartition(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  ONEARG("rpartition");
  SNAP(self, s);
  FtValue r = ft_bytes_partition_impl(ft_bytes_data(s), ft_bytes_size(s), args[0],
                                      1, ba_from, 0);
  ft_decref(s);
  return r;
}

static FtValue ba_join(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  ONEARG("join");
  SNAP(self, s);
  FtValue r = ft_bytes_join_impl(ft_bytes_data(s), ft_bytes_size(s), args[0], ba_from);
  ft_decref(s);
  return r;
}

static FtValue ba_fromhex(FtValue cls, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  ONEARG("fromhex");
  FtValue r = ft_bytes_fromhex_impl(args[0], ba_from);
  if (!r || cls == ft_val(&FtByteArray_Type))
    return r;
  FtValue o = ft_call1(cls, r);
  ft_decref(r);
  return o;
}

static FtValue ba_maketrans(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  UNUSED(self);
  POSONLY("maketrans", 2, 2);
  return call_bytes_method(ft_val(&FtBytes_Type), "maketrans", args, nargs,
                           kwnames);
}

static FtValue ba_sizeof(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  NOARGS("__sizeof__");
  FtByteArray *b = BA(self);
  ba_lock(b);
  size_t c = b->cap;
  ba_unlock(b);
  return ft_small((intptr_t)(sizeof(FtByteArray) + c));
}

/* ==== construction from Python ============================================ */

static FtValue ba_new(FtType *type, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  return ba_alloc(type);
}

static int ba_init(FtValue self, const FtValue *args, size_t nargs,
                   FtValue kwnames) {
  FtValue a[3] = {0, 0, 0};
  static const char *const names[] = {"source", "encoding", "errors", NULL};
  if ((kwnames || nargs) &&
      ft_args_parse("bytearray", args, nargs, kwnames, names, 0, 0, a) < 0)
    return -1;
  FtValue src = 0;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (!a[0]) {
    if (a[1] || a[2]) {
      ft_err_format(&FtExc_TypeError, a[1] ? "encoding without a string argument"
                                           : "errors without a string argument");
      return -1;
    }
  } else if (a[1] || a[2]) {
    if (!ft_str_check(a[0])) {
      ft_err_format(&FtExc_TypeError, a[1] ? "encoding without a string argument"
                                           : "errors without a string argument");
      return -1;
    }
    if ((a[1] && !ft_str_check(a[1])) || (a[2] && !ft_str_check(a[2]))) {
      ft_err_format(&FtExc_TypeError,
                    "bytearray() argument 'encoding' must be str, not %s",
                    argtype(a[1] && !ft_str_check(a[1]) ? a[1] : a[2]));
      return -1;
    }
    src = ft_str_encode(a[0], a[1] ? ft_str_data(a[1]) : NULL,
                        a[2] ? ft_str_data(a[2]) : NULL);
    if (!src)
      return -1;
  } else if (ft_bytes_from_object(a[0], "bytearray", &sb) < 0) {
    ft_strbuf_free(&sb);
    return -1;
  }
  FtByteArray *b = BA(self);
  ba_lock(b);
  int rc = src ? ba_splice(b, 0, b->size, ft_bytes_data(src), ft_bytes_size(src))
               : ba_splice(b, 0, b->size, sb.data, sb.len);
  ba_unlock(b);
  ft_xdecref(src);
  ft_strbuf_free(&sb);
  return rc;
}

/* ==== the type object ===================================================== */

static const FtMethodDef ba_methods[] = {
    {"append", ba_append, 0, NULL},
    {"extend", ba_extend, 0, NULL},
    {"insert", ba_insert, 0, NULL},
    {"pop", ba_pop, 0, NULL},
    {"remove", ba_remove, 0, NULL},
    {"clear", ba_clear, 0, NULL},
    {"reverse", ba_reverse, 0, NULL},
    {"copy", ba_copy, 0, NULL},
    {"decode", ba_decode, 0, NULL},
    {"split", ba_split, 0, NULL},
    {"rsplit", ba_rsplit, 0, NULL},
    {"splitlines", ba_splitlines, 0, NULL},
    {"join", ba_join, 0, NULL},
    {"strip", ba_strip, 0, NULL},
    {"lstrip", ba_lstrip, 0, NULL},
    {"rstrip", ba_rstrip, 0, NULL},
    {"replace", ba_replace, 0, NULL},
    {"find", ba_find, 0, NULL},
    {"rfind", ba_rfind, 0, NULL},
    {"index", ba_index, 0, NULL},
    {"rindex", ba_rindex, 0, NULL},
    {"count", ba_count, 0, NULL},
    {"startswith", ba_startswith, 0, NULL},
    {"endswith", ba_endswith, 0, NULL},
    {"partition", ba_partition, 0, NULL},
    {"rpartition", ba_rpartition, 0, NULL},
    {"ljust", ba_ljust, 0, NULL},
    {"rjust", ba_rjust, 0, NULL},
    {"center", ba_center, 0, NULL},
    {"zfill", ba_zfill, 0, NULL},
    {"expandtabs", ba_expandtabs, 0, NULL},
    {"lower", ba_lower, 0, NULL},
    {"upper", ba_upper, 0, NULL},
    {"swapcase", ba_swapcase, 0, NULL},
    {"capitalize", ba_capitalize, 0, NULL},
    {"title", ba_title, 0, NULL},
    {"isdigit", ba_isdigit, 0, NULL},
    {"isalpha", ba_isalpha, 0, NULL},
    {"isalnum", ba_isalnum, 0, NULL},
    {"isspace", ba_isspace, 0, NULL},
    {"islower", ba_islower, 0, NULL},
    {"isupper", ba_isupper, 0, NULL},
    {"istitle", ba_istitle, 0, NULL},
    {"isascii", ba_isascii, 0, NULL},
    {"hex", ba_hex, 0, NULL},
    {"fromhex", ba_fromhex, FT_METH_CLASS, NULL},
    {"maketrans", ba_maketrans, FT_METH_STATIC, NULL},
    {"removeprefix", ba_removeprefix, 0, NULL},
    {"removesuffix", ba_removesuffix, 0, NULL},
    {"translate", ba_translate, 0, NULL},
    {"__sizeof__", ba_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtByteArray_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "bytearray",
    .basicsize = sizeof(FtByteArray),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .str = ba_repr,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .bool_ = ba_bool,
    .nb[FT_NB_ADD] = ba_concat,
    .nb[FT_NB_MUL] = ba_mul,
    .nb[FT_NB_MOD] = ba_mod,
    .nb_inplace[FT_NB_ADD] = ba_iconcat,
    .nb_inplace[FT_NB_MUL] = ba_imul,
    .new_ = ba_new,
    .init = ba_init,
    .methods = ba_methods,
};
