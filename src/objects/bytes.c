/*
 * bytes.c -- the bytes type: immutable byte strings.
 *
 * Representation: an FtBytes (ft.h) holds `size` bytes in data[] plus a
 * NUL terminator (so C code may treat the data as a C string when it knows
 * there is no interior NUL), and a lazily computed hash.  The empty bytes
 * and the 256 one-byte values are immortal singletons created on first use.
 *
 * Most methods work on a plain (pointer, length) view and build results
 * through a constructor callback, so bytearray.c reuses them on a snapshot
 * of its buffer (ft_bytes_* helpers declared below the type object).
 *
 * Synchronization rule: a bytes never changes after it is published, so
 * no lock is needed; the hash is a relaxed atomic (racers store the same
 * value); the singleton caches are filled with a CAS, losers free their
 * unpublished copy.  Iterators advance their position with a CAS so a
 * shared iterator yields each byte once.
 */
#include "ft.h"
#include "runtime/strbuf.h"

#include <limits.h>
#include <string.h>

/* Argument-type errors name None as "None", not "NoneType" (as CPython's
 * argument converters do). */
static inline const char *argtype(FtValue v) {
  return v == FT_NONE ? "None" : ft_type_name(v);
}

#define UNUSED(x) (void)(x)

static inline FtBytes *B(FtValue v) { return (FtBytes *)ft_obj(v); }
static inline int is_exact_bytes(FtValue v) {
  return !ft_is_small(v) && ft_obj(v)->type == &FtBytes_Type;
}

/* ==== construction ======================================================== */

static FtBytes *_Atomic byte_cache[257]; /* [256] is the empty bytes */

static FtBytes *bytes_alloc(size_t size) {
  if (size > (SIZE_MAX >> 2)) {
    ft_err_nomemory();
    return NULL;
  }
  FtBytes *b = (FtBytes *)ft_object_alloc(&FtBytes_Type, sizeof(FtBytes) + size + 1);
  if (!b)
    return NULL;
  b->size = size;
  atomic_store_explicit(&b->hash, -1, memory_order_relaxed);
  b->data[size] = 0;
  return b;
}

/* The immortal singleton for slot i (a byte value, or 256 for b''). */
static FtValue cached_bytes(unsigned i) {
  FtBytes *b = atomic_load_explicit(&byte_cache[i], memory_order_acquire);
  if (b)
    return ft_val(b);
  FtBytes *n = bytes_alloc(i == 256 ? 0 : 1);
  if (!n)
    return 0;
  if (i != 256)
    n->data[0] = (char)i;
  ft_object_make_immortal(&n->ob);
  FtBytes *expected = NULL;
  if (!atomic_compare_exchange_strong_explicit(&byte_cache[i], &expected, n,
                                               memory_order_acq_rel,
                                               memory_order_acquire)) {
    ft_object_free(n); /* never published */
    return ft_val(expected);
  }
  return ft_val(n);
}

FtValue ft_bytes_new(const char *data, size_t size) {
  if (size <= 1)
    return cached_bytes(size ? (unsigned char)data[0] : 256);
  FtBytes *b = bytes_alloc(size);
  if (!b)
    return 0;
  memcpy(b->data, data, size);
  return ft_val(b);
}

/* Uninitialised bytes of `size` to be filled by the caller. */
static FtBytes *bytes_raw(size_t size) { return bytes_alloc(size); }

static FtValue bytes_from_buf(FtStrBuf *sb) {
  FtValue r = ft_bytes_new(sb->data, sb->len);
  ft_strbuf_free(sb);
  return r;
}

static FtValue buf_nomem(FtStrBuf *sb) {
  ft_strbuf_free(sb);
  return ft_err_nomemory();
}

/* ==== views of bytes-like arguments ====================================== */

/* A read-only view of a bytes-like argument.  `owner` holds the reference
 * that keeps the memory alive (a snapshot for bytearray). */
typedef struct {
  const char *p;
  size_t n;
  FtValue owner;
} View;

static int view_get(FtValue v, View *out) {
  out->owner = 0; /* callers release the view on their error paths too */
  out->p = NULL;
  out->n = 0;
  FtValue b = ft_bytes_coerce(v);
  if (!b)
    return -1;
  out->owner = b;
  out->p = B(b)->data;
  out->n = B(b)->size;
  return 0;
}

static void view_release(View *v) { FT_CLEAR(v->owner); }

/* View of a bytes-like argument or TypeError "a bytes-like object is
 * required, not 'T'". */
static int view_arg(FtValue v, View *out) {
  if (view_get(v, out) == 0)
    return 0;
  if (!ft_err_occurred())
    ft_err_format(&FtExc_TypeError, "a bytes-like object is required, not '%T'", v);
  return -1;
}

/* ==== small helpers ======================================================= */

/* Argument checks in CPython's four styles (see str.c): METH_NOARGS,
 * METH_O, Argument Clinic positional-only, old find()-style.  tname is
 * "bytes" or "bytearray". */
enum { ARGS_NOARGS, ARGS_O, ARGS_POS, ARGS_OLD };

int ft_bytes_check_args(const char *tname, const char *name, int style,
                        size_t lo, size_t hi, size_t nargs, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames)) {
    ft_err_format(&FtExc_TypeError, "%s.%s() takes no keyword arguments", tname,
                  name);
    return -1;
  }
  if (nargs >= lo && nargs <= hi)
    return 0;
  switch (style) {
  case ARGS_NOARGS:
    ft_err_format(&FtExc_TypeError, "%s.%s() takes no arguments (%zu given)", tname,
                  name, nargs);
    break;
  case ARGS_O:
    ft_err_format(&FtExc_TypeError, "%s.%s() takes exactly one argument (%zu given)",
                  tname, name, nargs);
    break;
  case ARGS_POS:
    ft_args_count(name, nargs, lo, hi);
    break;
  default:
    ft_err_format(&FtExc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                  nargs < lo ? "at least" : "at most", nargs < lo ? lo : hi,
                  (nargs < lo ? lo : hi) == 1 ? "" : "s", nargs);
  }
  return -1;
}

static inline int count_bad(size_t n, size_t lo, size_t hi) {
  return n < lo || n > hi;
}

#define TNAME "bytes"
#define POSONLY(name, lo, hi)                                                \
  do {                                                                       \
    if ((kwnames || count_bad(nargs, lo, hi)) &&                             \
        ft_bytes_check_args(TNAME, name, ARGS_POS, lo, hi, nargs, kwnames) < 0) \
      return 0;                                                              \
  } while (0)
#define NOARGS(name)                                                         \
  do {                                                                       \
    UNUSED(args);                                                            \
    if ((kwnames || nargs) &&                                                \
        ft_bytes_check_args(TNAME, name, ARGS_NOARGS, 0, 0, nargs, kwnames) < 0) \
      return 0;                                                              \
  } while (0)
#define ONEARG(name)                                                         \
  do {                                                                       \
    if ((kwnames || nargs != 1) &&                                           \
        ft_bytes_check_args(TNAME, name, ARGS_O, 1, 1, nargs, kwnames) < 0)  \
      return 0;                                                              \
  } while (0)

static int ssize_arg(FtValue v, intptr_t *out) {
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  intptr_t i = ft_int_as_ssize(v);
  if (i == -1 && ft_err_occurred()) {
    /* CPython's Py_ssize_t argument converter words overflow this way */
    if (ft_err_matches(&FtExc_OverflowError)) {
      ft_err_clear();
      ft_err_format(&FtExc_OverflowError,
                    "Python int too large to convert to C ssize_t");
    }
    return -1;
  }
  *out = i;
  return 0;
}

/* A C int argument (expandtabs' tabsize). */
static int int_arg(FtValue v, intptr_t *out) {
  if (ssize_arg(v, out) < 0) {
    if (ft_err_matches(&FtExc_OverflowError))
      ft_err_clear();
    else
      return -1;
  } else if (*out >= INT_MIN && *out <= INT_MAX) {
    return 0;
  }
  ft_err_format(&FtExc_OverflowError, "Python int too large to convert to C int");
  return -1;
}

static int index_arg(FtValue v, intptr_t *out) {
  if (!v || v == FT_NONE)
    return 0;
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  if (!ft_int_check(v) && !ft_type(v)->index) {
    ft_err_format(&FtExc_TypeError, "slice indices must be integers or None or "
                                    "have an __index__ method");
    return -1;
  }
  FtValue iv = ft_index(v);
  if (!iv)
    return -1;
  intptr_t i = ft_int_as_ssize(iv);
  if (i == -1 && ft_err_occurred()) {
    if (!ft_err_matches(&FtExc_OverflowError)) {
      ft_decref(iv);
      return -1;
    }
    ft_err_clear();
    i = ft_int_sign(iv) < 0 ? INTPTR_MIN : INTPTR_MAX;
  }
  ft_decref(iv);
  *out = i;
  return 0;
}

static void adjust_indices(intptr_t *start, intptr_t *end, intptr_t len) {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0)
      *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0)
      *start = 0;
  }
}

static const char *find_mem(const char *h, size_t hn, const char *n, size_t nn) {
  if (nn == 0)
    return h;
  if (nn > hn)
    return NULL;
  if (nn == 1)
    return memchr(h, n[0], hn);
  return memmem(h, hn, n, nn);
}

static const char *rfind_mem(const char *h, size_t hn, const char *n, size_t nn) {
  if (nn == 0)
    return h + hn;
  if (nn > hn)
    return NULL;
  if (nn == 1)
    return memrchr(h, n[0], hn);
  for (const char *p = h + hn - nn;; p--) {
    if (*p == n[0] && !memcmp(p, n, nn))
      return p;
    if (p == h)
      return NULL;
  }
}

static size_t count_mem(const char *h, size_t hn, const char *n, size_t nn,
                        size_t maxcount) {
  size_t c = 0;
  const char *end = h + hn;
  if (nn == 0)
    return hn + 1 < maxcount ? hn + 1 : maxcount;
  while (c < maxcount) {
    const char *p = find_mem(h, (size_t)(end - h), n, nn);
    if (!p)
      break;
    c++;
    h = p + nn;
  }
  return c;
}

static inline int b_isspace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline int b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static inline int b_isalnum(unsigned char c) { return b_isalpha(c) || b_isdigit(c); }
static inline unsigned char b_lower(unsigned char c) {
  return b_isupper(c) ? (unsigned char)(c + 32) : c;
}
static inline unsigned char b_upper(unsigned char c) {
  return b_islower(c) ? (unsigned char)(c - 32) : c;
}

/* ==== the shared algorithms (on views, building results with mk) ========= */

typedef FtValue (*MkFn)(const char *p, size_t n);

/* For bytearray: results are bytearrays; the bytes type passes ft_bytes_new.
 * `self` views are snapshots, so nothing here can see a mutation midway. */

static FtValue list_of(FtValue *items, size_t n, int reverse) {
  FtValue l = ft_list_new(n);
  if (!l) {
    for (size_t i = 0; i < n; i++)
      ft_decref(items[i]);
    return 0;
  }
  FtValue *dst = ((FtList *)ft_obj(l))->items;
  for (size_t i = 0; i < n; i++)
    dst[i] = items[reverse ? n - 1 - i : i];
  return l;
}

/* Growable array of new refs. */
typedef struct {
  FtValue *v;
  size_t n, cap;
} Vec;

static int vec_push(Vec *a, FtValue x) {
  if (!x)
    return -1;
  if (a->n == a->cap) {
    size_t nc = a->cap ? a->cap * 2 : 16;
    FtValue *nv = ft_mem_realloc(a->v, nc * sizeof(FtValue));
    if (!nv) {
      ft_decref(x);
      return -1;
    }
    a->v = nv;
    a->cap = nc;
  }
  a->v[a->n++] = x;
  return 0;
}

static void vec_free(Vec *a) {
  for (size_t i = 0; i < a->n; i++)
    ft_decref(a->v[i]);
  ft_mem_free(a->v);
}

static FtValue vec_list(Vec *a, int reverse) {
  FtValue l = list_of(a->v, a->n, reverse);
  ft_mem_free(a->v);
  return l;
}

FtValue ft_bytes_split_impl(const char *d, size_t n, FtValue sepv,
                            intptr_t maxsplit, int right, MkFn mk) {
  Vec out = {0};
  if (maxsplit < 0)
    maxsplit = INTPTR_MAX;
  if (!sepv || sepv == FT_NONE) {
    if (!right) {
      size_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && b_isspace((unsigned char)d[i]))
          i++;
        if (i == n)
          break;
        size_t j = i;
        while (j < n && !b_isspace((unsigned char)d[j]))
          j++;
        if (vec_push(&out, mk(d + i, j - i)) < 0)
          goto fail;
        i = j;
      }
      while (i < n && b_isspace((unsigned char)d[i]))
        i++;
      if (i < n && vec_push(&out, mk(d + i, n - i)) < 0)
        goto fail;
      return vec_list(&out, 0);
    }
    size_t j = n;
    while (maxsplit-- > 0) {
      while (j > 0 && b_isspace((unsigned char)d[j - 1]))
        j--;
      if (j == 0)
        break;
      size_t i = j;
      while (i > 0 && !b_isspace((unsigned char)d[i - 1]))
        i--;
      if (vec_push(&out, mk(d + i, j - i)) < 0)
        goto fail;
      j = i;
    }
    while (j > 0 && b_isspace((unsigned char)d[j - 1]))
      j--;
    if (j > 0 && vec_push(&out, mk(d, j)) < 0)
      goto fail;
    return vec_list(&out, 1);
  }
  View sep;
  if (view_arg(sepv, &sep) < 0)
    return 0;
  if (sep.n == 0) {
    view_release(&sep);
    return ft_err_format(&FtExc_ValueError, "empty separator");
  }
  if (!right) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      const char *f = find_mem(d + i, n - i, sep.p, sep.n);
      if (!f)
        break;
      size_t j = (size_t)(f - d);
      if (vec_push(&out, mk(d + i, j - i)) < 0)
        goto fail_sep;
      i = j + sep.n;
    }
    if (vec_push(&out, mk(d + i, n - i)) < 0)
      goto fail_sep;
    view_release(&sep);
    return vec_list(&out, 0);
  }
  size_t j = n;
  while (maxsplit-- > 0) {
    const char *f = rfind_mem(d, j, sep.p, sep.n);
    if (!f)
      break;
    size_t i = (size_t)(f - d) + sep.n;
    if (vec_push(&out, mk(d + i, j - i)) < 0)
      goto fail_sep;
    j = (size_t)(f - d);
  }
  if (vec_push(&out, mk(d, j)) < 0)
    goto fail_sep;
  view_release(&sep);
  return vec_list(&out, 1);
fail_sep:
  view_release(&sep);
fail:
  vec_free(&out);
  return 0;
}

/* which: 1 left, 2 right, 3 both */
static int strip_range(const char *d, size_t n, FtValue chars, int which,
                       size_t *i_out, size_t *j_out) {
  size_t i = 0, j = n;
  if (!chars || chars == FT_NONE) {
    if (which & 1)
      while (i < j && b_isspace((unsigned char)d[i]))
        i++;
    if (which & 2)
      while (j > i && b_isspace((unsigned char)d[j - 1]))
        j--;
  } else {
    View c;
    if (view_arg(chars, &c) < 0)
      return -1;
    uint8_t set[256] = {0};
    for (size_t k = 0; k < c.n; k++)
      set[(unsigned char)c.p[k]] = 1;
    view_release(&c);
    if (which & 1)
      while (i < j && set[(unsigned char)d[i]])
        i++;
    if (which & 2)
      while (j > i && set[(unsigned char)d[j - 1]])
        j--;
  }
  *i_out = i;
  *j_out = j;
  return 0;
}

/* Needle for find/count/index: bytes-like or an int 0..255. */
static int needle_arg(FtValue v, View *out, char *byte) {
  if (ft_is_small(v) || ft_int_check(v)) {
    int64_t i;
    int ovf = 0;
    if (ft_int_as_i64(v, &i, &ovf) < 0 && !ovf)
      return -1;
    if (ovf || i < 0 || i > 255) {
      ft_err_clear();
      ft_err_format(&FtExc_ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    *byte = (char)i;
    out->p = byte;
    out->n = 1;
    out->owner = 0;
    return 0;
  }
  if (view_get(v, out) == 0)
    return 0;
  if (!ft_err_occurred())
    ft_err_format(&FtExc_TypeError,
                  "argument should be integer or bytes-like object, not '%T'", v);
  return -1;
}

/* (sub, start, end): returns 0 with the byte range, 1 if empty-invalid,
 * -1 on error. */
static int find_args(const char *tname, const char *name, size_t n,
                     const FtValue *args,
                     size_t nargs, FtValue kwnames, View *sub, char *byte,
                     size_t *o1, size_t *o2) {
  if (ft_bytes_check_args(tname, name, ARGS_OLD, 1, 3, nargs, kwnames) < 0)
    return -1;
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1 && index_arg(args[1], &start) < 0)
    return -1;
  if (nargs > 2 && index_arg(args[2], &end) < 0)
    return -1;
  if (needle_arg(args[0], sub, byte) < 0)
    return -1;
  adjust_indices(&start, &end, (intptr_t)n);
  if (start > (intptr_t)n || end < start) {
    *o1 = *o2 = 0;
    return 1;
  }
  *o1 = (size_t)start;
  *o2 = (size_t)end;
  return 0;
}

/* -2 error, -1 not found, else index */
intptr_t ft_bytes_find_impl(const char *tname, const char *name, const char *d,
                            size_t n,
                            const FtValue *args, size_t nargs, FtValue kwnames,
                            int right) {
  View sub;
  char byte;
  size_t o1, o2;
  int r = find_args(tname, name, n, args, nargs, kwnames, &sub, &byte, &o1, &o2);
  if (r < 0)
    return -2;
  intptr_t res = -1;
  if (r == 0) {
    const char *f = right ? rfind_mem(d + o1, o2 - o1, sub.p, sub.n)
                          : find_mem(d + o1, o2 - o1, sub.p, sub.n);
    if (f)
      res = (intptr_t)(f - d);
  }
  view_release(&sub);
  return res;
}

FtValue ft_bytes_count_impl(const char *tname, const char *d, size_t n,
                            const FtValue *args, size_t nargs, FtValue kwnames) {
  View sub;
  char byte;
  size_t o1, o2;
  int r = find_args(tname, "count", n, args, nargs, kwnames, &sub, &byte, &o1, &o2);
  if (r < 0)
    return 0;
  size_t c = r == 1 ? 0 : count_mem(d + o1, o2 - o1, sub.p, sub.n, SIZE_MAX);
  view_release(&sub);
  return ft_small((intptr_t)c);
}

FtValue ft_bytes_startsend_impl(const char *tname, const char *name,
                                const char *d, size_t n,
                                const FtValue *args, size_t nargs,
                                FtValue kwnames, int end_) {
  if (ft_bytes_check_args(tname, name, ARGS_OLD, 1, 3, nargs, kwnames) < 0)
    return 0;
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1 && index_arg(args[1], &start) < 0)
    return 0;
  if (nargs > 2 && index_arg(args[2], &end) < 0)
    return 0;
  adjust_indices(&start, &end, (intptr_t)n);
  FtValue sub = args[0];
  const FtValue *cands = &sub;
  size_t ncand = 1;
  int is_tuple = ft_isinstance_type(sub, &FtTuple_Type);
  if (is_tuple) {
    cands = ft_tuple_items(sub);
    ncand = ft_tuple_len(sub);
  }
  for (size_t k = 0; k < ncand; k++) {
    View v;
    if (view_get(cands[k], &v) < 0) {
      if (ft_err_occurred())
        return 0;
      if (is_tuple)
        return ft_err_format(&FtExc_TypeError,
                             "a bytes-like object is required, not '%T'", cands[k]);
      return ft_err_format(&FtExc_TypeError,
                           "%s first arg must be bytes or a tuple of bytes, not %T",
                           name, sub);
    }
    int hit = 0;
    if (start <= (intptr_t)n && end >= start && v.n <= (size_t)(end - start)) {
      const char *at = end_ ? d + end - v.n : d + start;
      hit = !memcmp(at, v.p, v.n);
    }
    view_release(&v);
    if (hit)
      return FT_TRUE;
  }
  return FT_FALSE;
}

FtValue ft_bytes_replace_impl(const char *d, size_t n, const FtValue *args,
                              size_t nargs, FtValue kwnames, MkFn mk) {
  UNUSED(kwnames);
  intptr_t maxc = -1;
  if (nargs > 2 && ssize_arg(args[2], &maxc) < 0)
    return 0;
  View o, nw;
  if (view_arg(args[0], &o) < 0)
    return 0;
  if (view_arg(args[1], &nw) < 0) {
    view_release(&o);
    return 0;
  }
  size_t maxcount = maxc < 0 ? SIZE_MAX : (size_t)maxc;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  FtValue r = 0;
  if (o.n == 0) {
    size_t cnt = n + 1 < maxcount ? n + 1 : maxcount;
    size_t i = 0;
    for (size_t c = 0; c < cnt; c++) {
      if (ft_strbuf_append(&sb, nw.p, nw.n) < 0)
        goto nomem;
      if (i < n && ft_strbuf_append(&sb, d + i++, 1) < 0)
        goto nomem;
    }
    if (ft_strbuf_append(&sb, d + i, n - i) < 0)
      goto nomem;
  } else {
    const char *p = d, *end = d + n;
    while (maxcount) {
      const char *f = find_mem(p, (size_t)(end - p), o.p, o.n);
      if (!f)
        break;
      if (ft_strbuf_append(&sb, p, (size_t)(f - p)) < 0 ||
          ft_strbuf_append(&sb, nw.p, nw.n) < 0)
        goto nomem;
      p = f + o.n;
      maxcount--;
    }
    if (ft_strbuf_append(&sb, p, (size_t)(end - p)) < 0)
      goto nomem;
  }
  r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  view_release(&o);
  view_release(&nw);
  return r;
nomem:
  ft_strbuf_free(&sb);
  view_release(&o);
  view_release(&nw);
  return ft_err_nomemory();
}

FtValue ft_bytes_join_impl(const char *sep, size_t sepn, FtValue iterable,
                           MkFn mk) {
  FtValue seq = ft_isinstance_exact(iterable, &FtTuple_Type)
                    ? ft_newref(iterable)
                    : ft_tuple_from_iterable(iterable);
  if (!seq) {
    if (ft_err_matches(&FtExc_TypeError)) {
      ft_err_clear();
      return ft_err_format(&FtExc_TypeError, "can only join an iterable");
    }
    return 0;
  }
  size_t k = ft_tuple_len(seq);
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  for (size_t i = 0; i < k; i++) {
    View v;
    FtValue it = ft_tuple_get(seq, i);
    if (view_get(it, &v) < 0) {
      ft_strbuf_free(&sb);
      ft_decref(seq);
      if (ft_err_occurred())
        return 0;
      return ft_err_format(&FtExc_TypeError,
                           "sequence item %zu: expected a bytes-like object, %T found",
                           i, it);
    }
    int rc = (i && ft_strbuf_append(&sb, sep, sepn) < 0) ||
             ft_strbuf_append(&sb, v.p, v.n) < 0;
    view_release(&v);
    if (rc) {
      ft_decref(seq);
      return buf_nomem(&sb);
    }
  }
  ft_decref(seq);
  FtValue r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

FtValue ft_bytes_partition_impl(const char *d, size_t n, FtValue sepv,
                                int right, MkFn mk, FtValue self_whole) {
  View sep;
  if (view_arg(sepv, &sep) < 0)
    return 0;
  if (sep.n == 0) {
    view_release(&sep);
    return ft_err_format(&FtExc_ValueError, "empty separator");
  }
  const char *f = right ? rfind_mem(d, n, sep.p, sep.n) : find_mem(d, n, sep.p, sep.n);
  FtValue a, b, c;
  if (!f) {
    FtValue whole = self_whole ? ft_newref(self_whole) : mk(d, n);
    if (right) {
      a = mk(NULL, 0);
      b = mk(NULL, 0);
      c = whole;
    } else {
      a = whole;
      b = mk(NULL, 0);
      c = mk(NULL, 0);
    }
  } else {
    size_t i = (size_t)(f - d);
    a = mk(d, i);
    /* bytes hands back the separator object itself, as CPython does;
     * bytearray makes a new bytearray */
    b = mk == ft_bytes_new ? ft_newref(sepv) : mk(sep.p, sep.n);
    c = mk(d + i + sep.n, n - i - sep.n);
  }
  view_release(&sep);
  if (!a || !b || !c) {
    ft_xdecref(a);
    ft_xdecref(b);
    ft_xdecref(c);
    return 0;
  }
  FtValue t = ft_tuple_new(3);
  if (!t) {
    ft_decref(a);
    ft_decref(b);
    ft_decref(c);
    return 0;
  }
  ft_tuple_items(t)[0] = a;
  ft_tuple_items(t)[1] = b;
  ft_tuple_items(t)[2] = c;
  return t;
}

/* ljust/rjust/center (which 0/1/2) */
FtValue ft_bytes_just_impl(const char *name, const char *d, size_t n,
                           const FtValue *args, size_t nargs, FtValue kwnames,
                           int which, MkFn mk, FtValue self_whole) {
  UNUSED(kwnames);
  intptr_t width;
  if (ssize_arg(args[0], &width) < 0)
    return 0;
  char fill = ' ';
  if (nargs > 1) {
    View f;
    if (view_get(args[1], &f) < 0 || f.n != 1) {
      if (ft_err_occurred())
        return 0;
      if (f.owner)
        view_release(&f);
      return ft_err_format(&FtExc_TypeError,
                           "%s() argument 2 must be a byte string of length 1, not %s",
                           name, argtype(args[1]));
    }
    fill = f.p[0];
    view_release(&f);
  }
  if (width <= (intptr_t)n)
    return self_whole ? ft_newref(self_whole) : mk(d, n);
  size_t marg = (size_t)width - n, left;
  if (which == 0)
    left = 0;
  else if (which == 1)
    left = marg;
  else
    left = marg / 2 + (marg & (size_t)width & 1);
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (ft_strbuf_append_repeat(&sb, fill, left) < 0 ||
      ft_strbuf_append(&sb, d, n) < 0 ||
      ft_strbuf_append_repeat(&sb, fill, marg - left) < 0)
    return buf_nomem(&sb);
  FtValue r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

FtValue ft_bytes_splitlines_impl(const char *d, size_t n, const FtValue *args,
                                 size_t nargs, FtValue kwnames, MkFn mk) {
  FtValue a[1] = {0};
  static const char *const names[] = {"keepends", NULL};
  if (ft_args_parse("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  intptr_t keep = 0; /* an int argument, as in CPython */
  if (a[0] && ssize_arg(a[0], &keep) < 0)
    return 0;
  Vec out = {0};
  size_t i = 0;
  while (i < n) {
    size_t j = i, k = 0;
    while (j < n && d[j] != '\n' && d[j] != '\r')
      j++;
    if (j < n)
      k = (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
    if (vec_push(&out, mk(d + i, (keep ? j + k : j) - i)) < 0) {
      vec_free(&out);
      return 0;
    }
    i = j + k;
  }
  return vec_list(&out, 0);
}

/* Case/character transforms: 0 lower, 1 upper, 2 swapcase, 3 capitalize,
 * 4 title. */
FtValue ft_bytes_case_impl(const char *d, size_t n, int mode, MkFn mk) {
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (ft_strbuf_reserve(&sb, n) < 0)
    return buf_nomem(&sb);
  int prev = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i], o;
    switch (mode) {
    case 0: o = b_lower(c); break;
    case 1: o = b_upper(c); break;
    case 2: o = b_isupper(c) ? b_lower(c) : b_upper(c); break;
    case 3: o = i == 0 ? b_upper(c) : b_lower(c); break;
    default:
      o = prev ? b_lower(c) : b_upper(c);
      prev = b_isalpha(c);
    }
    sb.data[i] = (char)o;
  }
  sb.len = n;
  sb.data[n] = 0;
  FtValue r = mk(sb.data, n);
  ft_strbuf_free(&sb);
  return r;
}

/* Predicates: 0 isdigit 1 isalpha 2 isalnum 3 isspace 4 islower 5 isupper
 * 6 istitle 7 isascii */
FtValue ft_bytes_pred_impl(const char *d, size_t n, int which) {
  const unsigned char *p = (const unsigned char *)d;
  if (which == 7) {
    for (size_t i = 0; i < n; i++)
      if (p[i] >= 0x80)
        return FT_FALSE;
    return FT_TRUE;
  }
  if (which >= 4) {
    int cased = 0, prev = 0;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = p[i];
      if (which == 4) {
        if (b_isupper(c))
          return FT_FALSE;
        cased |= b_islower(c);
      } else if (which == 5) {
        if (b_islower(c))
          return FT_FALSE;
        cased |= b_isupper(c);
      } else {
        if (b_isupper(c)) {
          if (prev)
            return FT_FALSE;
          prev = cased = 1;
        } else if (b_islower(c)) {
          if (!prev)
            return FT_FALSE;
          prev = cased = 1;
        } else
          prev = 0;
      }
    }
    return ft_bool(cased);
  }
  if (n == 0)
    return FT_FALSE;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = p[i];
    int ok = which == 0 ? b_isdigit(c) : which == 1 ? b_isalpha(c)
             : which == 2 ? b_isalnum(c) : b_isspace(c);
    if (!ok)
      return FT_FALSE;
  }
  return FT_TRUE;
}

FtValue ft_bytes_hex_impl(const char *d, size_t n, const FtValue *args,
                          size_t nargs, FtValue kwnames) {
  FtValue a[2] = {0, 0};
  static const char *const names[] = {"sep", "bytes_per_sep", NULL};
  if (ft_args_parse("hex", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  const char *sep = NULL;
  View sv = {0};
  if (a[0]) {
    /* CPython checks the length of any object first, then the type. */
    intptr_t len = ft_len(a[0]);
    if (len < 0)
      return 0;
    if (len != 1)
      return ft_err_format(&FtExc_ValueError, "sep must be length 1.");
    if (ft_str_check(a[0])) {
      sep = ft_str_data(a[0]);
    } else if (ft_bytes_check(a[0]) && view_get(a[0], &sv) == 0) {
      sep = sv.p;
    } else {
      if (!ft_err_occurred())
        ft_err_format(&FtExc_TypeError, "sep must be str or bytes.");
      return 0;
    }
    if ((unsigned char)sep[0] >= 0x80) {
      view_release(&sv);
      return ft_err_format(&FtExc_ValueError, "sep must be ASCII.");
    }
  }
  intptr_t per = 1;
  if (a[1] && ssize_arg(a[1], &per) < 0) {
    view_release(&sv);
    return 0;
  }
  static const char hexd[] = "0123456789abcdef";
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  size_t group = per < 0 ? (size_t)-per : (size_t)per;
  for (size_t i = 0; i < n; i++) {
    if (sep && group && i) {
      /* positive: groups counted from the right; negative: from the left */
      size_t pos = per > 0 ? n - i : i;
      if (pos % group == 0 && ft_strbuf_append(&sb, sep, 1) < 0)
        goto nomem;
    }
    unsigned char c = (unsigned char)d[i];
    char h[2] = {hexd[c >> 4], hexd[c & 15]};
    if (ft_strbuf_append(&sb, h, 2) < 0)
      goto nomem;
  }
  view_release(&sv);
  FtValue r = ft_str_new(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
nomem:
  view_release(&sv);
  return buf_nomem(&sb);
}

static int hexval(unsigned char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 32;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

FtValue ft_bytes_fromhex_impl(FtValue s, MkFn mk) {
  if (!ft_str_check(s))
    return ft_err_format(&FtExc_TypeError,
                         "fromhex() argument must be str, not %s", argtype(s));
  const unsigned char *p = (const unsigned char *)ft_str_data(s);
  size_t n = ft_str_size(s);
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  size_t i = 0, cp = 0;
  while (i < n) {
    if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) {
      i++;
      cp++;
      continue;
    }
    int hi = hexval(p[i]);
    if (hi < 0)
      goto bad;
    if (i + 1 >= n || hexval(p[i + 1]) < 0) {
      i++;
      cp++;
      goto bad;
    }
    int lo = hexval(p[i + 1]);
    if (ft_strbuf_append_char(&sb, (char)(hi * 16 + lo)) < 0)
      return buf_nomem(&sb);
    i += 2;
    cp += 2;
  }
  {
    FtValue r = mk(sb.data, sb.len);
    ft_strbuf_free(&sb);
    return r;
  }
bad:
  ft_strbuf_free(&sb);
  return ft_err_format(&FtExc_ValueError,
                       "non-hexadecimal number found in fromhex() arg at position %zu",
                       cp);
}

FtValue ft_bytes_repr_impl(const char *prefix, const char *d, size_t n,
                           const char *suffix) {
  int sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
  char quote = (sq && !dq) ? '"' : '\'';
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (ft_strbuf_reserve(&sb, n + 3 + strlen(prefix) + strlen(suffix)) < 0 ||
      ft_strbuf_append_cstr(&sb, prefix) < 0 ||
      ft_strbuf_append_char(&sb, quote) < 0)
    return buf_nomem(&sb);
  static const char hexd[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    char e[4];
    size_t k;
    /* bytearray's repr (the one with a suffix) escapes ' even inside
     * double quotes, as CPython's does. */
    if (c == (unsigned char)quote || c == '\\' || (c == '\'' && *suffix)) {
      e[0] = '\\';
      e[1] = (char)c;
      k = 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      e[0] = '\\';
      e[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
      k = 2;
    } else if (c < 0x20 || c >= 0x7F) {
      e[0] = '\\';
      e[1] = 'x';
      e[2] = hexd[c >> 4];
      e[3] = hexd[c & 15];
      k = 4;
    } else {
      e[0] = (char)c;
      k = 1;
    }
    if (ft_strbuf_append(&sb, e, k) < 0)
      return buf_nomem(&sb);
  }
  if (ft_strbuf_append_char(&sb, quote) < 0 ||
      ft_strbuf_append_cstr(&sb, suffix) < 0)
    return buf_nomem(&sb);
  FtValue r = ft_str_new(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

/* Collect the bytes of an iterable of ints 0..255 into sb.  bytearray's
 * range error says "byte", bytes' says "bytes" (as CPython's do). */
int ft_bytes_collect_ints(FtValue iterable, FtStrBuf *sb, int bytearray) {
  FtValue it = ft_iter(iterable);
  if (!it)
    return -1;
  FtValue x;
  while ((x = ft_next(it))) {
    int64_t v;
    int ovf = 0;
    if (!ft_is_small(x) && !ft_int_check(x)) {
      if (ft_type(x)->index) {
        FtValue iv = ft_index(x);
        ft_decref(x);
        if (!iv) {
          ft_decref(it);
          return -1;
        }
        x = iv;
      } else {
        ft_err_format(&FtExc_TypeError,
                      "'%T' object cannot be interpreted as an integer", x);
        ft_decref(x);
        ft_decref(it);
        return -1;
      }
    }
    int rc = ft_int_as_i64(x, &v, &ovf);
    ft_decref(x);
    if (rc < 0 && !ovf) {
      ft_decref(it);
      return -1;
    }
    if (ovf || v < 0 || v > 255) {
      ft_err_clear();
      ft_err_format(&FtExc_ValueError, bytearray
                                           ? "byte must be in range(0, 256)"
                                           : "bytes must be in range(0, 256)");
      ft_decref(it);
      return -1;
    }
    if (ft_strbuf_append_char(sb, (char)v) < 0) {
      ft_decref(it);
      ft_err_nomemory();
      return -1;
    }
  }
  ft_decref(it);
  return ft_err_occurred() ? -1 : 0;
}

/* ==== protocol slots ====================================================== */

static void bytes_dealloc(FtObject *o) { ft_object_free(o); }

static intptr_t bytes_hash(FtValue v) {
  FtBytes *b = B(v);
  intptr_t h = atomic_load_explicit(&b->hash, memory_order_relaxed);
  if (h != -1)
    return h;
  h = ft_str_hash_bytes(b->data, b->size);
  atomic_store_explicit(&b->hash, h, memory_order_relaxed);
  return h;
}

static FtValue bytes_repr(FtValue v) {
  return ft_bytes_repr_impl("b", B(v)->data, B(v)->size, "");
}

static intptr_t bytes_len(FtValue v) { return (intptr_t)B(v)->size; }

static FtValue bytes_exact(FtValue v) {
  if (is_exact_bytes(v))
    return ft_newref(v);
  return ft_bytes_new(B(v)->data, B(v)->size);
}

static FtValue bytes_richcompare(FtValue a, FtValue b, int op) {
  if (!ft_bytes_check(a))
    return FT_NOTIMPL;
  View y;
  if (ft_bytes_check(b)) {
    y.p = B(b)->data;
    y.n = B(b)->size;
    y.owner = 0;
  } else if (ft_isinstance_type(b, &FtByteArray_Type)) {
    if (view_get(b, &y) < 0)
      return 0;
  } else {
    return FT_NOTIMPL;
  }
  FtBytes *x = B(a);
  int c;
  if (op == FT_EQ || op == FT_NE) {
    int eq = x->size == y.n && (a == b || !memcmp(x->data, y.p, y.n));
    view_release(&y);
    return ft_bool(eq ^ (op == FT_NE));
  }
  size_t m = x->size < y.n ? x->size : y.n;
  c = memcmp(x->data, y.p, m);
  if (c == 0)
    c = x->size < y.n ? -1 : x->size > y.n ? 1 : 0;
  view_release(&y);
  int r;
  switch (op) {
  case FT_LT: r = c < 0; break;
  case FT_LE: r = c <= 0; break;
  case FT_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return ft_bool(r);
}

static FtValue bytes_concat(FtValue a, FtValue b) {
  if (!ft_bytes_check(a))
    return FT_NOTIMPL;
  View y;
  if (view_get(b, &y) < 0) {
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
  FtBytes *x = B(a);
  FtValue r;
  if (y.n == 0 && is_exact_bytes(a))
    r = ft_newref(a);
  else if (x->size == 0 && is_exact_bytes(b))
    r = ft_newref(b);
  else {
    FtBytes *o = bytes_raw(x->size + y.n);
    if (o) {
      memcpy(o->data, x->data, x->size);
      memcpy(o->data + x->size, y.p, y.n);
    }
    r = ft_val(o);
  }
  view_release(&y);
  return r;
}

FtValue ft_bytes_repeat_impl(const char *d, size_t size, intptr_t n, MkFn mk) {
  if (n <= 0 || size == 0)
    return mk(NULL, 0);
  if (size > (size_t)(INTPTR_MAX / n)) /* as CPython: bytes vs bytearray */
    return mk == ft_bytes_new ? ft_err_format(&FtExc_OverflowError,
                                              "repeated bytes are too long")
                              : ft_err_nomemory();
  size_t total = size * (size_t)n;
  char *buf = ft_mem_alloc(total + 1);
  if (!buf)
    return 0;
  if (size == 1)
    memset(buf, d[0], total);
  else {
    memcpy(buf, d, size);
    size_t done = size;
    while (done < total) {
      size_t k = done <= total - done ? done : total - done;
      memcpy(buf + done, buf, k);
      done += k;
    }
  }
  FtValue r = mk(buf, total);
  ft_mem_free(buf);
  return r;
}

/* Sequence repeat shared with bytearray: (seq, n) in either order. */
FtValue ft_bytes_mul_impl(FtValue a, FtValue b, int (*is_seq)(FtValue),
                          FtValue (*do_repeat)(FtValue, intptr_t)) {
  FtValue s, n;
  if (is_seq(a)) {
    s = a;
    n = b;
  } else if (is_seq(b)) {
    s = b;
    n = a;
  } else {
    return FT_NOTIMPL;
  }
  if (ft_is_small(n))
    return do_repeat(s, ft_small_val(n));
  if (ft_int_check(n) || ft_type(n)->index) {
    FtValue iv = ft_index(n);
    if (!iv)
      return 0;
    intptr_t k = ft_int_as_ssize(iv);
    ft_decref(iv);
    if (k == -1 && ft_err_occurred())
      return 0;
    return do_repeat(s, k);
  }
  FtType *t = ft_type(n);
  if (s == a && (t->tpflags & FT_TPFLAG_HEAPTYPE) && t->nb[FT_NB_MUL]) {
    FtValue r = t->nb[FT_NB_MUL](a, b); /* b.__rmul__ first, as CPython */
    if (r != FT_NOTIMPL)
      return r;
  }
  return ft_err_format(&FtExc_TypeError,
                       "can't multiply sequence by non-int of type '%T'", n);
}

static int is_bytes_seq(FtValue v) { return ft_bytes_check(v); }

static FtValue bytes_repeat(FtValue v, intptr_t n) {
  if (n == 1 && is_exact_bytes(v))
    return ft_newref(v);
  return ft_bytes_repeat_impl(B(v)->data, B(v)->size, n, ft_bytes_new);
}

static FtValue bytes_mul(FtValue a, FtValue b) {
  return ft_bytes_mul_impl(a, b, is_bytes_seq, bytes_repeat);
}

static int bytes_contains(FtValue self, FtValue x) {
  View sub;
  char byte;
  if (needle_arg(x, &sub, &byte) < 0) {
    if (ft_err_matches(&FtExc_TypeError)) {
      ft_err_clear();
      ft_err_format(&FtExc_TypeError, "a bytes-like object is required, not '%T'", x);
    }
    return -1;
  }
  int r = find_mem(B(self)->data, B(self)->size, sub.p, sub.n) != NULL;
  view_release(&sub);
  return r;
}

/* Resolve an index (small int, int, __index__) for getitem: 0 ok, 1 not
 * an index type, -1 error. */
int ft_bytes_index_key(FtValue key, intptr_t *out) {
  if (ft_is_small(key)) {
    *out = ft_small_val(key);
    return 0;
  }
  if (!ft_int_check(key) && !ft_type(key)->index)
    return 1;
  FtValue iv = ft_index(key);
  if (!iv)
    return -1;
  intptr_t i = ft_int_as_ssize(iv);
  ft_decref(iv);
  if (i == -1 && ft_err_occurred()) {
    if (ft_err_matches(&FtExc_OverflowError)) {
      ft_err_clear();
      ft_err_format(&FtExc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
  }
  *out = i;
  return 0;
}

FtValue ft_bytes_slice_impl(const char *d, size_t n, FtValue key, MkFn mk) {
  intptr_t start, stop, step;
  intptr_t len = ft_slice_indices(key, (intptr_t)n, &start, &stop, &step);
  if (len < 0)
    return 0;
  if (len == 0)
    return mk(NULL, 0);
  if (step == 1)
    return mk(d + start, (size_t)len);
  char tmp[256];
  char *buf = (size_t)len <= sizeof tmp ? tmp : ft_mem_alloc((size_t)len);
  if (!buf)
    return 0;
  for (intptr_t i = 0, j = start; i < len; i++, j += step)
    buf[i] = d[j];
  FtValue r = mk(buf, (size_t)len);
  if (buf != tmp)
    ft_mem_free(buf);
  return r;
}

static FtValue bytes_getitem(FtValue self, FtValue key) {
  FtBytes *b = B(self);
  intptr_t i;
  if (ft_isinstance_exact(key, &FtSlice_Type)) {
    if (is_exact_bytes(self)) {
      intptr_t start, stop, step;
      intptr_t len = ft_slice_indices(key, (intptr_t)b->size, &start, &stop, &step);
      if (len < 0)
        return 0;
      if (step == 1 && (size_t)len == b->size)
        return ft_newref(self);
    }
    return ft_bytes_slice_impl(b->data, b->size, key, ft_bytes_new);
  }
  int r = ft_bytes_index_key(key, &i);
  if (r < 0)
    return 0;
  if (r == 1)
    return ft_err_format(&FtExc_TypeError,
                         "byte indices must be integers or slices, not %T", key);
  if (i < 0)
    i += (intptr_t)b->size;
  if (i < 0 || (size_t)i >= b->size)
    return ft_err_format(&FtExc_IndexError, "index out of range");
  return ft_small((unsigned char)b->data[i]);
}

/* ==== iterator ============================================================ */

/* Synchronization: `pos` advances by CAS, `seq` never changes. */
typedef struct {
  FtObject ob;
  FtValue seq;
  _Atomic size_t pos;
} FtBytesIter;

FtType FtBytesIter_Type;

static FtValue bytes_iter(FtValue self) {
  FtBytesIter *it = (FtBytesIter *)ft_object_alloc(&FtBytesIter_Type, sizeof *it);
  if (!it)
    return 0;
  it->seq = ft_newref(self);
  atomic_store_explicit(&it->pos, 0, memory_order_relaxed);
  return ft_val(it);
}

static FtValue bytesiter_next(FtValue self) {
  FtBytesIter *it = (FtBytesIter *)ft_obj(self);
  FtBytes *b = B(it->seq);
  size_t pos = atomic_fetch_add_explicit(&it->pos, 1, memory_order_relaxed);
  if (pos >= b->size) {
    atomic_store_explicit(&it->pos, b->size, memory_order_relaxed);
    return 0;
  }
  return ft_small((unsigned char)b->data[pos]);
}

static FtValue bytesiter_iter(FtValue self) { return ft_newref(self); }

static void bytesiter_dealloc(FtObject *o) {
  ft_decref(((FtBytesIter *)o)->seq);
  ft_object_free(o);
}

static FtValue bytesiter_length_hint(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  FtBytesIter *it = (FtBytesIter *)ft_obj(self);
  size_t pos = atomic_load_explicit(&it->pos, memory_order_relaxed);
  size_t n = B(it->seq)->size;
  return ft_small(pos >= n ? 0 : (intptr_t)(n - pos));
}

static const FtMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtBytesIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "bytes_iterator",
    .basicsize = sizeof(FtBytesIter),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

/* ==== methods ============================================================= */

#define D(self) (B(self)->data)
#define N(self) (B(self)->size)

static FtValue bytes_decode(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  FtValue a[2] = {0, 0};
  static const char *const names[] = {"encoding", "errors", NULL};
  if ((kwnames || nargs) &&
      ft_args_parse("decode", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  const char *enc = NULL, *err = NULL;
  if (a[0]) {
    if (!ft_str_check(a[0]))
      return ft_err_format(&FtExc_TypeError,
                           "decode() argument 'encoding' must be str, not %s",
                           argtype(a[0]));
    enc = ft_str_data(a[0]);
  }
  if (a[1]) {
    if (!ft_str_check(a[1]))
      return ft_err_format(&FtExc_TypeError,
                           "decode() argument 'errors' must be str, not %s",
                           argtype(a[1]));
    err = ft_str_data(a[1]);
  }
  return ft_str_decode(D(self), N(self), enc, err);
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
  if (a[1] && ssize_arg(a[1], maxsplit) < 0)
    return -1;
  return 0;
}

static FtValue bytes_split(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  FtValue sep;
  intptr_t ms;
  if (split_args("split", args, nargs, kwnames, &sep, &ms) < 0)
    return 0;
  return ft_bytes_split_impl(D(self), N(self), sep, ms, 0, ft_bytes_new);
}

static FtValue bytes_rsplit(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  FtValue sep;
  intptr_t ms;
  if (split_args("rsplit", args, nargs, kwnames, &sep, &ms) < 0)
    return 0;
  return ft_bytes_split_impl(D(self), N(self), sep, ms, 1, ft_bytes_new);
}

static FtValue bytes_join(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  ONEARG("join");
  return ft_bytes_join_impl(D(self), N(self), args[0], ft_bytes_new);
}

static FtValue do_strip(const char *name, FtValue self, const FtValue *args,
                        size_t nargs, FtValue kwnames, int which) {
  POSONLY(name, 0, 1);
  size_t i, j;
  if (strip_range(D(self), N(self), nargs ? args[0] : 0, which, &i, &j) < 0)
    return 0;
  if (i == 0 && j == N(self) && is_exact_bytes(self))
    return ft_newref(self);
  return ft_bytes_new(D(self) + i, j - i);
}

static FtValue bytes_strip(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  return do_strip("strip", self, args, nargs, kwnames, 3);
}
static FtValue bytes_lstrip(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  return do_strip("lstrip", self, args, nargs, kwnames, 1);
}
static FtValue bytes_rstrip(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  return do_strip("rstrip", self, args, nargs, kwnames, 2);
}

static FtValue bytes_replace(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  POSONLY("replace", 2, 3);
  return ft_bytes_replace_impl(D(self), N(self), args, nargs, kwnames,
                               ft_bytes_new);
}

static FtValue bytes_find(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  intptr_t r = ft_bytes_find_impl(TNAME, "find", D(self), N(self), args, nargs, kwnames, 0);
  return r == -2 ? 0 : ft_small(r);
}
static FtValue bytes_rfind(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  intptr_t r = ft_bytes_find_impl(TNAME, "rfind", D(self), N(self), args, nargs, kwnames, 1);
  return r == -2 ? 0 : ft_small(r);
}
static FtValue bytes_index(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  intptr_t r = ft_bytes_find_impl(TNAME, "index", D(self), N(self), args, nargs, kwnames, 0);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "subsection not found");
  return r == -2 ? 0 : ft_small(r);
}
static FtValue bytes_rindex(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  intptr_t r = ft_bytes_find_impl(TNAME, "rindex", D(self), N(self), args, nargs, kwnames, 1);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "subsection not found");
  return r == -2 ? 0 : ft_small(r);
}
static FtValue bytes_count(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  return ft_bytes_count_impl(TNAME, D(self), N(self), args, nargs, kwnames);
}
static FtValue bytes_startswith(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  return ft_bytes_startsend_impl(TNAME, "startswith", D(self), N(self), args, nargs,
                                 kwnames, 0);
}
static FtValue bytes_endswith(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  return ft_bytes_startsend_impl(TNAME, "endswith", D(self), N(self), args, nargs,
                                 kwnames, 1);
}

static FtValue bytes_partition(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  ONEARG("partition");
  return ft_bytes_partition_impl(D(self), N(self), args[0], 0, ft_bytes_new,
                                 is_exact_bytes(self) ? self : 0);
}
static FtValue bytes_rpartition(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  ONEARG("rpartition");
  return ft_bytes_partition_impl(D(self), N(self), args[0], 1, ft_bytes_new,
                                 is_exact_bytes(self) ? self : 0);
}

static FtValue bytes_ljust(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  POSONLY("ljust", 1, 2);
  return ft_bytes_just_impl("ljust", D(self), N(self), args, nargs, kwnames, 0,
                            ft_bytes_new, is_exact_bytes(self) ? self : 0);
}
static FtValue bytes_rjust(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  POSONLY("rjust", 1, 2);
  return ft_bytes_just_impl("rjust", D(self), N(self), args, nargs, kwnames, 1,
                            ft_bytes_new, is_exact_bytes(self) ? self : 0);
}
static FtValue bytes_center(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  POSONLY("center", 1, 2);
  return ft_bytes_just_impl("center", D(self), N(self), args, nargs, kwnames, 2,
                            ft_bytes_new, is_exact_bytes(self) ? self : 0);
}

FtValue ft_bytes_zfill_impl(const char *d, size_t n, const FtValue *args,
                            size_t nargs, FtValue kwnames, MkFn mk) {
  UNUSED(nargs);
  UNUSED(kwnames);
  intptr_t width;
  if (ssize_arg(args[0], &width) < 0)
    return 0;
  if (width <= (intptr_t)n)
    return mk(d, n);
  size_t fill = (size_t)width - n;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (ft_strbuf_append_repeat(&sb, '0', fill) < 0 || ft_strbuf_append(&sb, d, n) < 0)
    return buf_nomem(&sb);
  if (n && (d[0] == '+' || d[0] == '-')) {
    sb.data[0] = d[0];
    sb.data[fill] = '0';
  }
  FtValue r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

static FtValue bytes_zfill(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  ONEARG("zfill");
  return ft_bytes_zfill_impl(D(self), N(self), args, nargs, kwnames, ft_bytes_new);
}

static FtValue bytes_splitlines(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  return ft_bytes_splitlines_impl(D(self), N(self), args, nargs, kwnames,
                                  ft_bytes_new);
}

FtValue ft_bytes_expandtabs_impl(const char *d, size_t n, const FtValue *args,
                                 size_t nargs, FtValue kwnames, MkFn mk) {
  FtValue a[1] = {0};
  static const char *const names[] = {"tabsize", NULL};
  if (ft_args_parse("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  intptr_t tab = 8;
  if (a[0] && int_arg(a[0], &tab) < 0)
    return 0;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  size_t col = 0;
  for (size_t i = 0; i < n; i++) {
    char c = d[i];
    int r = 0;
    if (c == '\t') {
      if (tab > 0) {
        size_t k = (size_t)tab - col % (size_t)tab;
        r = ft_strbuf_append_repeat(&sb, ' ', k);
        col += k;
      }
    } else {
      r = ft_strbuf_append_char(&sb, c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    if (r < 0)
      return buf_nomem(&sb);
  }
  FtValue r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

static FtValue bytes_expandtabs(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  return ft_bytes_expandtabs_impl(D(self), N(self), args, nargs, kwnames,
                                  ft_bytes_new);
}

#define CASE_M(fname, pyname, mode)                                          \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    NOARGS(pyname);                                                          \
    return ft_bytes_case_impl(D(self), N(self), mode, ft_bytes_new);         \
  }
CASE_M(bytes_lower, "lower", 0)
CASE_M(bytes_upper, "upper", 1)
CASE_M(bytes_swapcase, "swapcase", 2)
CASE_M(bytes_capitalize, "capitalize", 3)
CASE_M(bytes_title, "title", 4)

#define PRED_M(fname, pyname, which)                                         \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    NOARGS(pyname);                                                          \
    return ft_bytes_pred_impl(D(self), N(self), which);                      \
  }
PRED_M(bytes_isdigit, "isdigit", 0)
PRED_M(bytes_isalpha, "isalpha", 1)
PRED_M(bytes_isalnum, "isalnum", 2)
PRED_M(bytes_isspace, "isspace", 3)
PRED_M(bytes_islower, "islower", 4)
PRED_M(bytes_isupper, "isupper", 5)
PRED_M(bytes_istitle, "istitle", 6)
PRED_M(bytes_isascii, "isascii", 7)

static FtValue bytes_hex(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  return ft_bytes_hex_impl(D(self), N(self), args, nargs, kwnames);
}

static FtValue bytes_fromhex(FtValue cls, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  ONEARG("fromhex");
  FtValue r = ft_bytes_fromhex_impl(args[0], ft_bytes_new);
  if (!r || cls == ft_val(&FtBytes_Type))
    return r;
  FtValue o = ft_call1(cls, r); /* subclass: cls(bytes) */
  ft_decref(r);
  return o;
}

FtValue ft_bytes_affix_impl(const char *name, const char *d, size_t n,
                            const FtValue *args, size_t nargs, FtValue kwnames,
                            int suffix, MkFn mk, FtValue self_whole) {
  UNUSED(name);
  UNUSED(nargs);
  UNUSED(kwnames);
  View a;
  if (view_arg(args[0], &a) < 0)
    return 0;
  FtValue r;
  if (a.n <= n && (suffix ? !memcmp(d + n - a.n, a.p, a.n) : !memcmp(d, a.p, a.n)) &&
      a.n)
    r = suffix ? mk(d, n - a.n) : mk(d + a.n, n - a.n);
  else
    r = self_whole ? ft_newref(self_whole) : mk(d, n);
  view_release(&a);
  return r;
}

static FtValue bytes_removeprefix(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  ONEARG("removeprefix");
  return ft_bytes_affix_impl("removeprefix", D(self), N(self), args, nargs,
                             kwnames, 0, ft_bytes_new,
                             is_exact_bytes(self) ? self : 0);
}
static FtValue bytes_removesuffix(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  ONEARG("removesuffix");
  return ft_bytes_affix_impl("removesuffix", D(self), N(self), args, nargs,
                             kwnames, 1, ft_bytes_new,
                             is_exact_bytes(self) ? self : 0);
}

FtValue ft_bytes_translate_impl(const char *d, size_t n, const FtValue *args,
                                size_t nargs, FtValue kwnames, MkFn mk) {
  FtValue a[2] = {0, 0};
  static const char *const names[] = {"", "delete", NULL};
  if (ft_args_parse("translate", args, nargs, kwnames, names, 1, 1, a) < 0)
    return 0;
  View table = {0}, del = {0};
  if (a[0] != FT_NONE) {
    if (view_arg(a[0], &table) < 0)
      return 0;
    if (table.n != 256) {
      view_release(&table);
      return ft_err_format(&FtExc_ValueError,
                           "translation table must be 256 characters long");
    }
  }
  if (a[1] && view_arg(a[1], &del) < 0) {
    view_release(&table);
    return 0;
  }
  uint8_t drop[256] = {0};
  for (size_t i = 0; i < del.n; i++)
    drop[(unsigned char)del.p[i]] = 1;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (drop[c])
      continue;
    char o = table.owner ? table.p[c] : (char)c;
    if (ft_strbuf_append_char(&sb, o) < 0) {
      view_release(&table);
      view_release(&del);
      return buf_nomem(&sb);
    }
  }
  view_release(&table);
  view_release(&del);
  FtValue r = mk(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return r;
}

static FtValue bytes_translate(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  return ft_bytes_translate_impl(D(self), N(self), args, nargs, kwnames,
                                 ft_bytes_new);
}

static FtValue bytes_maketrans(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  UNUSED(self);
  POSONLY("maketrans", 2, 2);
  View f, t;
  if (view_arg(args[0], &f) < 0)
    return 0;
  if (view_arg(args[1], &t) < 0) {
    view_release(&f);
    return 0;
  }
  if (f.n != t.n) {
    view_release(&f);
    view_release(&t);
    return ft_err_format(&FtExc_ValueError, "maketrans arguments must have same length");
  }
  char tab[256];
  for (int i = 0; i < 256; i++)
    tab[i] = (char)i;
  for (size_t i = 0; i < f.n; i++)
    tab[(unsigned char)f.p[i]] = t.p[i];
  view_release(&f);
  view_release(&t);
  return ft_bytes_new(tab, 256);
}

static FtValue bytes_getnewargs(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  NOARGS("__getnewargs__");
  FtValue c = bytes_exact(self);
  if (!c)
    return 0;
  FtValue t = ft_tuple_pack(1, c);
  ft_decref(c);
  return t;
}

/* CPython's figure (a 32-byte header, the data and its NUL), which
 * programs print through sys.getsizeof. */
static FtValue bytes_sizeof(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  NOARGS("__sizeof__");
  return ft_small((intptr_t)(33 + ft_bytes_size(self)));
}

static FtValue bytes_dunder_bytes(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  NOARGS("__bytes__");
  return bytes_exact(self);
}

static FtValue bytes_mod(FtValue a, FtValue b) {
  if (!ft_bytes_check(a))
    return FT_NOTIMPL;
  return ft_bytes_percent(a, b);
}

/* ==== construction from Python ============================================ */

/* bytes(x) / bytearray(x) contents into sb: int n (zeros), buffer,
 * iterable of ints.  str needs an encoding. */
int ft_bytes_from_object(FtValue x, const char *tname, FtStrBuf *sb) {
  if (ft_str_check(x)) {
    ft_err_format(&FtExc_TypeError, "string argument without an encoding");
    return -1;
  }
  if (ft_is_small(x) || ft_int_check(x) || ft_type(x)->index) {
    intptr_t n;
    FtValue iv = ft_is_small(x) ? x : ft_index(x);
    if (!iv)
      return -1;
    n = ft_is_small(iv) ? ft_small_val(iv) : ft_int_as_ssize(iv);
    if (iv != x)
      ft_decref(iv);
    if (n == -1 && ft_err_occurred())
      return -1;
    if (n < 0) {
      ft_err_format(&FtExc_ValueError, "negative count");
      return -1;
    }
    if (ft_strbuf_append_repeat(sb, 0, (size_t)n) < 0) {
      ft_err_nomemory();
      return -1;
    }
    return 0;
  }
  View v;
  if (view_get(x, &v) == 0) {
    int r = ft_strbuf_append(sb, v.p, v.n);
    view_release(&v);
    if (r < 0) {
      ft_err_nomemory();
      return -1;
    }
    return 0;
  }
  if (ft_err_occurred())
    return -1;
  FtType *t = ft_type(x);
  if (!t->iter && !t->getitem) {
    ft_err_format(&FtExc_TypeError, "cannot convert '%T' object to %s", x, tname);
    return -1;
  }
  return ft_bytes_collect_ints(x, sb, strcmp(tname, "bytes") != 0);
}

static FtValue bytes_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  FtValue a[3] = {0, 0, 0};
  static const char *const names[] = {"source", "encoding", "errors", NULL};
  if ((kwnames || nargs) &&
      ft_args_parse("bytes", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  for (int i = 1; i <= 2; i++) /* argument types first, as CPython's parser */
    if (a[i] && !ft_str_check(a[i]))
      return ft_err_format(&FtExc_TypeError, "bytes() argument '%s' must be str, not %s",
                           names[i], a[i] == FT_NONE ? "None" : ft_type_name(a[i]));
  FtValue r;
  if (!a[0]) {
    if (a[1] || a[2])
      return ft_err_format(&FtExc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
    r = ft_bytes_new(NULL, 0);
  } else if (a[1] || a[2]) {
    if (!ft_str_check(a[0]))
      return ft_err_format(&FtExc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
    if (a[1] && !ft_str_check(a[1]))
      return ft_err_format(&FtExc_TypeError,
                           "bytes() argument 'encoding' must be str, not %s",
                           argtype(a[1]));
    if (a[2] && !ft_str_check(a[2]))
      return ft_err_format(&FtExc_TypeError,
                           "bytes() argument 'errors' must be str, not %s",
                           argtype(a[2]));
    r = ft_str_encode(a[0], a[1] ? ft_str_data(a[1]) : NULL,
                      a[2] ? ft_str_data(a[2]) : NULL);
  } else if (is_exact_bytes(a[0])) {
    r = ft_newref(a[0]);
  } else {
    /* __bytes__ first (user classes), then the generic conversions */
    FtValue meth = 0;
    if (!ft_is_small(a[0]) && !ft_bytes_check(a[0])) {
      static FtValue name;
      if (!name)
        name = ft_str_intern_cstr("__bytes__");
      meth = name ? ft_type_lookup(ft_type(a[0]), name) : 0;
    }
    if (meth) {
      r = ft_call_method(a[0], "__bytes__", NULL, 0);
      if (r && !ft_bytes_check(r)) {
        ft_err_format(&FtExc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        ft_decref(r);
        r = 0;
      }
    } else {
      FtStrBuf sb;
      ft_strbuf_init(&sb);
      if (ft_bytes_from_object(a[0], "bytes", &sb) < 0) {
        ft_strbuf_free(&sb);
        return 0;
      }
      r = bytes_from_buf(&sb);
    }
  }
  if (!r || type == &FtBytes_Type)
    return r;
  FtBytes *src = B(r);
  /* room for the subclass's fields after the data (see str_new) */
  FtBytes *o = (FtBytes *)ft_object_alloc(type, type->basicsize + src->size + 1 + 7);
  if (!o) {
    ft_decref(r);
    return 0;
  }
  o->size = src->size;
  atomic_store_explicit(&o->hash, -1, memory_order_relaxed);
  memcpy(o->data, src->data, src->size + 1);
  ft_decref(r);
  return ft_val(o);
}

FtValue ft_bytes_coerce(FtValue v) {
  if (ft_is_small(v))
    return 0;
  if (ft_bytes_check(v))
    return ft_newref(v);
  if (ft_isinstance_type(v, &FtByteArray_Type))
    return ft_bytearray_snapshot(v);
  return 0;
}

/* ==== the type object ===================================================== */

static const FtMethodDef bytes_methods[] = {
    {"decode", bytes_decode, 0, NULL},
    {"split", bytes_split, 0, NULL},
    {"rsplit", bytes_rsplit, 0, NULL},
    {"splitlines", bytes_splitlines, 0, NULL},
    {"join", bytes_join, 0, NULL},
    {"strip", bytes_strip, 0, NULL},
    {"lstrip", bytes_lstrip, 0, NULL},
    {"rstrip", bytes_rstrip, 0, NULL},
    {"replace", bytes_replace, 0, NULL},
    {"find", bytes_find, 0, NULL},
    {"rfind", bytes_rfind, 0, NULL},
    {"index", bytes_index, 0, NULL},
    {"rindex", bytes_rindex, 0, NULL},
    {"count", bytes_count, 0, NULL},
    {"startswith", bytes_startswith, 0, NULL},
    {"endswith", bytes_endswith, 0, NULL},
    {"partition", bytes_partition, 0, NULL},
    {"rpartition", bytes_rpartition, 0, NULL},
    {"ljust", bytes_ljust, 0, NULL},
    {"rjust", bytes_rjust, 0, NULL},
    {"center", bytes_center, 0, NULL},
    {"zfill", bytes_zfill, 0, NULL},
    {"expandtabs", bytes_expandtabs, 0, NULL},
    {"lower", bytes_lower, 0, NULL},
    {"upper", bytes_upper, 0, NULL},
    {"swapcase", bytes_swapcase, 0, NULL},
    {"capitalize", bytes_capitalize, 0, NULL},
    {"title", bytes_title, 0, NULL},
    {"isdigit", bytes_isdigit, 0, NULL},
    {"isalpha", bytes_isalpha, 0, NULL},
    {"isalnum", bytes_isalnum, 0, NULL},
    {"isspace", bytes_isspace, 0, NULL},
    {"islower", bytes_islower, 0, NULL},
    {"isupper", bytes_isupper, 0, NULL},
    {"istitle", bytes_istitle, 0, NULL},
    {"isascii", bytes_isascii, 0, NULL},
    {"hex", bytes_hex, 0, NULL},
    {"fromhex", bytes_fromhex, FT_METH_CLASS, NULL},
    {"removeprefix", bytes_removeprefix, 0, NULL},
    {"removesuffix", bytes_removesuffix, 0, NULL},
    {"translate", bytes_translate, 0, NULL},
    {"maketrans", bytes_maketrans, FT_METH_STATIC, NULL},
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {"__sizeof__", bytes_sizeof, 0, NULL},
    {"__bytes__", bytes_dunder_bytes, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtBytes_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "bytes",
    .basicsize = sizeof(FtBytes),
    .itemsize = 1,
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_BYTES_SUBCLASS,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .nb[FT_NB_ADD] = bytes_concat,
    .nb[FT_NB_MUL] = bytes_mul,
    .nb[FT_NB_MOD] = bytes_mod,
    .new_ = bytes_new,
    .methods = bytes_methods,
};
