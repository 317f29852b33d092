/*
 * formatspec.c - the format-spec mini-language and '%' conversions (see
 * formatspec.h), reproducing CPython 3.11's Python/formatter_unicode.c and
 * the number paths of PyUnicode_Format in behaviour (written afresh).
 *
 * How it works: parsing walks the spec once, decoding UTF-8 only where a
 * code point may appear (fill, type).  Rendering a number computes the
 * sizes of every part first (sign, prefix, grouped digits, rest, padding),
 * reserves the whole output once, then writes left to right; the grouped
 * digit field, which CPython fills right to left (so zero padding can be
 * grouped too: format(1234, '09,') == '0,001,234'), is written backwards
 * into its reserved slot.
 *
 * Invariant: after ft_formatspec_parse succeeds, every field is consistent
 * with the kind (default type and alignment applied, fill resolved), so the
 * appliers need no further validation.
 *
 * No shared state: safe to call from any thread.
 */
#include "objects/formatspec.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/dtoa.h"

/* CPython's limit for width and precision (Py_ssize_t). */
#define FS_MAX PTRDIFF_MAX

/* ---- small helpers -------------------------------------------------- */

static void fs_err(char *errbuf, size_t errcap, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void fs_err(char *errbuf, size_t errcap, const char *fmt, ...) {
  if (errbuf == NULL || errcap == 0)
    return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errbuf, errcap, fmt, ap);
  va_end(ap);
}

/* Decode one UTF-8 code point at s[*i] (s[*i] < end); lenient: a malformed
 * byte stands for itself so the parser never reads past the end. */
static uint32_t fs_next_cp(const char *s, size_t len, size_t *i) {
  const unsigned char *u = (const unsigned char *)s;
  size_t p = *i;
  uint32_t c = u[p];
  size_t n = c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (n > 0 && p + n < len) {
    uint32_t v = c & (0x3Fu >> n);
    size_t k;
    for (k = 1; k <= n && (u[p + k] & 0xC0) == 0x80; k++)
      v = (v << 6) | (u[p + k] & 0x3Fu);
    if (k == n + 1) {
      *i = p + k;
      return v;
    }
  }
  *i = p + 1;
  return c;
}

static bool fs_is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Read a decimal integer at spec[*i].  Returns the number of digits read,
 * or -1 if it exceeds FS_MAX ("Too many decimal digits"). */
static int64_t fs_get_int(const char *s, size_t len, size_t *i, int64_t *out) {
  int64_t acc = 0, n = 0;
  while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
    int d = s[*i] - '0';
    if (acc > (FS_MAX - d) / 10)
      return -1;
    acc = acc * 10 + d;
    (*i)++;
    n++;
  }
  *out = acc;
  return n;
}

/* Spell a type code point the way CPython's messages do. */
static void fs_type_repr(uint32_t t, char *buf, size_t cap) {
  if (t > 32 && t < 128)
    snprintf(buf, cap, "%c", (char)t);
  else
    snprintf(buf, cap, "\\x%x", (unsigned)t);
}

static bool fs_is_float_code(uint32_t t) {
  switch (t) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%':
    return true;
  default:
    return false;
  }
}

/* ---- parsing -------------------------------------------------------- */

int ft_formatspec_parse(const char *spec, size_t len, FtFormatKind kind,
                        const char *type_name, FtFormatSpec *f, char *errbuf,
                        size_t errcap) {
  char default_align = kind == FT_FORMAT_STR ? '<' : '>';
  size_t i = 0;

  f->fill = ' ';
  f->align = default_align;
  f->sign = 0;
  f->grouping = 0;
  f->group_size = 3;
  f->alternate = false;
  f->no_neg_0 = false;
  f->fill_specified = false;
  f->align_specified = false;
  f->width = -1;
  f->precision = -1;
  f->type = kind == FT_FORMAT_STR ? 's' : kind == FT_FORMAT_INT ? 'd' : 0;
  f->kind = kind;
  if (type_name == NULL)
    type_name = "object";

  /* [[fill]align]: the fill is any code point followed by an align char */
  if (len > 0) {
    size_t j = 0;
    uint32_t first = fs_next_cp(spec, len, &j);
    if (j < len && fs_is_align((unsigned char)spec[j])) {
      f->fill = first;
      f->align = spec[j];
      f->fill_specified = f->align_specified = true;
      i = j + 1;
    } else if (fs_is_align(first)) {
      f->align = (char)first;
      f->align_specified = true;
      i = 1;
    }
  }
  if (i < len && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
    f->sign = spec[i++];
  if (i < len && spec[i] == 'z') {
    f->no_neg_0 = true;
    i++;
  }
  if (i < len && spec[i] == '#') {
    f->alternate = true;
    i++;
  }
  /* '0' before the width: zero fill, and '=' alignment for numbers unless
   * an alignment was given (str keeps '<': format('ab', '05') == 'ab000') */
  if (!f->fill_specified && i < len && spec[i] == '0') {
    f->fill = '0';
    if (!f->align_specified && default_align == '>')
      f->align = '=';
    i++;
  }
  int64_t n = fs_get_int(spec, len, &i, &f->width);
  if (n < 0)
    goto too_many_digits;
  if (n == 0)
    f->width = -1;
  if (i < len && spec[i] == ',') {
    f->grouping = ',';
    i++;
  }
  if (i < len && spec[i] == '_') {
    if (f->grouping) {
      fs_err(errbuf, errcap, "Cannot specify both ',' and '_'.");
      return -1;
    }
    f->grouping = '_';
    i++;
  }
  if (i < len && spec[i] == ',' && f->grouping == '_') {
    fs_err(errbuf, errcap, "Cannot specify both ',' and '_'.");
    return -1;
  }
  if (i < len && spec[i] == '.') {
    i++;
    n = fs_get_int(spec, len, &i, &f->precision);
    if (n < 0)
      goto too_many_digits;
    if (n == 0) {
      fs_err(errbuf, errcap, "Format specifier missing precision");
      return -1;
    }
  }
  /* At most one code point may remain: the type. */
  if (i < len) {
    size_t j = i;
    uint32_t t = fs_next_cp(spec, len, &j);
    if (j < len) {
      fs_err(errbuf, errcap,
             "Invalid format specifier '%.*s' for object of type '%.200s'",
             (int)(len > INT_MAX ? INT_MAX : len), spec, type_name);
      return -1;
    }
    f->type = t;
  }

  char tbuf[16];
  /* Grouping is checked against the (defaulted) type. */
  if (f->grouping) {
    switch (f->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (f->grouping == '_') {
        f->group_size = 4;
        break;
      }
      /* fall through */
    default:
      fs_type_repr(f->type, tbuf, sizeof tbuf);
      fs_err(errbuf, errcap, "Cannot specify '%c' with '%s'.", f->grouping,
             tbuf);
      return -1;
    }
  }

  /* Unknown presentation types. */
  bool known;
  switch (kind) {
  case FT_FORMAT_STR:
    known = f->type == 's';
    break;
  case FT_FORMAT_INT:
    known = fs_is_float_code(f->type) || f->type == 'b' || f->type == 'c' ||
            f->type == 'd' || f->type == 'o' || f->type == 'x' ||
            f->type == 'X' || f->type == 'n';
    break;
  default:
    known = fs_is_float_code(f->type) || f->type == 'n' || f->type == 0;
    break;
  }
  if (!known) {
    fs_type_repr(f->type, tbuf, sizeof tbuf);
    fs_err(errbuf, errcap, "Unknown format code '%s' for object of type '%.200s'",
           tbuf, type_name);
    return -1;
  }

  /* Per-type checks, in CPython's order. */
  if (kind == FT_FORMAT_STR) {
    if (f->sign == ' ') {
      fs_err(errbuf, errcap, "Space not allowed in string format specifier");
      return -1;
    }
    if (f->sign) {
      fs_err(errbuf, errcap, "Sign not allowed in string format specifier");
      return -1;
    }
    if (f->no_neg_0) {
      fs_err(errbuf, errcap,
             "Negative zero coercion (z) not allowed in string format "
             "specifier");
      return -1;
    }
    if (f->alternate) {
      fs_err(errbuf, errcap,
             "Alternate form (#) not allowed in string format specifier");
      return -1;
    }
    if (f->align == '=') {
      fs_err(errbuf, errcap,
             "'=' alignment not allowed in string format specifier");
      return -1;
    }
  } else if (ft_formatspec_is_float_type(f)) {
    if (f->precision > INT_MAX) {
      fs_err(errbuf, errcap, "precision too big");
      return -1;
    }
  } else { /* integer presentation */
    if (f->precision != -1) {
      fs_err(errbuf, errcap,
             "Precision not allowed in integer format specifier");
      return -1;
    }
    if (f->no_neg_0) {
      fs_err(errbuf, errcap,
             "Negative zero coercion (z) not allowed in integer format "
             "specifier");
      return -1;
    }
    if (f->type == 'c') {
      if (f->sign) {
        fs_err(errbuf, errcap,
               "Sign not allowed with integer format specifier 'c'");
        return -1;
      }
      if (f->alternate) {
        fs_err(errbuf, errcap,
               "Alternate form (#) not allowed with integer format "
               "specifier 'c'");
        return -1;
      }
    }
  }
  return 0;

too_many_digits:
  fs_err(errbuf, errcap, "Too many decimal digits in format string");
  return -1;
}

bool ft_formatspec_is_float_type(const FtFormatSpec *f) {
  if (fs_is_float_code(f->type))
    return true;
  return f->kind == FT_FORMAT_FLOAT && (f->type == 'n' || f->type == 0);
}

int ft_formatspec_int_base(const FtFormatSpec *f) {
  switch (f->type) {
  case 'b':
    return 2;
  case 'o':
    return 8;
  case 'x':
  case 'X':
    return 16;
  case 'c':
    return 0;
  default:
    return 10;
  }
}

/* ---- padding / layout ------------------------------------------------ */

/* Byte length of the UTF-8 encoding of cp (valid code point). */
static size_t fs_cp_len(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

static int fs_fill(FtStrBuf *out, uint32_t fill, int64_t n) {
  if (n <= 0)
    return 0;
  return ft_strbuf_append_repeat_codepoint(out, fill, (size_t)n);
}

/* Size of the grouped digit field for nd digits, padded with zeros up to
 * min_width (counting separators) as CPython does; group == 0 means no
 * separators. */
static int64_t fs_grouped_len(int64_t nd, int64_t min_width, int group) {
  if (nd == 0)
    return 0; /* inf/nan/'c': nothing to group or zero-pad */
  if (group == 0)
    return nd > min_width ? nd : (min_width > 1 ? min_width : 1);
  /* CPython emits groups right to left, each min(group, max(digits left,
   * width left, 1)) wide, until both digits and width are used up; so all
   * groups but the leftmost are full and there are J of them, with J the
   * least j >= 1 such that j*group >= nd and j*(group+1) - 1 >= min_width.
   * Closed form, so a huge width fails in the allocator, not in a loop. */
  int64_t g = group;
  int64_t j = (nd + g - 1) / g;
  if (min_width > 0 && min_width / (g + 1) + 1 > j)
    j = min_width / (g + 1) + 1; /* ceil((min_width + 1) / (g + 1)) */
  if (j < 1)
    j = 1;
  int64_t left_digits = nd - (j - 1) * g;
  int64_t left_width = min_width - (j - 1) * (g + 1);
  int64_t l = left_digits > left_width ? left_digits : left_width;
  if (l < 1)
    l = 1;
  if (l > g)
    l = g;
  return (j - 1) * (g + 1) + l;
}

/* Write the grouped field (length glen from fs_grouped_len) ending at end,
 * right to left. */
static void fs_grouped_write(char *end, int64_t glen, const char *dig,
                             int64_t nd, int group, char sep, bool upper) {
  char *p = end;
  int64_t di = nd; /* digits not yet written: dig[0..di) */
  int64_t written = 0, in_group = 0;
  while (written < glen) {
    if (group && in_group == group) {
      *--p = sep;
      written++;
      in_group = 0;
      continue;
    }
    char c = di > 0 ? dig[--di] : '0';
    if (upper && c >= 'a' && c <= 'z')
      c = (char)(c - 'a' + 'A');
    *--p = c;
    written++;
    in_group++;
  }
}

/* The common number layout:
 *   <lpad><sign><prefix><spad><grouped digits><rest><rpad>
 * neg: the value is negative; digits: integer digits to group (may be 0
 * long, e.g. "inf" or a 'c' character passed as rest); rest is nrest bytes
 * holding rest_cp code points (only a 'c' character is not ASCII). */
static int fs_number_raw(const FtFormatSpec *f, bool neg, const char *prefix,
                         size_t nprefix, const char *dig, size_t nd,
                         const char *rest, size_t nrest, size_t rest_cp,
                         bool upper, FtStrBuf *out) {
  char sign = 0;
  if (neg)
    sign = '-';
  else if (f->sign == '+')
    sign = '+';
  else if (f->sign == ' ')
    sign = ' ';
  int64_t nsign = sign != 0;
  int64_t nondigit = nsign + (int64_t)nprefix + (int64_t)rest_cp;
  int64_t min_width = 0;
  if (f->fill == '0' && f->align == '=')
    min_width = f->width - nondigit;
  int group = 0;
  if (f->grouping)
    group = f->group_size;
  int64_t glen = fs_grouped_len((int64_t)nd, min_width, group);
  int64_t pad = f->width - (nondigit + glen);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    switch (f->align) {
    case '<':
      rpad = pad;
      break;
    case '^':
      lpad = pad / 2;
      rpad = pad - lpad;
      break;
    case '=':
      spad = pad;
      break;
    default:
      lpad = pad;
      break;
    }
  }
  if (fs_fill(out, f->fill, lpad) < 0)
    return -1;
  size_t fixed = (size_t)nsign + nprefix;
  if (ft_strbuf_reserve(out, fixed) < 0)
    return -1;
  if (sign)
    ft_strbuf_append_char(out, sign);
  if (nprefix)
    ft_strbuf_append(out, prefix, nprefix);
  if (fs_fill(out, f->fill, spad) < 0)
    return -1;
  if (glen > 0) {
    if (ft_strbuf_reserve(out, (size_t)glen) < 0)
      return -1;
    char *end = out->data + out->len + glen;
    fs_grouped_write(end, glen, dig, (int64_t)nd, group, f->grouping, upper);
    out->len += (size_t)glen;
    out->data[out->len] = '\0';
  }
  if (nrest && ft_strbuf_append(out, rest, nrest) < 0)
    return -1;
  return fs_fill(out, f->fill, rpad);
}

/* On failure (no memory) the output is cut back to where it was, so a
 * caller never sees half a field. */
static int fs_number(const FtFormatSpec *f, bool neg, const char *prefix,
                     size_t nprefix, const char *dig, size_t nd,
                     const char *rest, size_t nrest, size_t rest_cp,
                     bool upper, FtStrBuf *out) {
  size_t start = out->len;
  int r = fs_number_raw(f, neg, prefix, nprefix, dig, nd, rest, nrest,
                        rest_cp, upper, out);
  if (r < 0)
    ft_strbuf_truncate(out, start);
  return r;
}

/* ---- appliers ------------------------------------------------------- */

/* Byte offset of code point number n in utf8[0..nbytes). */
static size_t fs_cp_offset(const char *s, size_t nbytes, size_t n) {
  size_t i = 0;
  for (; i < nbytes; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      if (n == 0)
        return i;
      n--;
    }
  }
  return nbytes;
}

int ft_formatspec_apply_str(const FtFormatSpec *f, const char *utf8,
                            size_t nbytes, size_t ncp, FtStrBuf *out) {
  if (f->precision >= 0 && (uint64_t)f->precision < ncp) {
    nbytes = fs_cp_offset(utf8, nbytes, (size_t)f->precision);
    ncp = (size_t)f->precision;
  }
  int64_t pad = f->width - (int64_t)ncp;
  int64_t lpad = 0, rpad = 0;
  if (pad > 0) {
    if (f->align == '>')
      lpad = pad;
    else if (f->align == '^') {
      lpad = pad / 2;
      rpad = pad - lpad;
    } else
      rpad = pad;
  }
  if (lpad + rpad > 0 && (uint64_t)(lpad + rpad) < SIZE_MAX / 8 &&
      ft_strbuf_reserve(out, nbytes + (size_t)(lpad + rpad) *
                                          fs_cp_len(f->fill)) < 0)
    return -1;
  size_t start = out->len;
  if (fs_fill(out, f->fill, lpad) < 0 ||
      ft_strbuf_append(out, utf8, nbytes) < 0 ||
      fs_fill(out, f->fill, rpad) < 0) {
    ft_strbuf_truncate(out, start);
    return -1;
  }
  return 0;
}

int ft_formatspec_apply_int(const FtFormatSpec *f, bool negative,
                            const char *digits, size_t ndigits,
                            FtStrBuf *out) {
  char prefix[2];
  size_t nprefix = 0;
  if (f->alternate) {
    switch (f->type) {
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      prefix[0] = '0';
      prefix[1] = (char)f->type;
      nprefix = 2;
      break;
    default:
      break;
    }
  }
  /* 'n' uses the C locale: no grouping (the parser rejects ',' and '_') */
  return fs_number(f, negative, prefix, nprefix, digits, ndigits, NULL, 0, 0,
                   f->type == 'X', out);
}

int ft_formatspec_apply_char(const FtFormatSpec *f, uint32_t cp,
                             FtStrBuf *out) {
  if (cp > 0x10FFFF)
    return -2;
  /* The character goes in the "rest" slot, so it is never grouped or
   * zero-padded as digits; the fill still applies (format(65, '05c') ==
   * '0000A'). */
  FtStrBuf tmp;
  ft_strbuf_init(&tmp);
  if (ft_strbuf_append_codepoint(&tmp, cp) < 0)
    return -1;
  int r = fs_number(f, false, NULL, 0, NULL, 0, tmp.data, tmp.len, 1, false,
                    out);
  ft_strbuf_free(&tmp);
  return r;
}

int ft_formatspec_apply_i64(const FtFormatSpec *f, int64_t v, FtStrBuf *out) {
  if (ft_formatspec_is_float_type(f))
    return ft_formatspec_apply_float(f, (double)v, out);
  if (f->type == 'c') {
    if (v < 0 || v > 0x10FFFF)
      return -2;
    return ft_formatspec_apply_char(f, (uint32_t)v, out);
  }
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  int base = ft_formatspec_int_base(f);
  char buf[64];
  char *p = buf + sizeof buf;
  do {
    *--p = "0123456789abcdef"[m % (unsigned)base];
    m /= (unsigned)base;
  } while (m);
  return ft_formatspec_apply_int(f, v < 0, p, (size_t)(buf + sizeof buf - p),
                                 out);
}

int ft_formatspec_apply_float(const FtFormatSpec *f, double x, FtStrBuf *out) {
  int flags = 0;
  if (f->alternate)
    flags |= FT_DTOA_ALT;
  if (f->no_neg_0)
    flags |= FT_DTOA_NO_NEG_0;
  int type = (int)f->type; /* 0, 'n' and '%' are understood by dtoa */
  int prec = f->precision < 0 ? -1 : (int)f->precision;
  /* Fast path: the number text is the whole result. */
  if (f->width < 0 && f->sign != '+' && f->sign != ' ' && !f->grouping)
    return ft_dtoa_format_buf(x, type, prec, flags, out);

  FtStrBuf num;
  ft_strbuf_init(&num);
  if (ft_dtoa_format_buf(x, type, prec, flags, &num) < 0) {
    ft_strbuf_free(&num);
    return -1;
  }
  const char *s = num.data;
  size_t n = num.len;
  bool neg = false;
  if (n > 0 && s[0] == '-') {
    neg = true;
    s++;
    n--;
  }
  size_t nd = 0; /* leading integer digits: the part that is grouped */
  while (nd < n && s[nd] >= '0' && s[nd] <= '9')
    nd++;
  int r = fs_number(f, neg, NULL, 0, s, nd, s + nd, n - nd, n - nd, false,
                    out);
  ft_strbuf_free(&num);
  return r;
}

/* ---- printf-style conversions ------------------------------------- */

int ft_formatspec_percent_base(char type) {
  switch (type) {
  case 'o':
    return 8;
  case 'x':
  case 'X':
    return 16;
  default:
    return 10;
  }
}

/* CPython's '%' padding: sign (and "0x" prefix) go before zero padding,
 * after space padding; '-' pads on the right with spaces. */
static int fs_percent_pad(int flags, int64_t width, char sign,
                          const char *prefix, size_t nprefix, int64_t nzeros,
                          const char *body, size_t nbody, bool upper,
                          FtStrBuf *out) {
  int64_t len = (sign != 0) + (int64_t)nprefix + nzeros + (int64_t)nbody;
  int64_t pad = width > len ? width - len : 0;
  if (ft_strbuf_reserve(out, (size_t)(len + pad)) < 0)
    return -1;
  bool ljust = (flags & FT_PERCENT_LJUST) != 0;
  bool zero = (flags & FT_PERCENT_ZERO) != 0 && !ljust;
  if (!ljust && !zero)
    ft_strbuf_append_repeat(out, ' ', (size_t)pad);
  if (sign)
    ft_strbuf_append_char(out, sign);
  if (nprefix)
    ft_strbuf_append(out, prefix, nprefix);
  if (zero)
    ft_strbuf_append_repeat(out, '0', (size_t)pad);
  ft_strbuf_append_repeat(out, '0', (size_t)nzeros);
  size_t start = out->len;
  ft_strbuf_append(out, body, nbody);
  if (upper)
    for (size_t i = start; i < out->len; i++)
      if (out->data[i] >= 'a' && out->data[i] <= 'z')
        out->data[i] = (char)(out->data[i] - 'a' + 'A');
  if (ljust)
    ft_strbuf_append_repeat(out, ' ', (size_t)pad);
  return 0;
}

static char fs_percent_sign(int flags, bool neg) {
  if (neg)
    return '-';
  if (flags & FT_PERCENT_SIGN)
    return '+';
  if (flags & FT_PERCENT_BLANK)
    return ' ';
  return 0;
}

int ft_formatspec_percent_int(int flags, int64_t width, int64_t prec,
                              char type, bool negative, const char *digits,
                              size_t ndigits, FtStrBuf *out) {
  char prefix[2];
  size_t nprefix = 0;
  if ((flags & FT_PERCENT_ALT) &&
      (type == 'o' || type == 'x' || type == 'X')) {
    prefix[0] = '0';
    prefix[1] = type;
    nprefix = 2;
  }
  /* precision = minimum number of digits */
  int64_t nzeros = prec > (int64_t)ndigits ? prec - (int64_t)ndigits : 0;
  return fs_percent_pad(flags, width, fs_percent_sign(flags, negative), prefix,
                        nprefix, nzeros, digits, ndigits, type == 'X',
                        out);
}

int ft_formatspec_percent_float(int flags, int64_t width, int64_t prec,
                                char type, double x, FtStrBuf *out) {
  FtStrBuf num;
  ft_strbuf_init(&num);
  int p = prec < 0 ? 6 : prec > INT_MAX ? INT_MAX : (int)prec;
  if (ft_dtoa_format_buf(x, type, p, (flags & FT_PERCENT_ALT) ? FT_DTOA_ALT : 0,
                         &num) < 0) {
    ft_strbuf_free(&num);
    return -1;
  }
  const char *s = num.data;
  size_t n = num.len;
  bool neg = n > 0 && s[0] == '-';
  if (neg) {
    s++;
    n--;
  }
  int r = fs_percent_pad(flags, width, fs_percent_sign(flags, neg), NULL, 0,
                         0, s, n, false, out);
  ft_strbuf_free(&num);
  return r;
}

int ft_formatspec_percent_str(int flags, int64_t width, int64_t prec,
                              char type, const char *utf8, size_t nbytes,
                              size_t ncp, FtStrBuf *out) {
  if (type != 'c' && prec >= 0 && (uint64_t)prec < ncp) {
    nbytes = fs_cp_offset(utf8, nbytes, (size_t)prec);
    ncp = (size_t)prec;
  }
  int64_t pad = width > (int64_t)ncp ? width - (int64_t)ncp : 0;
  if (ft_strbuf_reserve(out, nbytes + (size_t)pad) < 0)
    return -1;
  if (!(flags & FT_PERCENT_LJUST))
    ft_strbuf_append_repeat(out, ' ', (size_t)pad);
  ft_strbuf_append(out, utf8, nbytes);
  if (flags & FT_PERCENT_LJUST)
    ft_strbuf_append_repeat(out, ' ', (size_t)pad);
  return 0;
}
