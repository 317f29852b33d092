/*
 * complex.c -- Python's complex: an immutable pair of IEEE-754 doubles.
 *
 * Representation: FtComplex (ft.h) is the header plus `real` and `imag`;
 * user subclasses extend it.  Arithmetic follows CPython 3.11 to the bit:
 * an int or float operand is first widened to a complex with a +0.0
 * imaginary part (so 2 * complex(inf, 1) is (inf+nanj), as 3.11 prints),
 * division is Smith's algorithm as in CPython's _Py_c_quot, and ** uses
 * repeated squaring for small integral exponents and the polar form
 * otherwise.  Text goes through runtime/dtoa: each part is the repr of a
 * float without the ".0" that float's own repr adds.
 *
 * Main invariant: every value a program can observe (repr, hash, the
 * results of + - * / **, error types and messages) equals CPython 3.11's;
 * hash(complex(x, 0)) == hash(x) so equal numbers hash alike.
 *
 * Synchronization: complex numbers are immutable and this file keeps no
 * shared state; no locks.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "objects/formatspec.h"
#include "runtime/dtoa.h"
#include "runtime/strbuf.h"

/* ---- representation ------------------------------------------------------ */

/* A plain complex value for the arithmetic helpers. */
typedef struct Cx {
  double real, imag;
} Cx;

/* Error outcomes of the arithmetic helpers (CPython's errno values). */
enum { CX_OK = 0, CX_EDOM = 1 };

static inline int is_complex(FtValue v) {
  if (ft_is_small(v))
    return 0;
  FtType *t = ft_obj(v)->type;
  return t == &FtComplex_Type || ft_type_is_subtype(t, &FtComplex_Type);
}

static inline Cx cx_of(FtValue v) {
  FtComplex *c = (FtComplex *)ft_obj(v);
  return (Cx){c->real, c->imag};
}

/* ---- construction ---------------------------------------------------------- */

static FtValue complex_alloc(FtType *type, double real, double imag) {
  FtComplex *c = (FtComplex *)ft_object_alloc(type, type->basicsize);
  if (!c)
    return 0;
  c->real = real;
  c->imag = imag;
  return ft_val(c);
}

FtValue ft_complex_new(double real, double imag) {
  return complex_alloc(&FtComplex_Type, real, imag);
}

static FtValue cx_new(Cx z) { return ft_complex_new(z.real, z.imag); }

int ft_complex_check(FtValue v) { return is_complex(v); }

/*
 * Operand conversion for the number slots: 1 with *out set for a complex,
 * float or int (ints and floats get a +0.0 imaginary part), 0 for other
 * types (NotImplemented), -1 on error (an int too large for a double).
 */
static int operand(FtValue v, Cx *out) {
  if (ft_is_small(v)) {
    *out = (Cx){(double)ft_small_val(v), 0.0};
    return 1;
  }
  FtType *t = ft_obj(v)->type;
  if (t == &FtComplex_Type) {
    *out = cx_of(v);
    return 1;
  }
  if (t == &FtFloat_Type) {
    *out = (Cx){ft_float_val(v), 0.0};
    return 1;
  }
  if (t->tpflags & FT_TPFLAG_INT_SUBCLASS) {
    double d = ft_int_as_double(v);
    if (d == -1.0 && ft_err_occurred())
      return -1;
    *out = (Cx){d, 0.0};
    return 1;
  }
  if (ft_type_is_subtype(t, &FtComplex_Type)) {
    *out = cx_of(v);
    return 1;
  }
  if (ft_type_is_subtype(t, &FtFloat_Type)) {
    *out = (Cx){ft_float_val(v), 0.0};
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

/* ---- arithmetic on plain values ------------------------------------------- */

static Cx cx_prod(Cx a, Cx b) {
  return (Cx){a.real * b.real - a.imag * b.imag,
              a.real * b.imag + a.imag * b.real};
}

/* a / b by Smith's method: scale by the larger component of b so the
 * intermediate products cannot overflow needlessly. */
static Cx cx_quot(Cx a, Cx b, int *err) {
  double abr = fabs(b.real), abi = fabs(b.imag);
  if (abr >= abi) {
    if (abr == 0.0) {
      *err = CX_EDOM;
      return (Cx){0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return (Cx){(a.real + a.imag * ratio) / denom,
                (a.imag - a.real * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return (Cx){(a.real * ratio + a.imag) / denom,
                (a.imag * ratio - a.real) / denom};
  }
  return (Cx){NAN, NAN}; /* a nan in b: neither comparison held */
}

/* x ** n for n >= 0 by repeated squaring. */
static Cx cx_powu(Cx x, long n) {
  Cx r = {1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask)
      r = cx_prod(r, p);
    p = cx_prod(p, p);
  }
  return r;
}

static Cx cx_powi(Cx x, long n, int *err) {
  if (n > 0)
    return cx_powu(x, n);
  return cx_quot((Cx){1.0, 0.0}, cx_powu(x, -n), err);
}

/* General a ** b through the polar form. */
static Cx cx_pow_polar(Cx a, Cx b, int *err) {
  if (b.real == 0.0 && b.imag == 0.0)
    return (Cx){1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0)
      *err = CX_EDOM;
    return (Cx){0.0, 0.0};
  }
  double vabs = hypot(a.real, a.imag);
  double len = pow(vabs, b.real);
  double at = atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= exp(at * b.imag);
    phase += b.imag * log(vabs);
  }
  return (Cx){len * cos(phase), len * sin(phase)};
}

/*
 * a ** b as complex.__pow__ computes it, raising Python's errors.  The
 * error is decided from errno exactly as CPython does, libm included: a
 * domain error inside the polar form (cos(inf) sets EDOM) raises the same
 * ZeroDivisionError as 0j ** -1, and an infinite result is an
 * OverflowError whatever errno said.  errno is thread-local.
 */
static FtValue cx_pow_value(Cx a, Cx b) {
  int err = CX_OK;
  Cx p;
  errno = 0;
  /* small integral exponents: exact-ish repeated multiplication */
  if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0)
    p = cx_powi(a, (long)b.real, &err);
  else
    p = cx_pow_polar(a, b, &err);
  if (err == CX_EDOM)
    errno = EDOM;
  if (isinf(p.real) || isinf(p.imag)) {
    if (errno == 0)
      errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0; /* underflow is not an error */
  }
  if (errno == EDOM)
    return ft_err_format(&FtExc_ZeroDivisionError,
                         "0.0 to a negative or complex power");
  if (errno == ERANGE)
    return ft_err_format(&FtExc_OverflowError, "complex exponentiation");
  return cx_new(p);
}

FtValue ft_complex_pow(double xr, double xi, double yr, double yi) {
  return cx_pow_value((Cx){xr, xi}, (Cx){yr, yi});
}

/* ---- number slots ---------------------------------------------------------- */

static FtValue complex_add(FtValue a, FtValue b) {
  Cx x, y;
  OPERANDS(a, b, x, y);
  return ft_complex_new(x.real + y.real, x.imag + y.imag);
}

static FtValue complex_sub(FtValue a, FtValue b) {
  Cx x, y;
  OPERANDS(a, b, x, y);
  return ft_complex_new(x.real - y.real, x.imag - y.imag);
}

static FtValue complex_mul(FtValue a, FtValue b) {
  Cx x, y;
  OPERANDS(a, b, x, y);
  return cx_new(cx_prod(x, y));
}

static FtValue complex_truediv(FtValue a, FtValue b) {
  Cx x, y;
  OPERANDS(a, b, x, y);
  int err = CX_OK;
  Cx q = cx_quot(x, y, &err);
  if (err == CX_EDOM)
    return ft_err_format(&FtExc_ZeroDivisionError, "complex division by zero");
  return cx_new(q);
}

static FtValue complex_pow(FtValue a, FtValue b) {
  Cx x, y;
  OPERANDS(a, b, x, y);
  return cx_pow_value(x, y);
}

static FtValue complex_neg(FtValue v) {
  Cx z = cx_of(v);
  return ft_complex_new(-z.real, -z.imag);
}

static FtValue complex_pos(FtValue v) {
  if (ft_isinstance_exact(v, &FtComplex_Type))
    return ft_newref(v);
  return cx_new(cx_of(v));
}

static FtValue complex_abs(FtValue v) {
  Cx z = cx_of(v);
  double r;
  if (!isfinite(z.real) || !isfinite(z.imag)) {
    /* an infinite part wins even over a nan (C99 hypot) */
    if (isinf(z.real))
      r = fabs(z.real);
    else if (isinf(z.imag))
      r = fabs(z.imag);
    else
      r = NAN;
  } else {
    r = hypot(z.real, z.imag);
    if (isinf(r))
      return ft_err_format(&FtExc_OverflowError, "absolute value too large");
  }
  return ft_float_new(r);
}

static int complex_bool(FtValue v) {
  Cx z = cx_of(v);
  return z.real != 0.0 || z.imag != 0.0;
}

/* ---- hash and comparison ------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159
#define HASH_IMAG 1000003

/* CPython's numeric hash of a double (the value modulo 2**61 - 1, so it
 * agrees with int and float); a nan hashes by the identity of `owner`. */
static intptr_t hash_double(FtValue owner, double d) {
  if (isinf(d))
    return d > 0 ? HASH_INF : -HASH_INF;
  if (isnan(d)) {
    uintptr_t p = (uintptr_t)ft_obj(owner);
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
  /* consume the mantissa 28 bits at a time, each step a multiplication by
   * 2**28 modulo the Mersenne prime (a rotation) */
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MODULUS)
      x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  intptr_t h = (intptr_t)x * sign;
  return h == -1 ? -2 : h;
}

static intptr_t complex_hash(FtValue v) {
  Cx z = cx_of(v);
  uintptr_t hr = (uintptr_t)hash_double(v, z.real);
  uintptr_t hi = (uintptr_t)hash_double(v, z.imag);
  /* unsigned arithmetic: wraps like CPython's Py_uhash_t */
  uintptr_t h = hr + (uintptr_t)HASH_IMAG * hi;
  return (intptr_t)h == -1 ? -2 : (intptr_t)h;
}

/* Only == and != are defined; ordering returns NotImplemented so the
 * abstract layer raises "'<' not supported between instances of ...". */
static FtValue complex_richcompare(FtValue a, FtValue b, int op) {
  if (!is_complex(a) || (op != FT_EQ && op != FT_NE))
    return FT_NOTIMPL;
  Cx x = cx_of(a);
  int eq;
  if (ft_is_small(b) || FT_TYPE_HAS(b, FT_TPFLAG_INT_SUBCLASS)) {
    /* exact: an int is never rounded to compare it with the real part */
    eq = x.imag == 0.0 && ft_int_cmp_double(b, x.real) == 0;
  } else if (ft_isinstance_type(b, &FtFloat_Type)) {
    eq = x.real == ft_float_val(b) && x.imag == 0.0;
  } else if (is_complex(b)) {
    Cx y = cx_of(b);
    eq = x.real == y.real && x.imag == y.imag;
  } else {
    return FT_NOTIMPL;
  }
  return ft_bool(op == FT_EQ ? eq : !eq);
}

/* ---- text ------------------------------------------------------------------ */

/* dtoa's 'r' type always appends ".0" to an integral positional result
 * (float's repr needs it); complex parts go without it.  Shortest digits
 * never end in a zero after the point, so a trailing ".0" is that suffix:
 * drop it, keeping the point under '#' (CPython prints "2.j"). */
static size_t strip_dot_0(char *s, size_t n, int flags) {
  if (n >= 2 && s[n - 2] == '.' && s[n - 1] == '0')
    n -= flags & FT_DTOA_ALT ? 1 : 2;
  s[n] = 0;
  return n;
}

/* The repr of a complex part into buf (FT_DTOA_REPR_MAX + 4 bytes). */
static void part_repr(double x, int flags, char *buf) {
  long n = ft_dtoa_format(x, 'r', 0, flags, buf, FT_DTOA_REPR_MAX + 4);
  strip_dot_0(buf, n < 0 ? 0 : (size_t)n, flags);
}

/* repr(complex): "(re+imj)", or just "imj" when the real part is +0.0. */
static FtValue complex_repr(FtValue v) {
  Cx z = cx_of(v);
  char re[FT_DTOA_REPR_MAX + 4], im[FT_DTOA_REPR_MAX + 4];
  if (z.real == 0.0 && !signbit(z.real)) {
    part_repr(z.imag, 0, im);
    return ft_str_from_format("%sj", im);
  }
  part_repr(z.real, 0, re);
  part_repr(z.imag, FT_DTOA_SIGN, im);
  return ft_str_from_format("(%s%sj)", re, im);
}

/* One part under a format spec: sign character, then the digits of |x| with
 * the integer digits grouped.  sign is the spec's sign (0, '+', '-', ' '). */
static int format_part(FtStrBuf *out, double x, int type, int precision,
                       int flags, char sign, char grouping) {
  FtStrBuf t;
  ft_strbuf_init(&t);
  if (ft_dtoa_format_buf(x, type, precision, flags, &t) < 0) {
    ft_strbuf_free(&t);
    return -1;
  }
  if (type == 'r')
    t.len = strip_dot_0(t.data, t.len, flags);
  const char *s = t.data;
  int rc = 0;
  if (*s == '-') {
    rc |= ft_strbuf_append_char(out, '-');
    s++;
  } else if (sign == '+' || sign == ' ') {
    rc |= ft_strbuf_append_char(out, sign);
  }
  size_t nd = 0;
  while (s[nd] >= '0' && s[nd] <= '9')
    nd++;
  if (grouping && nd > 3) {
    for (size_t i = 0; i < nd; i++) {
      if (i && (nd - i) % 3 == 0)
        rc |= ft_strbuf_append_char(out, grouping);
      rc |= ft_strbuf_append_char(out, s[i]);
    }
    s += nd;
  }
  rc |= ft_strbuf_append_cstr(out, s);
  ft_strbuf_free(&t);
  return rc < 0 ? -1 : 0;
}

/* format(z, spec) for a non-empty spec, with CPython's layout: both parts
 * formatted alike, the imaginary one always signed unless the real part is
 * omitted, then fill/width applied to the whole "(re+imj)". */
static FtValue complex_format_spec(FtValue self, const char *spec, size_t len) {
  FtFormatSpec fs;
  char err[512];
  if (ft_formatspec_parse(spec, len, FT_FORMAT_FLOAT, ft_type_name(self), &fs,
                          err, sizeof err) < 0)
    return ft_err_format(&FtExc_ValueError, "%s", err);
  int type = (int)fs.type;
  switch (type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
    break;
  default:
    if (fs.type > 32 && fs.type < 128)
      return ft_err_format(&FtExc_ValueError,
                           "Unknown format code '%c' for object of type '%s'",
                           type, ft_type_name(self));
    return ft_err_format(&FtExc_ValueError,
                         "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned)fs.type, ft_type_name(self));
  }
  if (fs.fill == '0')
    return ft_err_format(&FtExc_ValueError,
                         "Zero padding is not allowed in complex format "
                         "specifier");
  if (fs.align == '=')
    return ft_err_format(&FtExc_ValueError,
                         "'=' alignment flag is not allowed in complex format "
                         "specifier");
  Cx z = cx_of(self);
  int precision = (int)fs.precision;
  int skip_re = 0, parens = 0;
  if (type == 0) {
    /* like str(z): repr digits, real part dropped when it is +0.0 */
    type = 'r';
    if (precision < 0)
      precision = 0;
    else
      type = 'g';
    if (z.real == 0.0 && !signbit(z.real))
      skip_re = 1;
    else
      parens = 1;
  } else if (type == 'n') {
    type = 'g'; /* the C locale: no grouping, '.' point */
  }
  int flags = (fs.alternate ? FT_DTOA_ALT : 0) |
              (fs.no_neg_0 ? FT_DTOA_NO_NEG_0 : 0);
  FtStrBuf body;
  ft_strbuf_init(&body);
  int rc = 0;
  if (parens)
    rc |= ft_strbuf_append_char(&body, '(');
  if (!skip_re)
    rc |= format_part(&body, z.real, type, precision, flags, fs.sign,
                      fs.grouping);
  rc |= format_part(&body, z.imag, type, precision, flags,
                    skip_re ? fs.sign : '+', fs.grouping);
  rc |= ft_strbuf_append_char(&body, 'j');
  if (parens)
    rc |= ft_strbuf_append_char(&body, ')');
  /* width and fill for the whole text (ASCII, so bytes == code points) */
  FtStrBuf out;
  ft_strbuf_init(&out);
  size_t lpad = 0, rpad = 0;
  if (fs.width > 0 && (uint64_t)fs.width > body.len) {
    size_t pad = (size_t)fs.width - body.len;
    if (fs.align == '<')
      rpad = pad;
    else if (fs.align == '^') {
      lpad = pad / 2;
      rpad = pad - lpad;
    } else
      lpad = pad;
  }
  rc |= ft_strbuf_append_repeat_codepoint(&out, fs.fill, lpad);
  rc |= ft_strbuf_append(&out, body.data, body.len);
  rc |= ft_strbuf_append_repeat_codepoint(&out, fs.fill, rpad);
  FtValue r = rc < 0 ? ft_err_nomemory() : ft_str_new(out.data, out.len);
  ft_strbuf_free(&body);
  ft_strbuf_free(&out);
  return r;
}

/* ---- complex(str) ---------------------------------------------------------- */

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int word_at(const char *s, const char *w) {
  size_t k = 0;
  for (; w[k]; k++)
    if ((s[k] | 0x20) != w[k])
      return 0;
  return 1;
}

/*
 * The longest prefix of s that is a Python float ([sign] then inf,
 * infinity, nan, or digits[.digits] / .digits with an optional exponent):
 * returns the number of bytes used (0 if there is none) with *out set.
 * The text has no underscores left (complex_from_text removed them).
 */
static size_t parse_float_prefix(const char *s, double *out) {
  size_t i = 0;
  int neg = 0;
  if (s[i] == '+' || s[i] == '-')
    neg = s[i++] == '-';
  if (word_at(s + i, "infinity") || word_at(s + i, "inf")) {
    i += word_at(s + i, "infinity") ? 8 : 3;
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return i;
  }
  if (word_at(s + i, "nan")) {
    *out = neg ? -NAN : NAN;
    return i + 3;
  }
  size_t start = i, nd = 0;
  while (is_digit(s[i]))
    i++, nd++;
  if (s[i] == '.') {
    i++;
    while (is_digit(s[i]))
      i++, nd++;
  }
  if (nd == 0)
    return 0;
  if (s[i] == 'e' || s[i] == 'E') {
    size_t j = i + 1;
    if (s[j] == '+' || s[j] == '-')
      j++;
    if (is_digit(s[j])) {
      while (is_digit(s[j]))
        j++;
      i = j;
    }
  }
  /* strtod on a copy of exactly the accepted text: glibc rounds correctly,
   * and the copy keeps it from reading hex or other C-only syntax */
  char stackbuf[128];
  size_t n = i - start;
  char *buf = n < sizeof stackbuf ? stackbuf : malloc(n + 1);
  if (!buf) {
    *out = 0.0;
    return 0;
  }
  memcpy(buf, s + start, n);
  buf[n] = 0;
  double d = strtod(buf, NULL);
  if (buf != stackbuf)
    free(buf);
  *out = neg ? -d : d;
  return i;
}

/* Parse s (ASCII, NUL-terminated, no underscores): the forms
 * <float>, <float>j, <float><signed-float>j, their legacy variants
 * <float><sign>j, <sign>j and j, optionally in parentheses.  1 ok, 0 bad. */
static int parse_complex_text(const char *s, double *re, double *im) {
  double x = 0.0, y = 0.0, z;
  int bracket = 0;
  while (is_space(*s))
    s++;
  if (*s == '(') {
    bracket = 1;
    s++;
    while (is_space(*s))
      s++;
  }
  size_t n = parse_float_prefix(s, &z);
  if (n) {
    s += n;
    if (*s == '+' || *s == '-') {
      x = z;
      n = parse_float_prefix(s, &y);
      if (n)
        s += n;
      else
        y = *s++ == '+' ? 1.0 : -1.0;
      if (*s != 'j' && *s != 'J')
        return 0;
      s++;
    } else if (*s == 'j' || *s == 'J') {
      s++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (*s == '+' || *s == '-')
      y = *s++ == '+' ? 1.0 : -1.0;
    else
      y = 1.0;
    if (*s != 'j' && *s != 'J')
      return 0;
    s++;
  }
  while (is_space(*s))
    s++;
  if (bracket) {
    if (*s != ')')
      return 0;
    s++;
    while (is_space(*s))
      s++;
  }
  if (*s)
    return 0;
  *re = x;
  *im = y;
  return 1;
}

static FtValue complex_from_text(FtType *type, FtValue str) {
  const char *s = ft_str_data(str);
  size_t n = ft_str_size(str);
  char *buf = ft_int_numeric_ascii(s, n, &n); /* Unicode digits/spaces */
  if (!buf)
    return 0;
  if (memchr(buf, 0, n)) { /* an embedded NUL can't be parsed */
    ft_mem_free(buf);
    return ft_err_format(&FtExc_ValueError,
                         "complex() arg is a malformed string");
  }
  /* underscores: only between digits, and then removed */
  size_t o = 0;
  char prev = 0;
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    char c = buf[i];
    if (c == '_') {
      if (!is_digit(prev))
        bad = 1;
    } else {
      if (prev == '_' && !is_digit(c))
        bad = 1;
      buf[o++] = c;
    }
    prev = c;
  }
  if (prev == '_')
    bad = 1;
  buf[o] = 0;
  if (bad) {
    ft_mem_free(buf);
    return ft_err_format(&FtExc_ValueError,
                         "could not convert string to complex: %R", str);
  }
  double re, im;
  int ok = parse_complex_text(buf, &re, &im);
  ft_mem_free(buf);
  if (!ok)
    return ft_err_format(&FtExc_ValueError,
                         "complex() arg is a malformed string");
  return complex_alloc(type, re, im);
}

/* ---- complex(real, imag) ------------------------------------------------- */

/* x.__complex__() if x's type defines it (new ref, checked to be complex);
 * 0 with no error when it does not. */
static FtValue try_dunder_complex(FtValue x) {
  FtType *t = ft_type(x);
  FtValue m = ft_type_lookup(t, ft_str_intern_cstr("__complex__"));
  if (!m)
    return 0;
  FtValue r;
  FtType *mt = ft_type(m);
  if (mt->descr_get) {
    FtValue bound = mt->descr_get(m, x, ft_val(t));
    if (!bound)
      return 0;
    r = ft_call0(bound);
    ft_decref(bound);
  } else {
    r = ft_call0(m);
  }
  if (r && !is_complex(r)) {
    ft_err_format(&FtExc_TypeError,
                  "__complex__ returned non-complex (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  return r;
}

static int is_number(FtValue v) {
  FtType *t = ft_type(v);
  return t->float_ || t->index || is_complex(v) ||
         ft_isinstance_type(v, &FtFloat_Type) || ft_int_check(v);
}

static FtValue complex_new(FtType *type, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  static const char *const names[] = {"real", "imag", NULL};
  FtValue a[2] = {0, 0};
  /* CPython's wording for an unknown keyword (Argument Clinic's) */
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    const char *kw = ft_str_data(ft_tuple_get(kwnames, k));
    if (strcmp(kw, "real") && strcmp(kw, "imag"))
      return ft_err_format(&FtExc_TypeError,
                           "'%U' is an invalid keyword argument for complex()",
                           ft_tuple_get(kwnames, k));
  }
  if (nargs + nkw > 2) /* Argument Clinic counts keywords too */
    return ft_err_format(&FtExc_TypeError,
                         "complex() takes at most 2 arguments (%zu given)",
                         nargs + nkw);
  if (ft_args_parse("complex", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  FtValue r = a[0] ? a[0] : ft_small(0), i = a[1];
  if (!i && type == &FtComplex_Type && ft_isinstance_exact(r, &FtComplex_Type))
    return ft_newref(r);
  if (ft_str_check(r)) {
    if (i)
      return ft_err_format(&FtExc_TypeError,
                           "complex() can't take second arg if first is a "
                           "string");
    return complex_from_text(type, r);
  }
  if (i && ft_str_check(i))
    return ft_err_format(&FtExc_TypeError,
                         "complex() second arg can't be a string");
  FtValue own_r = try_dunder_complex(r);
  if (!own_r && ft_err_occurred())
    return 0;
  if (own_r)
    r = own_r;
  if (!is_number(r)) {
    ft_err_format(&FtExc_TypeError,
                  "complex() first argument must be a string or a number, "
                  "not '%s'",
                  ft_type_name(r));
    ft_xdecref(own_r);
    return 0;
  }
  if (i && !is_number(i)) {
    ft_err_format(&FtExc_TypeError,
                  "complex() second argument must be a number, not '%s'",
                  ft_type_name(i));
    ft_xdecref(own_r);
    return 0;
  }
  /* real + imag*1j, where either may itself be complex */
  Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
  int cr_complex = 0, ci_complex = 0;
  if (is_complex(r)) {
    cr = cx_of(r);
    cr_complex = 1;
  } else {
    cr.real = ft_float_as_double(r);
    if (cr.real == -1.0 && ft_err_occurred()) {
      ft_xdecref(own_r);
      return 0;
    }
  }
  ft_xdecref(own_r);
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = cx_of(i);
    ci_complex = 1;
  } else {
    ci.real = ft_float_as_double(i);
    if (ci.real == -1.0 && ft_err_occurred())
      return 0;
  }
  if (ci_complex)
    cr.real -= ci.imag;
  if (cr_complex && i)
    ci.real += cr.imag;
  return complex_alloc(type, cr.real, ci.real);
}

/* ---- methods --------------------------------------------------------------- */

/* CPython's METH_NOARGS wording: "complex.conjugate() takes no ..." */
#define NO_ARGS(name)                                                        \
  do {                                                                       \
    (void)args;                                                              \
    if (kwnames && ft_tuple_len(kwnames))                                    \
      return ft_err_format(&FtExc_TypeError,                                 \
                           "complex." name "() takes no keyword arguments"); \
    if (nargs)                                                               \
      return ft_err_format(&FtExc_TypeError,                                 \
                           "complex." name "() takes no arguments (%zu "     \
                           "given)",                                         \
                           nargs);                                           \
  } while (0)

static FtValue complex_conjugate(FtValue self, const FtValue *args,
                                 size_t nargs, FtValue kwnames) {
  NO_ARGS("conjugate");
  Cx z = cx_of(self);
  return ft_complex_new(z.real, -z.imag);
}

static FtValue complex_dunder_complex(FtValue self, const FtValue *args,
                                      size_t nargs, FtValue kwnames) {
  NO_ARGS("__complex__");
  return complex_pos(self);
}

static FtValue complex_getnewargs(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  NO_ARGS("__getnewargs__");
  Cx z = cx_of(self);
  FtValue re = ft_float_new(z.real);
  FtValue im = re ? ft_float_new(z.imag) : 0;
  FtValue t = im ? ft_tuple_pack(2, re, im) : 0;
  ft_xdecref(re);
  ft_xdecref(im);
  return t;
}

static FtValue complex_format_method(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError,
                         "complex.__format__() takes no keyword arguments");
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "complex.__format__() takes exactly one argument "
                         "(%zu given)",
                         nargs);
  FtValue spec = args[0];
  if (!ft_str_check(spec))
    return ft_err_format(&FtExc_TypeError,
                         "__format__() argument must be str, not %s",
                         ft_type_name(spec));
  if (ft_str_size(spec) == 0)
    return ft_to_str(self);
  return complex_format_spec(self, ft_str_data(spec), ft_str_size(spec));
}

static FtValue complex_get_real(FtValue self) {
  return ft_float_new(cx_of(self).real);
}

static FtValue complex_get_imag(FtValue self) {
  return ft_float_new(cx_of(self).imag);
}

static const FtMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == "
     "3+4j."},
    {"__complex__", complex_dunder_complex, 0,
     "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format_method, 0,
     "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL}};

static const FtGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL}};

/* ---- the type object ------------------------------------------------------ */

FtType FtComplex_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "complex",
    .basicsize = sizeof(FtComplex),
    .tpflags = FT_TPFLAG_BASETYPE,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .bool_ = complex_bool,
    .nb[FT_NB_ADD] = complex_add,
    .nb[FT_NB_SUB] = complex_sub,
    .nb[FT_NB_MUL] = complex_mul,
    .nb[FT_NB_TRUEDIV] = complex_truediv,
    .nb[FT_NB_POW] = complex_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs_ = complex_abs,
    .new_ = complex_new,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
