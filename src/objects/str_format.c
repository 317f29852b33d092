/*
 * str_format.c -- text formatting for str: format(x, spec) for str, int and
 * float values (ft_str_format_spec), the str.format / format_map template
 * language, and printf-style `fmt % args`.
 *
 * Representation: nothing of its own.  Every entry point renders into one
 * FtStrBuf (runtime/strbuf.h) and turns it into a str at the end; the
 * format-spec mini-language itself (parsing, padding, number layout) lives
 * in formatspec.c and float digits in dtoa.c, shared with int and float.
 *
 * str.format follows CPython's MarkupIterator: literal text with {{ and }}
 * escapes, fields {name!conv:spec} where name is an auto/explicit index or
 * a keyword followed by .attr / [key] lookups, and a spec that may itself
 * contain fields (expanded first, at most two levels deep).  Errors carry
 * CPython 3.11's exact messages.
 *
 * Synchronization rule: no shared state; the arguments are only read, and
 * user code (__format__, __str__, __getitem__, __getattr__) runs with no
 * lock held.
 */
#include "ft.h"
#include "objects/formatspec.h"
#include "runtime/strbuf.h"

#include <limits.h>
#include <string.h>

#define UNUSED(x) (void)(x)

static FtValue buf_nomem(FtStrBuf *b) {
  ft_strbuf_free(b);
  return ft_err_nomemory();
}

static FtValue buf_to_str(FtStrBuf *b) {
  FtValue r = ft_str_new(b->data, b->len);
  ft_strbuf_free(b);
  return r;
}

static inline int is_float(FtValue v) {
  return !ft_is_small(v) && ft_isinstance_type(v, &FtFloat_Type);
}

/* ==== format(value, spec) for str, int and float ========================== */

/* |v| of an int written in `base` into out (no sign, no prefix); *neg gets
 * the sign.  Returns 0 or -1 with an error. */
static int int_digits(FtValue v, int base, int *neg, FtStrBuf *out) {
  if (ft_is_small(v)) {
    intptr_t i = ft_small_val(v);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    char tmp[72], *p = tmp + sizeof tmp;
    do {
      *--p = "0123456789abcdef"[u % (unsigned)base];
      u /= (unsigned)base;
    } while (u);
    *neg = i < 0;
    if (ft_strbuf_append(out, p, (size_t)(tmp + sizeof tmp - p)) < 0) {
      ft_err_nomemory();
      return -1;
    }
    return 0;
  }
  FtValue s = base == 10 ? ft_int_str(v) : ft_int_format_base(v, base, 0);
  if (!s)
    return -1;
  const char *d = ft_str_data(s);
  size_t n = ft_str_size(s);
  *neg = n && d[0] == '-';
  if (*neg) {
    d++;
    n--;
  }
  /* tolerate a base prefix in case the int helper adds one */
  if (base != 10 && n > 2 && d[0] == '0' && (d[1] | 32) != '0' &&
      ((d[1] | 32) == 'x' || (d[1] | 32) == 'o' || (d[1] | 32) == 'b')) {
    d += 2;
    n -= 2;
  }
  int r = ft_strbuf_append(out, d, n);
  ft_decref(s);
  if (r < 0) {
    ft_err_nomemory();
    return -1;
  }
  return 0;
}

static int spec_error(const char *msg) {
  ft_err_format(&FtExc_ValueError, "%s", msg);
  return -1;
}

/* Render v under spec into out.  Returns 0, -1 with an error set, or 1 if
 * v is not a str, int or float (nothing done). */
static int format_builtin(FtValue v, const char *spec, size_t slen,
                          FtStrBuf *out) {
  char err[320];
  FtFormatSpec f;
  if (ft_str_check(v)) {
    if (ft_formatspec_parse(spec, slen, FT_FORMAT_STR, ft_type_name(v), &f,
                            err, sizeof err) < 0)
      return spec_error(err);
    if (ft_formatspec_apply_str(&f, ft_str_data(v), ft_str_size(v),
                                ft_str_len(v), out) < 0)
      goto nomem;
    return 0;
  }
  if (ft_int_check(v)) {
    if (ft_formatspec_parse(spec, slen, FT_FORMAT_INT, ft_type_name(v), &f,
                            err, sizeof err) < 0)
      return spec_error(err);
    if (ft_formatspec_is_float_type(&f)) {
      double d = ft_is_small(v) ? (double)ft_small_val(v) : ft_int_as_double(v);
      if (d == -1.0 && ft_err_occurred())
        return -1;
      if (ft_formatspec_apply_float(&f, d, out) < 0)
        goto nomem;
      return 0;
    }
    int base = ft_formatspec_int_base(&f);
    if (base == 0) { /* 'c' */
      int64_t cp;
      int ovf = 0;
      if (ft_int_as_i64(v, &cp, &ovf) < 0 && !ovf)
        return -1;
      if (ovf || cp < 0 || cp > 0x10FFFF) {
        ft_err_clear();
        ft_err_format(&FtExc_OverflowError, "%s",
                      ovf ? "Python int too large to convert to C long"
                          : FT_FORMATSPEC_CHAR_RANGE_MSG);
        return -1;
      }
      if (ft_formatspec_apply_char(&f, (uint32_t)cp, out) < 0)
        goto nomem;
      return 0;
    }
    FtStrBuf digits;
    ft_strbuf_init(&digits);
    int neg;
    if (int_digits(v, base, &neg, &digits) < 0) {
      ft_strbuf_free(&digits);
      return -1;
    }
    int r = ft_formatspec_apply_int(&f, neg, digits.data, digits.len, out);
    ft_strbuf_free(&digits);
    if (r < 0)
      goto nomem;
    return 0;
  }
  if (is_float(v)) {
    if (ft_formatspec_parse(spec, slen, FT_FORMAT_FLOAT, ft_type_name(v), &f,
                            err, sizeof err) < 0)
      return spec_error(err);
    if (ft_formatspec_apply_float(&f, ft_float_val(v), out) < 0)
      goto nomem;
    return 0;
  }
  return 1;
nomem:
  ft_err_nomemory();
  return -1;
}

FtValue ft_str_format_spec(FtValue v, FtValue spec) {
  size_t slen = ft_str_size(spec);
  if (slen == 0) /* format(x, '') is str(x), even for subclasses */
    return ft_to_str(v);
  FtStrBuf b;
  ft_strbuf_init(&b);
  int r = format_builtin(v, ft_str_data(spec), slen, &b);
  if (r == 1) {
    ft_strbuf_free(&b);
    return ft_err_format(&FtExc_TypeError,
                         "unsupported format string passed to %T.__format__", v);
  }
  if (r < 0) {
    ft_strbuf_free(&b);
    return 0;
  }
  return buf_to_str(&b);
}

/* Append format(v, spec) to out, using the built-in renderers directly for
 * exact str/int/float (no intermediate str) and ft_format otherwise. */
static int append_formatted(FtStrBuf *out, FtValue v, const char *spec,
                            size_t slen, FtValue spec_obj) {
  FtType *t = ft_type(v);
  if (slen == 0) {
    if (t == &FtStr_Type)
      return ft_strbuf_append(out, ft_str_data(v), ft_str_size(v)) < 0
                 ? (ft_err_nomemory(), -1)
                 : 0;
    if (ft_is_small(v)) {
      char tmp[32];
      int n = snprintf(tmp, sizeof tmp, "%ld", (long)ft_small_val(v));
      return ft_strbuf_append(out, tmp, (size_t)n) < 0 ? (ft_err_nomemory(), -1)
                                                        : 0;
    }
  } else if (t == &FtStr_Type || t == &FtInt_Type || t == &FtFloat_Type) {
    return format_builtin(v, spec, slen, out);
  }
  FtValue so = spec_obj ? ft_newref(spec_obj) : ft_str_new(spec, slen);
  if (!so)
    return -1;
  FtValue s = ft_format(v, so);
  ft_decref(so);
  if (!s)
    return -1;
  int r = ft_strbuf_append(out, ft_str_data(s), ft_str_size(s));
  ft_decref(s);
  if (r < 0) {
    ft_err_nomemory();
    return -1;
  }
  return 0;
}

/* ==== str.format ========================================================== */

/* Where field values come from: positional args + keyword names/values, or
 * a mapping (format_map).  auto_idx tracks automatic numbering: -1 once
 * manual numbering was used. */
typedef struct {
  const FtValue *args;
  size_t nargs;
  FtValue kwnames; /* tuple or 0 */
  FtValue mapping; /* format_map, or 0 */
  intptr_t auto_idx;
  int manual;
} FmtArgs;

static int all_digits(const char *p, size_t n) {
  if (n == 0)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (p[i] < '0' || p[i] > '9')
      return 0;
  return 1;
}

/* Parse a decimal index; -1 with ValueError on overflow. */
static intptr_t parse_index(const char *p, size_t n) {
  intptr_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (v > (INTPTR_MAX - 9) / 10) {
      ft_err_format(&FtExc_ValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (p[i] - '0');
  }
  return v;
}

/* The value of the first part of a field name (new ref). */
static FtValue lookup_first(FmtArgs *fa, const char *p, size_t n) {
  intptr_t idx;
  if (n == 0) {
    if (fa->manual) {
      ft_err_format(&FtExc_ValueError, "cannot switch from manual field "
                                       "specification to automatic field numbering");
      return 0;
    }
    idx = fa->auto_idx++;
  } else if (all_digits(p, n)) {
    if (fa->auto_idx > 0) {
      ft_err_format(&FtExc_ValueError, "cannot switch from automatic field "
                                       "numbering to manual field specification");
      return 0;
    }
    fa->manual = 1;
    idx = parse_index(p, n);
    if (idx < 0)
      return 0;
  } else {
    FtValue key = ft_str_new(p, n);
    if (!key)
      return 0;
    if (fa->mapping) {
      FtValue v = ft_getitem(fa->mapping, key);
      ft_decref(key);
      return v;
    }
    if (fa->kwnames) {
      size_t nk = ft_tuple_len(fa->kwnames);
      for (size_t i = 0; i < nk; i++)
        if (ft_str_eq(ft_tuple_get(fa->kwnames, i), key)) {
          ft_decref(key);
          return ft_newref(fa->args[fa->nargs + i]);
        }
    }
    ft_err_set_value(&FtExc_KeyError, key);
    ft_decref(key);
    return 0;
  }
  if (fa->mapping) {
    ft_err_format(&FtExc_ValueError, "Format string contains positional fields");
    return 0;
  }
  if ((size_t)idx >= fa->nargs) {
    ft_err_format(&FtExc_IndexError,
                  "Replacement index %zd out of range for positional args tuple",
                  (ssize_t)idx);
    return 0;
  }
  return ft_newref(fa->args[idx]);
}

/* Resolve a whole field name: first part, then .attr and [key] parts. */
static FtValue resolve_field(FmtArgs *fa, const char *p, size_t n) {
  size_t i = 0;
  while (i < n && p[i] != '.' && p[i] != '[')
    i++;
  FtValue obj = lookup_first(fa, p, i);
  if (!obj)
    return 0;
  while (i < n) {
    FtValue next;
    if (p[i] == '.') {
      size_t j = ++i;
      while (i < n && p[i] != '.' && p[i] != '[')
        i++;
      if (i == j) {
        ft_decref(obj);
        return ft_err_format(&FtExc_ValueError, "Empty attribute in format string");
      }
      FtValue name = ft_str_new(p + j, i - j);
      if (!name) {
        ft_decref(obj);
        return 0;
      }
      next = ft_getattr(obj, name);
      ft_decref(name);
    } else if (p[i] == '[') {
      size_t j = ++i;
      while (i < n && p[i] != ']')
        i++;
      if (i >= n) {
        ft_decref(obj);
        return ft_err_format(&FtExc_ValueError, "Missing ']' in format string");
      }
      if (i == j) {
        ft_decref(obj);
        return ft_err_format(&FtExc_ValueError, "Empty attribute in format string");
      }
      FtValue key;
      if (all_digits(p + j, i - j)) {
        intptr_t k = parse_index(p + j, i - j);
        key = k < 0 ? 0 : ft_int_from_i64(k);
      } else {
        key = ft_str_new(p + j, i - j);
      }
      i++; /* past ']' */
      if (!key) {
        ft_decref(obj);
        return 0;
      }
      next = ft_getitem(obj, key);
      ft_decref(key);
      if (i < n && p[i] != '.' && p[i] != '[') {
        ft_xdecref(next);
        ft_decref(obj);
        return ft_err_format(&FtExc_ValueError, "Only '.' or '[' may follow ']' "
                                                "in format field specifier");
      }
    } else {
      ft_decref(obj);
      return ft_err_format(&FtExc_ValueError, "Only '.' or '[' may follow ']' "
                                              "in format field specifier");
    }
    ft_decref(obj);
    if (!next)
      return 0;
    obj = next;
  }
  return obj;
}

static int render(FmtArgs *fa, const char *p, size_t n, int depth,
                  FtStrBuf *out);

/* A parsed replacement field: name, conversion and spec (byte ranges of
 * the template). */
typedef struct {
  size_t name_start, name_end;
  char conv;
  size_t spec_start, spec_end;
  int expand; /* the spec contains nested fields */
} Field;

/* Parse the field that starts at p[*pos] (just after its '{'), as CPython
 * 3.11's parse_field does; *pos ends after the closing '}'. */
static int parse_field(const char *p, size_t n, size_t *pos, Field *f) {
  size_t i = *pos;
  char c = 0;
  f->conv = 0;
  f->expand = 0;
  f->name_start = i;
  f->spec_start = f->spec_end = 0;
  while (i < n) {
    c = p[i++];
    if (c == '{') {
      ft_err_format(&FtExc_ValueError, "unexpected '{' in field name");
      return -1;
    }
    if (c == '[') {
      while (i < n && p[i] != ']')
        i++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!')
      break;
  }
  f->name_end = i - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (i >= n) {
        ft_err_format(&FtExc_ValueError,
                      "end of string while looking for conversion specifier");
        return -1;
      }
      f->conv = p[i++];
      while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80)
        i++; /* the rest of a non-ASCII conversion character */
      if (f->conv == 0)
        f->conv = 1; /* a NUL conversion is still "given" */
      if (i < n) {
        c = p[i++];
        if (c == '}') {
          *pos = i;
          return 0;
        }
        if (c != ':') {
          ft_err_format(&FtExc_ValueError, "expected ':' after conversion specifier");
          return -1;
        }
      }
    }
    f->spec_start = i;
    int count = 1;
    while (i < n) {
      c = p[i++];
      if (c == '{') {
        f->expand = 1;
        count++;
      } else if (c == '}' && --count == 0) {
        f->spec_end = i - 1;
        *pos = i;
        return 0;
      }
    }
    ft_err_format(&FtExc_ValueError, "unmatched '{' in format spec");
    return -1;
  }
  if (c != '}' || i > n) {
    ft_err_format(&FtExc_ValueError, "expected '}' before end of string");
    return -1;
  }
  if (f->name_end >= n || p[f->name_end] != '}') {
    ft_err_format(&FtExc_ValueError, "expected '}' before end of string");
    return -1;
  }
  *pos = i;
  return 0;
}

/* Render one parsed field into out. */
static int render_field(FmtArgs *fa, const char *p, const Field *f, int depth,
                        FtStrBuf *out) {
  FtValue obj = resolve_field(fa, p + f->name_start, f->name_end - f->name_start);
  if (!obj)
    return -1;
  char conv = f->conv;
  if (conv) {
    FtValue c;
    if (conv == 'r')
      c = ft_repr(obj);
    else if (conv == 's')
      c = ft_to_str(obj);
    else if (conv == 'a')
      c = ft_ascii(obj);
    else {
      ft_decref(obj);
      unsigned char uc = (unsigned char)(conv == 1 ? 0 : conv);
      if (uc > 32 && uc < 127)
        ft_err_format(&FtExc_ValueError, "Unknown conversion specifier %c", uc);
      else if (uc < 0x80)
        ft_err_format(&FtExc_ValueError, "Unknown conversion specifier \\x%x",
                      (unsigned)uc);
      else {
        /* a non-ASCII conversion character: decode it for the message */
        size_t k = 1;
        const unsigned char *q = (const unsigned char *)p + f->name_end + 1;
        uint32_t cp = uc;
        if (uc >= 0xC0) {
          k = uc < 0xE0 ? 2 : uc < 0xF0 ? 3 : 4;
          cp &= k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07;
          for (size_t m = 1; m < k; m++)
            cp = (cp << 6) | (q[m] & 0x3F);
        }
        if (cp <= 0xFF)
          ft_err_format(&FtExc_ValueError, "Unknown conversion specifier \\x%x", cp);
        else if (cp <= 0xFFFF)
          ft_err_format(&FtExc_ValueError, "Unknown conversion specifier \\u%04x", cp);
        else
          ft_err_format(&FtExc_ValueError, "Unknown conversion specifier \\U%08x", cp);
      }
      return -1;
    }
    ft_decref(obj);
    if (!c)
      return -1;
    obj = c;
  }
  const char *spec = p + f->spec_start;
  size_t slen = f->spec_end - f->spec_start;
  int r;
  if (f->expand) {
    FtStrBuf sb;
    ft_strbuf_init(&sb);
    if (render(fa, spec, slen, depth - 1, &sb) < 0) {
      ft_strbuf_free(&sb);
      ft_decref(obj);
      return -1;
    }
    r = append_formatted(out, obj, sb.data, sb.len, 0);
    ft_strbuf_free(&sb);
  } else {
    r = append_formatted(out, obj, spec, slen, 0);
  }
  ft_decref(obj);
  return r;
}

/* Render template p[0..n) into out (CPython's MarkupIterator). */
static int render(FmtArgs *fa, const char *p, size_t n, int depth,
                  FtStrBuf *out) {
  if (depth <= 0) {
    ft_err_format(&FtExc_ValueError, "Max string recursion exceeded");
    return -1;
  }
  size_t i = 0;
  while (i < n) {
    /* literal text up to the next brace */
    size_t j = i;
    while (j < n && p[j] != '{' && p[j] != '}')
      j++;
    if (j > i && ft_strbuf_append(out, p + i, j - i) < 0)
      goto nomem;
    if (j >= n)
      break;
    char c = p[j];
    if (j + 1 < n && p[j + 1] == c) { /* {{ or }} */
      if (ft_strbuf_append_char(out, c) < 0)
        goto nomem;
      i = j + 2;
      continue;
    }
    if (c == '}') {
      ft_err_format(&FtExc_ValueError, "Single '}' encountered in format string");
      return -1;
    }
    if (j + 1 >= n) {
      ft_err_format(&FtExc_ValueError, "Single '{' encountered in format string");
      return -1;
    }
    Field f;
    size_t pos = j + 1;
    if (parse_field(p, n, &pos, &f) < 0)
      return -1;
    if (render_field(fa, p, &f, depth, out) < 0)
      return -1;
    i = pos;
  }
  return 0;
nomem:
  ft_err_nomemory();
  return -1;
}

static FtValue format_common(FtValue fmt, FmtArgs *fa) {
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (render(fa, ft_str_data(fmt), ft_str_size(fmt), 2, &b) < 0) {
    ft_strbuf_free(&b);
    return 0;
  }
  return buf_to_str(&b);
}

FtValue ft_str_format_method(FtValue fmt, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  FmtArgs fa = {args, nargs, kwnames && ft_tuple_len(kwnames) ? kwnames : 0,
                0, 0, 0};
  return format_common(fmt, &fa);
}

FtValue ft_str_format_map(FtValue fmt, FtValue mapping) {
  FmtArgs fa = {NULL, 0, 0, mapping, 0, 0};
  return format_common(fmt, &fa);
}

/* ==== printf-style formatting: fmt % args ================================= */

/* Text of v under %s / %r / %a (new ref). */
static FtValue percent_text(FtValue v, char type) {
  if (type == 's')
    return ft_to_str(v);
  if (type == 'r')
    return ft_repr(v);
  return ft_ascii(v);
}

/* An int for %d/%i/%u (floats truncate) or %x/%X/%o (ints only); new ref
 * or 0 with CPython's TypeError. */
static FtValue percent_int_arg(FtValue v, char type) {
  if (ft_is_small(v) || ft_int_check(v))
    return ft_newref(v);
  FtType *t = ft_type(v);
  int real = type == 'd' || type == 'i' || type == 'u';
  FtValue r = 0;
  /* A number whose conversion fails with TypeError (say, only __float__
   * for %d) reports the same "required" error as a non-number. */
  if (real && (t->index || t->int_ || t->float_ || is_float(v))) {
    if ((r = ft_number_int(v)) || !ft_err_matches(&FtExc_TypeError))
      return r;
    ft_err_clear();
  } else if (!real && t->index) {
    if ((r = ft_index(v)) || !ft_err_matches(&FtExc_TypeError))
      return r;
    ft_err_clear();
  }
  return ft_err_format(&FtExc_TypeError, real
                           ? "%%%c format: a real number is required, not %T"
                           : "%%%c format: an integer is required, not %T",
                       type, v);
}

/* bytes % args: %s/%b of a bytes-like or __bytes__ object, %r/%a as ASCII,
 * %c of an int < 256 or a 1-byte bytes; padding counts bytes. */
static int percent_bytes_text(FtStrBuf *out, char type, int flags,
                              int64_t width, int64_t prec, FtValue v) {
  FtValue owner = 0;
  const char *d;
  size_t n;
  char ch;
  if (type == 'r' || type == 'a') {
    owner = ft_ascii(v);
    if (!owner)
      return -1;
    d = ft_str_data(owner);
    n = ft_str_size(owner);
  } else if (type == 'c') {
    if (ft_is_small(v) || ft_int_check(v)) {
      int64_t i;
      int ovf = 0;
      if (ft_int_as_i64(v, &i, &ovf) < 0 && !ovf)
        return -1;
      if (ovf || i < 0 || i > 255) {
        ft_err_clear();
        ft_err_format(&FtExc_OverflowError, "%%c arg not in range(256)");
        return -1;
      }
      ch = (char)i;
      d = &ch;
      n = 1;
    } else {
      owner = ft_bytes_coerce(v);
      if (!owner || ft_bytes_size(owner) != 1) {
        ft_xdecref(owner);
        if (!ft_err_occurred())
          ft_err_format(&FtExc_TypeError,
                        "%%c requires an integer in range(256) or a single byte");
        return -1;
      }
      d = ft_bytes_data(owner);
      n = 1;
    }
    prec = -1;
  } else {
    owner = ft_bytes_coerce(v);
    if (!owner && !ft_err_occurred() && !ft_is_small(v)) {
      FtValue name = ft_str_intern_cstr("__bytes__");
      if (name && ft_type_lookup(ft_type(v), name)) {
        owner = ft_call_method(v, "__bytes__", NULL, 0);
        if (owner && !ft_bytes_check(owner)) {
          ft_err_format(&FtExc_TypeError, "__bytes__ returned non-bytes (type %T)",
                        owner);
          ft_decref(owner);
          return -1;
        }
      }
    }
    if (!owner) {
      if (!ft_err_occurred())
        ft_err_format(&FtExc_TypeError,
                      "%%b requires a bytes-like object, or an object that "
                      "implements __bytes__, not '%T'",
                      v);
      return -1;
    }
    d = ft_bytes_data(owner);
    n = ft_bytes_size(owner);
  }
  if (prec >= 0 && (size_t)prec < n)
    n = (size_t)prec;
  size_t pad = width > 0 && (size_t)width > n ? (size_t)width - n : 0;
  int r = 0;
  if (!(flags & FT_PERCENT_LJUST))
    r |= ft_strbuf_append_repeat(out, ' ', pad);
  r |= ft_strbuf_append(out, d, n);
  if (flags & FT_PERCENT_LJUST)
    r |= ft_strbuf_append_repeat(out, ' ', pad);
  ft_xdecref(owner);
  if (r < 0) {
    ft_err_nomemory();
    return -1;
  }
  return 0;
}

static int percent_one(FtStrBuf *out, char type, int flags, int64_t width,
                       int64_t prec, FtValue v, int bytes_mode) {
  if (bytes_mode && (type == 's' || type == 'b' || type == 'r' || type == 'a' ||
                     type == 'c'))
    return percent_bytes_text(out, type, flags, width, prec, v);
  switch (type) {
  case 's':
  case 'r':
  case 'a': {
    if (type == 's' && width < 0 && prec < 0 && ft_isinstance_exact(v, &FtStr_Type))
      return ft_strbuf_append(out, ft_str_data(v), ft_str_size(v)) < 0
                 ? (ft_err_nomemory(), -1)
                 : 0;
    FtValue s = percent_text(v, type);
    if (!s)
      return -1;
    int r = ft_formatspec_percent_str(flags, width, prec, type, ft_str_data(s),
                                      ft_str_size(s), ft_str_len(s), out);
    ft_decref(s);
    return r < 0 ? (ft_err_nomemory(), -1) : 0;
  }
  case 'c': {
    uint32_t cp;
    if (ft_str_check(v)) {
      if (ft_str_len(v) != 1) {
        ft_err_format(&FtExc_TypeError, "%%c requires int or char");
        return -1;
      }
      FtValue s = v;
      return ft_formatspec_percent_str(flags, width, -1, 'c', ft_str_data(s),
                                       ft_str_size(s), 1, out) < 0
                 ? (ft_err_nomemory(), -1)
                 : 0;
    }
    if (!ft_is_small(v) && !ft_int_check(v) && !ft_type(v)->index) {
      ft_err_format(&FtExc_TypeError, "%%c requires int or char");
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
    if (ovf || i < 0 || i > 0x10FFFF) {
      ft_err_clear();
      ft_err_format(&FtExc_OverflowError, "%%c arg not in range(0x110000)");
      return -1;
    }
    cp = (uint32_t)i;
    FtStrBuf cb;
    ft_strbuf_init(&cb);
    if (ft_strbuf_append_codepoint(&cb, cp) < 0 ||
        ft_formatspec_percent_str(flags, width, -1, 'c', cb.data, cb.len, 1,
                                  out) < 0) {
      ft_strbuf_free(&cb);
      ft_err_nomemory();
      return -1;
    }
    ft_strbuf_free(&cb);
    return 0;
  }
  case 'd':
  case 'i':
  case 'u':
  case 'x':
  case 'X':
  case 'o': {
    if (type != 'o' && type != 'x' && type != 'X' && is_float(v)) {
      /* %d of a float: truncate (big values through int()) */
      double d = ft_float_val(v);
      if (d > -9e18 && d < 9e18) {
        int64_t i = (int64_t)d;
        char tmp[32];
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)u);
        return ft_formatspec_percent_int(flags, width, prec, type, i < 0, tmp,
                                         (size_t)n, out) < 0
                   ? (ft_err_nomemory(), -1)
                   : 0;
      }
    }
    FtValue iv = percent_int_arg(v, type);
    if (!iv)
      return -1;
    FtStrBuf digits;
    ft_strbuf_init(&digits);
    int neg;
    int base = ft_formatspec_percent_base(type);
    int r = int_digits(iv, base, &neg, &digits);
    ft_decref(iv);
    if (r == 0 && ft_formatspec_percent_int(flags, width, prec, type, neg,
                                            digits.data, digits.len, out) < 0) {
      ft_err_nomemory();
      r = -1;
    }
    ft_strbuf_free(&digits);
    return r;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double d;
    if (is_float(v))
      d = ft_float_val(v);
    else if (ft_is_small(v))
      d = (double)ft_small_val(v);
    else {
      FtType *t = ft_type(v);
      if (!ft_int_check(v) && !t->float_ && !t->index) {
        ft_err_format(&FtExc_TypeError,
                      bytes_mode ? "float argument required, not %T" : "must be real number, not %T",
                      v);
        return -1;
      }
      d = ft_float_as_double(v);
      if (d == -1.0 && ft_err_occurred())
        return -1;
    }
    return ft_formatspec_percent_float(flags, width, prec, type, d, out) < 0
               ? (ft_err_nomemory(), -1)
               : 0;
  }
  default:
    return 1;
  }
}

/* The %-formatting engine for str (bytes_mode 0) and bytes (1): renders
 * p[0..n) with args into a fresh buffer; returns a str / bytes. */
static FtValue percent_format(const char *p, size_t n, FtValue args,
                              int bytes_mode) {
  const FtValue *items;
  size_t nitems;
  FtValue dict = 0;
  if (ft_isinstance_type(args, &FtTuple_Type)) {
    items = ft_tuple_items(args);
    nitems = ft_tuple_len(args);
  } else {
    items = &args;
    nitems = 1;
    FtType *t = ft_type(args);
    if (t->getitem && !ft_str_check(args) &&
        !(bytes_mode && (ft_bytes_check(args) || ft_isinstance_type(args, &FtByteArray_Type))))
      dict = args;
  }
  size_t argidx = 0;
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_strbuf_reserve(&b, n + 16) < 0)
    return buf_nomem(&b);
  size_t i = 0;
  /* code-point index of the conversion char, for error messages */
  while (i < n) {
    const char *pct = memchr(p + i, '%', n - i);
    size_t j = pct ? (size_t)(pct - p) : n;
    if (j > i && ft_strbuf_append(&b, p + i, j - i) < 0)
      return buf_nomem(&b);
    if (j >= n)
      break;
    i = j + 1;
    FtValue v = 0, keyed = 0;
    int flags = 0;
    int64_t width = -1, prec = -1;
    if (i < n && p[i] == '(') {
      if (!dict) {
        ft_strbuf_free(&b);
        return ft_err_format(&FtExc_TypeError, "format requires a mapping");
      }
      size_t k = ++i;
      int depth = 1;
      while (i < n && depth) {
        if (p[i] == '(')
          depth++;
        else if (p[i] == ')')
          depth--;
        i++;
      }
      if (depth) {
        ft_strbuf_free(&b);
        return ft_err_format(&FtExc_ValueError, "incomplete format key");
      }
      FtValue key = bytes_mode ? ft_bytes_new(p + k, i - 1 - k)
                               : ft_str_new(p + k, i - 1 - k);
      if (!key) {
        ft_strbuf_free(&b);
        return 0;
      }
      keyed = ft_getitem(dict, key);
      ft_decref(key);
      if (!keyed) {
        ft_strbuf_free(&b);
        return 0;
      }
      /* with a key, the argument list is not consumed */
      nitems = 0;
      argidx = 0;
    }
    for (; i < n; i++) {
      char c = p[i];
      if (c == '-')
        flags |= FT_PERCENT_LJUST;
      else if (c == '+')
        flags |= FT_PERCENT_SIGN;
      else if (c == ' ')
        flags |= FT_PERCENT_BLANK;
      else if (c == '#')
        flags |= FT_PERCENT_ALT;
      else if (c == '0')
        flags |= FT_PERCENT_ZERO;
      else
        break;
    }
    /* width */
    if (i < n && p[i] == '*') {
      i++;
      if (argidx >= nitems) {
        ft_xdecref(keyed);
        ft_strbuf_free(&b);
        return ft_err_format(&FtExc_TypeError,
                             "not enough arguments for format string");
      }
      FtValue w = items[argidx++];
      if (!ft_is_small(w) && !ft_int_check(w)) {
        ft_xdecref(keyed);
        ft_strbuf_free(&b);
        return ft_err_format(&FtExc_TypeError, "* wants int");
      }
      intptr_t wv = ft_is_small(w) ? ft_small_val(w) : ft_int_as_ssize(w);
      if (wv == -1 && ft_err_occurred()) {
        ft_xdecref(keyed);
        ft_strbuf_free(&b);
        return 0;
      }
      if (wv < 0) {
        flags |= FT_PERCENT_LJUST;
        wv = -wv;
      }
      width = wv;
    } else {
      while (i < n && p[i] >= '0' && p[i] <= '9') {
        if (width < 0)
          width = 0;
        if (width > (INT64_MAX - 9) / 10) {
          ft_xdecref(keyed);
          ft_strbuf_free(&b);
          return ft_err_format(&FtExc_ValueError, "width too big");
        }
        width = width * 10 + (p[i++] - '0');
      }
    }
    /* precision */
    if (i < n && p[i] == '.') {
      i++;
      prec = 0;
      if (i < n && p[i] == '*') {
        i++;
        if (argidx >= nitems) {
          ft_xdecref(keyed);
          ft_strbuf_free(&b);
          return ft_err_format(&FtExc_TypeError,
                               "not enough arguments for format string");
        }
        FtValue w = items[argidx++];
        if (!ft_is_small(w) && !ft_int_check(w)) {
          ft_xdecref(keyed);
          ft_strbuf_free(&b);
          return ft_err_format(&FtExc_TypeError, "* wants int");
        }
        intptr_t pv = ft_is_small(w) ? ft_small_val(w) : ft_int_as_ssize(w);
        if (pv == -1 && ft_err_occurred()) {
          ft_xdecref(keyed);
          ft_strbuf_free(&b);
          return 0;
        }
        prec = pv < 0 ? 0 : pv;
      } else {
        while (i < n && p[i] >= '0' && p[i] <= '9') {
          /* CPython parses the precision as a C int */
          if (prec > (INT_MAX - (p[i] - '0')) / 10) {
            ft_xdecref(keyed);
            ft_strbuf_free(&b);
            return ft_err_format(&FtExc_ValueError, "precision too big");
          }
          prec = prec * 10 + (p[i++] - '0');
        }
      }
    }
    /* length modifiers are accepted and ignored */
    while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L'))
      i++;
    if (i >= n) {
      ft_xdecref(keyed);
      ft_strbuf_free(&b);
      return ft_err_format(&FtExc_ValueError, "incomplete format");
    }
    char type = p[i++];
    /* only a bare "%%" is a literal percent; with a key, flags, width or
     * precision CPython takes an argument and rejects '%' as a conversion */
    if (type == '%' && i == j + 2) {
      ft_xdecref(keyed);
      if (ft_strbuf_append_char(&b, '%') < 0)
        return buf_nomem(&b);
      continue;
    }
    if (keyed) {
      v = keyed;
    } else {
      if (argidx >= nitems) {
        ft_strbuf_free(&b);
        return ft_err_format(&FtExc_TypeError,
                             "not enough arguments for format string");
      }
      v = items[argidx++];
    }
    if (bytes_mode && type == 'b')
      type = 's';
    int r = percent_one(&b, type, flags, width, prec, v, bytes_mode);
    ft_xdecref(keyed);
    if (r == 1) {
      /* unknown conversion: CPython shows printable ASCII, else '?', and
       * the code point and code-point index of the character */
      size_t start = i - 1;
      const unsigned char *cd = (const unsigned char *)p + start;
      uint32_t cp = cd[0];
      if (cp >= 0xC0) {
        size_t len = cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
        cp &= len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07;
        for (size_t q = 1; q < len && start + q < n; q++)
          cp = (cp << 6) | (cd[q] & 0x3F);
      }
      size_t idx = 0;
      for (size_t q = 0; q < start; q++)
        idx += ((unsigned char)p[q] & 0xC0) != 0x80;
      ft_strbuf_free(&b);
      return ft_err_format(&FtExc_ValueError,
                           "unsupported format character '%c' (0x%x) at index %zu",
                           (cp >= 32 && cp <= 126) ? (int)cp : '?', cp, idx);
    }
    if (r < 0) {
      ft_strbuf_free(&b);
      return 0;
    }
  }
  if (argidx < nitems && !dict) {
    ft_strbuf_free(&b);
    return ft_err_format(&FtExc_TypeError,
                         bytes_mode ? "not all arguments converted during bytes formatting"
                                    : "not all arguments converted during string formatting");
  }
  if (bytes_mode) {
    FtValue r = ft_bytes_new(b.data, b.len);
    ft_strbuf_free(&b);
    return r;
  }
  return buf_to_str(&b);
}

FtValue ft_str_percent(FtValue fmt, FtValue args) {
  return percent_format(ft_str_data(fmt), ft_str_size(fmt), args, 0);
}

FtValue ft_bytes_percent(FtValue fmt, FtValue args) {
  FtValue b = ft_bytes_coerce(fmt);
  if (!b)
    return ft_err_occurred() ? 0 : FT_NOTIMPL;
  FtValue r = percent_format(ft_bytes_data(b), ft_bytes_size(b), args, 1);
  ft_decref(b);
  return r;
}
