/*
 * float.c -- Python's float: an immutable IEEE-754 double in an object.
 *
 * Representation: FtFloat (ft.h) is the header plus one double; user
 * subclasses extend it.  Text conversion goes through runtime/dtoa (repr
 * is the shortest string that round-trips, as CPython) and
 * objects/formatspec (format specs).  Mixed int/float arithmetic converts
 * the int with correct rounding (ft_int_as_double) and comparisons with
 * ints are exact (ft_int_cmp_double), so 2**53 + 1 != 2.0**53 as in
 * CPython.
 *
 * Main invariant: every result with CPython-visible behaviour (hash, repr,
 * round, //, %, divmod, **) is computed with CPython's algorithm, so
 * programs print the same numbers and hash(x) == hash(int(x)) for
 * integral x.
 *
 * Synchronization: floats are immutable; no locks.  New floats come from a
 * small per-thread freelist (_Thread_local, so no sharing): a float freed
 * on any thread is recycled by that thread.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "objects/formatspec.h"
#include "runtime/dtoa.h"
#include "runtime/strbuf.h"

/* ---- construction ---------------------------------------------------------- */

/* Dead exact floats of this thread, linked through their value field. */
/* ft.h's inline ft_float_new_fast / ft_float_free_fast use them too. */
_Thread_local FtFloat *ft_float_freelist;
_Thread_local int ft_float_nfree;
#define freelist ft_float_freelist
#define nfree ft_float_nfree

FtValue ft_float_new(double d) {
  FtValue v = ft_float_pop_free(d);
  if (v)
    return v;
  FtFloat *f = (FtFloat *)ft_object_alloc(&FtFloat_Type, sizeof(FtFloat));
  if (!f)
    return 0;
  f->value = d;
  return ft_val(f);
}

static void float_dealloc(FtObject *o) {
  if (o->type == &FtFloat_Type && ft_float_push_free(o))
    return;
  ft_object_free(o);
}

/* Release this thread's freelist (call at thread exit). */
void ft_float_clear_freelist(void) {
  while (freelist) {
    FtFloat *f = freelist;
    memcpy(&freelist, &f->value, sizeof freelist);
    ft_object_free(f);
  }
  nfree = 0;
}

static FtValue float_subtype_new(FtType *type, double d) {
  FtFloat *f = (FtFloat *)ft_object_alloc(type, type->basicsize);
  if (!f)
    return 0;
  f->value = d;
  return ft_val(f);
}

static inline int is_float(FtValue v) {
  if (ft_is_small(v))
    return 0;
  FtType *t = ft_obj(v)->type;
  return t == &FtFloat_Type || ft_type_is_subtype(t, &FtFloat_Type);
}

/*
 * Operand conversion for the number slots: 1 with *out set for a float
 * or an int, 0 for other types (NotImplemented), -1 on error (an int too
 * large for a double).
 */
static inline int operand(FtValue v, double *out) {
  if (ft_is_small(v)) {
    *out = (double)ft_small_val(v); /* rounds to nearest, like CPython */
    return 1;
  }
  FtType *t = ft_obj(v)->type;
  if (t == &FtFloat_Type) {
    *out = ft_float_val(v);
    return 1;
  }
  if (t->tpflags & FT_TPFLAG_INT_SUBCLASS) {
    double d = ft_int_as_double(v);
    if (d == -1.0 && ft_err_occurred())
      return -1;
    *out = d;
    return 1;
  }
  if (ft_type_is_subtype(t, &FtFloat_Type)) {
    *out = ft_float_val(v);
    return 1;
  }
  return 0;
}

#define OPERANDS(a, b, x, y)                                                 \
  do {                                                                       \
    int ra_ = operand(a, &x);                                                \
    if (ra_ <= 0)                                                            \
      return ra_ < 0 ? 0 : FT_NOTIMPL;                                       \
    int rb_ = operand(b, &y);                                                \
    if (rb_ <= 0)                                                            \
      return rb_ < 0 ? 0 : FT_NOTIMPL;                                       \
  } while (0)

double ft_float_as_double(FtValue v) {
  double d;
  if (ft_is_small(v))
    return (double)ft_small_val(v);
  FtType *t = ft_obj(v)->type;
  if (t == &FtFloat_Type)
    return ft_float_val(v);
  if (t == &FtInt_Type || t == &FtBool_Type)
    return ft_int_as_double(v);
  if (t->float_) { /* subclasses may override __float__ */
    FtValue f = t->float_(v);
    if (!f)
      return -1.0;
    if (!is_float(f)) {
      ft_err_format(&FtExc_TypeError,
                    "%s.__float__ returned non-float (type %s)",
                    ft_type_name(v), ft_type_name(f));
      ft_decref(f);
      return -1.0;
    }
    d = ft_float_val(f);
    ft_decref(f);
    return d;
  }
  if (t->index) {
    FtValue i = ft_index(v);
    if (!i)
      return -1.0;
    d = ft_int_as_double(i);
    ft_decref(i);
    return d;
  }
  ft_err_format(&FtExc_TypeError, "must be real number, not %s",
                ft_type_name(v));
  return -1.0;
}

/* ---- float <-> text ------------------------------------------------------ */

FtValue ft_float_repr(FtValue v) {
  char buf[FT_DTOA_REPR_MAX];
  size_t n = ft_dtoa_repr(ft_float_val(v), buf, sizeof buf);
  return ft_str_new(buf, n);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

static int lower_eq(const char *s, size_t n, const char *word) {
  size_t k = 0;
  for (; k < n && word[k]; k++)
    if ((s[k] | 0x20) != word[k])
      return 0;
  return k == n && !word[k];
}

/*
 * Parse the text of a Python float: [sign] (digits [. [digits]] | . digits)
 * [e [sign] digits] or inf / infinity / nan, with single underscores only
 * between digits, surrounded by whitespace.  Returns 1 with *out set, 0 if
 * the syntax is invalid.
 */
static int parse_float_text(const char *s, size_t n, double *out) {
  size_t i = 0, end = n;
  while (i < end && ascii_space(s[i]))
    i++;
  while (end > i && ascii_space(s[end - 1]))
    end--;
  int neg = 0;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  if (i < end && !is_digit(s[i]) && s[i] != '.') {
    if (lower_eq(s + i, end - i, "inf") ||
        lower_eq(s + i, end - i, "infinity")) {
      *out = neg ? -HUGE_VAL : HUGE_VAL;
      return 1;
    }
    if (lower_eq(s + i, end - i, "nan")) {
      *out = neg ? -NAN : NAN;
      return 1;
    }
    return 0;
  }
  /* copy into buf without underscores, checking the grammar */
  char stackbuf[128];
  size_t cap = end - i + 2;
  char *buf = cap <= sizeof stackbuf ? stackbuf : ft_mem_alloc(cap);
  if (!buf)
    return -1;
  size_t o = 0;
  int ok = 1, nint = 0, nfrac = 0, nexp = 0;
#define DIGITS(counter)                                                      \
  while (i < end && (is_digit(s[i]) || s[i] == '_')) {                       \
    if (s[i] == '_') {                                                       \
      if (!(counter) || i + 1 >= end || !is_digit(s[i + 1])) {               \
        ok = 0;                                                              \
        break;                                                               \
      }                                                                      \
      i++;                                                                   \
      continue;                                                              \
    }                                                                        \
    buf[o++] = s[i++];                                                       \
    (counter)++;                                                             \
  }
  DIGITS(nint)
  if (ok && i < end && s[i] == '.') {
    buf[o++] = s[i++];
    DIGITS(nfrac)
  }
  if (ok && nint + nfrac == 0)
    ok = 0;
  if (ok && i < end && (s[i] == 'e' || s[i] == 'E')) {
    buf[o++] = s[i++];
    if (i < end && (s[i] == '+' || s[i] == '-'))
      buf[o++] = s[i++];
    DIGITS(nexp)
    if (!nexp)
      ok = 0;
  }
#undef DIGITS
  if (i != end)
    ok = 0;
  if (ok) {
    buf[o] = 0;
    double d = strtod(buf, NULL); /* glibc: correctly rounded */
    *out = neg ? -d : d;
  }
  if (buf != stackbuf)
    ft_mem_free(buf);
  return ok;
}

static FtValue float_parse_error(FtValue orig) {
  return ft_err_format(&FtExc_ValueError,
                       "could not convert string to float: %R", orig);
}

/* float(str / bytes / bytearray) */
static FtValue float_from_text(FtValue x, double *out) {
  const char *s;
  size_t n;
  char *ascii = NULL;
  FtValue b = 0;
  if (ft_str_check(x)) {
    s = ft_str_data(x);
    n = ft_str_size(x);
    if (ft_str_len(x) != n) {
      ascii = ft_int_numeric_ascii(s, n, &n);
      if (!ascii)
        return 0;
      s = ascii;
    }
  } else {
    b = FT_TYPE_HAS(x, FT_TPFLAG_BYTES_SUBCLASS)
            ? ft_newref(x)
            : ft_call1(ft_val(&FtBytes_Type), x);
    if (!b)
      return 0;
    s = ft_bytes_data(b);
    n = ft_bytes_size(b);
  }
  int ok = memchr(s, 0, n) ? 0 : parse_float_text(s, n, out);
  if (ascii)
    ft_mem_free(ascii);
  ft_xdecref(b);
  if (ok < 0)
    return 0;
  if (!ok)
    return float_parse_error(x);
  return FT_TRUE;
}

static FtValue float_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError,
                         "float() takes no keyword arguments");
  if (ft_args_count("float", nargs, 0, 1) < 0)
    return 0;
  double d = 0.0;
  if (nargs) {
    FtValue x = args[0];
    if (ft_isinstance_exact(x, &FtFloat_Type) && type == &FtFloat_Type)
      return ft_newref(x);
    const char *tn = ft_type_name(x);
    FtType *t = ft_type(x);
    if (ft_str_check(x) || FT_TYPE_HAS(x, FT_TPFLAG_BYTES_SUBCLASS) ||
        strcmp(tn, "bytearray") == 0 || strcmp(tn, "memoryview") == 0) {
      if (!float_from_text(x, &d))
        return 0;
    } else if (t->float_ || t->index) {
      /* __float__ first (user classes, int, float), then __index__ */
      d = ft_float_as_double(x);
      if (d == -1.0 && ft_err_occurred())
        return 0;
    } else {
      return ft_err_format(&FtExc_TypeError,
                           "float() argument must be a string or a real "
                           "number, not '%s'",
                           tn);
    }
  }
  if (type == &FtFloat_Type)
    return ft_float_new(d);
  return float_subtype_new(type, d);
}

/* ---- arithmetic ------------------------------------------------------------ */

static FtValue float_add(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  return ft_float_new(x + y);
}

static FtValue float_sub(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  return ft_float_new(x - y);
}

static FtValue float_mul(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  return ft_float_new(x * y);
}

static FtValue float_truediv(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  if (y == 0.0)
    return ft_err_format(&FtExc_ZeroDivisionError, "float division by zero");
  return ft_float_new(x / y);
}

/* Python's floor division and modulo of doubles (y != 0): the remainder
 * takes the sign of y, and the quotient is the exact floor when possible. */
static void float_divmod_impl(double x, double y, double *pdiv, double *pmod) {
  double mod = fmod(x, y);
  double div = (x - mod) / y; /* exact multiple of y, nearly */
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, y);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = floor(div);
    if (div - floordiv > 0.5)
      floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, x / y);
  }
  *pdiv = floordiv;
  *pmod = mod;
}

static FtValue float_floordiv(FtValue a, FtValue b) {
  double x, y, d, m;
  OPERANDS(a, b, x, y);
  if (y == 0.0)
    return ft_err_format(&FtExc_ZeroDivisionError,
                         "float floor division by zero");
  float_divmod_impl(x, y, &d, &m);
  return ft_float_new(d);
}

static FtValue float_mod(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  if (y == 0.0)
    return ft_err_format(&FtExc_ZeroDivisionError, "float modulo");
  double mod = fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0))
      mod += y;
  } else {
    mod = copysign(0.0, y);
  }
  return ft_float_new(mod);
}

static FtValue float_divmod(FtValue a, FtValue b) {
  double x, y, d, m;
  OPERANDS(a, b, x, y);
  if (y == 0.0)
    return ft_err_format(&FtExc_ZeroDivisionError, "float divmod()");
  float_divmod_impl(x, y, &d, &m);
  FtValue fd = ft_float_new(d), fm = fd ? ft_float_new(m) : 0;
  if (!fm) {
    ft_xdecref(fd);
    return 0;
  }
  FtValue t = ft_tuple_new(2);
  if (!t) {
    ft_decref(fd);
    ft_decref(fm);
    return 0;
  }
  ft_tuple_items(t)[0] = fd;
  ft_tuple_items(t)[1] = fm;
  return t;
}

/* OverflowError(34, 'Numerical result out of range'), as CPython raises
 * from errno. */
static FtValue range_error(void) {
  FtValue msg = ft_str_from_cstr("Numerical result out of range");
  if (!msg)
    return 0;
  FtValue args = ft_tuple_pack(2, ft_small(ERANGE), msg);
  ft_decref(msg);
  if (!args)
    return 0;
  FtValue exc = ft_exc_new(&FtExc_OverflowError, args);
  ft_decref(args);
  if (exc)
    ft_err_raise(exc);
  return 0;
}

static int is_odd_integer(double w) {
  return fmod(fabs(w), 2.0) == 1.0;
}

/* x ** y with CPython's special cases (C99 Annex F plus Python errors). */
static FtValue float_pow_dd(double iv, double iw) {
  if (iw == 0.0)
    return ft_float_new(1.0);
  if (isnan(iv))
    return ft_float_new(iv);
  if (isnan(iw))
    return ft_float_new(iv == 1.0 ? 1.0 : iw);
  if (isinf(iw)) {
    double a = fabs(iv);
    if (a == 1.0)
      return ft_float_new(1.0);
    if ((iw > 0.0) == (a > 1.0))
      return ft_float_new(fabs(iw));
    return ft_float_new(0.0);
  }
  if (isinf(iv)) {
    int odd = is_odd_integer(iw);
    if (iw > 0.0)
      return ft_float_new(odd ? iv : fabs(iv));
    return ft_float_new(odd ? copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    int odd = is_odd_integer(iw);
    if (iw < 0.0)
      return ft_err_format(&FtExc_ZeroDivisionError,
                           "0.0 cannot be raised to a negative power");
    return ft_float_new(odd ? iv : 0.0);
  }
  int negate = 0;
  if (iv < 0.0) {
    if (iw != floor(iw))
      return ft_complex_pow(iv, 0.0, iw, 0.0); /* complex, as CPython */
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0)
    return ft_float_new(negate ? -1.0 : 1.0);
  errno = 0;
  double r = pow(iv, iw);
  if (negate)
    r = -r;
  if (isinf(r))
    return range_error();
  return ft_float_new(r);
}

static FtValue float_pow(FtValue a, FtValue b) {
  double x, y;
  OPERANDS(a, b, x, y);
  return float_pow_dd(x, y);
}

static FtValue float_neg(FtValue v) { return ft_float_new(-ft_float_val(v)); }

static FtValue float_pos(FtValue v) {
  if (ft_isinstance_exact(v, &FtFloat_Type))
    return ft_newref(v);
  return ft_float_new(ft_float_val(v));
}

static FtValue float_abs(FtValue v) {
  return ft_float_new(fabs(ft_float_val(v)));
}

static int float_bool(FtValue v) { return ft_float_val(v) != 0.0; }

static FtValue float_int(FtValue v) {
  return ft_int_from_double(ft_float_val(v)); /* truncates */
}

/* ---- protocol slots ------------------------------------------------------ */

static FtValue float_repr_slot(FtValue v) { return ft_float_repr(v); }

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* CPython's hash of a double: the exact rational value reduced modulo
 * 2**61 - 1, processed 28 bits of mantissa at a time; nan hashes by
 * identity. */
static intptr_t float_hash(FtValue v) {
  double d = ft_float_val(v);
  if (!isfinite(d)) {
    if (isinf(d))
      return d > 0 ? HASH_INF : -HASH_INF;
    uintptr_t p = (uintptr_t)ft_obj(v);
    intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    return h == -1 ? -2 : h;
  }
  int e;
  double m = frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0; /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS)
      x -= HASH_MODULUS;
  }
  /* multiply by 2**e modulo the Mersenne prime: a rotation */
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  intptr_t h = (intptr_t)x * sign;
  return h == -1 ? -2 : h;
}

static FtValue float_richcompare(FtValue a, FtValue b, int op) {
  double x, y;
  int c; /* -1, 0, 1, or 2 for unordered */
  if (!is_float(a))
    return FT_NOTIMPL;
  x = ft_float_val(a);
  if (ft_is_small(b) && ft_small_val(b) >= -(1LL << 53) &&
      ft_small_val(b) <= (1LL << 53)) {
    y = (double)ft_small_val(b);
    c = isnan(x) ? 2 : (x > y) - (x < y);
  } else if (is_float(b)) {
    y = ft_float_val(b);
    c = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
  } else if (ft_int_check(b)) {
    c = ft_int_cmp_double(b, x);
    if (c != 2)
      c = -c;
  } else {
    return FT_NOTIMPL;
  }
  int r;
  if (c == 2)
    r = op == FT_NE;
  else
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

/* ---- rounding ------------------------------------------------------------ */

/* The double nearest to the decimal 0.DIGITS * 10**decpt (sign applied);
 * OverflowError when that is out of range. */
static FtValue decimal_to_float(int negative, const char *digits, int decpt) {
  size_t nd = strlen(digits);
  char *buf = ft_mem_alloc(nd + 32);
  if (!buf)
    return 0;
  snprintf(buf, nd + 32, "%s0.%se%d", negative ? "-" : "", digits, decpt);
  errno = 0;
  double r = strtod(buf, NULL);
  ft_mem_free(buf);
  if (isinf(r))
    return ft_err_format(&FtExc_OverflowError,
                         "rounded value too large to represent");
  return ft_float_new(r);
}

FtValue ft_float_round(FtValue xv, FtValue ndigits) {
  double x = ft_float_val(xv);
  if (!ndigits || ndigits == FT_NONE) {
    double r = round(x);
    if (fabs(x - r) == 0.5)
      r = 2.0 * round(x / 2.0); /* half to even */
    return ft_int_from_double(r);
  }
  int64_t nd;
  int ovf;
  if (!ft_int_check(ndigits) && !ft_type(ndigits)->index)
    return ft_err_format(&FtExc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         ft_type_name(ndigits));
  if (ft_int_as_i64(ndigits, &nd, &ovf) < 0)
    return 0;
  /* Beyond these every digit is kept (or nothing is): CPython's bounds. */
  if (nd > 323)
    return ft_float_new(x);
  if (nd < -308)
    return ft_float_new(0.0 * x);
  if (x == 0.0 || !isfinite(x))
    return ft_float_new(x);
  FtDtoaDecimal *dec = ft_mem_alloc(sizeof *dec);
  if (!dec)
    return 0;
  FtValue res;
  if (nd >= 0) {
    /* correctly rounded, half-even on the exact binary value */
    ft_dtoa_digits(x, FT_DTOA_FIXED, (int)nd, dec);
    res = decimal_to_float(dec->negative, dec->digits, dec->decpt);
  } else {
    /* exact digits, then round half-even at the 10**-nd place */
    ft_dtoa_digits(x, FT_DTOA_FIXED, 1080, dec);
    int k = (int)-nd;
    int keep = dec->decpt - k; /* digits with place value >= 10**k */
    if (keep < 0) {
      res = ft_float_new(copysign(0.0, x));
    } else if (keep >= dec->ndigits) {
      res = ft_float_new(x); /* already a multiple of 10**k */
    } else {
      char *d = dec->digits;
      int up = d[keep] > '5' ||
               (d[keep] == '5' &&
                (keep + 1 < dec->ndigits || (keep > 0 && (d[keep - 1] - '0') & 1)));
      int decpt = dec->decpt;
      d[keep] = 0;
      if (up) {
        int j = keep - 1;
        while (j >= 0 && d[j] == '9')
          d[j--] = '0';
        if (j >= 0) {
          d[j]++;
        } else {
          /* all nines (or nothing kept): becomes 1 followed by zeros */
          memmove(d + 1, d, (size_t)keep + 1);
          d[0] = '1';
          decpt++;
        }
      }
      if (d[0] == 0 || (!up && keep == 0))
        res = ft_float_new(copysign(0.0, x));
      else
        res = decimal_to_float(dec->negative, d, decpt);
    }
  }
  ft_mem_free(dec);
  return res;
}

/* ---- format ------------------------------------------------------------- */

FtValue ft_float_format(FtValue self, const char *spec, size_t len) {
  FtFormatSpec fs;
  char err[512];
  if (ft_formatspec_parse(spec, len, FT_FORMAT_FLOAT, ft_type_name(self), &fs,
                          err, sizeof err) < 0)
    return ft_err_format(&FtExc_ValueError, "%s", err);
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_formatspec_apply_float(&fs, ft_float_val(self), &b) < 0) {
    ft_strbuf_free(&b);
    return ft_err_nomemory();
  }
  FtValue r = ft_str_new(b.data, b.len);
  ft_strbuf_free(&b);
  return r;
}

static FtValue float_format_method(FtValue self, const FtValue *args,
                                   size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("__format__", kwnames) < 0 ||
      ft_args_count("__format__", nargs, 1, 1) < 0)
    return 0;
  FtValue spec = args[0];
  if (!ft_str_check(spec))
    return ft_err_format(&FtExc_TypeError,
                         "__format__() argument must be str, not %s",
                         ft_type_name(spec));
  if (ft_str_size(spec) == 0)
    return ft_to_str(self);
  return ft_float_format(self, ft_str_data(spec), ft_str_size(spec));
}

/* ---- methods --------------------------------------------------------------- */

#define NO_ARGS(name)                                                        \
  do {                                                                       \
    (void)args;                                                              \
    if (ft_args_no_kw(name, kwnames) < 0 ||                                  \
        ft_args_count(name, nargs, 0, 0) < 0)                                \
      return 0;                                                              \
  } while (0)

static FtValue float_is_integer(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  NO_ARGS("is_integer");
  double x = ft_float_val(self);
  return ft_bool(isfinite(x) && floor(x) == x);
}

static FtValue float_as_integer_ratio(FtValue self, const FtValue *args,
                                      size_t nargs, FtValue kwnames) {
  NO_ARGS("as_integer_ratio");
  double x = ft_float_val(self);
  if (isinf(x))
    return ft_err_format(&FtExc_OverflowError,
                         "cannot convert Infinity to integer ratio");
  if (isnan(x))
    return ft_err_format(&FtExc_ValueError,
                         "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(x, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) {
    m *= 2.0;
    e--;
  }
  /* x == m * 2**e with m integral and odd (or zero), so the fraction
   * m / 2**-e is already in lowest terms */
  FtValue n = ft_int_from_double(m), d = ft_small(1), t = 0;
  if (!n)
    return 0;
  if (e > 0) {
    FtValue s = ft_int_lshift(n, ft_small(e));
    ft_decref(n);
    if (!(n = s))
      return 0;
  } else if (e < 0) {
    if (!(d = ft_int_lshift(ft_small(1), ft_small(-e)))) {
      ft_decref(n);
      return 0;
    }
  }
  t = ft_tuple_pack(2, n, d);
  ft_decref(n);
  ft_decref(d);
  return t;
}

static FtValue float_conjugate(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  NO_ARGS("conjugate");
  return float_pos(self);
}

static FtValue float_trunc(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NO_ARGS("__trunc__");
  return ft_int_from_double(ft_float_val(self));
}

static FtValue float_floor(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NO_ARGS("__floor__");
  return ft_int_from_double(floor(ft_float_val(self)));
}

static FtValue float_ceil(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  NO_ARGS("__ceil__");
  return ft_int_from_double(ceil(ft_float_val(self)));
}

static FtValue float_round_method(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("__round__", kwnames) < 0 ||
      ft_args_count("__round__", nargs, 0, 1) < 0)
    return 0;
  return ft_float_round(self, nargs ? args[0] : 0);
}

static FtValue float_getnewargs(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  NO_ARGS("__getnewargs__");
  FtValue f = ft_float_new(ft_float_val(self));
  if (!f)
    return 0;
  FtValue t = ft_tuple_pack(1, f);
  ft_decref(f);
  return t;
}

static const char hexdigits[] = "0123456789abcdef";

static FtValue float_hex(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  NO_ARGS("hex");
  double x = ft_float_val(self);
  if (isnan(x) || isinf(x))
    return ft_float_repr(self);
  if (x == 0.0)
    return ft_str_from_cstr(copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
  char buf[64];
  size_t o = 0;
  int e;
  double m = frexp(fabs(x), &e);
  /* normalise so the leading digit is 1 (0 for subnormals) */
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  if (x < 0)
    buf[o++] = '-';
  buf[o++] = '0';
  buf[o++] = 'x';
  int d = (int)m;
  buf[o++] = hexdigits[d];
  m -= d;
  buf[o++] = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    d = (int)m;
    buf[o++] = hexdigits[d];
    m -= d;
  }
  o += (size_t)snprintf(buf + o, sizeof buf - o, "p%+d", e);
  return ft_str_new(buf, o);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (char)(c | 0x20);
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* float.fromhex: [ws][sign](inf|infinity|nan|[0x]hexdigits[.hexdigits]
 * [p[sign]digits])[ws]; glibc's strtod rounds hex input correctly. */
static FtValue float_fromhex(FtValue cls, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  if (ft_args_no_kw("fromhex", kwnames) < 0 ||
      ft_args_count("fromhex", nargs, 1, 1) < 0)
    return 0;
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "fromhex() argument must be str, not %s",
                         ft_type_name(args[0]));
  const char *s = ft_str_data(args[0]);
  size_t n = ft_str_size(args[0]), i = 0, end = n;
  while (i < end && ascii_space(s[i]))
    i++;
  while (end > i && ascii_space(s[end - 1]))
    end--;
  int neg = 0;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  double r;
  if (lower_eq(s + i, end - i, "inf") || lower_eq(s + i, end - i, "infinity")) {
    r = HUGE_VAL;
  } else if (lower_eq(s + i, end - i, "nan")) {
    r = NAN;
  } else {
    if (end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
      i += 2;
    char *buf = ft_mem_alloc(end - i + 8);
    if (!buf)
      return 0;
    size_t o = 0, nd = 0;
    buf[o++] = '0';
    buf[o++] = 'x';
    while (i < end && hexval(s[i]) >= 0) {
      buf[o++] = s[i++];
      nd++;
    }
    if (i < end && s[i] == '.') {
      buf[o++] = s[i++];
      while (i < end && hexval(s[i]) >= 0) {
        buf[o++] = s[i++];
        nd++;
      }
    }
    int ok = nd > 0;
    if (ok && i < end && (s[i] | 0x20) == 'p') {
      buf[o++] = 'p';
      i++;
      if (i < end && (s[i] == '+' || s[i] == '-'))
        buf[o++] = s[i++];
      size_t ne = 0;
      while (i < end && is_digit(s[i])) {
        buf[o++] = s[i++];
        ne++;
      }
      ok = ne > 0;
    }
    if (i != end)
      ok = 0;
    buf[o] = 0;
    if (!ok) {
      ft_mem_free(buf);
      return ft_err_format(&FtExc_ValueError,
                           "invalid hexadecimal floating-point string");
    }
    r = strtod(buf, NULL);
    ft_mem_free(buf);
    if (isinf(r))
      return ft_err_format(&FtExc_OverflowError,
                           "hexadecimal value too large to represent as a "
                           "float");
  }
  FtValue f = ft_float_new(neg ? -r : r);
  if (!f || cls == ft_val(&FtFloat_Type))
    return f;
  FtValue o = ft_call1(cls, f);
  ft_decref(f);
  return o;
}

static FtValue float_getformat(FtValue cls, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  (void)cls;
  if (ft_args_no_kw("__getformat__", kwnames) < 0 ||
      ft_args_count("__getformat__", nargs, 1, 1) < 0)
    return 0;
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "__getformat__() argument must be str, not %s",
                         ft_type_name(args[0]));
  const char *t = ft_str_data(args[0]);
  if (strcmp(t, "double") && strcmp(t, "float"))
    return ft_err_format(&FtExc_ValueError,
                         "__getformat__() argument 1 must be 'double' or "
                         "'float'");
  return ft_str_from_cstr("IEEE, little-endian");
}

static FtValue float_get_real(FtValue self) { return float_pos(self); }
static FtValue float_get_imag(FtValue self) {
  (void)self;
  return ft_float_new(0.0);
}

static const FtMethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, FT_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", float_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_method, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__getformat__", float_getformat, FT_METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_method, 0, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL}};

static const FtGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL}};

/* ---- the type object ------------------------------------------------------ */

FtType FtFloat_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "float",
    .basicsize = sizeof(FtFloat),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr_slot,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .bool_ = float_bool,
    .nb[FT_NB_ADD] = float_add,
    .nb[FT_NB_SUB] = float_sub,
    .nb[FT_NB_MUL] = float_mul,
    .nb[FT_NB_TRUEDIV] = float_truediv,
    .nb[FT_NB_FLOORDIV] = float_floordiv,
    .nb[FT_NB_MOD] = float_mod,
    .nb[FT_NB_DIVMOD] = float_divmod,
    .nb[FT_NB_POW] = float_pow,
    .neg = float_neg,
    .pos = float_pos,
    .abs_ = float_abs,
    .int_ = float_int,
    .float_ = float_pos,
    .new_ = float_new,
    .methods = float_methods,
    .getsets = float_getsets,
};
