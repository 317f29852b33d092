/*
 * int.c -- Python's int: small ints inline in the value word, big ints as
 * FtLong objects over GMP.
 *
 * Representation: an int in the 63-bit range FT_SMALL_MIN..FT_SMALL_MAX is
 * a tagged FtValue (ft_small(i)); anything larger is an FtLong holding an
 * mpz_t.  Instances of user subclasses of int (class C(int)) are FtLong
 * objects too, whatever their value, and bool's two singletons (bool.c)
 * are bare headers whose value is their identity.  Every slot therefore
 * reads its operands through small_of()/as_mpz(), which accept all three.
 *
 * Main invariant: a result of exact type int that fits in the small range
 * is ALWAYS a tagged small int (int_from_mpz() normalises every GMP
 * result), so equal small values have equal words and the fast paths
 * (tagged add/sub/compare with overflow checks) never need GMP.
 *
 * Synchronization: ints are immutable, so no locks.  The only shared state
 * is the int<->str digit limit (an atomic) and GMP's allocator hooks, set
 * once at start-up by ft_int_init() before any thread exists.  GMP itself
 * is reentrant; its memory comes from mimalloc's per-thread heaps.
 */
#include <errno.h>
#include <float.h>
#include <gmp.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "objects/formatspec.h"
#include "runtime/strbuf.h"

_Static_assert(GMP_NUMB_BITS == 64, "ftpy assumes 64-bit GMP limbs");
_Static_assert(sizeof(long) == 8, "ftpy assumes LP64");

/* ---- representation ---------------------------------------------------- */

typedef struct FtLong {
  FtObject ob;
  mpz_t z;
} FtLong;

#define LONG_Z(v) (((FtLong *)ft_obj(v))->z)

/* sys.get_int_max_str_digits(): 0 = unlimited. */
static _Atomic int max_str_digits = 4300;

int ft_int_get_max_str_digits(void) {
  return atomic_load_explicit(&max_str_digits, memory_order_relaxed);
}

int ft_int_set_max_str_digits(int n) {
  if (n != 0 && n < 640) {
    ft_err_format(&FtExc_ValueError, "maxdigits must be 0 or larger than 640");
    return -1;
  }
  atomic_store_explicit(&max_str_digits, n, memory_order_relaxed);
  return 0;
}

static inline int is_int(FtValue v) {
  return ft_is_small(v) || (ft_obj(v)->type->tpflags & FT_TPFLAG_INT_SUBCLASS);
}

int ft_int_check(FtValue v) { return is_int(v); }

/* If the int v (any kind) has a small value, store it and return 1. */
static inline int small_of(FtValue v, intptr_t *out) {
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 1;
  }
  FtObject *o = ft_obj(v);
  if (o->type == &FtBool_Type) {
    *out = (v == FT_TRUE);
    return 1;
  }
  if (o->type == &FtInt_Type)
    return 0; /* exact big ints are never in the small range */
  mpz_srcptr z = ((FtLong *)o)->z;
  if (mpz_fits_slong_p(z)) {
    long l = mpz_get_si(z);
    if (ft_small_fits(l)) {
      *out = l;
      return 1;
    }
  }
  return 0;
}

/* A read-only mpz view of a small value, backed by *limb. */
static inline mpz_srcptr small_mpz(mpz_ptr tmp, mp_limb_t *limb, intptr_t v) {
  *limb = v < 0 ? -(mp_limb_t)v : (mp_limb_t)v;
  return mpz_roinit_n(tmp, limb, v < 0 ? -1 : v > 0 ? 1 : 0);
}

/* The value of any int as an mpz (a view: never modify or clear it). */
static inline mpz_srcptr as_mpz(FtValue v, mpz_ptr tmp, mp_limb_t *limb) {
  if (ft_is_small(v))
    return small_mpz(tmp, limb, ft_small_val(v));
  FtObject *o = ft_obj(v);
  if (o->type == &FtBool_Type)
    return small_mpz(tmp, limb, v == FT_TRUE);
  return ((FtLong *)o)->z;
}

#define MPZ_VIEW(name, v)                                                    \
  mpz_t name##_tmp_;                                                         \
  mp_limb_t name##_limb_;                                                    \
  mpz_srcptr name = as_mpz((v), name##_tmp_, &name##_limb_)

/* ---- construction -------------------------------------------------------- */

static FtLong *long_alloc(void) {
  return (FtLong *)ft_object_alloc(&FtInt_Type, sizeof(FtLong));
}

/* Turn z into an int value, taking over its storage (z is cleared or
 * moved; the caller must not use it afterwards). */
static FtValue int_from_mpz(mpz_ptr z) {
  if (mpz_size(z) <= 1) {
    mp_limb_t l = mpz_getlimbn(z, 0);
    if (l <= (mp_limb_t)FT_SMALL_MAX) {
      intptr_t v = mpz_sgn(z) < 0 ? -(intptr_t)l : (intptr_t)l;
      mpz_clear(z);
      return ft_small(v);
    }
    if (mpz_sgn(z) < 0 && l == (mp_limb_t)FT_SMALL_MAX + 1) {
      mpz_clear(z);
      return ft_small(FT_SMALL_MIN);
    }
  }
  FtLong *o = long_alloc();
  if (!o) {
    mpz_clear(z);
    return 0;
  }
  o->z[0] = z[0]; /* move the limbs */
  return ft_val(o);
}

/* A new exact int equal to the view z (copied). */
static FtValue int_from_mpz_copy(mpz_srcptr z) {
  mpz_t r;
  mpz_init_set(r, z);
  return int_from_mpz(r);
}

FtValue ft_int_from_i64(int64_t i) {
  if (ft_small_fits(i))
    return ft_small(i);
  mpz_t z;
  mpz_init_set_si(z, i);
  return int_from_mpz(z);
}

FtValue ft_int_from_u64(uint64_t u) {
  if (u <= (uint64_t)FT_SMALL_MAX)
    return ft_small((intptr_t)u);
  mpz_t z;
  mpz_init_set_ui(z, u);
  return int_from_mpz(z);
}

static FtValue int_from_i128(__int128 v) {
  if (v >= FT_SMALL_MIN && v <= FT_SMALL_MAX)
    return ft_small((intptr_t)v);
  unsigned __int128 a = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  mpz_t z;
  mpz_init2(z, 128);
  mp_limb_t *d = mpz_limbs_write(z, 2);
  d[0] = (mp_limb_t)a;
  d[1] = (mp_limb_t)(a >> 64);
  int n = d[1] ? 2 : 1;
  mpz_limbs_finish(z, v < 0 ? -n : n);
  return int_from_mpz(z);
}

FtValue ft_int_from_double(double d) {
  if (isnan(d))
    return ft_err_format(&FtExc_ValueError,
                         "cannot convert float NaN to integer");
  if (isinf(d))
    return ft_err_format(&FtExc_OverflowError,
                         "cannot convert float infinity to integer");
  if (d > -0x1p62 && d < 0x1p62)
    return ft_small((intptr_t)d); /* C truncates toward zero, as Python */
  mpz_t z;
  mpz_init_set_d(z, d); /* exact: |d| >= 2**62 is integral */
  return int_from_mpz(z);
}

/* An exact-int copy of any int (subclass instance or bool -> int). */
static FtValue int_exact(FtValue v) {
  intptr_t s;
  if (ft_is_small(v))
    return v;
  if (ft_obj(v)->type == &FtInt_Type)
    return ft_newref(v);
  if (small_of(v, &s))
    return ft_small(s);
  return int_from_mpz_copy(LONG_Z(v));
}

/* An instance of the int subclass `type` with value v (an int). */
static FtValue int_subtype_new(FtType *type, FtValue v) {
  FtLong *o = (FtLong *)ft_object_alloc(type, type->basicsize);
  if (!o)
    return 0;
  MPZ_VIEW(z, v);
  mpz_init_set(o->z, z);
  return ft_val(o);
}

/* ---- conversions out ----------------------------------------------------- */

int ft_int_sign(FtValue v) {
  intptr_t s;
  if (small_of(v, &s))
    return (s > 0) - (s < 0);
  return mpz_sgn(LONG_Z(v));
}

/* __index__ of a non-int, checked to return an int (new ref). */
static FtValue call_index(FtValue v) {
  FtType *t = ft_type(v);
  if (!t->index)
    return ft_err_format(&FtExc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         ft_type_name(v));
  FtValue r = t->index(v);
  if (r && !is_int(r)) {
    ft_err_format(&FtExc_TypeError, "__index__ returned non-int (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  return r;
}

int ft_int_as_i64(FtValue v, int64_t *out, int *overflow) {
  intptr_t s;
  *overflow = 0;
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  if (!is_int(v)) {
    FtValue i = call_index(v);
    if (!i)
      return -1;
    int r = ft_int_as_i64(i, out, overflow);
    ft_decref(i);
    return r;
  }
  if (small_of(v, &s)) {
    *out = s;
    return 0;
  }
  mpz_srcptr z = LONG_Z(v);
  if (mpz_fits_slong_p(z)) {
    *out = mpz_get_si(z);
    return 0;
  }
  *overflow = 1;
  *out = mpz_sgn(z) < 0 ? INT64_MIN : INT64_MAX;
  return 0;
}

intptr_t ft_int_as_ssize(FtValue v) {
  int64_t r;
  int ovf;
  if (ft_is_small(v))
    return ft_small_val(v);
  if (ft_int_as_i64(v, &r, &ovf) < 0)
    return -1;
  if (ovf) {
    ft_err_format(&FtExc_OverflowError,
                  "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return (intptr_t)r;
}

/*
 * a / b correctly rounded to a double (half-even), b != 0, for any sizes.
 * The quotient is computed to 55-56 bits with a sticky bit for the rest,
 * then rounded once to 53 bits -- or fewer when the result is subnormal.
 * *ovf is set when the result is too large for a double.
 */
static double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, int *ovf) {
  int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  *ovf = 0;
  if (mpz_sgn(a) == 0)
    return neg ? -0.0 : 0.0;
  long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
  long diff = na - nb; /* |a/b| in [2**(diff-1), 2**(diff+1)) */
  if (diff > DBL_MAX_EXP + 1) {
    *ovf = 1;
    return neg ? -HUGE_VAL : HUGE_VAL;
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2)
    return neg ? -0.0 : 0.0;
  long s = 55 - diff; /* q = |a| * 2**s / |b| has 55 or 56 bits */
  mpz_t n, d, q;
  mpz_init(n);
  mpz_init(d);
  mpz_init(q);
  mpz_abs(n, a);
  mpz_abs(d, b);
  if (s >= 0)
    mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
  else
    mpz_mul_2exp(d, d, (mp_bitcnt_t)-s);
  mpz_tdiv_qr(q, n, n, d);
  uint64_t qq = mpz_get_ui(q);
  int sticky = mpz_sgn(n) != 0;
  mpz_clear(n);
  mpz_clear(d);
  mpz_clear(q);
  int qbits = 64 - __builtin_clzll(qq);
  long drop = qbits - DBL_MANT_DIG;
  /* The lowest kept bit has weight 2**(drop - s); a subnormal result
   * cannot go below 2**-1074. */
  if (drop - s < DBL_MIN_EXP - DBL_MANT_DIG)
    drop = DBL_MIN_EXP - DBL_MANT_DIG + s;
  if (drop > qbits) {
    qq = 0; /* below half of the smallest subnormal */
  } else {
    uint64_t half = 1ull << (drop - 1);
    uint64_t rem = qq & ((half << 1) - 1);
    qq = drop >= 64 ? 0 : qq >> drop;
    if (rem > half || (rem == half && (sticky || (qq & 1))))
      qq++;
  }
  double r = ldexp((double)qq, (int)(drop - s));
  if (isinf(r))
    *ovf = 1;
  return neg ? -r : r;
}

/* Correctly rounded conversion of a big value. */
static double mpz_to_double(mpz_srcptr z, int *ovf) {
  *ovf = 0;
  if (mpz_sizeinbase(z, 2) <= DBL_MANT_DIG)
    return mpz_get_d(z); /* exact */
  mpz_t one;
  mp_limb_t limb;
  return mpz_ratio_to_double(z, small_mpz(one, &limb, 1), ovf);
}

double ft_int_as_double(FtValue v) {
  intptr_t s;
  if (!is_int(v)) {
    ft_err_format(&FtExc_TypeError, "an integer is required (got type %s)",
                  ft_type_name(v));
    return -1.0;
  }
  if (small_of(v, &s)) {
    if (s >= -(1LL << 53) && s <= (1LL << 53))
      return (double)s;
  }
  int ovf;
  MPZ_VIEW(z, v);
  double d = mpz_to_double(z, &ovf);
  if (ovf) {
    ft_err_format(&FtExc_OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

/* frexp for ints of any size: v = m * 2**e with 0.5 <= |m| < 1 (m
 * correctly rounded to 53 bits; never overflows).  For math.log. */
double ft_int_frexp(FtValue v, int64_t *e) {
  MPZ_VIEW(z, v);
  if (mpz_sgn(z) == 0) {
    *e = 0;
    return 0.0;
  }
  long bits = (long)mpz_sizeinbase(z, 2);
  if (bits <= 1000) {
    int ex;
    int ovf;
    double m = frexp(mpz_to_double(z, &ovf), &ex);
    *e = ex;
    return m;
  }
  /* Scale down to ~60 significant bits first; the rounding of the shifted
   * value is what matters for a 53-bit result (sticky bit kept). */
  mpz_t t;
  mpz_init(t);
  long sh = bits - 60;
  mpz_abs(t, z);
  mpz_tdiv_q_2exp(t, t, (mp_bitcnt_t)sh);
  if (mpz_scan1(z, 0) < (mp_bitcnt_t)sh)
    mpz_setbit(t, 0); /* sticky: lower bits were nonzero */
  int ovf, ex;
  double m = frexp(mpz_to_double(t, &ovf), &ex);
  mpz_clear(t);
  *e = ex + sh;
  return mpz_sgn(z) < 0 ? -m : m;
}

/* Exact comparison of an int with a double: -1, 0, 1, or 2 if d is nan. */
int ft_int_cmp_double(FtValue v, double d) {
  intptr_t s;
  if (isnan(d))
    return 2;
  if (isinf(d))
    return d > 0 ? -1 : 1;
  if (small_of(v, &s) && s >= -(1LL << 53) && s <= (1LL << 53)) {
    double x = (double)s; /* exact */
    return (x > d) - (x < d);
  }
  MPZ_VIEW(z, v);
  int c = mpz_cmp_d(z, d); /* exact, fractional part included */
  return (c > 0) - (c < 0);
}

/* ---- int <-> text ---------------------------------------------------- */

/* Unicode decimal digits: the code point of each '0' (each run is ten
 * consecutive code points), from the Unicode database (Nd). */
static const uint32_t unicode_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
    0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,
    0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,
    0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0};

static int unicode_space(uint32_t c) {
  return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20) || c == 0x85 ||
         c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
         c == 0x3000;
}

static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *i) {
  unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (*i + (size_t)len > n) {
    (*i)++;
    return 0xfffd;
  }
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0xfu)
                                                                  : (c & 7u);
  for (int k = 1; k < len; k++)
    cp = (cp << 6) | (s[*i + k] & 0x3fu);
  *i += len;
  return cp;
}

/*
 * Rewrite the text of a number from a str so that Unicode whitespace
 * becomes ' ' and Unicode decimal digits become ASCII digits, as int() and
 * float() accept them.  Other non-ASCII characters become '?' so parsing
 * fails.  Returns a ft_mem_alloc'd NUL-terminated buffer (*out_size set),
 * or NULL with MemoryError.
 */
char *ft_int_numeric_ascii(const char *s, size_t n, size_t *out_size) {
  char *buf = ft_mem_alloc(n + 1);
  if (!buf)
    return NULL;
  size_t i = 0, o = 0;
  const unsigned char *u = (const unsigned char *)s;
  while (i < n) {
    if (u[i] < 0x80) {
      buf[o++] = (char)u[i++];
      continue;
    }
    uint32_t cp = utf8_next(u, n, &i);
    char c = '?';
    if (unicode_space(cp)) {
      c = ' ';
    } else {
      for (size_t k = 0; k < sizeof unicode_zeros / sizeof *unicode_zeros;
           k++) {
        if (cp >= unicode_zeros[k] && cp < unicode_zeros[k] + 10) {
          c = (char)('0' + (cp - unicode_zeros[k]));
          break;
        }
      }
    }
    buf[o++] = c;
  }
  buf[o] = 0;
  *out_size = o;
  return buf;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

static int ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

/* ValueError "invalid literal ..." with repr(orig) cut to 200 chars. */
static FtValue invalid_literal(int base, FtValue orig, const char *s,
                               size_t n) {
  FtValue src = orig ? ft_newref(orig) : ft_str_new(s, n);
  if (!src)
    return 0;
  FtValue r = ft_repr(src);
  ft_decref(src);
  if (!r)
    return 0;
  if (ft_str_len(r) > 200) {
    const unsigned char *d = (const unsigned char *)ft_str_data(r);
    size_t i = 0, cps = 0, sz = ft_str_size(r);
    while (i < sz && cps < 200) {
      utf8_next(d, sz, &i);
      cps++;
    }
    FtValue cut = ft_str_new((const char *)d, i);
    ft_decref(r);
    if (!cut)
      return 0;
    r = cut;
  }
  ft_err_format(&FtExc_ValueError, "invalid literal for int() with base %d: %U",
                base, r);
  ft_decref(r);
  return 0;
}

static FtValue digits_limit_error(size_t ndigits) {
  return ft_err_format(&FtExc_ValueError,
                       "Exceeds the limit (%d digits) for integer string "
                       "conversion: value has %zu digits; use "
                       "sys.set_int_max_str_digits() to increase the limit",
                       ft_int_get_max_str_digits(), ndigits);
}

/*
 * The parser behind int(str, base) and int literals: ASCII text s[0..n)
 * (already mapped by ft_int_numeric_ascii when it came from a str).
 * CPython's rules: surrounding whitespace, one sign, base prefix 0x/0o/0b
 * (required-compatible with an explicit base, deciding the base for base
 * 0), single underscores between digits or right after a prefix, and for
 * base 0 no leading zeros on a non-zero decimal.  orig, when given, is the
 * object quoted in the error message.
 */
static FtValue parse_int(const char *s, size_t n, int base, FtValue orig,
                         const char *err_s, size_t err_n) {
  size_t i = 0, end = n;
  int neg = 0;
  int given_base = base;
  while (i < end && ascii_space(s[i]))
    i++;
  while (end > i && ascii_space(s[end - 1]))
    end--;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  int prefixed = 0;
  if (end - i >= 2 && s[i] == '0') {
    char p = (char)(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = 1;
    }
  }
  int literal_zero_rule = 0;
  if (base == 0) {
    base = 10;
    literal_zero_rule = 1; /* "010" is not a valid literal */
  }
  /* Validate and collect digits (underscores removed): an underscore
   * must sit between two digits, or right after a base prefix. */
  char stackbuf[128];
  char *buf = end - i < sizeof stackbuf ? stackbuf : ft_mem_alloc(end - i + 1);
  if (!buf)
    return 0;
  size_t nd = 0, k = i;
  int ok = 1;
  if (prefixed && k < end && s[k] == '_')
    k++;
  if (k >= end || digit_value(s[k]) >= base)
    ok = 0;
  for (; ok && k < end; k++) {
    char c = s[k];
    if (c == '_') {
      if (k + 1 >= end || digit_value(s[k + 1]) >= base)
        ok = 0;
      continue;
    }
    if (digit_value(c) >= base)
      ok = 0;
    else
      buf[nd++] = c;
  }
  if (ok && literal_zero_rule && buf[0] == '0') {
    for (size_t k = 0; k < nd; k++)
      if (buf[k] != '0')
        ok = 0;
  }
  if (!ok) {
    if (buf != stackbuf)
      ft_mem_free(buf);
    return invalid_literal(given_base, orig, err_s, err_n);
  }
  buf[nd] = 0;
  int limit = ft_int_get_max_str_digits();
  if (limit > 0 && (base & (base - 1)) != 0 && nd > (size_t)limit) {
    if (buf != stackbuf)
      ft_mem_free(buf);
    return digits_limit_error(nd);
  }
  FtValue r;
  if (nd <= (size_t)(base <= 10 ? 18 : base <= 32 ? 12 : 11)) {
    /* base**digits < 2**62: fits a small int */
    intptr_t v = 0;
    for (size_t k = 0; k < nd; k++)
      v = v * base + digit_value(buf[k]);
    r = ft_small(neg ? -v : v);
  } else {
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (neg)
      mpz_neg(z, z);
    r = int_from_mpz(z);
  }
  if (buf != stackbuf)
    ft_mem_free(buf);
  return r;
}

FtValue ft_int_from_string(const char *s, size_t len, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return ft_err_format(&FtExc_ValueError,
                         "int() base must be >= 2 and <= 36, or 0");
  for (size_t k = 0; k < len; k++) {
    if ((unsigned char)s[k] >= 0x80) {
      size_t n2;
      char *a = ft_int_numeric_ascii(s, len, &n2);
      if (!a)
        return 0;
      FtValue r = parse_int(a, n2, base, 0, s, len);
      ft_mem_free(a);
      return r;
    }
  }
  return parse_int(s, len, base, 0, s, len);
}

/* int(str_or_bytes, base): orig is quoted on error. */
static FtValue int_from_text_obj(FtValue x, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return ft_err_format(&FtExc_ValueError,
                         "int() base must be >= 2 and <= 36, or 0");
  if (ft_str_check(x)) {
    const char *s = ft_str_data(x);
    size_t n = ft_str_size(x);
    if (ft_str_len(x) == n)
      return parse_int(s, n, base, x, NULL, 0);
    size_t n2;
    char *a = ft_int_numeric_ascii(s, n, &n2);
    if (!a)
      return 0;
    FtValue r = parse_int(a, n2, base, x, NULL, 0);
    ft_mem_free(a);
    return r;
  }
  FtValue b = ft_newref(x);
  if (!FT_TYPE_HAS(x, FT_TPFLAG_BYTES_SUBCLASS)) {
    /* bytearray and other buffers: go through bytes() */
    ft_decref(b);
    b = ft_call1(ft_val(&FtBytes_Type), x);
    if (!b)
      return 0;
  }
  /* bytes: only ASCII whitespace is stripped; NUL bytes make it invalid */
  const char *s = ft_bytes_data(b);
  size_t n = ft_bytes_size(b);
  FtValue r;
  if (memchr(s, 0, n))
    r = invalid_literal(base, x, NULL, 0);
  else
    r = parse_int(s, n, base, x, NULL, 0);
  ft_decref(b);
  return r;
}

static FtValue str_limit_error(void) {
  return ft_err_format(&FtExc_ValueError,
                       "Exceeds the limit (%d digits) for integer string "
                       "conversion; use sys.set_int_max_str_digits() to "
                       "increase the limit",
                       ft_int_get_max_str_digits());
}

/* Decimal digits of a small value into buf (no NUL); returns the length. */
static size_t small_to_dec(intptr_t v, char *buf /* >= 21 bytes */) {
  char tmp[24];
  size_t n = 0;
  uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
  do {
    tmp[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  size_t o = 0;
  if (v < 0)
    buf[o++] = '-';
  while (n)
    buf[o++] = tmp[--n];
  return o;
}

/* Text of an int in base 2..36 (lowercase), with optional sign and
 * prefix; the digit limit applies to base 10 (and other non powers of
 * two).  Returns a ft_mem_alloc'd NUL-terminated string. */
static char *int_to_cstr(FtValue v, int base, const char *prefix,
                         size_t *len) {
  intptr_t s;
  size_t plen = prefix ? strlen(prefix) : 0;
  if (small_of(v, &s) && base == 10 && !plen) {
    char *b = ft_mem_alloc(24);
    if (!b)
      return NULL;
    *len = small_to_dec(s, b);
    b[*len] = 0;
    return b;
  }
  MPZ_VIEW(z, v);
  size_t est = mpz_sizeinbase(z, base);
  int limit = ft_int_get_max_str_digits();
  int check = limit > 0 && (base & (base - 1)) != 0;
  if (check && est > (size_t)limit + 1) {
    str_limit_error();
    return NULL;
  }
  char *b = ft_mem_alloc(est + plen + 3);
  if (!b)
    return NULL;
  size_t o = 0;
  if (mpz_sgn(z) < 0)
    b[o++] = '-';
  memcpy(b + o, prefix ? prefix : "", plen);
  o += plen;
  mpz_t a;
  mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z)); /* |z| */
  mpz_get_str(b + o, base, a);
  size_t nd = strlen(b + o);
  if (check && nd > (size_t)limit) {
    ft_mem_free(b);
    str_limit_error();
    return NULL;
  }
  *len = o + nd;
  return b;
}

FtValue ft_int_str(FtValue v) {
  intptr_t s;
  if (small_of(v, &s)) {
    char buf[24];
    size_t n = small_to_dec(s, buf);
    return ft_str_new(buf, n);
  }
  size_t n;
  char *b = int_to_cstr(v, 10, NULL, &n);
  if (!b)
    return 0;
  FtValue r = ft_str_new(b, n);
  ft_mem_free(b);
  return r;
}

FtValue ft_int_format_base(FtValue v, int base, int alternate_prefix) {
  const char *prefix = NULL;
  if (alternate_prefix)
    prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : NULL;
  if (!is_int(v)) {
    FtValue i = call_index(v);
    if (!i)
      return 0;
    FtValue r = ft_int_format_base(i, base, alternate_prefix);
    ft_decref(i);
    return r;
  }
  size_t n;
  char *b = int_to_cstr(v, base, prefix, &n);
  if (!b)
    return 0;
  FtValue r = ft_str_new(b, n);
  ft_mem_free(b);
  return r;
}

/* ---- arithmetic -------------------------------------------------------- */

typedef void (*MpzBinFn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static FtValue big_binop(FtValue a, FtValue b, MpzBinFn fn) {
  MPZ_VIEW(za, a);
  MPZ_VIEW(zb, b);
  mpz_t r;
  mpz_init(r);
  fn(r, za, zb);
  return int_from_mpz(r);
}

#define BOTH_INT_OR_NOTIMPL(a, b)                                            \
  do {                                                                       \
    if (!is_int(a) || !is_int(b))                                            \
      return FT_NOTIMPL;                                                     \
  } while (0)

FtValue ft_int_add(FtValue a, FtValue b) {
  intptr_t x, y, r;
  if (ft_is_small(a & b)) {
    /* tagged: (2x+1) + 2y = 2(x+y)+1; overflow iff x+y leaves 63 bits */
    if (!__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r))
      return (FtValue)r;
  }
  if (small_of(a, &x) && small_of(b, &y))
    return ft_int_from_i64((int64_t)x + y); /* cannot overflow 64 bits */
  return big_binop(a, b, mpz_add);
}

FtValue ft_int_sub(FtValue a, FtValue b) {
  intptr_t x, y, r;
  if (ft_is_small(a & b)) {
    if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r))
      return (FtValue)r;
  }
  if (small_of(a, &x) && small_of(b, &y))
    return ft_int_from_i64((int64_t)x - y);
  return big_binop(a, b, mpz_sub);
}

FtValue ft_int_mul(FtValue a, FtValue b) {
  intptr_t x, y, r;
  if (small_of(a, &x) && small_of(b, &y)) {
    if (!__builtin_mul_overflow(x, y, &r) && ft_small_fits(r))
      return ft_small(r);
    return int_from_i128((__int128)x * y);
  }
  return big_binop(a, b, mpz_mul);
}

static FtValue zero_div(void) {
  return ft_err_format(&FtExc_ZeroDivisionError,
                       "integer division or modulo by zero");
}

FtValue ft_int_floordiv(FtValue a, FtValue b) {
  intptr_t x, y;
  if (small_of(b, &y) && small_of(a, &x)) {
    if (y == 0)
      return zero_div();
    intptr_t q = x / y; /* 63-bit operands: no overflow in 64 bits */
    if ((x % y != 0) && ((x < 0) != (y < 0)))
      q--;
    return ft_int_from_i64(q);
  }
  if (ft_int_sign(b) == 0)
    return zero_div();
  return big_binop(a, b, mpz_fdiv_q);
}

FtValue ft_int_mod(FtValue a, FtValue b) {
  intptr_t x, y;
  if (small_of(b, &y) && small_of(a, &x)) {
    if (y == 0)
      return ft_err_format(&FtExc_ZeroDivisionError, "integer modulo by zero");
    intptr_t r = x % y;
    if (r != 0 && ((r ^ y) < 0))
      r += y;
    return ft_small(r);
  }
  if (ft_int_sign(b) == 0)
    return ft_err_format(&FtExc_ZeroDivisionError, "integer modulo by zero");
  return big_binop(a, b, mpz_fdiv_r);
}

static FtValue int_divmod(FtValue a, FtValue b) {
  BOTH_INT_OR_NOTIMPL(a, b);
  intptr_t x, y;
  FtValue q, r;
  if (small_of(b, &y) && small_of(a, &x)) {
    if (y == 0)
      return zero_div();
    intptr_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr ^ y) < 0)) {
      rr += y;
      qq--;
    }
    q = ft_int_from_i64(qq);
    r = ft_small(rr);
  } else {
    if (ft_int_sign(b) == 0)
      return zero_div();
    MPZ_VIEW(za, a);
    MPZ_VIEW(zb, b);
    mpz_t mq, mr;
    mpz_init(mq);
    mpz_init(mr);
    mpz_fdiv_qr(mq, mr, za, zb);
    q = int_from_mpz(mq);
    r = int_from_mpz(mr);
  }
  if (!q || !r) {
    ft_xdecref(q);
    ft_xdecref(r);
    return 0;
  }
  FtValue t = ft_tuple_new(2);
  if (!t) {
    ft_decref(q);
    ft_decref(r);
    return 0;
  }
  ft_tuple_items(t)[0] = q;
  ft_tuple_items(t)[1] = r;
  return t;
}

FtValue ft_int_truediv(FtValue a, FtValue b) {
  intptr_t x, y;
  if (small_of(a, &x) && small_of(b, &y)) {
    if (y == 0)
      return ft_err_format(&FtExc_ZeroDivisionError, "division by zero");
    const intptr_t lim = 1LL << DBL_MANT_DIG;
    if (x >= -lim && x <= lim && y >= -lim && y <= lim)
      return ft_float_new((double)x / (double)y); /* both exact: one rounding */
  }
  if (ft_int_sign(b) == 0)
    return ft_err_format(&FtExc_ZeroDivisionError, "division by zero");
  MPZ_VIEW(za, a);
  MPZ_VIEW(zb, b);
  int ovf;
  double d = mpz_ratio_to_double(za, zb, &ovf);
  if (ovf)
    return ft_err_format(&FtExc_OverflowError,
                         "integer division result too large for a float");
  return ft_float_new(d);
}

/* GMP aborts the process on results past ~2**37 bits; refuse earlier. */
#define MAX_RESULT_BITS ((uint64_t)1 << 36)

/* a ** b for b >= 0. */
static FtValue int_pow_nonneg(FtValue a, FtValue b) {
  intptr_t x, e;
  if (!small_of(b, &e)) {
    /* Astronomic exponent: only 0, 1 and -1 have representable powers. */
    if (small_of(a, &x) && x >= -1 && x <= 1)
      return ft_small(x == -1 ? (mpz_odd_p(LONG_Z(b)) ? -1 : 1) : x);
    return ft_err_set_none(&FtExc_MemoryError);
  }
  if (small_of(a, &x)) {
    if (x == 0 || x == 1)
      return ft_small(e == 0 ? 1 : x);
    if (x == -1)
      return ft_small(e & 1 ? -1 : 1);
    /* square and multiply while the result stays in 63 bits */
    intptr_t result = 1, base = x, ee = e;
    int ovf = 0;
    while (ee) {
      if (ee & 1) {
        if (__builtin_mul_overflow(result, base, &result)) {
          ovf = 1;
          break;
        }
      }
      ee >>= 1;
      if (ee && __builtin_mul_overflow(base, base, &base)) {
        ovf = 1;
        break;
      }
    }
    if (!ovf && ft_small_fits(result))
      return ft_small(result);
  }
  MPZ_VIEW(za, a);
  if ((double)e * (double)(mpz_sizeinbase(za, 2) - 1) > MAX_RESULT_BITS)
    return ft_err_set_none(&FtExc_MemoryError);
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, za, (unsigned long)e);
  return int_from_mpz(r);
}

static FtValue int_pow(FtValue a, FtValue b) {
  BOTH_INT_OR_NOTIMPL(a, b);
  if (ft_int_sign(b) >= 0)
    return int_pow_nonneg(a, b);
  /* negative exponent: the float result, as CPython */
  double da = ft_int_as_double(a);
  if (da == -1.0 && ft_err_occurred())
    return 0;
  double db = ft_int_as_double(b);
  if (db == -1.0 && ft_err_occurred())
    return 0;
  FtValue fa = ft_float_new(da), fb = fa ? ft_float_new(db) : 0;
  FtValue r = fb ? FtFloat_Type.nb[FT_NB_POW](fa, fb) : 0;
  ft_xdecref(fa);
  ft_xdecref(fb);
  return r;
}

FtValue ft_int_pow(FtValue a, FtValue b) { return int_pow(a, b); }

/*
 * pow(b, e, m) for operands that are not all ints, dispatched the way
 * CPython's ternary_op does: each distinct type's power slot in turn
 * (b's, e's, m's).  int's slot declines (NotImplemented), float's and
 * complex's raise, and a class's __pow__ is called as b.__pow__(e, m)
 * only when b is the instance (three-argument pow never uses __rpow__).
 */
static FtValue int_ternary_pow_slot(FtType *t, FtValue b, FtValue e,
                                    FtValue m) {
  FtBinaryFn fn = t->nb[FT_NB_POW];
  if (!fn || fn == int_pow)
    return FT_NOTIMPL;
  if (fn == FtFloat_Type.nb[FT_NB_POW])
    return ft_err_format(&FtExc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments "
                         "are integers");
  if (fn == FtComplex_Type.nb[FT_NB_POW])
    return ft_err_format(&FtExc_ValueError, "complex modulo");
  if (ft_type(b) != t)
    return FT_NOTIMPL;
  if (!ft_type_lookup(t, ft_str_intern_cstr("__pow__"))) /* only __rpow__ */
    return ft_err_format(&FtExc_AttributeError, "__pow__");
  FtValue args[2] = {e, m};
  return ft_call_method(b, "__pow__", args, 2);
}

static FtValue int_ternary_pow(FtValue b, FtValue e, FtValue m) {
  FtType *ts[3] = {ft_type(b), ft_type(e), ft_type(m)};
  for (int i = 0; i < 3; i++) {
    int seen = 0;
    for (int j = 0; j < i; j++)
      seen |= ts[j]->nb[FT_NB_POW] == ts[i]->nb[FT_NB_POW];
    if (seen) /* CPython tries a shared slot once */
      continue;
    FtValue r = int_ternary_pow_slot(ts[i], b, e, m);
    if (r != FT_NOTIMPL)
      return r;
  }
  return ft_err_format(&FtExc_TypeError,
                       "unsupported operand type(s) for ** or pow(): '%s', "
                       "'%s', '%s'",
                       ft_type_name(b), ft_type_name(e), ft_type_name(m));
}

FtValue ft_int_powmod(FtValue b, FtValue e, FtValue m) {
  /* an int subclass overriding __pow__ gets the call, as in CPython */
  if (!is_int(b) || !is_int(e) || !is_int(m) ||
      ft_type(b)->nb[FT_NB_POW] != int_pow)
    return int_ternary_pow(b, e, m);
  int ms = ft_int_sign(m);
  if (ms == 0)
    return ft_err_format(&FtExc_ValueError, "pow() 3rd argument cannot be 0");
  MPZ_VIEW(zb, b);
  MPZ_VIEW(ze, e);
  MPZ_VIEW(zm, m);
  mpz_t r, am, base;
  mpz_init(r);
  mpz_init(am);
  mpz_init(base);
  mpz_abs(am, zm);
  mpz_set(base, zb);
  if (mpz_sgn(ze) < 0) {
    if (!mpz_invert(base, base, am)) {
      mpz_clear(r);
      mpz_clear(am);
      mpz_clear(base);
      return ft_err_format(&FtExc_ValueError,
                           "base is not invertible for the given modulus");
    }
    mpz_t ne;
    mpz_init(ne);
    mpz_neg(ne, ze);
    mpz_powm(r, base, ne, am);
    mpz_clear(ne);
  } else {
    mpz_powm(r, base, ze, am); /* result in [0, |m|) */
  }
  /* Python: the result has the sign of m */
  if (ms < 0 && mpz_sgn(r) != 0)
    mpz_add(r, r, zm);
  mpz_clear(am);
  mpz_clear(base);
  return int_from_mpz(r);
}

static FtValue negative_shift(void) {
  return ft_err_format(&FtExc_ValueError, "negative shift count");
}

FtValue ft_int_lshift(FtValue a, FtValue b) {
  intptr_t x, n;
  if (ft_int_sign(b) < 0)
    return negative_shift();
  if (!small_of(b, &n)) {
    if (ft_int_sign(a) == 0)
      return ft_small(0);
    return ft_err_format(&FtExc_OverflowError, "too many digits in integer");
  }
  if (small_of(a, &x)) {
    if (x == 0)
      return ft_small(0);
    if (n < 64) /* |x| < 2**62: the product fits 126 bits */
      return int_from_i128((__int128)x * ((__int128)1 << n));
  }
  MPZ_VIEW(za, a);
  if ((uint64_t)n + mpz_sizeinbase(za, 2) > MAX_RESULT_BITS)
    return ft_err_set_none(&FtExc_MemoryError);
  mpz_t r;
  mpz_init(r);
  mpz_mul_2exp(r, za, (mp_bitcnt_t)n);
  return int_from_mpz(r);
}

FtValue ft_int_rshift(FtValue a, FtValue b) {
  intptr_t x, n;
  if (ft_int_sign(b) < 0)
    return negative_shift();
  if (!small_of(b, &n))
    return ft_small(ft_int_sign(a) < 0 ? -1 : 0);
  if (small_of(a, &x))
    return ft_small(x >> (n > 63 ? 63 : n));
  MPZ_VIEW(za, a);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)n); /* floor: -5 >> 1 == -3 */
  return int_from_mpz(r);
}

FtValue ft_int_and(FtValue a, FtValue b) {
  intptr_t x, y;
  if (ft_is_small(a & b))
    return a & b; /* (2x+1) & (2y+1) == 2(x&y)+1 */
  if (small_of(a, &x) && small_of(b, &y))
    return ft_small(x & y);
  return big_binop(a, b, mpz_and);
}

FtValue ft_int_or(FtValue a, FtValue b) {
  intptr_t x, y;
  if (ft_is_small(a & b))
    return a | b;
  if (small_of(a, &x) && small_of(b, &y))
    return ft_small(x | y);
  return big_binop(a, b, mpz_ior);
}

FtValue ft_int_xor(FtValue a, FtValue b) {
  intptr_t x, y;
  if (ft_is_small(a & b))
    return (a ^ b) | 1;
  if (small_of(a, &x) && small_of(b, &y))
    return ft_small(x ^ y);
  return big_binop(a, b, mpz_xor);
}

int ft_int_compare(FtValue a, FtValue b) {
  intptr_t x, y;
  if (ft_is_small(a & b))
    return ((intptr_t)a > (intptr_t)b) - ((intptr_t)a < (intptr_t)b);
  if (small_of(a, &x) && small_of(b, &y))
    return (x > y) - (x < y);
  MPZ_VIEW(za, a);
  MPZ_VIEW(zb, b);
  int c = mpz_cmp(za, zb);
  return (c > 0) - (c < 0);
}

/* The nb slots: both operand orders reach them, so check both types. */
#define INT_SLOT(name, fn)                                                   \
  static FtValue name(FtValue a, FtValue b) {                                \
    BOTH_INT_OR_NOTIMPL(a, b);                                               \
    return fn(a, b);                                                         \
  }
INT_SLOT(int_add, ft_int_add)
INT_SLOT(int_sub, ft_int_sub)
INT_SLOT(int_mul, ft_int_mul)
INT_SLOT(int_floordiv, ft_int_floordiv)
INT_SLOT(int_mod, ft_int_mod)
INT_SLOT(int_truediv, ft_int_truediv)
INT_SLOT(int_lshift, ft_int_lshift)
INT_SLOT(int_rshift, ft_int_rshift)
INT_SLOT(int_and, ft_int_and)
INT_SLOT(int_or, ft_int_or)
INT_SLOT(int_xor, ft_int_xor)

static FtValue int_neg(FtValue v) {
  intptr_t x;
  if (small_of(v, &x))
    return ft_int_from_i64(-(int64_t)x);
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, LONG_Z(v));
  return int_from_mpz(r);
}

static FtValue int_pos(FtValue v) { return int_exact(v); }

static FtValue int_abs(FtValue v) {
  return ft_int_sign(v) < 0 ? int_neg(v) : int_exact(v);
}

static FtValue int_invert(FtValue v) {
  intptr_t x;
  if (ft_is_small(v))
    return ~v | 1;
  if (small_of(v, &x))
    return ft_small(~x);
  mpz_t r;
  mpz_init(r);
  mpz_com(r, LONG_Z(v));
  return int_from_mpz(r);
}

static int int_bool(FtValue v) { return ft_int_sign(v) != 0; }

static FtValue int_float(FtValue v) {
  double d = ft_int_as_double(v);
  if (d == -1.0 && ft_err_occurred())
    return 0;
  return ft_float_new(d);
}

/* ---- protocol slots ------------------------------------------------------- */

static void int_dealloc(FtObject *o) {
  mpz_clear(((FtLong *)o)->z);
  ft_object_free(o);
}

static FtValue int_repr(FtValue v) { return ft_int_str(v); }

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* CPython's numeric hash: the value modulo 2**61 - 1 with the sign of
 * the value, -1 mapped to -2, so equal ints and floats hash equal. */
static intptr_t int_hash(FtValue v) {
  intptr_t x;
  int64_t h;
  if (small_of(v, &x)) {
    uint64_t a = x < 0 ? -(uint64_t)x : (uint64_t)x;
    h = (int64_t)(a % HASH_MODULUS);
    if (x < 0)
      h = -h;
  } else {
    mpz_srcptr z = LONG_Z(v);
    h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);
    if (mpz_sgn(z) < 0)
      h = -h;
  }
  return h == -1 ? -2 : (intptr_t)h;
}

static FtValue cmp_result(int c, int op) {
  int r;
  switch (op) {
  case FT_LT: r = c < 0; break;
  case FT_LE: r = c <= 0; break;
  case FT_EQ: r = c == 0; break;
  case FT_NE: r = c != 0; break;
  case FT_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return r ? FT_TRUE : FT_FALSE;
}

static FtValue int_richcompare(FtValue a, FtValue b, int op) {
  BOTH_INT_OR_NOTIMPL(a, b);
  return cmp_result(ft_int_compare(a, b), op);
}

/* ---- int() ----------------------------------------------------------- */

/* int(x) for one argument without base: the exact int (new ref). */
static FtValue int_from_object(FtValue x) {
  if (is_int(x))
    return int_exact(x);
  FtType *t = ft_type(x);
  if (t->int_) {
    FtValue r = t->int_(x);
    if (!r || is_int(r))
      return r;
    ft_err_format(&FtExc_TypeError, "__int__ returned non-int (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  if (t->index) {
    FtValue r = call_index(x);
    if (!r)
      return 0;
    FtValue e = int_exact(r);
    ft_decref(r);
    return e;
  }
  FtValue trunc = ft_type_lookup(t, ft_str_intern_cstr("__trunc__"));
  if (trunc) {
    FtValue r = ft_call_method(x, "__trunc__", NULL, 0);
    if (!r)
      return 0;
    if (is_int(r)) {
      FtValue e = int_exact(r);
      ft_decref(r);
      return e;
    }
    FtValue e = ft_type(r)->index ? call_index(r) : 0;
    if (!e && !ft_err_occurred())
      ft_err_format(&FtExc_TypeError, "__trunc__ returned non-Integral (type %s)",
                    ft_type_name(r));
    ft_decref(r);
    if (!e)
      return 0;
    FtValue e2 = int_exact(e);
    ft_decref(e);
    return e2;
  }
  if (ft_str_check(x) || FT_TYPE_HAS(x, FT_TPFLAG_BYTES_SUBCLASS))
    return int_from_text_obj(x, 10);
  if (strcmp(ft_type_name(x), "bytearray") == 0 ||
      strcmp(ft_type_name(x), "memoryview") == 0)
    return int_from_text_obj(x, 10);
  return ft_err_format(&FtExc_TypeError,
                       "int() argument must be a string, a bytes-like object "
                       "or a real number, not '%s'",
                       ft_type_name(x));
}

static FtValue int_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  static const char *const names[] = {"", "base", NULL};
  FtValue a[2] = {0, 0};
  FtValue r;
  if (nargs == 1 && !kwnames) {
    a[0] = args[0];
  } else {
    size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
      FtValue kn = ft_tuple_get(kwnames, k);
      if (strcmp(ft_str_data(kn), "base") != 0)
        return ft_err_format(&FtExc_TypeError,
                             "'%U' is an invalid keyword argument for int()",
                             kn);
    }
    if (nargs + nkw > 2) /* Argument Clinic counts keywords too */
      return ft_err_format(&FtExc_TypeError,
                           "int() takes at most 2 arguments (%zu given)",
                           nargs + nkw);
    if (ft_args_parse("int", args, nargs, kwnames, names, 1, 0, a) < 0)
      return 0;
  }
  if (!a[0]) {
    if (a[1])
      return ft_err_format(&FtExc_TypeError, "int() missing string argument");
    r = ft_small(0);
  } else if (!a[1]) {
    r = int_from_object(a[0]);
  } else {
    intptr_t base = ft_int_as_ssize(a[1]);
    if (base == -1 && ft_err_occurred())
      return 0;
    if ((base != 0 && base < 2) || base > 36) /* before the value's type */
      return ft_err_format(&FtExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    int is_text = ft_str_check(a[0]) ||
                  FT_TYPE_HAS(a[0], FT_TPFLAG_BYTES_SUBCLASS) ||
                  strcmp(ft_type_name(a[0]), "bytearray") == 0;
    if (!is_text)
      return ft_err_format(&FtExc_TypeError,
                           "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
      return ft_err_format(&FtExc_ValueError,
                           "int() base must be >= 2 and <= 36, or 0");
    r = int_from_text_obj(a[0], (int)base);
  }
  if (!r || type == &FtInt_Type)
    return r;
  FtValue o = int_subtype_new(type, r);
  ft_decref(r);
  return o;
}

/* ---- format ------------------------------------------------------------ */

/* format(v, spec) for an int v (bool and subclasses included). */
FtValue ft_int_format(FtValue v, const char *spec, size_t len) {
  FtFormatSpec fs;
  char err[512];
  if (ft_formatspec_parse(spec, len, FT_FORMAT_INT, ft_type_name(v), &fs, err,
                          sizeof err) < 0)
    return ft_err_format(&FtExc_ValueError, "%s", err);
  FtStrBuf b;
  ft_strbuf_init(&b);
  int rc;
  intptr_t s;
  if (ft_formatspec_is_float_type(&fs)) {
    double d = ft_int_as_double(v);
    if (d == -1.0 && ft_err_occurred())
      return 0;
    rc = ft_formatspec_apply_float(&fs, d, &b);
  } else if (small_of(v, &s)) {
    rc = ft_formatspec_apply_i64(&fs, s, &b);
  } else {
    int base = ft_formatspec_int_base(&fs);
    if (base == 0) {
      ft_strbuf_free(&b);
      return ft_err_format(&FtExc_OverflowError,
                           "Python int too large to convert to C long");
    } else {
      size_t n;
      char *digits = int_to_cstr(v, base, NULL, &n);
      if (!digits) {
        ft_strbuf_free(&b);
        return 0;
      }
      int neg = digits[0] == '-';
      rc = ft_formatspec_apply_int(&fs, neg, digits + neg, n - neg, &b);
      ft_mem_free(digits);
    }
  }
  if (rc < 0) {
    ft_strbuf_free(&b);
    if (rc == -2)
      return ft_err_format(&FtExc_OverflowError, "%s",
                           FT_FORMATSPEC_CHAR_RANGE_MSG);
    return ft_err_nomemory();
  }
  FtValue r = ft_str_new(b.data, b.len);
  ft_strbuf_free(&b);
  return r;
}

static FtValue int_format_method(FtValue self, const FtValue *args,
                                 size_t nargs, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError,
                         "%s.__format__() takes no keyword arguments",
                         ft_type_name(self));
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "%s.__format__() takes exactly one argument "
                         "(%zu given)",
                         ft_type_name(self), nargs);
  FtValue spec = args[0];
  if (!ft_str_check(spec))
    return ft_err_format(&FtExc_TypeError,
                         "__format__() argument must be str, not %s",
                         ft_type_name(spec));
  if (ft_str_size(spec) == 0)
    return ft_to_str(self);
  return ft_int_format(self, ft_str_data(spec), ft_str_size(spec));
}

/* ---- rounding ------------------------------------------------------- */

FtValue ft_int_round(FtValue x, FtValue ndigits) {
  if (!ndigits || ndigits == FT_NONE)
    return int_exact(x);
  intptr_t nd;
  int64_t n64;
  int ovf;
  if (ft_int_as_i64(ndigits, &n64, &ovf) < 0)
    return 0;
  if (ovf)
    nd = n64 < 0 ? INTPTR_MIN : INTPTR_MAX;
  else
    nd = (intptr_t)n64;
  if (nd >= 0)
    return int_exact(x);
  /* round to a multiple of 10**-nd, half to even */
  MPZ_VIEW(z, x);
  if ((uint64_t)-(nd + 1) > mpz_sizeinbase(z, 10))
    return ft_small(0); /* 10**-nd > 2|x|: rounds to zero */
  mpz_t p, q, r;
  mpz_init(p);
  mpz_init(q);
  mpz_init(r);
  mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
  mpz_fdiv_qr(q, r, z, p); /* x = q*p + r, 0 <= r < p */
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q)))
    mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  mpz_clear(p);
  mpz_clear(r);
  return int_from_mpz(q);
}

/* ---- methods ---------------------------------------------------------- */

/* CPython's wording for methods without parameters, named after the
 * receiver's type ("bool.bit_length() takes no arguments (1 given)"). */
static int int_noargs(FtValue self, const char *name, size_t nargs,
                      FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames)) {
    ft_err_format(&FtExc_TypeError, "%s.%s() takes no keyword arguments",
                  ft_type_name(self), name);
    return -1;
  }
  if (nargs) {
    ft_err_format(&FtExc_TypeError, "%s.%s() takes no arguments (%zu given)",
                  ft_type_name(self), name, nargs);
    return -1;
  }
  return 0;
}

static FtValue int_bit_length(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "bit_length", nargs, kwnames) < 0)
    return 0;
  intptr_t x;
  if (small_of(self, &x)) {
    uint64_t a = x < 0 ? -(uint64_t)x : (uint64_t)x;
    return ft_small(a ? 64 - __builtin_clzll(a) : 0);
  }
  return ft_int_from_u64(mpz_sizeinbase(LONG_Z(self), 2));
}

static FtValue int_bit_count(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "bit_count", nargs, kwnames) < 0)
    return 0;
  intptr_t x;
  if (small_of(self, &x)) {
    uint64_t a = x < 0 ? -(uint64_t)x : (uint64_t)x;
    return ft_small(__builtin_popcountll(a));
  }
  mpz_t a;
  mpz_srcptr z = LONG_Z(self);
  mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
  return ft_int_from_u64(mpz_popcount(a));
}

static FtValue int_self_exact(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "conjugate", nargs, kwnames) < 0)
    return 0;
  return int_exact(self);
}

static FtValue int_as_integer_ratio(FtValue self, const FtValue *args,
                                    size_t nargs, FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "as_integer_ratio", nargs, kwnames) < 0)
    return 0;
  FtValue n = int_exact(self);
  if (!n)
    return 0;
  FtValue t = ft_tuple_pack(2, n, ft_small(1));
  ft_decref(n);
  return t;
}

static FtValue int_round_method(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError,
                         "%s.__round__() takes no keyword arguments",
                         ft_type_name(self));
  if (ft_args_count("__round__", nargs, 0, 1) < 0)
    return 0;
  return ft_int_round(self, nargs ? args[0] : 0);
}

static FtValue int_getnewargs(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "__getnewargs__", nargs, kwnames) < 0)
    return 0;
  FtValue n = int_exact(self);
  if (!n)
    return 0;
  FtValue t = ft_tuple_pack(1, n);
  ft_decref(n);
  return t;
}

static FtValue int_sizeof(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  if (int_noargs(self, "__sizeof__", nargs, kwnames) < 0)
    return 0;
  /* CPython 3.11's figure (24-byte header, 30-bit digits, at least one),
   * which programs print, rather than this representation's */
  intptr_t x;
  size_t bits;
  if (small_of(self, &x))
    bits = x ? 64 - __builtin_clzll(x < 0 ? -(uint64_t)x : (uint64_t)x) : 0;
  else
    bits = mpz_sizeinbase(LONG_Z(self), 2);
  size_t digits = (bits + 29) / 30;
  return ft_int_from_u64(24 + 4 * (digits ? digits : 1));
}

/* Parse (byteorder, signed) shared by to_bytes / from_bytes: returns
 * 1 for little endian, 0 for big, -1 on error. */
static int parse_byteorder(const char *fname, FtValue bo) {
  if (!bo)
    return 0;
  if (!ft_str_check(bo)) {
    ft_err_format(&FtExc_TypeError,
                  "%s() argument 'byteorder' must be str, not %s", fname,
                  ft_type_name(bo));
    return -1;
  }
  if (strcmp(ft_str_data(bo), "little") == 0)
    return 1;
  if (strcmp(ft_str_data(bo), "big") == 0)
    return 0;
  ft_err_format(&FtExc_ValueError,
                "byteorder must be either 'little' or 'big'");
  return -1;
}

static FtValue int_to_bytes(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  static const char *const names[] = {"length", "byteorder", "signed", NULL};
  FtValue a[3] = {0, 0, 0};
  size_t ntotal = nargs + (kwnames ? ft_tuple_len(kwnames) : 0);
  if (ntotal > 3) /* Argument Clinic checks the total first */
    return ft_err_format(&FtExc_TypeError,
                         "to_bytes() takes at most 3 arguments (%zu given)",
                         ntotal);
  if (nargs > 2)
    return ft_err_format(&FtExc_TypeError,
                         "to_bytes() takes at most 2 positional arguments "
                         "(%zu given)",
                         nargs);
  if (ft_args_parse("to_bytes", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  intptr_t length = 1;
  if (a[0]) {
    FtValue li = ft_index(a[0]);
    if (!li)
      return 0;
    int64_t l64;
    int ovf;
    int rc = ft_int_as_i64(li, &l64, &ovf);
    ft_decref(li);
    if (rc < 0)
      return 0;
    if (ovf) /* CPython's PyLong_AsSsize_t wording */
      return ft_err_format(&FtExc_OverflowError,
                           "Python int too large to convert to C ssize_t");
    length = (intptr_t)l64;
    if (length < 0)
      return ft_err_format(&FtExc_ValueError,
                           "length argument must be non-negative");
  }
  int little = parse_byteorder("to_bytes", a[1]);
  if (little < 0)
    return 0;
  int is_signed = 0;
  if (a[2]) {
    is_signed = ft_truthy(a[2]);
    if (is_signed < 0)
      return 0;
  }
  MPZ_VIEW(z, self);
  if (mpz_sgn(z) < 0 && !is_signed)
    return ft_err_format(&FtExc_OverflowError,
                         "can't convert negative int to unsigned");
  /* two's complement: add 2**(8*length) to negatives */
  mpz_t v;
  mpz_init_set(v, z);
  size_t bits = (size_t)length * 8;
  int fits;
  if (is_signed) {
    /* -2**(bits-1) <= v < 2**(bits-1) */
    if (bits == 0)
      fits = mpz_sgn(v) == 0 || mpz_cmp_si(v, -1) == 0; /* as CPython */
    else if (mpz_sgn(v) >= 0)
      fits = mpz_sizeinbase(v, 2) < bits || mpz_sgn(v) == 0;
    else {
      mpz_t t;
      mpz_init(t);
      mpz_add_ui(t, v, 1);
      mpz_neg(t, t); /* -v-1 < 2**(bits-1) */
      fits = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) < bits;
      mpz_clear(t);
    }
  } else {
    fits = mpz_sgn(v) == 0 || mpz_sizeinbase(v, 2) <= bits;
  }
  if (!fits) {
    mpz_clear(v);
    return ft_err_format(&FtExc_OverflowError, "int too big to convert");
  }
  if (mpz_sgn(v) < 0) {
    mpz_t p;
    mpz_init(p);
    mpz_setbit(p, bits);
    mpz_add(v, v, p);
    mpz_clear(p);
  }
  unsigned char stack[64];
  unsigned char *buf = (size_t)length <= sizeof stack
                           ? stack
                           : ft_mem_calloc((size_t)length, 1);
  if (!buf) {
    mpz_clear(v);
    return 0;
  }
  memset(buf, 0, (size_t)length);
  size_t count = 0;
  if (mpz_sgn(v) != 0) {
    size_t need = (mpz_sizeinbase(v, 2) + 7) / 8;
    /* export into the low-order end of the buffer */
    if (little)
      mpz_export(buf, &count, -1, 1, 0, 0, v);
    else
      mpz_export(buf + (size_t)length - need, &count, 1, 1, 0, 0, v);
  }
  mpz_clear(v);
  FtValue r = ft_bytes_new((const char *)buf, (size_t)length);
  if (buf != stack)
    ft_mem_free(buf);
  return r;
}

static FtValue int_from_bytes(FtValue cls, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
  FtValue a[3] = {0, 0, 0};
  size_t ntotal = nargs + (kwnames ? ft_tuple_len(kwnames) : 0);
  if (ntotal > 3) /* Argument Clinic checks the total first */
    return ft_err_format(&FtExc_TypeError,
                         "from_bytes() takes at most 3 arguments (%zu given)",
                         ntotal);
  if (nargs > 2)
    return ft_err_format(&FtExc_TypeError,
                         "from_bytes() takes at most 2 positional arguments "
                         "(%zu given)",
                         nargs);
  if (ft_args_parse("from_bytes", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  int little = parse_byteorder("from_bytes", a[1]);
  if (little < 0)
    return 0;
  int is_signed = 0;
  if (a[2]) {
    is_signed = ft_truthy(a[2]);
    if (is_signed < 0)
      return 0;
  }
  FtValue b;
  if (FT_TYPE_HAS(a[0], FT_TPFLAG_BYTES_SUBCLASS))
    b = ft_newref(a[0]);
  else if (ft_str_check(a[0]))
    return ft_err_format(&FtExc_TypeError,
                         "cannot convert 'str' object to bytes");
  else if (ft_type_lookup(ft_type(a[0]), ft_str_intern_cstr("__bytes__")))
    b = ft_call1(ft_val(&FtBytes_Type), a[0]);
  else {
    /* any iterable of ints, but not bytes(n)'s "n zero bytes" meaning */
    FtValue it = ft_iter(a[0]);
    if (!it) {
      if (ft_err_matches(&FtExc_TypeError)) {
        ft_err_clear();
        ft_err_format(&FtExc_TypeError, "cannot convert '%s' object to bytes",
                      ft_type_name(a[0]));
      }
      return 0;
    }
    b = ft_call1(ft_val(&FtBytes_Type), it);
    ft_decref(it);
  }
  if (!b)
    return 0;
  size_t n = ft_bytes_size(b);
  const unsigned char *d = (const unsigned char *)ft_bytes_data(b);
  mpz_t z;
  mpz_init(z);
  if (n)
    mpz_import(z, n, little ? -1 : 1, 1, 0, 0, d);
  if (is_signed && n) {
    unsigned char top = little ? d[n - 1] : d[0];
    if (top & 0x80) {
      mpz_t p;
      mpz_init(p);
      mpz_setbit(p, n * 8);
      mpz_sub(z, z, p);
      mpz_clear(p);
    }
  }
  ft_decref(b);
  FtValue r = int_from_mpz(z);
  if (!r || cls == ft_val(&FtInt_Type))
    return r;
  FtValue o = ft_call1(cls, r);
  ft_decref(r);
  return o;
}

#define INT_ROUNDING_METHOD(fn, name)                                        \
  static FtValue fn(FtValue self, const FtValue *args, size_t nargs,         \
                    FtValue kwnames) {                                       \
    (void)args;                                                              \
    if (int_noargs(self, name, nargs, kwnames) < 0)                          \
      return 0;                                                              \
    return int_exact(self);                                                  \
  }
INT_ROUNDING_METHOD(int_trunc_method, "__trunc__")
INT_ROUNDING_METHOD(int_floor_method, "__floor__")
INT_ROUNDING_METHOD(int_ceil_method, "__ceil__")

static FtValue int_get_self(FtValue self) { return int_exact(self); }
static FtValue int_get_zero(FtValue self) {
  (void)self;
  return ft_small(0);
}
static FtValue int_get_one(FtValue self) {
  (void)self;
  return ft_small(1);
}

static const FtMethodDef int_methods[] = {
    {"conjugate", int_self_exact, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, FT_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", int_trunc_method, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_floor_method, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil_method, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round_method, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {"__format__", int_format_method, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL}};

static const FtGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL}};

/* ---- helpers for the math module ------------------------------------ */

FtValue ft_int_gcd(FtValue a, FtValue b) {
  intptr_t x, y;
  if (small_of(a, &x) && small_of(b, &y)) {
    uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
    uint64_t v = y < 0 ? -(uint64_t)y : (uint64_t)y;
    while (v) {
      uint64_t t = u % v;
      u = v;
      v = t;
    }
    return ft_int_from_u64(u);
  }
  return big_binop(a, b, mpz_gcd);
}

FtValue ft_int_lcm(FtValue a, FtValue b) { return big_binop(a, b, mpz_lcm); }

/* n! for n >= 0 (checked by the caller). */
FtValue ft_int_factorial(uint64_t n) {
  static const int64_t small_fact[] = {1, 1, 2, 6, 24, 120, 720, 5040, 40320,
                                       362880, 3628800, 39916800, 479001600,
                                       6227020800LL, 87178291200LL,
                                       1307674368000LL, 20922789888000LL,
                                       355687428096000LL, 6402373705728000LL,
                                       121645100408832000LL,
                                       2432902008176640000LL};
  if (n <= 20)
    return ft_int_from_i64(small_fact[n]);
  /* log2(n!) < n*log2(n): refuse what GMP cannot hold */
  if ((double)n * log2((double)n) > (double)MAX_RESULT_BITS)
    return ft_err_set_none(&FtExc_MemoryError);
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, (unsigned long)n);
  return int_from_mpz(r);
}

FtValue ft_int_isqrt(FtValue n) {
  intptr_t x;
  if (small_of(n, &x)) {
    uint64_t r = (uint64_t)sqrt((double)x);
    while (r * r > (uint64_t)x)
      r--;
    while ((r + 1) * (r + 1) <= (uint64_t)x)
      r++;
    return ft_small((intptr_t)r);
  }
  mpz_t r;
  mpz_init(r);
  mpz_sqrt(r, LONG_Z(n));
  return int_from_mpz(r);
}

/* The product lo * (lo+1) * ... * hi of a run of integers (mpz lo), by
 * binary splitting so the multiplications stay balanced. */
static void range_product(mpz_ptr r, mpz_srcptr lo, uint64_t count) {
  if (count == 0) {
    mpz_set_ui(r, 1);
    return;
  }
  if (count <= 16) {
    mpz_set(r, lo);
    mpz_t t;
    mpz_init_set(t, lo);
    for (uint64_t i = 1; i < count; i++) {
      mpz_add_ui(t, t, 1);
      mpz_mul(r, r, t);
    }
    mpz_clear(t);
    return;
  }
  uint64_t half = count / 2;
  mpz_t a, mid;
  mpz_init(a);
  mpz_init(mid);
  range_product(a, lo, half);
  mpz_add_ui(mid, lo, half);
  range_product(r, mid, count - half);
  mpz_mul(r, r, a);
  mpz_clear(a);
  mpz_clear(mid);
}

/* perm(n, k) and comb(n, k) for non-negative ints n, k. */
FtValue ft_int_perm(FtValue n, FtValue k) {
  if (ft_int_compare(k, n) > 0)
    return ft_small(0);
  intptr_t kk;
  if (!small_of(k, &kk))
    return ft_err_format(&FtExc_OverflowError,
                         "k must not exceed %lld", (long long)FT_SMALL_MAX);
  MPZ_VIEW(zn, n);
  if ((double)kk * (double)mpz_sizeinbase(zn, 2) > (double)MAX_RESULT_BITS)
    return ft_err_set_none(&FtExc_MemoryError);
  mpz_t lo, r;
  mpz_init(lo);
  mpz_init(r);
  mpz_sub_ui(lo, zn, (unsigned long)kk);
  mpz_add_ui(lo, lo, 1);
  range_product(r, lo, (uint64_t)kk);
  mpz_clear(lo);
  return int_from_mpz(r);
}

FtValue ft_int_comb(FtValue n, FtValue k) {
  if (ft_int_compare(k, n) > 0)
    return ft_small(0);
  MPZ_VIEW(zn, n);
  MPZ_VIEW(zk, k);
  mpz_t k2;
  mpz_init(k2);
  mpz_sub(k2, zn, zk);
  if (mpz_cmp(k2, zk) > 0)
    mpz_set(k2, zk); /* comb(n, k) == comb(n, n-k): use the smaller */
  if (!mpz_fits_ulong_p(k2)) {
    mpz_clear(k2);
    return ft_err_format(&FtExc_OverflowError,
                         "min(n - k, k) must not exceed %lld",
                         (long long)LONG_MAX);
  }
  unsigned long kk = mpz_get_ui(k2);
  mpz_clear(k2);
  if ((double)kk * (double)mpz_sizeinbase(zn, 2) > 2.0 * MAX_RESULT_BITS)
    return ft_err_set_none(&FtExc_MemoryError);
  mpz_t r;
  mpz_init(r);
  mpz_bin_ui(r, zn, kk);
  return int_from_mpz(r);
}

/* ---- start-up ------------------------------------------------------------ */

static void *gmp_alloc(size_t n) {
  void *p = ft_mem_alloc(n);
  if (!p) {
    fputs("ftpy: out of memory in GMP\n", stderr);
    abort();
  }
  return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
  (void)old;
  void *q = ft_mem_realloc(p, n);
  if (!q) {
    fputs("ftpy: out of memory in GMP\n", stderr);
    abort();
  }
  return q;
}

static void gmp_free(void *p, size_t n) {
  (void)n;
  ft_mem_free(p);
}

void ft_int_init(void) {
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- the type object ------------------------------------------------------ */

FtType FtInt_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "int",
    .basicsize = sizeof(FtLong),
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .bool_ = int_bool,
    .nb[FT_NB_ADD] = int_add,
    .nb[FT_NB_SUB] = int_sub,
    .nb[FT_NB_MUL] = int_mul,
    .nb[FT_NB_TRUEDIV] = int_truediv,
    .nb[FT_NB_FLOORDIV] = int_floordiv,
    .nb[FT_NB_MOD] = int_mod,
    .nb[FT_NB_DIVMOD] = int_divmod,
    .nb[FT_NB_POW] = int_pow,
    .nb[FT_NB_LSHIFT] = int_lshift,
    .nb[FT_NB_RSHIFT] = int_rshift,
    .nb[FT_NB_AND] = int_and,
    .nb[FT_NB_OR] = int_or,
    .nb[FT_NB_XOR] = int_xor,
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs_ = int_abs,
    .int_ = int_pos,
    .float_ = int_float,
    .index = int_pos,
    .new_ = int_new,
    .methods = int_methods,
    .getsets = int_getsets,
};
