/*
 * formatspec.h - Python's format-spec mini-language (format(), str.format,
 * f-strings) and the printf-style '%' conversions, for str, int and float,
 * with CPython 3.11's exact output and error messages.
 *
 * What it holds: FtFormatSpec and its parser
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * plus "appliers" that render one value under a parsed spec into an
 * FtStrBuf, and ft_formatspec_percent_* for '%5.2f' % x and friends.
 *
 * How it works: ft_formatspec_parse does everything that can fail with a
 * ValueError, in CPython's order (syntax, grouping vs type, unknown type,
 * then the per-type checks such as "Sign not allowed in string format
 * specifier"), writing CPython's message into errbuf.  After a successful
 * parse the appliers can only fail for lack of memory.  Numbers are laid
 * out as  <lpad><sign><prefix><spad><grouped digits><rest><rpad>  where
 * rest is the point, fraction, exponent or '%' (CPython's model), so ints
 * and floats share one layout routine.  The int applier takes the
 * magnitude already converted to text in the base the spec asks for
 * (ft_formatspec_int_base), so callers with big ints (GMP) convert once.
 *
 * Invariant: a spec parsed for one kind is only applied to that kind; an
 * int spec whose type is a float type (ft_formatspec_is_float_type) is
 * applied with ft_formatspec_apply_float on the int converted to double.
 * Appliers append to out and return 0, or -1 when out cannot grow (the
 * caller raises MemoryError; out is left as it was before the call).
 *
 * No shared state: safe to call from any thread.
 */
#ifndef FT_OBJECTS_FORMATSPEC_H
#define FT_OBJECTS_FORMATSPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/strbuf.h"

/* Which value the spec is for: decides the default type ('s', 'd', none),
 * the default alignment ('<' for str, '>' for numbers) and which checks
 * apply. */
typedef enum FtFormatKind {
  FT_FORMAT_STR,
  FT_FORMAT_INT, /* int and bool */
  FT_FORMAT_FLOAT
} FtFormatKind;

typedef struct FtFormatSpec {
  uint32_t fill;        /* fill code point, ' ' by default */
  char align;           /* '<' '>' '^' '=' (default already applied) */
  char sign;            /* 0 (none), '+', '-' or ' ' */
  char grouping;        /* 0, ',' or '_' */
  char group_size;      /* 3, or 4 for '_' with b/o/x/X */
  bool alternate;       /* '#' */
  bool no_neg_0;        /* 'z' */
  bool fill_specified;  /* a fill character was given before align */
  bool align_specified; /* an alignment was given */
  int64_t width;        /* -1 if absent */
  int64_t precision;    /* -1 if absent */
  uint32_t type;        /* presentation type; 0 = none (floats only) */
  FtFormatKind kind;
} FtFormatSpec;

/* Parse spec[0..len) (UTF-8).  type_name is the Python type's name for the
 * messages ("int", "bool", "str", a subclass name...).  Returns 0, or -1
 * with the ValueError message in errbuf (truncated to errcap; 256 bytes
 * hold every message except ones quoting a very long spec). */
int ft_formatspec_parse(const char *spec, size_t len, FtFormatKind kind,
                        const char *type_name, FtFormatSpec *out,
                        char *errbuf, size_t errcap);

/* True if the type renders a float: e E f F g G % always, n and none for
 * FT_FORMAT_FLOAT.  An int under such a spec is converted to double by the
 * caller (OverflowError "int too large to convert to float" if it can't)
 * and given to ft_formatspec_apply_float. */
bool ft_formatspec_is_float_type(const FtFormatSpec *spec);

/* For an int spec of integer type: the base the magnitude must be written
 * in for ft_formatspec_apply_int (2, 8, 10 or 16; case does not matter,
 * 'X' is upper-cased by the applier), or 0 for 'c'. */
int ft_formatspec_int_base(const FtFormatSpec *spec);

/* str: text is UTF-8 of nbytes bytes holding ncodepoints code points.
 * Precision truncates and width pads, both in code points. */
int ft_formatspec_apply_str(const FtFormatSpec *spec, const char *utf8,
                            size_t nbytes, size_t ncodepoints, FtStrBuf *out);

/* int of integer type (b d o x X n; not c): digits is |value| written in
 * base ft_formatspec_int_base(spec), most significant first, without sign
 * or prefix ("0" for zero).  Returns 0 or -1 (out of memory). */
int ft_formatspec_apply_int(const FtFormatSpec *spec, bool negative,
                            const char *digits, size_t ndigits,
                            FtStrBuf *out);

/* int of type 'c'.  Returns -2 if cp > 0x10FFFF: the caller raises
 * OverflowError(FT_FORMATSPEC_CHAR_RANGE_MSG) (also for negative ints). */
#define FT_FORMATSPEC_CHAR_RANGE_MSG "%c arg not in range(0x110000)"
int ft_formatspec_apply_char(const FtFormatSpec *spec, uint32_t cp,
                             FtStrBuf *out);

/* A machine int under any int-kind spec (integer, 'c' or float type):
 * convenience for small ints.  Returns 0, -1 (memory) or -2 ('c' range). */
int ft_formatspec_apply_i64(const FtFormatSpec *spec, int64_t v,
                            FtStrBuf *out);

/* float (or int converted to double) under a float-type spec. */
int ft_formatspec_apply_float(const FtFormatSpec *spec, double x,
                              FtStrBuf *out);

/* ---- printf-style '%' conversions ----------------------------------- */

/* Conversion flags, from the characters between '%' and the width. */
enum {
  FT_PERCENT_LJUST = 1, /* '-' */
  FT_PERCENT_SIGN = 2,  /* '+' */
  FT_PERCENT_BLANK = 4, /* ' ' */
  FT_PERCENT_ALT = 8,   /* '#' */
  FT_PERCENT_ZERO = 16  /* '0' */
};

/* width/prec: -1 if absent ('*' is resolved by the caller; a negative '*'
 * width means FT_PERCENT_LJUST with its absolute value, as in CPython).
 *
 * percent_int: type d i u o x X; digits = |value| in the type's base
 * (ft_formatspec_percent_base), "0" for zero.  percent_float: type e E f F
 * g G.  percent_str: s r a c, text already produced by str()/repr()/
 * ascii()/chr(); precision truncates except for 'c'.  All return 0 or -1
 * (out of memory). */
int ft_formatspec_percent_base(char type);
int ft_formatspec_percent_int(int flags, int64_t width, int64_t prec,
                              char type, bool negative, const char *digits,
                              size_t ndigits, FtStrBuf *out);
int ft_formatspec_percent_float(int flags, int64_t width, int64_t prec,
                                char type, double x, FtStrBuf *out);
int ft_formatspec_percent_str(int flags, int64_t width, int64_t prec,
                              char type, const char *utf8, size_t nbytes,
                              size_t ncodepoints, FtStrBuf *out);

#endif /* FT_OBJECTS_FORMATSPEC_H */
