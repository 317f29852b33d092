/*
 * builtins.c -- the builtins module: every built-in function (print, len,
 * min, sorted, open, exec ...), the built-in types under their Python
 * names, the exception classes and the constants (None, Ellipsis,
 * __debug__ ...).
 *
 * Representation: the functions are FtMethodDef entries turned into
 * FtBuiltin objects by ft_module_add_methods; each one parses its own
 * arguments so that error messages are CPython 3.11's, word for word.
 * The work is mostly delegated to the abstract protocol (ft_len, ft_iter,
 * ft_richcompare ...) and to the type that owns the data; fast paths
 * exist only where programs lean on a builtin in a hot loop (sum over
 * ints/floats, min/max without key).  __build_class__ and __import__ are
 * the VM's and are added to this module by the lead's start-up code.
 *
 * Invariant: no function keeps state between calls; the module dict is
 * built once by ft_mod_builtins_init() before any thread but the main one
 * exists.
 *
 * Synchronization rule: nothing here is shared mutable state.  Functions
 * touching containers go through the containers' own (locked) API, and
 * none holds a lock while calling Python code.  print() on a native file
 * assembles its whole output first and writes it with one locked write,
 * so lines printed by concurrent threads never interleave.
 */
#include <string.h>

#include "ft.h"
#include "strbuf.h"
#include "vm/code.h"

/* Types other helpers may provide; linked weakly so that this file builds
 * (and the names are simply absent) until they exist. */
extern FtType FtMemoryView_Type __attribute__((weak));
extern FtType FtComplex_Type __attribute__((weak));

#define BUILTIN(name)                                                        \
  static FtValue bi_##name(FtValue self, const FtValue *args, size_t nargs,  \
                           FtValue kwnames)

/* ==== argument helpers (CPython's exact wording) ===================== */

static size_t nkw(FtValue kwnames) {
  return kwnames ? ft_tuple_len(kwnames) : 0;
}

static int no_kw(const char *name, FtValue kwnames) {
  if (nkw(kwnames)) {
    ft_err_format(&FtExc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
  }
  return 0;
}

/* f(x): "len() takes exactly one argument (2 given)" */
static int one_arg(const char *name, size_t nargs, FtValue kwnames) {
  if (no_kw(name, kwnames) < 0)
    return -1;
  if (nargs != 1) {
    ft_err_format(&FtExc_TypeError,
                  "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
  }
  return 0;
}

/* "getattr expected at least 2 arguments, got 1" and friends. */
static int arg_range(const char *name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max)
    return 0;
  if (min == max)
    ft_err_format(&FtExc_TypeError, "%s expected %zu argument%s, got %zu",
                  name, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    ft_err_format(&FtExc_TypeError,
                  "%s expected at least %zu argument%s, got %zu", name, min,
                  min == 1 ? "" : "s", nargs);
  else
    ft_err_format(&FtExc_TypeError,
                  "%s expected at most %zu argument%s, got %zu", name, max,
                  max == 1 ? "" : "s", nargs);
  return -1;
}

static int pos_args(const char *name, size_t nargs, FtValue kwnames,
                    size_t min, size_t max) {
  if (no_kw(name, kwnames) < 0)
    return -1;
  return arg_range(name, nargs, min, max);
}

static int kw_is(FtValue kwnames, size_t i, const char *s) {
  return strcmp(ft_str_data(ft_tuple_get(kwnames, i)), s) == 0;
}

static FtValue invalid_kw(FtValue kwnames, size_t i, const char *fname) {
  return ft_err_format(&FtExc_TypeError,
                       "'%U' is an invalid keyword argument for %s()",
                       ft_tuple_get(kwnames, i), fname);
}

static int is_none(FtValue v) { return !v || v == FT_NONE; }

static int attr_name_ok(FtValue name) {
  if (!ft_str_check(name)) {
    ft_err_format(&FtExc_TypeError,
                  "attribute name must be string, not '%T'", name);
    return 0;
  }
  return 1;
}

/* Does type t (or its MRO) define `name`? */
static FtValue type_has(FtType *t, const char *name) {
  FtValue n = ft_str_intern_cstr(name);
  return n ? ft_type_lookup(t, n) : 0;
}

/* Call special method `name` of o as CPython's special-method lookup does:
 * found on the type (not the instance), bound through its descriptor
 * slot.  Returns 0 with no error set when the type does not define it. */
static FtValue call_special(FtValue o, const char *name, const FtValue *args,
                            size_t nargs) {
  FtValue meth = type_has(ft_type(o), name);
  if (!meth)
    return 0;
  FtType *mt = ft_type(meth);
  if (!mt->descr_get)
    return ft_call(meth, args, nargs, 0);
  FtValue bound = mt->descr_get(meth, o, ft_val(ft_type(o)));
  if (!bound)
    return 0;
  FtValue r = ft_call(bound, args, nargs, 0);
  ft_decref(bound);
  return r;
}

/* ==== print and input ================================================= */

BUILTIN(print) {
  (void)self;
  FtValue sep = 0, end = 0, file = 0, flush = 0;
  for (size_t i = 0; i < nkw(kwnames); i++) {
    FtValue v = args[nargs + i];
    if (kw_is(kwnames, i, "sep"))
      sep = v;
    else if (kw_is(kwnames, i, "end"))
      end = v;
    else if (kw_is(kwnames, i, "file"))
      file = v;
    else if (kw_is(kwnames, i, "flush"))
      flush = v;
    else
      return invalid_kw(kwnames, i, "print");
  }
  if (is_none(file)) {
    file = ft_sys_stdout();
    if (is_none(file)) /* no stdout (e.g. pythonw): print does nothing */
      return ft_newref(FT_NONE);
  }
  if (sep == FT_NONE)
    sep = 0;
  else if (sep && !ft_str_check(sep))
    return ft_err_format(&FtExc_TypeError,
                         "sep must be None or a string, not %T", sep);
  if (end == FT_NONE)
    end = 0;
  else if (end && !ft_str_check(end))
    return ft_err_format(&FtExc_TypeError,
                         "end must be None or a string, not %T", end);
  if (ft_isinstance_exact(file, &FtFile_Type)) {
    /* One write for the whole line: atomic with respect to other threads. */
    FtStrBuf sb;
    ft_strbuf_init(&sb);
    for (size_t i = 0; i < nargs; i++) {
      if (i) {
        if (sep ? ft_strbuf_append(&sb, ft_str_data(sep), ft_str_size(sep))
                : ft_strbuf_append_char(&sb, ' '))
          goto nomem;
      }
      FtValue s = ft_to_str(args[i]);
      if (!s) {
        ft_strbuf_free(&sb);
        return 0;
      }
      int rc = ft_strbuf_append(&sb, ft_str_data(s), ft_str_size(s));
      ft_decref(s);
      if (rc < 0)
        goto nomem;
    }
    if (end ? ft_strbuf_append(&sb, ft_str_data(end), ft_str_size(end))
            : ft_strbuf_append_char(&sb, '\n'))
      goto nomem;
    FtValue out = ft_str_new(sb.data, sb.len);
    ft_strbuf_free(&sb);
    if (!out)
      return 0;
    int rc = ft_file_write_str(file, out);
    ft_decref(out);
    if (rc < 0)
      return 0;
    goto done;
  nomem:
    ft_strbuf_free(&sb);
    return ft_err_nomemory();
  }
  /* Any other object with write(): one call per piece, as CPython does. */
  {
    FtValue space = 0, newline = 0;
    if (!sep && nargs > 1 && !(space = ft_str_from_cstr(" ")))
      return 0;
    if (!end && !(newline = ft_str_from_cstr("\n"))) {
      ft_xdecref(space);
      return 0;
    }
    int rc = 0;
    for (size_t i = 0; i < nargs && rc == 0; i++) {
      if (i && (rc = ft_file_write_str(file, sep ? sep : space)) < 0)
        break;
      FtValue s = ft_to_str(args[i]);
      if (!s) {
        rc = -1;
        break;
      }
      rc = ft_file_write_str(file, s);
      ft_decref(s);
    }
    if (rc == 0)
      rc = ft_file_write_str(file, end ? end : newline);
    ft_xdecref(space);
    ft_xdecref(newline);
    if (rc < 0)
      return 0;
  }
done:
  if (flush) {
    int f = ft_truthy(flush);
    if (f < 0)
      return 0;
    if (f) {
      FtValue r = ft_call_method(file, "flush", NULL, 0);
      if (!r)
        return 0;
      ft_decref(r);
    }
  }
  return ft_newref(FT_NONE);
}

static int flush_file(FtValue f) {
  if (is_none(f))
    return 0;
  FtValue r = ft_call_method(f, "flush", NULL, 0);
  if (!r)
    return -1;
  ft_decref(r);
  return 0;
}

BUILTIN(input) {
  (void)self;
  if (pos_args("input", nargs, kwnames, 0, 1) < 0)
    return 0;
  FtValue in = ft_sys_stdin(), out = ft_sys_stdout(), err = ft_sys_stderr();
  if (is_none(in))
    return ft_err_format(&FtExc_RuntimeError, "input(): lost sys.stdin");
  if (is_none(out))
    return ft_err_format(&FtExc_RuntimeError, "input(): lost sys.stdout");
  if (flush_file(err) < 0)
    ft_err_clear();
  if (nargs) {
    FtValue p = ft_to_str(args[0]);
    if (!p)
      return 0;
    int rc = ft_file_write_str(out, p);
    ft_decref(p);
    if (rc < 0)
      return 0;
  }
  if (flush_file(out) < 0)
    ft_err_clear();
  FtValue line = ft_call_method(in, "readline", NULL, 0);
  if (!line)
    return 0;
  if (!ft_str_check(line)) {
    ft_decref(line);
    return ft_err_format(&FtExc_TypeError,
                         "object.readline() returned non-string");
  }
  size_t n = ft_str_size(line);
  if (n == 0) {
    ft_decref(line);
    return ft_err_format(&FtExc_EOFError, "EOF when reading a line");
  }
  if (ft_str_data(line)[n - 1] == '\n') {
    FtValue s = ft_str_new(ft_str_data(line), n - 1);
    ft_decref(line);
    return s;
  }
  return line;
}

/* ==== simple one-argument functions =================================== */

BUILTIN(len) {
  (void)self;
  if (one_arg("len", nargs, kwnames) < 0)
    return 0;
  intptr_t n = ft_len(args[0]);
  if (n < 0)
    return 0;
  return ft_int_from_i64(n);
}

BUILTIN(abs) {
  (void)self;
  if (one_arg("abs", nargs, kwnames) < 0)
    return 0;
  return ft_abs(args[0]);
}

static FtValue all_any(const char *name, const FtValue *args, size_t nargs,
                       FtValue kwnames, int want) {
  if (one_arg(name, nargs, kwnames) < 0)
    return 0;
  FtValue it = ft_iter(args[0]);
  if (!it)
    return 0;
  FtValue item;
  while ((item = ft_next(it)) != 0) {
    int t = ft_truthy(item);
    ft_decref(item);
    if (t < 0) {
      ft_decref(it);
      return 0;
    }
    if (t == want) {
      ft_decref(it);
      return ft_bool(want);
    }
  }
  ft_decref(it);
  if (ft_err_occurred())
    return 0;
  return ft_bool(!want);
}

BUILTIN(all) {
  (void)self;
  return all_any("all", args, nargs, kwnames, 0);
}

BUILTIN(any) {
  (void)self;
  return all_any("any", args, nargs, kwnames, 1);
}

BUILTIN(ascii) {
  (void)self;
  if (one_arg("ascii", nargs, kwnames) < 0)
    return 0;
  return ft_ascii(args[0]);
}

BUILTIN(repr) {
  (void)self;
  if (one_arg("repr", nargs, kwnames) < 0)
    return 0;
  return ft_repr(args[0]);
}

static FtValue format_base(const char *name, const FtValue *args,
                           size_t nargs, FtValue kwnames, int base) {
  if (one_arg(name, nargs, kwnames) < 0)
    return 0;
  FtValue i = ft_index(args[0]);
  if (!i)
    return 0;
  FtValue r = ft_int_format_base(i, base, 1);
  ft_decref(i);
  return r;
}

BUILTIN(bin) {
  (void)self;
  return format_base("bin", args, nargs, kwnames, 2);
}

BUILTIN(oct) {
  (void)self;
  return format_base("oct", args, nargs, kwnames, 8);
}

BUILTIN(hex) {
  (void)self;
  return format_base("hex", args, nargs, kwnames, 16);
}

BUILTIN(callable) {
  (void)self;
  if (one_arg("callable", nargs, kwnames) < 0)
    return 0;
  int r = ft_callable(args[0]);
  if (r < 0)
    return 0;
  return ft_bool(r);
}

BUILTIN(chr) {
  (void)self;
  if (one_arg("chr", nargs, kwnames) < 0)
    return 0;
  FtValue i = ft_index(args[0]);
  if (!i)
    return 0;
  int64_t v;
  int ovf;
  int rc = ft_int_as_i64(i, &v, &ovf);
  ft_decref(i);
  if (rc < 0)
    return 0;
  if (ovf || v < INT32_MIN || v > INT32_MAX)
    return ft_err_format(&FtExc_OverflowError,
                         "Python int too large to convert to C int");
  if (v < 0 || v > 0x10FFFF)
    return ft_err_format(&FtExc_ValueError, "chr() arg not in range(0x110000)");
  return ft_str_from_codepoint((uint32_t)v);
}

BUILTIN(ord) {
  (void)self;
  if (one_arg("ord", nargs, kwnames) < 0)
    return 0;
  FtValue c = args[0];
  size_t len;
  if (ft_str_check(c)) {
    len = ft_str_len(c);
    if (len == 1) {
      const unsigned char *p = (const unsigned char *)ft_str_data(c);
      uint32_t cp = p[0];
      if (cp >= 0xF0)
        cp = ((cp & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
             ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      else if (cp >= 0xE0)
        cp = ((cp & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
             (p[2] & 0x3F);
      else if (cp >= 0xC0)
        cp = ((cp & 0x1F) << 6) | (p[1] & 0x3F);
      return ft_small(cp);
    }
  } else if (FT_TYPE_HAS(c, FT_TPFLAG_BYTES_SUBCLASS)) {
    len = ft_bytes_size(c);
    if (len == 1)
      return ft_small((unsigned char)ft_bytes_data(c)[0]);
  } else if (ft_isinstance_type(c, &FtByteArray_Type)) {
    intptr_t n = ft_len(c);
    if (n < 0)
      return 0;
    if (n == 1)
      return ft_getitem(c, ft_small(0));
    len = (size_t)n;
  } else {
    return ft_err_format(&FtExc_TypeError,
                         "ord() expected string of length 1, but %T found", c);
  }
  return ft_err_format(&FtExc_TypeError,
                       "ord() expected a character, but string of length %zu "
                       "found",
                       len);
}

BUILTIN(hash) {
  (void)self;
  if (one_arg("hash", nargs, kwnames) < 0)
    return 0;
  intptr_t h = ft_hash(args[0]);
  if (h == -1)
    return 0;
  return ft_int_from_i64(h);
}

BUILTIN(id) {
  (void)self;
  if (one_arg("id", nargs, kwnames) < 0)
    return 0;
  /* Objects: their address.  Small ints have none; their tagged word is
   * odd, so it can never equal an object's (aligned) address. */
  return ft_int_from_u64((uint64_t)args[0]);
}

/* ==== attributes ====================================================== */

BUILTIN(getattr) {
  (void)self;
  if (pos_args("getattr", nargs, kwnames, 2, 3) < 0)
    return 0;
  if (!attr_name_ok(args[1]))
    return 0;
  FtValue r = ft_getattr(args[0], args[1]);
  if (!r && nargs == 3 && ft_err_matches(&FtExc_AttributeError)) {
    ft_err_clear();
    return ft_newref(args[2]);
  }
  return r;
}

BUILTIN(setattr) {
  (void)self;
  if (pos_args("setattr", nargs, kwnames, 3, 3) < 0 || !attr_name_ok(args[1]))
    return 0;
  if (ft_setattr(args[0], args[1], args[2]) < 0)
    return 0;
  return ft_newref(FT_NONE);
}

BUILTIN(delattr) {
  (void)self;
  if (pos_args("delattr", nargs, kwnames, 2, 2) < 0 || !attr_name_ok(args[1]))
    return 0;
  if (ft_setattr(args[0], args[1], 0) < 0)
    return 0;
  return ft_newref(FT_NONE);
}

BUILTIN(hasattr) {
  (void)self;
  if (pos_args("hasattr", nargs, kwnames, 2, 2) < 0 || !attr_name_ok(args[1]))
    return 0;
  FtValue r = ft_getattr(args[0], args[1]);
  if (r) {
    ft_decref(r);
    return ft_newref(FT_TRUE);
  }
  if (ft_err_matches(&FtExc_AttributeError)) {
    ft_err_clear();
    return ft_newref(FT_FALSE);
  }
  return 0;
}

/* ==== types and iteration ============================================= */

BUILTIN(isinstance) {
  (void)self;
  if (pos_args("isinstance", nargs, kwnames, 2, 2) < 0)
    return 0;
  int r = ft_isinstance(args[0], args[1]);
  if (r < 0)
    return 0;
  return ft_bool(r);
}

BUILTIN(issubclass) {
  (void)self;
  if (pos_args("issubclass", nargs, kwnames, 2, 2) < 0)
    return 0;
  int r = ft_issubclass(args[0], args[1]);
  if (r < 0)
    return 0;
  return ft_bool(r);
}

BUILTIN(iter) {
  (void)self;
  if (pos_args("iter", nargs, kwnames, 1, 2) < 0)
    return 0;
  if (nargs == 1)
    return ft_iter(args[0]);
  int c = ft_callable(args[0]);
  if (c < 0)
    return 0;
  if (!c)
    return ft_err_format(&FtExc_TypeError, "iter(v, w): v must be callable");
  return ft_calliter_new(args[0], args[1]);
}

BUILTIN(next) {
  (void)self;
  if (pos_args("next", nargs, kwnames, 1, 2) < 0)
    return 0;
  FtValue it = args[0];
  if (!ft_type(it)->iternext && !type_has(ft_type(it), "__next__"))
    return ft_err_format(&FtExc_TypeError, "'%T' object is not an iterator",
                         it);
  FtValue r;
  if ((ft_type(it)->tpflags & FT_TPFLAG_HEAPTYPE) &&
      type_has(ft_type(it), "__next__")) {
    /* call __next__ itself: the generic slot would swallow the
     * StopIteration it raises, and next() must propagate it (args and
     * value included) */
    r = call_special(it, "__next__", NULL, 0);
  } else {
    r = ft_next_raw(it); /* a StopIteration propagates with its value */
  }
  if (r)
    return r;
  if (ft_err_occurred()) {
    if (nargs < 2 || !ft_err_matches(&FtExc_StopIteration))
      return 0;
    ft_err_clear();
  }
  if (nargs == 2)
    return ft_newref(args[1]);
  return ft_err_set_none(&FtExc_StopIteration);
}

BUILTIN(aiter) {
  (void)self;
  if (one_arg("aiter", nargs, kwnames) < 0)
    return 0;
  if (!type_has(ft_type(args[0]), "__aiter__"))
    return ft_err_format(&FtExc_TypeError,
                         "'%T' object is not an async iterable", args[0]);
  FtValue r = call_special(args[0], "__aiter__", NULL, 0);
  if (r && !type_has(ft_type(r), "__anext__")) {
    ft_err_format(&FtExc_TypeError,
                  "aiter() returned not an async iterator of type '%T'", r);
    ft_decref(r);
    return 0;
  }
  return r;
}

/* anext(it) returns it.__anext__()'s awaitable.  The two-argument form
 * needs an awaitable wrapper that maps StopAsyncIteration to the default;
 * it is not provided yet. */
BUILTIN(anext) {
  (void)self;
  if (pos_args("anext", nargs, kwnames, 1, 2) < 0)
    return 0;
  if (!type_has(ft_type(args[0]), "__anext__"))
    return ft_err_format(&FtExc_TypeError,
                         "'%T' object is not an async iterator", args[0]);
  if (nargs == 2)
    return ft_err_format(&FtExc_NotImplementedError,
                         "anext() with a default is not supported yet");
  return call_special(args[0], "__anext__", NULL, 0);
}

/* min() and max(): op is FT_LT for min, FT_GT for max. */
static FtValue min_max(const char *name, const FtValue *args, size_t nargs,
                       FtValue kwnames, int op) {
  FtValue key = 0, dflt = 0;
  size_t k = nkw(kwnames);
  for (size_t i = 0; i < k; i++) {
    if (kw_is(kwnames, i, "key"))
      key = args[nargs + i];
    else if (kw_is(kwnames, i, "default"))
      dflt = args[nargs + i];
    else if (k > 2)
      return ft_err_format(&FtExc_TypeError,
                           "%s() takes at most 2 keyword arguments (%zu "
                           "given)",
                           name, k);
    else
      return invalid_kw(kwnames, i, name);
  }
  if (nargs == 0)
    return ft_err_format(&FtExc_TypeError,
                         "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    return ft_err_format(&FtExc_TypeError,
                         "Cannot specify a default for %s() with multiple "
                         "positional arguments",
                         name);
  if (key == FT_NONE)
    key = 0;
  FtValue it = 0;
  if (nargs == 1 && !(it = ft_iter(args[0])))
    return 0;
  FtValue best = 0, best_key = 0;
  for (size_t i = 0;; i++) {
    FtValue item;
    if (it) {
      item = ft_next(it);
      if (!item) {
        if (ft_err_occurred())
          goto fail;
        break;
      }
    } else {
      if (i >= nargs)
        break;
      item = ft_newref(args[i]);
    }
    FtValue ikey = item;
    if (key) {
      ikey = ft_call1(key, item);
      if (!ikey) {
        ft_decref(item);
        goto fail;
      }
    } else {
      ft_incref(ikey);
    }
    if (!best) {
      best = item;
      best_key = ikey;
      continue;
    }
    int c = ft_richcompare_bool(ikey, best_key, op);
    if (c < 0) {
      ft_decref(item);
      ft_decref(ikey);
      goto fail;
    }
    if (c) {
      ft_setref(&best, item);
      ft_setref(&best_key, ikey);
    } else {
      ft_decref(item);
      ft_decref(ikey);
    }
  }
  ft_xdecref(it);
  ft_xdecref(best_key);
  if (best)
    return best;
  if (dflt)
    return ft_newref(dflt);
  return ft_err_format(&FtExc_ValueError, "%s() arg is an empty sequence",
                       name);
fail:
  ft_xdecref(it);
  ft_xdecref(best);
  ft_xdecref(best_key);
  return 0;
}

BUILTIN(min) {
  (void)self;
  return min_max("min", args, nargs, kwnames, FT_LT);
}

BUILTIN(max) {
  (void)self;
  return min_max("max", args, nargs, kwnames, FT_GT);
}

BUILTIN(sorted) {
  (void)self;
  FtValue key = 0, reverse = 0;
  for (size_t i = 0; i < nkw(kwnames); i++) {
    if (kw_is(kwnames, i, "key"))
      key = args[nargs + i];
    else if (kw_is(kwnames, i, "reverse"))
      reverse = args[nargs + i];
    else
      return invalid_kw(kwnames, i, "sort");
  }
  if (arg_range("sorted", nargs, 1, 1) < 0)
    return 0;
  int rev = 0;
  if (reverse) {
    FtValue r = ft_index(reverse);
    if (!r)
      return 0;
    rev = ft_truthy(r);
    ft_decref(r);
  }
  FtValue list = ft_list_from_iterable(args[0]);
  if (!list)
    return 0;
  if (ft_list_sort(list, key == FT_NONE ? 0 : key, rev) < 0) {
    ft_decref(list);
    return 0;
  }
  return list;
}

/* sum(): CPython 3.11's algorithm, including its fast paths (C integer
 * accumulation while everything is a small int, then plain double
 * addition while the total is a float -- no compensated summation, which
 * only arrived in 3.12). */
BUILTIN(sum) {
  (void)self;
  FtValue start = 0;
  /* argument clinic's order of checks: total count, positional count,
   * then the keywords */
  if (nargs + nkw(kwnames) > 2)
    return ft_err_format(&FtExc_TypeError,
                         "sum() takes at most 2 arguments (%zu given)",
                         nargs + nkw(kwnames));
  if (nargs == 0)
    return ft_err_format(&FtExc_TypeError,
                         "sum() takes at least 1 positional argument (0 "
                         "given)");
  for (size_t i = 0; i < nkw(kwnames); i++) {
    if (kw_is(kwnames, i, "start") && nargs < 2)
      start = args[nargs + i];
    else if (kw_is(kwnames, i, "start"))
      return ft_err_format(&FtExc_TypeError,
                           "argument for sum() given by name ('start') and "
                           "position (2)");
    else
      return invalid_kw(kwnames, i, "sum");
  }
  if (nargs == 2)
    start = args[1];
  /* the iterable first, then start's type (CPython's order of errors) */
  FtValue it = ft_iter(args[0]);
  if (!it)
    return 0;
  if (start) {
    const char *what = ft_str_check(start)                              ? "strings [use ''"
                       : FT_TYPE_HAS(start, FT_TPFLAG_BYTES_SUBCLASS)   ? "bytes [use b''"
                       : ft_isinstance_type(start, &FtByteArray_Type) ? "bytearray [use b''"
                                                                        : NULL;
    if (what) {
      ft_decref(it);
      return ft_err_format(&FtExc_TypeError, "sum() can't sum %s.join(seq) instead]", what);
    }
  }
  FtValue result = start ? ft_newref(start) : ft_small(0);
  FtValue item = 0;

  /* int fast path: exact ints and bools that fit a machine word */
  if (ft_is_small(result)) {
    int64_t acc = ft_small_val(result);
    for (;;) {
      item = ft_next(it);
      if (!item) {
        ft_decref(it);
        if (ft_err_occurred())
          return 0;
        return ft_int_from_i64(acc);
      }
      int64_t v;
      if (ft_is_small(item))
        v = ft_small_val(item);
      else if (item == FT_TRUE || item == FT_FALSE)
        v = item == FT_TRUE;
      else
        break;
      int64_t s;
      if (__builtin_add_overflow(acc, v, &s))
        break;
      acc = s;
    }
    /* continue generically from here with `item` pending */
    result = ft_int_from_i64(acc);
    if (!result)
      goto fail;
    FtValue tmp = ft_binop(result, item, FT_NB_ADD);
    ft_decref(result);
    ft_decref(item);
    item = 0;
    result = tmp;
    if (!result)
      goto fail;
  }

  /* float fast path: plain double addition while the total is a float */
  if (ft_isinstance_exact(result, &FtFloat_Type)) {
    double acc = ft_float_val(result);
    for (;;) {
      item = ft_next(it);
      if (!item) {
        ft_decref(it);
        ft_decref(result);
        if (ft_err_occurred())
          return 0;
        return ft_float_new(acc);
      }
      if (ft_isinstance_exact(item, &FtFloat_Type)) {
        acc += ft_float_val(item);
        ft_decref(item);
        continue;
      }
      if (ft_is_small(item)) {
        acc += (double)ft_small_val(item);
        continue;
      }
      if (ft_int_check(item)) {
        int64_t v;
        int ovf;
        if (ft_int_as_i64(item, &v, &ovf) == 0 && !ovf) {
          acc += (double)v;
          ft_decref(item);
          continue;
        }
        if (ft_err_occurred())
          ft_err_clear();
      }
      break;
    }
    ft_decref(result);
    result = ft_float_new(acc);
    if (!result)
      goto fail;
    FtValue tmp = ft_binop(result, item, FT_NB_ADD);
    ft_decref(result);
    ft_decref(item);
    item = 0;
    result = tmp;
    if (!result)
      goto fail;
  }

  for (;;) {
    item = ft_next(it);
    if (!item)
      break;
    FtValue tmp = ft_binop(result, item, FT_NB_ADD);
    ft_decref(item);
    item = 0;
    ft_decref(result);
    result = tmp;
    if (!result)
      goto fail;
  }
  ft_decref(it);
  if (ft_err_occurred()) {
    ft_decref(result);
    return 0;
  }
  return result;
fail:
  ft_xdecref(item);
  ft_decref(it);
  return 0;
}

/* ==== numbers ========================================================= */

BUILTIN(divmod) {
  (void)self;
  if (pos_args("divmod", nargs, kwnames, 2, 2) < 0)
    return 0;
  return ft_binop(args[0], args[1], FT_NB_DIVMOD);
}

/* Does a class statement in t's MRO define __pow__ or __rpow__ (CPython
 * then gives t the slot that calls __pow__)? */
static int user_pow_slot(FtType *t) {
  FtValue mro = t->mro;
  size_t n = mro ? ft_tuple_len(mro) : 0;
  for (size_t i = 0; i < n; i++) {
    FtType *c = (FtType *)ft_obj(ft_tuple_get(mro, i));
    if (!(c->tpflags & FT_TPFLAG_HEAPTYPE))
      break;
    for (int k = 0; k < 2; k++) {
      FtValue v = ft_dict_get_cstr(c->dict, k ? "__rpow__" : "__pow__");
      if (v) {
        ft_decref(v);
        return 1;
      }
      ft_err_clear();
    }
  }
  return 0;
}

BUILTIN(pow) {
  (void)self;
  static const char *const names[] = {"base", "exp", "mod", NULL};
  FtValue a[3] = {0, 0, 0};
  if (ft_args_parse("pow", args, nargs, kwnames, names, 0, 2, a) < 0)
    return 0;
  if (is_none(a[2]))
    return ft_binop(a[0], a[1], FT_NB_POW);
  if (ft_int_check(a[0]) && ft_int_check(a[1]) && ft_int_check(a[2]))
    return ft_int_powmod(a[0], a[1], a[2]);
  /* CPython's ternary dispatch: each distinct operand type's power slot
   * in turn.  A class only answers for the base (3-argument pow never
   * uses __rpow__); float and complex refuse a modulus outright. */
  for (int i = 0; i < 3; i++) {
    FtType *t = ft_type(a[i]);
    if ((i > 0 && t == ft_type(a[0])) || (i > 1 && t == ft_type(a[1])))
      continue;
    if (i == 0 && user_pow_slot(t)) {
      if (!type_has(t, "__pow__"))
        return ft_err_format(&FtExc_AttributeError, "__pow__");
      FtValue r = call_special(a[0], "__pow__", a + 1, 2);
      if (r != FT_NOTIMPL)
        return r;
      ft_decref(r);
      continue;
    }
    if (ft_isinstance_type(a[i], &FtFloat_Type))
      return ft_err_format(&FtExc_TypeError,
                           "pow() 3rd argument not allowed unless all "
                           "arguments are integers");
    if (ft_complex_check(a[i]))
      return ft_err_format(&FtExc_ValueError, "complex modulo");
  }
  return ft_err_format(&FtExc_TypeError,
                       "unsupported operand type(s) for ** or pow(): '%s', "
                       "'%s', '%s'",
                       ft_type_name(a[0]), ft_type_name(a[1]),
                       ft_type_name(a[2]));
}

BUILTIN(round) {
  (void)self;
  static const char *const names[] = {"number", "ndigits", NULL};
  FtValue a[2] = {0, 0};
  if (ft_args_parse("round", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  FtValue x = a[0], nd = is_none(a[1]) ? 0 : a[1];
  FtType *t = ft_type(x);
  if (t == &FtFloat_Type)
    return ft_float_round(x, nd);
  if (t == &FtInt_Type || t == &FtBool_Type)
    return ft_int_round(x, nd);
  if (!type_has(t, "__round__")) {
    if (ft_isinstance_type(x, &FtFloat_Type))
      return ft_float_round(x, nd);
    if (ft_int_check(x))
      return ft_int_round(x, nd);
    return ft_err_format(&FtExc_TypeError,
                         "type %s doesn't define __round__ method", t->name);
  }
  return call_special(x, "__round__", nd ? &nd : NULL, nd ? 1 : 0);
}

BUILTIN(format) {
  (void)self;
  if (pos_args("format", nargs, kwnames, 1, 2) < 0)
    return 0;
  FtValue spec = nargs > 1 ? args[1] : 0;
  if (spec && !ft_str_check(spec))
    return ft_err_format(&FtExc_TypeError,
                         "format() argument 2 must be str, not %T", spec);
  if (!spec) {
    FtValue empty = ft_str_new("", 0);
    if (!empty)
      return 0;
    FtValue r = ft_format(args[0], empty);
    ft_decref(empty);
    return r;
  }
  return ft_format(args[0], spec);
}

/* ==== namespaces ====================================================== */

BUILTIN(globals) {
  (void)self;
  (void)args;
  if (no_kw("globals", kwnames) < 0)
    return 0;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "globals() takes no arguments (%zu given)", nargs);
  FtValue g = ft_vm_globals();
  if (!g)
    return ft_err_format(&FtExc_SystemError, "globals(): no current frame");
  return ft_newref(g);
}

BUILTIN(locals) {
  (void)self;
  (void)args;
  if (no_kw("locals", kwnames) < 0)
    return 0;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "locals() takes no arguments (%zu given)", nargs);
  return ft_vm_locals();
}

BUILTIN(vars) {
  (void)self;
  if (pos_args("vars", nargs, kwnames, 0, 1) < 0)
    return 0;
  if (nargs == 0)
    return ft_vm_locals();
  FtValue d = ft_getattr_cstr(args[0], "__dict__");
  if (!d && ft_err_matches(&FtExc_AttributeError)) {
    ft_err_clear();
    return ft_err_format(&FtExc_TypeError,
                         "vars() argument must have __dict__ attribute");
  }
  return d;
}

/* Add the keys of mapping d to set s. */
static int add_keys(FtValue s, FtValue d) {
  if (ft_dict_check(d)) {
    size_t pos = 0;
    FtValue k;
    while (ft_dict_next(d, &pos, &k, NULL)) {
      int rc = ft_set_add(s, k);
      ft_decref(k);
      if (rc < 0)
        return -1;
    }
    return 0;
  }
  FtValue keys = ft_call_method(d, "keys", NULL, 0);
  if (!keys)
    return -1;
  FtValue it = ft_iter(keys);
  ft_decref(keys);
  if (!it)
    return -1;
  FtValue k;
  while ((k = ft_next(it)) != 0) {
    int rc = ft_set_add(s, k);
    ft_decref(k);
    if (rc < 0) {
      ft_decref(it);
      return -1;
    }
  }
  ft_decref(it);
  return ft_err_occurred() ? -1 : 0;
}

/* The attributes along a class's MRO. */
static int add_class_attrs(FtValue s, FtValue cls) {
  if (!FT_TYPE_HAS(cls, FT_TPFLAG_TYPE_SUBCLASS))
    return 0;
  FtType *t = (FtType *)ft_obj(cls);
  FtValue mro = t->mro;
  if (!mro || !FT_TYPE_HAS(mro, FT_TPFLAG_TUPLE_SUBCLASS))
    return t->dict ? add_keys(s, t->dict) : 0;
  for (size_t i = 0; i < ft_tuple_len(mro); i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(mro, i));
    if (b->dict && add_keys(s, b->dict) < 0)
      return -1;
  }
  return 0;
}

/* dir(o) without a __dir__ method: object.__dir__ / type.__dir__ rules. */
static FtValue default_dir(FtValue o) {
  FtValue s = ft_set_new(0);
  if (!s)
    return 0;
  int rc = 0;
  if (FT_TYPE_HAS(o, FT_TPFLAG_TYPE_SUBCLASS)) {
    rc = add_class_attrs(s, o);
  } else {
    FtValue d = ft_getattr_cstr(o, "__dict__");
    if (d) {
      if (ft_dict_check(d))
        rc = add_keys(s, d);
      ft_decref(d);
    } else if (ft_err_matches(&FtExc_AttributeError)) {
      ft_err_clear();
    } else {
      rc = -1;
    }
    if (rc == 0 && !ft_isinstance_type(o, &FtModule_Type)) {
      FtValue cls = ft_getattr_cstr(o, "__class__");
      if (cls) {
        rc = add_class_attrs(s, cls);
        ft_decref(cls);
      } else if (ft_err_matches(&FtExc_AttributeError)) {
        ft_err_clear();
      } else {
        rc = -1;
      }
    }
  }
  if (rc < 0) {
    ft_decref(s);
    return 0;
  }
  return s;
}

BUILTIN(dir) {
  (void)self;
  if (pos_args("dir", nargs, kwnames, 0, 1) < 0)
    return 0;
  FtValue src;
  if (nargs == 0) {
    FtValue loc = ft_vm_locals();
    if (!loc)
      return 0;
    src = ft_set_new(0);
    if (src && add_keys(src, loc) < 0)
      FT_CLEAR(src);
    ft_decref(loc);
  } else if (type_has(ft_type(args[0]), "__dir__") &&
             !(FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS) &&
               type_has(ft_type(args[0]), "__dir__") ==
                   type_has(&FtObject_Type, "__dir__"))) {
    /* (a class whose metaclass only has object.__dir__ gets type.__dir__
     * semantics from default_dir below) */
    src = call_special(args[0], "__dir__", NULL, 0);
  } else {
    src = default_dir(args[0]);
  }
  if (!src)
    return 0;
  FtValue list = ft_list_from_iterable(src);
  ft_decref(src);
  if (!list)
    return 0;
  if (ft_list_sort(list, 0, 0) < 0) {
    ft_decref(list);
    return 0;
  }
  return list;
}

/* ==== exec / eval / compile =========================================== */

static int is_mapping(FtValue v) {
  return ft_type(v)->getitem != NULL || type_has(ft_type(v), "__getitem__");
}

/* Source as str: str as is, bytes decoded, code objects passed through. */
static FtValue source_arg(FtValue src, const char *fname, int allow_code) {
  if (ft_str_check(src))
    return ft_newref(src);
  if (FT_TYPE_HAS(src, FT_TPFLAG_BYTES_SUBCLASS))
    return ft_str_decode_utf8(ft_bytes_data(src), ft_bytes_size(src),
                              "strict");
  if (ft_isinstance_type(src, &FtByteArray_Type)) {
    FtValue b = ft_call1(ft_val(&FtBytes_Type), src);
    if (!b)
      return 0;
    FtValue s =
        ft_str_decode_utf8(ft_bytes_data(b), ft_bytes_size(b), "strict");
    ft_decref(b);
    return s;
  }
  if (allow_code && ft_isinstance_type(src, &FtCode_Type))
    return ft_newref(src);
  return ft_err_format(&FtExc_TypeError,
                       "%s() arg 1 must be a string, bytes or code object",
                       fname);
}

/* Fill in the default namespaces; returns new refs in *g and *l. */
static int namespaces(FtValue globals, FtValue locals, FtValue *g,
                      FtValue *l) {
  if (is_none(globals)) {
    FtValue cur = ft_vm_globals();
    if (!cur) {
      ft_err_format(&FtExc_SystemError, "globals and locals cannot be NULL");
      return -1;
    }
    *g = ft_newref(cur);
    if (is_none(locals)) {
      *l = ft_vm_locals();
      if (!*l) {
        ft_decref(*g);
        return -1;
      }
    } else {
      *l = ft_newref(locals);
    }
  } else {
    *g = ft_newref(globals);
    *l = ft_newref(is_none(locals) ? globals : locals);
  }
  /* as CPython: a namespace without __builtins__ gets the current ones */
  FtValue key = ft_str_intern_cstr("__builtins__");
  if (!key)
    goto fail;
  FtValue have = ft_dict_get(*g, key);
  if (have) {
    ft_decref(have);
  } else {
    if (ft_err_occurred())
      goto fail;
    FtValue b = ft_vm_builtins();
    if (b && ft_dict_set(*g, key, b) < 0)
      goto fail;
  }
  return 0;
fail:
  ft_decref(*g);
  ft_decref(*l);
  return -1;
}

BUILTIN(exec) {
  (void)self;
  for (size_t i = 0; i < nkw(kwnames); i++) {
    if (kw_is(kwnames, i, "closure")) {
      if (!is_none(args[nargs + i]))
        return ft_err_format(&FtExc_TypeError,
                             "closure can only be used when source is a code "
                             "object");
    } else {
      return invalid_kw(kwnames, i, "exec");
    }
  }
  if (nargs == 0)
    return ft_err_format(&FtExc_TypeError,
                         "exec expected at least 1 argument, got 0");
  if (nargs > 3)
    return ft_err_format(&FtExc_TypeError,
                         "exec() takes at most 3 positional arguments (%zu "
                         "given)",
                         nargs);
  FtValue globals = nargs > 1 ? args[1] : 0, locals = nargs > 2 ? args[2] : 0;
  if (!is_none(globals) && !ft_dict_check(globals))
    return ft_err_format(&FtExc_TypeError,
                         "exec() globals must be a dict, not %T", globals);
  if (!is_none(locals) && !is_mapping(locals))
    return ft_err_format(&FtExc_TypeError,
                         "locals must be a mapping or None, not %T", locals);
  FtValue src = source_arg(args[0], "exec", 1);
  if (!src)
    return 0;
  FtValue g, l;
  if (namespaces(globals, locals, &g, &l) < 0) {
    ft_decref(src);
    return 0;
  }
  FtValue r = ft_vm_exec_source(src, g, l, 0);
  ft_decref(src);
  ft_decref(g);
  ft_decref(l);
  if (!r)
    return 0;
  ft_decref(r);
  return ft_newref(FT_NONE);
}

BUILTIN(eval) {
  (void)self;
  if (pos_args("eval", nargs, kwnames, 1, 3) < 0)
    return 0;
  FtValue globals = nargs > 1 ? args[1] : 0, locals = nargs > 2 ? args[2] : 0;
  if (!is_none(locals) && !is_mapping(locals))
    return ft_err_format(&FtExc_TypeError, "locals must be a mapping");
  if (!is_none(globals) && !ft_dict_check(globals))
    return ft_err_format(&FtExc_TypeError,
                         is_mapping(globals)
                             ? "globals must be a real dict; try eval(expr, "
                               "{}, mapping)"
                             : "globals must be a dict");
  FtValue src = source_arg(args[0], "eval", 1);
  if (!src)
    return 0;
  if (ft_str_check(src)) {
    /* eval() ignores leading blanks, as CPython does */
    const char *p = ft_str_data(src);
    size_t skip = 0;
    while (p[skip] == ' ' || p[skip] == '\t')
      skip++;
    if (skip) {
      FtValue s = ft_str_new(p + skip, ft_str_size(src) - skip);
      ft_decref(src);
      if (!s)
        return 0;
      src = s;
    }
  }
  FtValue g, l;
  if (namespaces(globals, locals, &g, &l) < 0) {
    ft_decref(src);
    return 0;
  }
  FtValue r = ft_vm_exec_source(src, g, l, 1);
  ft_decref(src);
  ft_decref(g);
  ft_decref(l);
  return r;
}

BUILTIN(compile) {
  (void)self;
  static const char *const names[] = {"source",       "filename", "mode",
                                      "flags",        "dont_inherit",
                                      "optimize",     "_feature_version",
                                      NULL};
  FtValue a[7] = {0};
  if (ft_args_parse("compile", args, nargs, kwnames, names, 0, 3, a) < 0)
    return 0;
  if (!ft_str_check(a[2]))
    return ft_err_format(&FtExc_TypeError,
                         "compile() argument 'mode' must be str, not %T",
                         a[2]);
  const char *m = ft_str_data(a[2]);
  int mode;
  if (!strcmp(m, "exec"))
    mode = 0;
  else if (!strcmp(m, "eval"))
    mode = 1;
  else if (!strcmp(m, "single"))
    mode = 2;
  else
    return ft_err_format(&FtExc_ValueError,
                         "compile() mode must be 'exec', 'eval' or 'single'");
  int64_t flags = 0;
  int ovf;
  if (a[3] && ft_int_as_i64(a[3], &flags, &ovf) < 0)
    return 0;
  FtValue filename;
  if (ft_str_check(a[1])) {
    filename = ft_newref(a[1]);
  } else if (FT_TYPE_HAS(a[1], FT_TPFLAG_BYTES_SUBCLASS)) {
    filename = ft_str_decode_utf8(ft_bytes_data(a[1]), ft_bytes_size(a[1]),
                                  "surrogateescape");
  } else if (type_has(ft_type(a[1]), "__fspath__")) {
    filename = call_special(a[1], "__fspath__", NULL, 0);
  } else {
    return ft_err_format(&FtExc_TypeError,
                         "expected str, bytes or os.PathLike object, not %T",
                         a[1]);
  }
  if (!filename)
    return 0;
  FtValue src = 0;
  if (ft_isinstance_type(a[0], &FtCode_Type))
    src = ft_newref(a[0]); /* compile(code) returns it as is */
  else if (ft_str_check(a[0]) ||
           FT_TYPE_HAS(a[0], FT_TPFLAG_BYTES_SUBCLASS) ||
           (ft_isinstance_type(a[0], &FtByteArray_Type)))
    src = source_arg(a[0], "compile", 0);
  else
    ft_err_format(&FtExc_TypeError,
                  "compile() arg 1 must be a string, bytes or AST object");
  if (!src) {
    ft_decref(filename);
    return 0;
  }
  if (ft_isinstance_type(src, &FtCode_Type)) {
    ft_decref(filename);
    return src;
  }
  int64_t optimize = -1; /* -1: the interpreter's own level, 0 (no -O) */
  if (a[5] && ft_int_as_i64(a[5], &optimize, &ovf) < 0) {
    ft_decref(src);
    ft_decref(filename);
    return 0;
  }
  if (optimize > 2 || optimize < -1) {
    ft_decref(src);
    ft_decref(filename);
    return ft_err_format(&FtExc_ValueError, "compile(): invalid optimize value");
  }
  if (optimize > 0)
    mode |= FT_COMPILE_OPTIMIZE((int)optimize);
  FtValue r = ft_vm_compile_source(src, filename, mode, (int)flags);
  ft_decref(src);
  ft_decref(filename);
  return r;
}

/* import.c (the VM's IMPORT_NAME uses it too). */
FtValue ft_import_name(FtValue name, FtValue globals, FtValue fromlist,
                       int level);

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
BUILTIN(__import__) {
  (void)self;
  static const char *const names[] = {"name", "globals", "locals",
                                      "fromlist", "level", NULL};
  FtValue a[5] = {0, 0, 0, 0, 0};
  if (ft_args_parse("__import__", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  if (!ft_str_check(a[0]))
    return ft_err_format(&FtExc_TypeError, "module name must be a string");
  intptr_t level = 0;
  if (a[4]) {
    level = ft_int_as_ssize(a[4]);
    if (level == -1 && ft_err_occurred())
      return 0;
    if (level < 0)
      return ft_err_format(&FtExc_ValueError, "level must be >= 0");
  }
  if (ft_str_len(a[0]) == 0 && level == 0)
    return ft_err_format(&FtExc_ValueError, "Empty module name");
  FtValue globals = is_none(a[1]) ? ft_vm_globals() : a[1];
  FtValue from = 0;
  if (!is_none(a[3])) {
    from = ft_tuple_from_iterable(a[3]);
    if (!from)
      return 0;
  }
  FtValue r = ft_import_name(a[0], globals, from ? from : FT_EMPTY_TUPLE,
                             (int)level);
  ft_xdecref(from);
  return r;
}

/* exit / quit: site's Quitter objects (callable, with a helpful repr).
 * Two immortal static instances; the object holds only its name. */
typedef struct FtQuitter {
  FtObject ob;
  const char *name;
} FtQuitter;

static FtValue quitter_call(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  const char *name = ((FtQuitter *)ft_obj(self))->name;
  if (pos_args(name, nargs, kwnames, 0, 1) < 0)
    return 0;
  return ft_err_set_value(&FtExc_SystemExit, nargs ? args[0] : FT_NONE);
}

static FtValue quitter_repr(FtValue self) {
  return ft_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit",
                            ((FtQuitter *)ft_obj(self))->name);
}

static FtType FtQuitter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(FtQuitter),
    .repr = quitter_repr,
    .call = quitter_call,
};

static FtQuitter quitter_exit = {FT_STATIC_HEAD(&FtQuitter_Type), "exit"};
static FtQuitter quitter_quit = {FT_STATIC_HEAD(&FtQuitter_Type), "quit"};

/* ==== the module ====================================================== */

static const FtMethodDef builtin_methods[] = {
    {"__import__", bi___import__, 0, "Import a module."},
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"aiter", bi_aiter, 0, "Return an async iterator."},
    {"anext", bi_anext, 0, "Return the next item of an async iterator."},
    {"all", bi_all, 0, "Return True if bool(x) is True for all x."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x."},
    {"ascii", bi_ascii, 0, "repr() with non-ASCII characters escaped."},
    {"bin", bi_bin, 0, "Binary representation of an integer."},
    {"callable", bi_callable, 0, "Whether the object is callable."},
    {"chr", bi_chr, 0, "One-character string for a code point."},
    {"compile", bi_compile, 0, "Compile source into a code object."},
    {"delattr", bi_delattr, 0, "Delete a named attribute."},
    {"dir", bi_dir, 0, "Sorted list of names in a scope or object."},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", bi_eval, 0, "Evaluate an expression."},
    {"exec", bi_exec, 0, "Execute source or a code object."},
    {"format", bi_format, 0, "format(value, format_spec)"},
    {"getattr", bi_getattr, 0, "Get a named attribute."},
    {"globals", bi_globals, 0, "The current global namespace."},
    {"hasattr", bi_hasattr, 0, "Whether the object has the attribute."},
    {"hash", bi_hash, 0, "Hash value of the object."},
    {"hex", bi_hex, 0, "Hexadecimal representation of an integer."},
    {"id", bi_id, 0, "Identity of an object."},
    {"input", bi_input, 0, "Read a line from standard input."},
    {"isinstance", bi_isinstance, 0, NULL},
    {"issubclass", bi_issubclass, 0, NULL},
    {"iter", bi_iter, 0, "iter(iterable) or iter(callable, sentinel)"},
    {"len", bi_len, 0, "Number of items in a container."},
    {"locals", bi_locals, 0, "The current local namespace."},
    {"max", bi_max, 0, "Largest item."},
    {"min", bi_min, 0, "Smallest item."},
    {"next", bi_next, 0, "Next item of an iterator."},
    {"oct", bi_oct, 0, "Octal representation of an integer."},
    {"open", ft_file_open, 0, "Open a file."},
    {"ord", bi_ord, 0, "Code point of a one-character string."},
    {"pow", bi_pow, 0, "base**exp, or base**exp % mod."},
    {"print", bi_print, 0, "Print values to a stream."},
    {"repr", bi_repr, 0, "Canonical string representation."},
    {"round", bi_round, 0, "Round a number."},
    {"setattr", bi_setattr, 0, "Set a named attribute."},
    {"sorted", bi_sorted, 0, "New sorted list from an iterable."},
    {"sum", bi_sum, 0, "Sum of a start value and an iterable."},
    {"vars", bi_vars, 0, "__dict__ of an object, or locals()."},
    {NULL, NULL, 0, NULL}};

static int ready(FtType *t) {
  if (t->tpflags & FT_TPFLAG_READY)
    return 0;
  return ft_type_ready(t);
}

FtValue ft_mod_builtins_init(void) {
  FtType *mine[] = {&FtEnumerate_Type,      &FtZip_Type,
                    &FtMap_Type,            &FtFilter_Type,
                    &FtReversed_Type,       &FtSeqIter_Type,
                    &FtCallIter_Type,       &FtFile_Type,
                    &FtBufferedReader_Type, &FtBufferedWriter_Type,
                    &FtBufferedRandom_Type, &FtQuitter_Type};
  for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
    if (ready(mine[i]) < 0)
      return 0;
  FtValue m = ft_module_new("builtins");
  if (!m)
    return 0;
  if (ft_module_add_methods(m, builtin_methods) < 0)
    goto fail;
  static const struct {
    const char *name;
    FtType *type;
  } types[] = {
      {"bool", &FtBool_Type},           {"int", &FtInt_Type},
      {"float", &FtFloat_Type},         {"str", &FtStr_Type},
      {"bytes", &FtBytes_Type},         {"list", &FtList_Type},
      {"tuple", &FtTuple_Type},         {"dict", &FtDict_Type},
      {"set", &FtSet_Type},             {"frozenset", &FtFrozenSet_Type},
      {"object", &FtObject_Type},       {"type", &FtType_Type},
      {"range", &FtRange_Type},         {"slice", &FtSlice_Type},
      {"super", &FtSuper_Type},         {"property", &FtProperty_Type},
      {"staticmethod", &FtStaticMethod_Type},
      {"classmethod", &FtClassMethod_Type},
      {"enumerate", &FtEnumerate_Type}, {"zip", &FtZip_Type},
      {"map", &FtMap_Type},             {"filter", &FtFilter_Type},
      {"reversed", &FtReversed_Type},
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (ft_module_add(m, types[i].name, ft_val(types[i].type)) < 0)
      goto fail;
  if (ft_module_add(m, "bytearray", ft_val(&FtByteArray_Type)) < 0)
    goto fail;
  if (&FtMemoryView_Type &&
      ft_module_add(m, "memoryview", ft_val(&FtMemoryView_Type)) < 0)
    goto fail;
  if (&FtComplex_Type &&
      ft_module_add(m, "complex", ft_val(&FtComplex_Type)) < 0)
    goto fail;

#define ADD_EXC(name)                                                        \
  if (ft_module_add(m, #name, ft_val(&FtExc_##name)) < 0)                    \
    goto fail;
  FT_EXC_LIST(ADD_EXC)
#undef ADD_EXC
  if (ft_module_add(m, "EnvironmentError", ft_val(&FtExc_OSError)) < 0 ||
      ft_module_add(m, "IOError", ft_val(&FtExc_OSError)) < 0)
    goto fail;

  if (ft_module_add(m, "None", FT_NONE) < 0 ||
      ft_module_add(m, "True", FT_TRUE) < 0 ||
      ft_module_add(m, "False", FT_FALSE) < 0 ||
      ft_module_add(m, "Ellipsis", FT_ELLIPSIS) < 0 ||
      ft_module_add(m, "NotImplemented", FT_NOTIMPL) < 0 ||
      ft_module_add(m, "__debug__", FT_TRUE) < 0 ||
      ft_module_add(m, "exit", ft_val(&quitter_exit)) < 0 ||
      ft_module_add(m, "quit", ft_val(&quitter_quit)) < 0)
    goto fail;
  return m;
fail:
  ft_decref(m);
  return 0;
}
