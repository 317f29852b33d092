/*
 * dtoa.h - double -> text conversion with exactly CPython 3.11's results:
 * repr(float) (shortest round-tripping digits), format(x, '.{p}{type}') for
 * the types '' e E f F g G n % r and the '#' / 'z' / '+' flags, and
 * '%e' % x style formatting (which uses the same rules).
 *
 * How it works: ft_dtoa_digits turns |x| into a decimal digit string and a
 * decimal-point position (value = 0.DIGITS x 10**decpt) in one of three
 * modes: shortest round-trip (repr), N significant digits (e/g), or N digits
 * after the point (f).  The digits come from exact arithmetic where a quick
 * test proves it exact, and otherwise from the C library's printf, which on
 * glibc is exact and rounds half-even on the binary value like CPython's
 * dtoa.c.  ft_dtoa_format* then lay the digits out the way CPython does
 * (padding zeros, point, exponent of at least two digits, '%').
 *
 * Invariant: output never depends on the process locale (printf's radix
 * character is parsed away, strtod only ever sees "DIGITSe[-]N") and is
 * plain ASCII.  Assumes IEEE-754 binary64 doubles and round-to-nearest, as
 * CPython does.
 *
 * No shared state: every function uses only its arguments and the stack
 * (tables are const), so they are safe to call from any thread at once.
 */
#ifndef FT_RUNTIME_DTOA_H
#define FT_RUNTIME_DTOA_H

#include <stddef.h>

#include "runtime/strbuf.h"

/* Digit-generation modes of ft_dtoa_digits (numbered like David Gay's). */
enum {
  FT_DTOA_SHORTEST = 0,    /* shortest digits that round-trip (repr) */
  FT_DTOA_SIGNIFICANT = 2, /* ndigits significant digits ('e', 'g') */
  FT_DTOA_FIXED = 3        /* ndigits digits after the point ('f') */
};

/* Flags of ft_dtoa_format* (mirror CPython's Py_DTSF_*). */
enum {
  FT_DTOA_SIGN = 1,      /* '+' before non-negative numbers (and nan/inf) */
  FT_DTOA_ALT = 2,       /* '#': keep trailing zeros and the point */
  FT_DTOA_ADD_DOT_0 = 4, /* positional integers get ".0" (repr, '') */
  FT_DTOA_NO_NEG_0 = 8   /* 'z': a result that rounds to zero is unsigned */
};

/* Kinds of FtDtoaDecimal. */
enum { FT_DTOA_FINITE = 0, FT_DTOA_INF = 1, FT_DTOA_NAN = 2 };

/* Enough room for FIXED mode's worst case: 309 integer digits + 1074
 * fraction digits (more requested digits are zeros and stay implicit). */
#define FT_DTOA_MAX_DIGITS 1472

/* Longest repr(float): "-2.2250738585072014e-308" is 24 chars. */
#define FT_DTOA_REPR_MAX 32

typedef struct FtDtoaDecimal {
  int kind;     /* FT_DTOA_FINITE / INF / NAN */
  int negative; /* sign bit of x (kept for nan; Python prints nan unsigned) */
  int ndigits;  /* digits used; no leading or trailing zeros, "0" for 0 */
  int decpt;    /* value = 0.DIGITS * 10**decpt */
  char digits[FT_DTOA_MAX_DIGITS]; /* ASCII, NUL-terminated */
} FtDtoaDecimal;

/* Decimal digits of x in the given mode.  FIXED mode rounds at ndigits
 * after the point (ndigits >= 0), SIGNIFICANT keeps max(ndigits, 1)
 * digits; both round half-even on the exact binary value and strip
 * trailing zeros (the layout re-adds them).  A result that rounds to zero
 * is digits "0", decpt 1, negative = sign of x. */
void ft_dtoa_digits(double x, int mode, int ndigits, FtDtoaDecimal *out);

/* repr(x): writes at most cap bytes (NUL included) to out and returns the
 * full length (like snprintf); cap >= FT_DTOA_REPR_MAX always suffices. */
size_t ft_dtoa_repr(double x, char *out, size_t cap);

/* Append the text of format(x, spec) for a spec of only [#][.precision]
 * [type] (plus '+' via FT_DTOA_SIGN and 'z' via FT_DTOA_NO_NEG_0) to out.
 * type: 0 (none: repr when precision < 0, else 'g' keeping a ".0"), 'r'
 * (repr, precision ignored), 'e' 'E' 'f' 'F' 'g' 'G' 'n' (= 'g') or '%'.
 * precision < 0 means the default (6 for e/f/g/%).  Returns 0, or -1 if
 * out could not grow or the type is unknown. */
int ft_dtoa_format_buf(double x, int type, int precision, int flags,
                       FtStrBuf *out);

/* The same into a fixed buffer, snprintf-like: writes at most cap bytes
 * (NUL included) and returns the full length, or -1 on failure. */
long ft_dtoa_format(double x, int type, int precision, int flags, char *out,
                    size_t cap);

#endif /* FT_RUNTIME_DTOA_H */
