/*
 * exceptions.c -- BaseException and the built-in exception hierarchy,
 * traceback entries, and printing an uncaught exception CPython's way.
 *
 * Every built-in exception type is a static FtType whose instances are
 * FtException (vm/exceptions.h); types with extra attributes (SystemExit's
 * code, OSError's errno, SyntaxError's location, StopIteration's value...)
 * store them in the instance __dict__, set by their __init__, which keeps
 * a single layout for the whole hierarchy (so multiple inheritance between
 * exception classes just works).
 *
 * Synchronization: exception instances are ordinary objects; their
 * fields are single words written whole (see vm/exceptions.h).  Traceback
 * entries are immutable.
 */
#include <errno.h>
#include <stdlib.h>

#include <limits.h>

#include "ft.h"
#include "runtime/strbuf.h"
#include "tstate.h"
#include "vm/exceptions.h"

FtValue ft_sys_modules(void); /* modules/sys.c */

int ft_exc_is_instance(FtValue v) {
  return !ft_is_small(v) && FT_TYPE_HAS(v, FT_TPFLAG_EXC_SUBCLASS);
}

FtValue ft_exc_args(FtValue exc) { return ((FtException *)ft_obj(exc))->args; }

static void exc_dealloc(FtObject *o) {
  FtException *e = (FtException *)o;
  FT_CLEAR(e->dict);
  FT_CLEAR(e->args);
  FT_CLEAR(e->traceback);
  FT_CLEAR(e->cause);
  FT_CLEAR(e->context);
  FT_CLEAR(e->hint_names);
  FtType *t = o->type;
  ft_object_free(o);
  (void)t;
}

static FtValue exc_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  FtException *e = (FtException *)ft_object_alloc(type, type->basicsize);
  if (!e)
    return 0;
  e->args = ft_tuple_from_array(args, nargs);
  if (!e->args) {
    ft_decref(ft_val(e));
    return 0;
  }
  return ft_val(e);
}

FtValue ft_exc_new(FtType *t, FtValue args) {
  FtValue e = exc_new(t, ft_tuple_items(args), ft_tuple_len(args), 0);
  if (!e)
    return 0;
  if (t->init && t->init(e, ft_tuple_items(args), ft_tuple_len(args), 0) < 0) {
    ft_decref(e);
    return 0;
  }
  return e;
}

static int set_attr(FtValue self, const char *name, FtValue v) {
  return ft_setattr_cstr(self, name, v);
}

static int base_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  FtException *e = (FtException *)ft_obj(self);
  if (kwnames && ft_tuple_len(kwnames) &&
      ft_type(self)->init == base_init) {
    ft_err_format(&FtExc_TypeError, "%s() takes no keyword arguments",
                  ft_type(self)->name);
    return -1;
  }
  FtValue t = ft_tuple_from_array(args, nargs);
  if (!t)
    return -1;
  ft_setref(&e->args, t);
  return 0;
}

static FtValue exc_str(FtValue self) {
  FtValue args = ft_exc_args(self);
  size_t n = ft_tuple_len(args);
  if (n == 0)
    return ft_str_from_cstr("");
  if (n == 1)
    return ft_to_str(ft_tuple_get(args, 0));
  return ft_to_str(args);
}

static FtValue exc_repr(FtValue self) {
  FtValue args = ft_exc_args(self);
  const char *name = ft_type_name(self);
  if (ft_tuple_len(args) == 1)
    return ft_str_from_format("%s(%R)", name, ft_tuple_get(args, 0));
  if (ft_tuple_len(args) == 0)
    return ft_str_from_format("%s()", name);
  return ft_str_from_format("%s%R", name, args);
}

static FtValue keyerror_str(FtValue self) {
  FtValue args = ft_exc_args(self);
  if (ft_tuple_len(args) == 1)
    return ft_repr(ft_tuple_get(args, 0));
  return exc_str(self);
}

static int systemexit_init(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kw) {
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  FtValue code = nargs == 0 ? FT_NONE : nargs == 1 ? args[0] : ft_exc_args(self);
  return set_attr(self, "code", code);
}

static int stopiteration_init(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kw) {
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  return set_attr(self, "value", nargs ? args[0] : FT_NONE);
}

static int importerror_init(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kw) {
  size_t nkw = kw ? ft_tuple_len(kw) : 0;
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  FtValue name = FT_NONE, path = FT_NONE;
  for (size_t i = 0; i < nkw; i++) {
    const char *k = ft_str_data(ft_tuple_get(kw, i));
    if (!strcmp(k, "name"))
      name = args[nargs + i];
    else if (!strcmp(k, "path"))
      path = args[nargs + i];
    else {
      ft_err_format(&FtExc_TypeError,
                    "'%s' is an invalid keyword argument for %s()", k,
                    ft_type(self)->name);
      return -1;
    }
  }
  if (set_attr(self, "name", name) < 0 || set_attr(self, "path", path) < 0)
    return -1;
  return set_attr(self, "msg", nargs ? args[0] : FT_NONE);
}

/* AttributeError(*args, name=None, obj=None), NameError(*args, name=None):
 * the keywords named in `allowed` (NULL-terminated) become attributes. */
static int kwattrs_init(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kw, const char *const *allowed) {
  size_t nkw = kw ? ft_tuple_len(kw) : 0;
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  for (size_t i = 0; i < nkw; i++) {
    const char *k = ft_str_data(ft_tuple_get(kw, i));
    int ok = 0;
    for (size_t j = 0; allowed[j]; j++)
      ok |= !strcmp(k, allowed[j]);
    if (!ok) {
      ft_err_format(&FtExc_TypeError, "'%s' is an invalid keyword argument for %s()", k,
                    ft_type(self)->name);
      return -1;
    }
  }
  /* Only given keywords are stored: the class attributes (None, set by
   * ft_exceptions_init) answer for the others, so the many AttributeErrors
   * raised internally cost no instance dict. */
  for (size_t i = 0; i < nkw; i++)
    if (set_attr(self, ft_str_data(ft_tuple_get(kw, i)), args[nargs + i]) < 0)
      return -1;
  return 0;
}

static int attributeerror_init(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kw) {
  static const char *const allowed[] = {"name", "obj", NULL};
  return kwattrs_init(self, args, nargs, kw, allowed);
}

static int nameerror_init(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kw) {
  static const char *const allowed[] = {"name", NULL};
  return kwattrs_init(self, args, nargs, kw, allowed);
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and the encode
 * twin.  Errors raised by the codecs with a ready-made message (one arg)
 * keep the plain BaseException behaviour. */
static int unicodeerror_init(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kw) {
  if (base_init(self, args, nargs, kw) < 0)
    return -1;
  if (nargs != 5)
    return 0;
  static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; i++)
    if (set_attr(self, names[i], args[i]) < 0)
      return -1;
  return 0;
}

static FtValue unicodeerror_str(FtValue self) {
  FtValue args = ft_exc_args(self);
  if (ft_tuple_len(args) != 5)
    return exc_str(self);
  FtValue enc = ft_getattr_cstr(self, "encoding");
  FtValue obj = ft_getattr_cstr(self, "object");
  FtValue st = ft_getattr_cstr(self, "start");
  FtValue en = ft_getattr_cstr(self, "end");
  FtValue reason = ft_getattr_cstr(self, "reason");
  FtValue r = 0;
  if (!enc || !obj || !st || !en || !reason || !ft_is_small(st) || !ft_is_small(en)) {
    if (enc && obj && st && en && reason)
      r = exc_str(self);
    goto out;
  }
  intptr_t a = ft_small_val(st), b = ft_small_val(en);
  int decode = ft_type_is_subtype(ft_type(self), &FtExc_UnicodeDecodeError);
  if (decode && ft_bytes_check(obj) && b == a + 1 && a >= 0 &&
      (size_t)a < ft_bytes_size(obj)) {
    r = ft_str_from_format("'%S' codec can't decode byte 0x%02x in position %zd: %S", enc,
                           (unsigned)(unsigned char)ft_bytes_data(obj)[a], a, reason);
  } else if (!decode && ft_str_check(obj) && b == a + 1 && a >= 0 &&
             (size_t)a < ft_str_len(obj)) {
    FtValue ch = ft_getitem(obj, st);
    FtValue rep = ch ? ft_ascii(ch) : 0;
    ft_xdecref(ch);
    if (rep)
      r = ft_str_from_format("'%S' codec can't encode character %U in position %zd: %S",
                             enc, rep, a, reason);
    ft_xdecref(rep);
  } else {
    r = ft_str_from_format("'%S' codec can't %s %s in position %zd-%zd: %S", enc,
                           decode ? "decode" : "encode", decode ? "bytes" : "characters",
                           a, b - 1, reason);
  }
out:
  ft_xdecref(enc);
  ft_xdecref(obj);
  ft_xdecref(st);
  ft_xdecref(en);
  ft_xdecref(reason);
  return r;
}

/* The pending exception, if an AttributeError, learns which name was
 * missing on which object (e.name, e.obj), for the "Did you mean"
 * suggestion printed with an uncaught one. */
void ft_exc_attribute_error_info(FtValue obj, FtValue name) {
  FtValue e = ft_err_occurred();
  if (!e || !ft_type_is_subtype(ft_type(e), &FtExc_AttributeError))
    return;
  FtException *x = (FtException *)ft_obj(e);
  if (x->dict) { /* keep what the raiser said */
    FtValue have = ft_dict_get_cstr(x->dict, "name");
    if (have) {
      ft_decref(have);
      return;
    }
  }
  FtValue d = x->dict ? ft_newref(x->dict) : ft_dict_new();
  if (!d || ft_dict_set_cstr(d, "name", name) < 0 || ft_dict_set_cstr(d, "obj", obj) < 0) {
    ft_xdecref(d);
    return;
  }
  ft_setref(&x->dict, d);
}

/* The pending exception, if a NameError, learns the missing name (e.name)
 * and the names bound in the raising frame (a tuple, or 0), which the
 * "Did you mean" suggestion searches first, as CPython searches f_locals. */
void ft_exc_name_error_info(FtValue name, FtValue local_names) {
  FtValue e = ft_err_occurred();
  if (!e || !ft_type_is_subtype(ft_type(e), &FtExc_NameError))
    return;
  FtException *x = (FtException *)ft_obj(e);
  FtValue d = x->dict ? ft_newref(x->dict) : ft_dict_new();
  if (!d || ft_dict_set_cstr(d, "name", name) < 0) {
    ft_xdecref(d);
    return;
  }
  ft_setref(&x->dict, d);
  if (local_names)
    ft_setref(&x->hint_names, ft_newref(local_names));
}

static FtValue importerror_str(FtValue self) {
  FtValue msg = ft_getattr_cstr(self, "msg");
  if (msg && msg != FT_NONE)
    return msg;
  ft_xdecref(msg);
  ft_err_clear();
  return exc_str(self);
}

static int oserror_init(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kw) {
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  FtValue err = FT_NONE, strerr = FT_NONE, fname = FT_NONE;
  if (nargs >= 2 && nargs <= 5) {
    err = args[0];
    strerr = args[1];
    if (nargs >= 3)
      fname = args[2];
    if (nargs >= 3) {
      /* CPython keeps only (errno, strerror) in args when a filename is
       * given. */
      FtValue t = ft_tuple_from_array(args, 2);
      if (!t)
        return -1;
      ft_setref(&((FtException *)ft_obj(self))->args, t);
    }
  }
  if (set_attr(self, "errno", err) < 0 || set_attr(self, "strerror", strerr) < 0 ||
      set_attr(self, "filename", fname) < 0)
    return -1;
  return 0;
}

static FtValue oserror_str(FtValue self) {
  FtValue fname = ft_getattr_cstr(self, "filename");
  FtValue err = ft_getattr_cstr(self, "errno");
  FtValue strerr = ft_getattr_cstr(self, "strerror");
  FtValue r;
  if (!fname || !err || !strerr)
    r = 0;
  else if (fname != FT_NONE)
    r = ft_str_from_format("[Errno %S] %S: %R", err, strerr, fname);
  else if (err != FT_NONE && strerr != FT_NONE)
    r = ft_str_from_format("[Errno %S] %S", err, strerr);
  else
    r = exc_str(self);
  ft_xdecref(fname);
  ft_xdecref(err);
  ft_xdecref(strerr);
  return r;
}

/* OSError(errno, ...) builds the subclass that matches errno, as CPython. */
static FtValue oserror_new(FtType *type, const FtValue *args, size_t nargs,
                           FtValue kw) {
  if (type == &FtExc_OSError && nargs >= 2 && ft_is_small(args[0])) {
    switch (ft_small_val(args[0])) {
    case ENOENT: type = &FtExc_FileNotFoundError; break;
    case EEXIST: type = &FtExc_FileExistsError; break;
    case EACCES: case EPERM: type = &FtExc_PermissionError; break;
    case EISDIR: type = &FtExc_IsADirectoryError; break;
    case ENOTDIR: type = &FtExc_NotADirectoryError; break;
    case ETIMEDOUT: type = &FtExc_TimeoutError; break;
    case EINTR: type = &FtExc_InterruptedError; break;
    case EAGAIN: type = &FtExc_BlockingIOError; break;
    case ECHILD: type = &FtExc_ChildProcessError; break;
    case ESRCH: type = &FtExc_ProcessLookupError; break;
    case EPIPE: case ESHUTDOWN: type = &FtExc_BrokenPipeError; break;
    case ECONNABORTED: type = &FtExc_ConnectionAbortedError; break;
    case ECONNREFUSED: type = &FtExc_ConnectionRefusedError; break;
    case ECONNRESET: type = &FtExc_ConnectionResetError; break;
    }
  }
  return exc_new(type, args, nargs, kw);
}

static int syntaxerror_init(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kw) {
  if (base_init(self, args, nargs, 0) < 0)
    return -1;
  static const char *const names[] = {"filename", "lineno", "offset", "text",
                                      "end_lineno", "end_offset"};
  if (set_attr(self, "msg", nargs ? args[0] : FT_NONE) < 0)
    return -1;
  FtValue info = nargs == 2 && FT_TYPE_HAS(args[1], FT_TPFLAG_TUPLE_SUBCLASS)
                     ? args[1] : 0;
  for (size_t i = 0; i < 6; i++) {
    FtValue v = info && i < ft_tuple_len(info) ? ft_tuple_get(info, i) : FT_NONE;
    if (set_attr(self, names[i], v) < 0)
      return -1;
  }
  return 0;
}

static FtValue syntaxerror_str(FtValue self) {
  FtValue msg = ft_getattr_cstr(self, "msg");
  FtValue fname = ft_getattr_cstr(self, "filename");
  FtValue line = ft_getattr_cstr(self, "lineno");
  FtValue r = 0;
  if (msg && fname && line) {
    FtValue m = msg == FT_NONE ? 0 : ft_to_str(msg);
    if (msg != FT_NONE && !m)
      goto out;
    if (fname != FT_NONE && line != FT_NONE) {
      /* CPython prints only the basename of the file here. */
      const char *f = ft_str_check(fname) ? ft_str_data(fname) : "?";
      const char *slash = strrchr(f, '/');
      r = ft_str_from_format("%S (%s, line %S)", m ? m : FT_NONE,
                             slash ? slash + 1 : f, line);
    } else if (line != FT_NONE) {
      r = ft_str_from_format("%S (line %S)", m ? m : FT_NONE, line);
    } else {
      r = m ? ft_newref(m) : ft_str_from_cstr("None");
    }
    ft_xdecref(m);
  }
out:
  ft_xdecref(msg);
  ft_xdecref(fname);
  ft_xdecref(line);
  return r;
}

FtValue ft_exc_syntax_error(FtType *type, const char *msg, const char *filename,
                            int lineno, int offset, const char *text,
                            int end_lineno, int end_offset) {
  FtValue m = ft_str_from_cstr(msg);
  FtValue f = ft_str_from_cstr(filename);
  FtValue t = text ? ft_str_decode_utf8(text, strlen(text), "replace")
                   : ft_newref(FT_NONE);
  if (!m || !f || !t) {
    ft_xdecref(m);
    ft_xdecref(f);
    ft_xdecref(t);
    return 0;
  }
  FtValue info = ft_tuple_pack(6, f, ft_small(lineno), ft_small(offset), t,
                               ft_small(end_lineno), ft_small(end_offset));
  ft_decref(f);
  ft_decref(t);
  if (!info) {
    ft_decref(m);
    return 0;
  }
  FtValue args = ft_tuple_pack(2, m, info);
  ft_decref(m);
  ft_decref(info);
  if (!args)
    return 0;
  FtValue e = ft_exc_new(type, args);
  ft_decref(args);
  return e;
}

/* ---- attributes ------------------------------------------------------ */

static FtValue get_args(FtValue self) { return ft_newref(ft_exc_args(self)); }
static int set_args(FtValue self, FtValue v) {
  if (!v) {
    ft_err_format(&FtExc_TypeError, "args may not be deleted");
    return -1;
  }
  FtValue t = ft_tuple_from_iterable(v);
  if (!t)
    return -1;
  ft_setref(&((FtException *)ft_obj(self))->args, t);
  return 0;
}
#define EXC_FIELD_GETSET(field)                                              \
  static FtValue get_##field(FtValue self) {                                 \
    FtValue v = ((FtException *)ft_obj(self))->field;                        \
    return ft_newref(v ? v : FT_NONE);                                       \
  }
EXC_FIELD_GETSET(traceback)
EXC_FIELD_GETSET(context)
EXC_FIELD_GETSET(cause)

static int set_traceback(FtValue self, FtValue v) {
  if (v && v != FT_NONE && !ft_isinstance_exact(v, &FtTraceback_Type)) {
    ft_err_format(&FtExc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  ft_setref(&((FtException *)ft_obj(self))->traceback,
            v && v != FT_NONE ? ft_newref(v) : 0);
  return 0;
}
static int set_chain(FtValue self, FtValue v, int cause) {
  if (v && v != FT_NONE && !ft_exc_is_instance(v)) {
    ft_err_format(&FtExc_TypeError, "exception %s must be None or derive from BaseException",
                  cause ? "cause" : "context");
    return -1;
  }
  FtException *e = (FtException *)ft_obj(self);
  ft_setref(cause ? &e->cause : &e->context, v && v != FT_NONE ? ft_newref(v) : 0);
  if (cause)
    e->suppress_context = 1;
  return 0;
}
static int set_cause(FtValue self, FtValue v) { return set_chain(self, v, 1); }
static int set_context(FtValue self, FtValue v) { return set_chain(self, v, 0); }
static FtValue get_suppress(FtValue self) {
  return ft_bool(((FtException *)ft_obj(self))->suppress_context);
}
static int set_suppress(FtValue self, FtValue v) {
  int b = v ? ft_truthy(v) : 0;
  if (b < 0)
    return -1;
  ((FtException *)ft_obj(self))->suppress_context = b;
  return 0;
}

static const FtGetSetDef exc_getsets[] = {
    {"args", get_args, set_args, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL}};

static FtValue exc_with_traceback(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kw) {
  if (ft_args_count("with_traceback", nargs, 1, 1) < 0 ||
      set_traceback(self, args[0]) < 0)
    return 0;
  return ft_newref(self);
}

static FtValue exc_add_note(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kw) {
  if (ft_args_count("add_note", nargs, 1, 1) < 0)
    return 0;
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError, "note must be a str, not '%T'", args[0]);
  FtValue notes = ft_getattr_cstr(self, "__notes__");
  if (!notes) {
    ft_err_clear();
    notes = ft_list_new(0);
    if (!notes || set_attr(self, "__notes__", notes) < 0) {
      ft_xdecref(notes);
      return 0;
    }
  }
  int r = ft_list_append(notes, args[0]);
  ft_decref(notes);
  return r < 0 ? 0 : ft_newref(FT_NONE);
}

/* Pickling and copying: (type, args) plus the instance dict when set. */
static FtValue exc_reduce(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  (void)args;
  if (ft_args_no_kw("__reduce__", kw) < 0 || ft_args_count("__reduce__", nargs, 0, 0) < 0)
    return 0;
  FtException *e = (FtException *)ft_obj(self);
  FtValue d = atomic_load_explicit((_Atomic FtValue *)&e->dict, memory_order_acquire);
  FtValue a = e->args ? e->args : FT_EMPTY_TUPLE;
  if (d && ft_dict_size(d))
    return ft_tuple_pack(3, ft_val(ft_type(self)), a, d);
  return ft_tuple_pack(2, ft_val(ft_type(self)), a);
}

static FtValue exc_setstate(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_no_kw("__setstate__", kw) < 0 ||
      ft_args_count("__setstate__", nargs, 1, 1) < 0)
    return 0;
  FtValue state = args[0];
  if (state == FT_NONE)
    return ft_newref(FT_NONE);
  if (!ft_dict_check(state))
    return ft_err_format(&FtExc_TypeError, "state is not a dictionary");
  size_t pos = 0;
  FtValue k, v;
  while (ft_dict_next(state, &pos, &k, &v)) {
    int r = ft_setattr(self, k, v);
    ft_decref(k);
    ft_decref(v);
    if (r < 0)
      return 0;
  }
  return ft_newref(FT_NONE);
}

static const FtMethodDef exc_methods[] = {
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the hierarchy ---------------------------------------------------- */

#define EXC_FLAGS (FT_TPFLAG_BASETYPE | FT_TPFLAG_EXC_SUBCLASS)
#define EXC_TYPE(NAME, BASE, ...)                                            \
  FtType FtExc_##NAME = {.ob = FT_STATIC_HEAD(&FtType_Type),                 \
                         .name = #NAME,                                      \
                         .basicsize = sizeof(FtException),                   \
                         .tpflags = EXC_FLAGS,                               \
                         .dictoffset = offsetof(FtException, dict),          \
                         .base = BASE,                                       \
                         __VA_ARGS__};

EXC_TYPE(BaseException, &FtObject_Type, .new_ = exc_new, .init = base_init,
         .dealloc = exc_dealloc, .str = exc_str, .repr = exc_repr,
         .getsets = exc_getsets, .methods = exc_methods)
EXC_TYPE(SystemExit, &FtExc_BaseException, .init = systemexit_init)
EXC_TYPE(KeyboardInterrupt, &FtExc_BaseException)
EXC_TYPE(GeneratorExit, &FtExc_BaseException)
EXC_TYPE(Exception, &FtExc_BaseException)
EXC_TYPE(StopIteration, &FtExc_Exception, .init = stopiteration_init)
EXC_TYPE(StopAsyncIteration, &FtExc_Exception)
EXC_TYPE(ArithmeticError, &FtExc_Exception)
EXC_TYPE(FloatingPointError, &FtExc_ArithmeticError)
EXC_TYPE(OverflowError, &FtExc_ArithmeticError)
EXC_TYPE(ZeroDivisionError, &FtExc_ArithmeticError)
EXC_TYPE(AssertionError, &FtExc_Exception)
EXC_TYPE(AttributeError, &FtExc_Exception, .init = attributeerror_init)
EXC_TYPE(BufferError, &FtExc_Exception)
EXC_TYPE(EOFError, &FtExc_Exception)
EXC_TYPE(ImportError, &FtExc_Exception, .init = importerror_init,
         .str = importerror_str)
EXC_TYPE(ModuleNotFoundError, &FtExc_ImportError)
EXC_TYPE(LookupError, &FtExc_Exception)
EXC_TYPE(IndexError, &FtExc_LookupError)
EXC_TYPE(KeyError, &FtExc_LookupError, .str = keyerror_str)
EXC_TYPE(MemoryError, &FtExc_Exception)
EXC_TYPE(NameError, &FtExc_Exception, .init = nameerror_init)
EXC_TYPE(UnboundLocalError, &FtExc_NameError)
EXC_TYPE(OSError, &FtExc_Exception, .new_ = oserror_new, .init = oserror_init,
         .str = oserror_str)
EXC_TYPE(FileNotFoundError, &FtExc_OSError)
EXC_TYPE(FileExistsError, &FtExc_OSError)
EXC_TYPE(PermissionError, &FtExc_OSError)
EXC_TYPE(IsADirectoryError, &FtExc_OSError)
EXC_TYPE(NotADirectoryError, &FtExc_OSError)
EXC_TYPE(TimeoutError, &FtExc_OSError)
EXC_TYPE(InterruptedError, &FtExc_OSError)
EXC_TYPE(BlockingIOError, &FtExc_OSError)
EXC_TYPE(ChildProcessError, &FtExc_OSError)
EXC_TYPE(ProcessLookupError, &FtExc_OSError)
EXC_TYPE(ConnectionError, &FtExc_OSError)
EXC_TYPE(BrokenPipeError, &FtExc_ConnectionError)
EXC_TYPE(ConnectionAbortedError, &FtExc_ConnectionError)
EXC_TYPE(ConnectionRefusedError, &FtExc_ConnectionError)
EXC_TYPE(ConnectionResetError, &FtExc_ConnectionError)
EXC_TYPE(ReferenceError, &FtExc_Exception)
EXC_TYPE(RuntimeError, &FtExc_Exception)
EXC_TYPE(NotImplementedError, &FtExc_RuntimeError)
EXC_TYPE(RecursionError, &FtExc_RuntimeError)
EXC_TYPE(SyntaxError, &FtExc_Exception, .init = syntaxerror_init,
         .str = syntaxerror_str)
EXC_TYPE(IndentationError, &FtExc_SyntaxError)
EXC_TYPE(TabError, &FtExc_IndentationError)
EXC_TYPE(SystemError, &FtExc_Exception)
EXC_TYPE(TypeError, &FtExc_Exception)
EXC_TYPE(ValueError, &FtExc_Exception)
EXC_TYPE(UnicodeError, &FtExc_ValueError)
EXC_TYPE(UnicodeDecodeError, &FtExc_UnicodeError, .init = unicodeerror_init,
         .str = unicodeerror_str)
EXC_TYPE(UnicodeEncodeError, &FtExc_UnicodeError, .init = unicodeerror_init,
         .str = unicodeerror_str)
EXC_TYPE(Warning, &FtExc_Exception)
EXC_TYPE(UserWarning, &FtExc_Warning)
EXC_TYPE(DeprecationWarning, &FtExc_Warning)
EXC_TYPE(RuntimeWarning, &FtExc_Warning)
EXC_TYPE(PendingDeprecationWarning, &FtExc_Warning)
EXC_TYPE(SyntaxWarning, &FtExc_Warning)
EXC_TYPE(FutureWarning, &FtExc_Warning)
EXC_TYPE(ImportWarning, &FtExc_Warning)
EXC_TYPE(UnicodeWarning, &FtExc_Warning)
EXC_TYPE(BytesWarning, &FtExc_Warning)
EXC_TYPE(ResourceWarning, &FtExc_Warning)
EXC_TYPE(EncodingWarning, &FtExc_Warning)
EXC_TYPE(UnicodeTranslateError, &FtExc_UnicodeError)

void ft_exceptions_init(void) {
#define READY(name) ft_type_ready(&FtExc_##name);
  FT_EXC_LIST(READY)
#undef READY
  ft_dict_set_cstr(FtExc_AttributeError.dict, "name", FT_NONE);
  ft_dict_set_cstr(FtExc_AttributeError.dict, "obj", FT_NONE);
  ft_dict_set_cstr(FtExc_NameError.dict, "name", FT_NONE);
  ft_type_ready(&FtTraceback_Type);
}

/* ---- tracebacks -------------------------------------------------------- */

static void tb_dealloc(FtObject *o) {
  FtTraceback *t = (FtTraceback *)o;
  FT_CLEAR(t->next);
  FT_CLEAR(t->filename);
  FT_CLEAR(t->funcname);
  ft_object_free(o);
}

static FtValue tb_lineno(FtValue self) {
  return ft_small(((FtTraceback *)ft_obj(self))->lineno);
}
static FtValue tb_next(FtValue self) {
  FtValue n = ((FtTraceback *)ft_obj(self))->next;
  return ft_newref(n ? n : FT_NONE);
}
static const FtGetSetDef tb_getsets[] = {{"tb_lineno", tb_lineno, NULL, NULL},
                                         {"tb_next", tb_next, NULL, NULL},
                                         {NULL, NULL, NULL, NULL}};

FtType FtTraceback_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                           .name = "traceback",
                           .basicsize = sizeof(FtTraceback),
                           .dealloc = tb_dealloc,
                           .getsets = tb_getsets};

int ft_exc_add_traceback(FtValue exc, FtValue filename, FtValue funcname,
                         int lineno) {
  FtException *e = (FtException *)ft_obj(exc);
  FtTraceback *t =
      (FtTraceback *)ft_object_alloc(&FtTraceback_Type, sizeof(FtTraceback));
  if (!t)
    return -1;
  t->next = e->traceback;
  t->filename = ft_newref(filename);
  t->funcname = ft_newref(funcname);
  t->lineno = lineno;
  e->traceback = ft_val(t);
  return 0;
}

/* Line `lineno` of a file, stripped of leading/trailing blanks, or NULL. */
static char *source_line(const char *filename, int lineno) {
  FILE *f = fopen(filename, "r");
  if (!f)
    return NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = 0;
  for (int i = 0; i < lineno; i++)
    if ((n = getline(&line, &cap, f)) < 0)
      break;
  fclose(f);
  if (n < 0) {
    free(line);
    return NULL;
  }
  char *s = line;
  while (*s == ' ' || *s == '\t' || *s == '\f')
    s++;
  size_t len = strlen(s);
  while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' ||
                 s[len - 1] == '\t'))
    s[--len] = 0;
  memmove(line, s, len + 1);
  return line;
}

static void print_repeats(FtStrBuf *out, long repeats) {
  if (repeats > 3)
    ft_strbuf_printf(out, "  [Previous line repeated %ld more time%s]\n", repeats - 3,
                     repeats - 3 == 1 ? "" : "s");
}

FtValue ft_sys_module(void); /* modules/sys.c */

/* sys.tracebacklimit when it is an int (at most LONG_MAX), else -1. */
static long tb_limit(void) {
  FtValue sys = ft_sys_module();
  FtValue v = sys ? ft_getattr_opt(sys, ft_str_intern_cstr("tracebacklimit")) : 0;
  long limit = -1;
  if (v && ft_int_check(v)) {
    int64_t x;
    int ovf;
    if (ft_int_as_i64(v, &x, &ovf) == 0)
      limit = ovf ? (x < 0 ? 0 : LONG_MAX) : x < 0 ? 0 : (long)(x > LONG_MAX ? LONG_MAX : x);
  }
  ft_xdecref(v);
  ft_err_clear();
  return limit;
}

/* The entries of tb: all when limit < 0, else the last `limit` of them
 * (sys.tracebacklimit for the interpreter's report), or the first ones
 * when from_top (the traceback module's positive limit). */
static void print_tb(FtStrBuf *out, FtValue tb, long limit, int from_top) {
  /* Like CPython, a run of identical entries (recursion) prints three times
   * and then a count. */
  FtTraceback *prev = NULL;
  long repeats = 0, left = LONG_MAX;
  if (limit >= 0 && from_top) {
    left = limit;
  } else if (limit >= 0) {
    long n = 0;
    for (FtValue t = tb; t; t = ((FtTraceback *)ft_obj(t))->next)
      n++;
    for (; tb && n > limit; n--)
      tb = ((FtTraceback *)ft_obj(tb))->next;
  }
  for (; tb && left-- > 0; tb = ((FtTraceback *)ft_obj(tb))->next) {
    FtTraceback *t = (FtTraceback *)ft_obj(tb);
    if (prev && prev->lineno == t->lineno && ft_str_eq(prev->filename, t->filename) &&
        ft_str_eq(prev->funcname, t->funcname)) {
      if (++repeats >= 3)
        continue;
    } else {
      print_repeats(out, repeats + 1);
      repeats = 0;
    }
    prev = t;
    ft_strbuf_printf(out, "  File \"%s\", line %d, in %s\n",
                     ft_str_data(t->filename), t->lineno, ft_str_data(t->funcname));
    char *src = source_line(ft_str_data(t->filename), t->lineno);
    if (src && *src)
      ft_strbuf_printf(out, "    %s\n", src);
    free(src);
  }
  print_repeats(out, repeats + 1);
}

/* ---- "Did you mean" suggestions ---------------------------------------
 * An uncaught NameError or AttributeError names the closest existing name
 * when one is close enough, as CPython 3.11 does.  Closeness is an edit
 * distance where changing only the case of a letter costs half as much as
 * any other edit; names over 40 bytes and namespaces over 750 names are
 * not searched. */
enum { SUGG_EDIT = 2, SUGG_CASE = 1, SUGG_MAXLEN = 40, SUGG_MAXITEMS = 750 };

static int sugg_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Edit distance of a and b, or anything above `limit` once it is certain
 * to exceed it. */
static size_t sugg_distance(const char *a, size_t na, const char *b, size_t nb,
                            size_t limit) {
  while (na && nb && *a == *b) { /* a shared prefix costs nothing */
    a++, b++;
    na--, nb--;
  }
  while (na && nb && a[na - 1] == b[nb - 1]) /* nor does a shared suffix */
    na--, nb--;
  if (!na || !nb)
    return (na + nb) * SUGG_EDIT;
  if (na > SUGG_MAXLEN || nb > SUGG_MAXLEN)
    return limit + 1;
  if (na > nb) { /* let a be the shorter */
    const char *t = a;
    a = b, b = t;
    size_t n = na;
    na = nb, nb = n;
  }
  if ((nb - na) * SUGG_EDIT > limit)
    return limit + 1;
  /* row[i]: distance between the first j chars of b and a[0..i] */
  size_t row[SUGG_MAXLEN];
  for (size_t i = 0; i < na; i++)
    row[i] = (i + 1) * SUGG_EDIT;
  size_t cur = 0;
  for (size_t j = 0; j < nb; j++) {
    size_t diag = j * SUGG_EDIT; /* distance(b[:j], a[:0]) */
    cur = diag + SUGG_EDIT;      /* distance(b[:j+1], a[:0]) */
    size_t best = (size_t)-1;
    for (size_t i = 0; i < na; i++) {
      size_t sub = diag + (a[i] == b[j] ? 0
                           : sugg_lower(a[i]) == sugg_lower(b[j]) ? SUGG_CASE
                                                                  : SUGG_EDIT);
      diag = row[i];
      size_t ins = (cur < diag ? cur : diag) + SUGG_EDIT;
      cur = ins < sub ? ins : sub;
      row[i] = cur;
      if (cur < best)
        best = cur;
    }
    if (best > limit)
      return limit + 1;
  }
  return cur;
}

/* The closest of the strs in list `names` to `name` (borrowed), or 0. */
static FtValue sugg_best(FtValue names, FtValue name) {
  size_t n;
  FtValue *items = ft_list_snapshot(names, &n);
  if (!items)
    return 0;
  FtValue best = 0;
  size_t best_d = (size_t)-1;
  for (size_t i = 0; i < n && n <= SUGG_MAXITEMS; i++) {
    FtValue c = items[i];
    if (!ft_str_check(c) || ft_str_eq(c, name))
      continue;
    size_t limit = (ft_str_size(name) + ft_str_size(c) + 3) * SUGG_EDIT / 6;
    if (best && best_d - 1 < limit)
      limit = best_d - 1;
    size_t d = sugg_distance(ft_str_data(name), ft_str_size(name), ft_str_data(c),
                             ft_str_size(c), limit);
    if (d > limit)
      continue;
    if (!best || d < best_d) {
      best = c;
      best_d = d;
    }
  }
  if (best)
    ft_incref(best);
  for (size_t i = 0; i < n; i++)
    ft_decref(items[i]);
  ft_mem_free(items);
  return best;
}

static FtValue sugg_in_dict(FtValue d, FtValue name) {
  if (!d || !ft_dict_check(d))
    return 0;
  FtValue keys = ft_dict_keys_list(d);
  if (!keys)
    return 0;
  FtValue r = sugg_best(keys, name);
  ft_decref(keys);
  return r;
}

/* The globals of the module whose file raised exc (from its innermost
 * traceback entry), else __main__'s; borrowed from sys.modules. */
static FtValue sugg_globals(FtValue exc) {
  FtValue tb = ((FtException *)ft_obj(exc))->traceback;
  while (tb && ((FtTraceback *)ft_obj(tb))->next)
    tb = ((FtTraceback *)ft_obj(tb))->next;
  FtValue mods = ft_sys_modules();
  FtValue found = 0, main_d = 0;
  size_t pos = 0;
  FtValue k, m;
  while (mods && ft_dict_next(mods, &pos, &k, &m)) {
    if (ft_type(m) == &FtModule_Type) {
      FtValue d = ft_module_dict(m);
      FtValue f = ft_dict_get_cstr(d, "__file__");
      if (!found && tb && f && ft_str_check(f) &&
          ft_str_eq(f, ((FtTraceback *)ft_obj(tb))->filename))
        found = d;
      if (ft_str_check(k) && !strcmp(ft_str_data(k), "__main__"))
        main_d = d;
      ft_xdecref(f);
    }
    ft_decref(k);
    ft_decref(m);
  }
  return found ? found : main_d;
}

/* ". Did you mean: 'x'?" for exc, or 0. */
static FtValue suggestion(FtValue exc) {
  FtType *t = ft_type(exc);
  FtValue r = 0;
  if (ft_type_is_subtype(t, &FtExc_AttributeError)) {
    FtValue name = ft_getattr_cstr(exc, "name");
    FtValue obj = name && ft_str_check(name) ? ft_getattr_cstr(exc, "obj") : 0;
    FtValue dirf = obj ? ft_dict_get_cstr(ft_vm_builtins(), "dir") : 0;
    FtValue names = dirf ? ft_call1(dirf, obj) : 0;
    if (names && FT_TYPE_HAS(names, FT_TPFLAG_LIST_SUBCLASS))
      r = sugg_best(names, name);
    ft_xdecref(names);
    ft_xdecref(dirf);
    ft_xdecref(obj);
    ft_xdecref(name);
  } else if (ft_type_is_subtype(t, &FtExc_NameError)) {
    FtValue name = ft_getattr_cstr(exc, "name");
    if (name && !ft_str_check(name) && t == &FtExc_NameError) {
      /* raised by the VM with only the message: "name 'x' is not defined" */
      FtValue args = ft_exc_args(exc);
      FtValue msg = ft_tuple_len(args) == 1 ? ft_tuple_get(args, 0) : 0;
      const char *m = msg && ft_str_check(msg) ? ft_str_data(msg) : "";
      const char *end = strstr(m, "' is not defined");
      ft_decref(name);
      name = !strncmp(m, "name '", 6) && end && end > m + 6 && !end[16]
                 ? ft_str_new(m + 6, (size_t)(end - (m + 6)))
                 : 0;
    }
    FtValue locals = ((FtException *)ft_obj(exc))->hint_names;
    if (name && ft_str_check(name) && locals) {
      FtValue l = ft_list_new(0);
      if (l && ft_list_extend(l, locals) == 0)
        r = sugg_best(l, name);
      ft_xdecref(l);
    }
    if (!r && name && ft_str_check(name)) {
      r = sugg_in_dict(sugg_globals(exc), name);
      if (!r)
        r = sugg_in_dict(ft_vm_builtins(), name);
    }
    ft_xdecref(name);
  }
  ft_err_clear();
  if (!r)
    return 0;
  FtValue s = ft_str_from_format(". Did you mean: '%U'?", r);
  ft_decref(r);
  ft_err_clear();
  return s;
}

static void print_exc_line(FtStrBuf *out, FtValue exc) {
  FtType *t = ft_type(exc);
  FtValue mod = t->dict ? ft_dict_get_cstr(t->dict, "__module__") : 0;
  const char *name = t->qualname ? ft_str_data(t->qualname) : t->name;
  if (mod && ft_str_check(mod) && strcmp(ft_str_data(mod), "builtins") &&
      strcmp(ft_str_data(mod), "__main__"))
    ft_strbuf_printf(out, "%s.%s", ft_str_data(mod), name);
  else
    ft_strbuf_append_cstr(out, name);
  ft_xdecref(mod);
  if (ft_type_is_subtype(t, &FtExc_SyntaxError)) {
    /* File "x.py", line N / the text / the caret line. */
    FtValue fname = ft_getattr_cstr(exc, "filename");
    FtValue line = ft_getattr_cstr(exc, "lineno");
    FtValue text = ft_getattr_cstr(exc, "text");
    FtValue off = ft_getattr_cstr(exc, "offset");
    FtValue eoff = ft_getattr_cstr(exc, "end_offset");
    FtValue eline = ft_getattr_cstr(exc, "end_lineno");
    FtValue msg = ft_getattr_cstr(exc, "msg");
    ft_err_clear();
    if (fname && ft_str_check(fname) && line && ft_is_small(line)) {
      FtStrBuf head;
      ft_strbuf_init(&head);
      ft_strbuf_printf(&head, "  File \"%s\", line %ld\n", ft_str_data(fname),
                       (long)ft_small_val(line));
      if (text && ft_str_check(text)) {
        const char *s = ft_str_data(text);
        long lead = 0;
        while (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f')
          lead++;
        size_t len = strlen(s + lead);
        while (len && (s[lead + len - 1] == '\n' || s[lead + len - 1] == ' '))
          len--;
        ft_strbuf_append_cstr(&head, "    ");
        ft_strbuf_append(&head, s + lead, len);
        ft_strbuf_append_char(&head, '\n');
        if (off && ft_is_small(off) && ft_small_val(off) > 0) {
          long o = ft_small_val(off) - 1 - lead;
          long e = eoff && ft_is_small(eoff) ? ft_small_val(eoff) - 1 - lead : o + 1;
          if (eline && ft_is_small(eline) && ft_small_val(eline) != ft_small_val(line))
            e = (long)len;
          if (o < 0)
            o = 0;
          if (e <= o)
            e = o + 1;
          if (o > (long)len)
            o = (long)len;
          ft_strbuf_append_cstr(&head, "    ");
          ft_strbuf_append_repeat(&head, ' ', (size_t)o);
          ft_strbuf_append_repeat(&head, '^', (size_t)(e - o));
          ft_strbuf_append_char(&head, '\n');
        }
      }
      /* The location goes before the type name: rebuild the line. */
      FtStrBuf all;
      ft_strbuf_init(&all);
      ft_strbuf_append(&all, head.data, head.len);
      ft_strbuf_append(&all, out->data, out->len);
      out->len = 0;
      ft_strbuf_append(out, all.data, all.len);
      ft_strbuf_free(&all);
      ft_strbuf_free(&head);
      if (msg && ft_str_check(msg)) {
        ft_strbuf_append_cstr(out, ": ");
        ft_strbuf_append(out, ft_str_data(msg), ft_str_size(msg));
      }
      ft_strbuf_append_char(out, '\n');
      ft_xdecref(fname); ft_xdecref(line); ft_xdecref(text); ft_xdecref(off);
      ft_xdecref(eoff); ft_xdecref(eline); ft_xdecref(msg);
      return;
    }
    ft_xdecref(fname); ft_xdecref(line); ft_xdecref(text); ft_xdecref(off);
    ft_xdecref(eoff); ft_xdecref(eline); ft_xdecref(msg);
  }
  FtValue s = ft_to_str(exc);
  if (!s) {
    ft_err_clear();
    ft_strbuf_append_cstr(out, ": <exception str() failed>\n");
    return;
  }
  if (ft_str_size(s)) {
    ft_strbuf_append_cstr(out, ": ");
    ft_strbuf_append(out, ft_str_data(s), ft_str_size(s));
  }
  FtValue hint = suggestion(exc);
  if (hint) {
    ft_strbuf_append(out, ft_str_data(hint), ft_str_size(hint));
    ft_decref(hint);
  }
  ft_strbuf_append_char(out, '\n');
  ft_decref(s);
}

/* The exception's notes (add_note), one per line after its message. */
static void print_notes(FtStrBuf *out, FtValue exc) {
  FtValue notes = ft_getattr_opt(exc, ft_str_intern_cstr("__notes__"));
  if (!notes) {
    ft_err_clear();
    return;
  }
  if (FT_TYPE_HAS(notes, FT_TPFLAG_LIST_SUBCLASS) || FT_TYPE_HAS(notes, FT_TPFLAG_TUPLE_SUBCLASS)) {
    FtValue items = ft_list_from_iterable(notes);
    size_t n = items ? ft_list_size(items) : 0;
    for (size_t i = 0; i < n; i++) {
      FtValue note = ft_list_get(items, (intptr_t)i);
      FtValue s = note && ft_str_check(note) ? ft_newref(note) : note ? ft_to_str(note) : 0;
      if (s) {
        ft_strbuf_append(out, ft_str_data(s), ft_str_size(s));
        ft_decref(s);
      } else {
        ft_err_clear();
        ft_strbuf_append_cstr(out, "<note str() failed>");
      }
      ft_strbuf_append_char(out, '\n');
      ft_xdecref(note);
    }
    ft_xdecref(items);
  } else {
    FtValue r = ft_repr(notes);
    if (r) {
      ft_strbuf_append(out, ft_str_data(r), ft_str_size(r));
      ft_decref(r);
    } else {
      ft_strbuf_append_cstr(out, "<__notes__ repr() failed>");
    }
    ft_strbuf_append_char(out, '\n');
  }
  ft_err_clear();
  ft_decref(notes);
}

#define CHAIN_MAX 100

/* seen[0..depth) are the exceptions printed after this one: a cause or
 * context among them closes a cycle and is not followed (as CPython). */
static int chain_seen(FtValue *seen, int depth, FtValue exc) {
  for (int i = 0; i < depth; i++)
    if (seen[i] == exc)
      return 1;
  return 0;
}

static void print_chain_in(FtStrBuf *out, FtValue exc, int depth, long limit, int from_top,
                           FtValue *seen) {
  FtException *e = (FtException *)ft_obj(exc);
  seen[depth] = exc;
  if (depth < CHAIN_MAX - 1) {
    if (e->cause && ft_exc_is_instance(e->cause)) {
      if (!chain_seen(seen, depth + 1, e->cause)) {
        print_chain_in(out, e->cause, depth + 1, limit, from_top, seen);
        ft_strbuf_append_cstr(out, "\nThe above exception was the direct cause "
                                   "of the following exception:\n\n");
      }
    } else if (e->context && !e->suppress_context && ft_exc_is_instance(e->context) &&
               !chain_seen(seen, depth + 1, e->context)) {
      print_chain_in(out, e->context, depth + 1, limit, from_top, seen);
      ft_strbuf_append_cstr(out, "\nDuring handling of the above exception, "
                                 "another exception occurred:\n\n");
    }
  }
  if (e->traceback && limit != 0) {
    ft_strbuf_append_cstr(out, "Traceback (most recent call last):\n");
    print_tb(out, e->traceback, limit, from_top);
  }
  FtStrBuf line;
  ft_strbuf_init(&line);
  print_exc_line(&line, exc);
  print_notes(&line, exc);
  ft_strbuf_append(out, line.data, line.len);
  ft_strbuf_free(&line);
}

static void print_chain(FtStrBuf *out, FtValue exc, int depth, long limit, int from_top) {
  FtValue seen[CHAIN_MAX];
  print_chain_in(out, exc, depth, limit, from_top, seen);
}

/* The text ft_exc_print writes: the chain (when chain), each traceback,
 * the exception lines; only the exception lines when only_exc.  limit as
 * the traceback module's: all entries when FT_TB_ALL, the first `limit`
 * when >= 0, the last -limit when negative. */
FtValue ft_exc_format(FtValue exc, int chain, int only_exc, long limit) {
  FtStrBuf out;
  ft_strbuf_init(&out);
  int from_top = limit >= 0;
  if (limit == FT_TB_ALL)
    limit = -1;
  else if (limit < 0)
    limit = limit == LONG_MIN ? LONG_MAX : -limit;
  if (only_exc) {
    print_exc_line(&out, exc);
    print_notes(&out, exc);
  } else if (chain) {
    print_chain(&out, exc, 0, limit, from_top);
  } else {
    FtException *e = (FtException *)ft_obj(exc);
    if (e->traceback && limit != 0) {
      ft_strbuf_append_cstr(&out, "Traceback (most recent call last):\n");
      print_tb(&out, e->traceback, limit, from_top);
    }
    print_exc_line(&out, exc);
    print_notes(&out, exc);
  }
  FtValue s = ft_str_decode_utf8(out.data, out.len, "replace");
  ft_strbuf_free(&out);
  return s;
}

void ft_exc_print(FtValue exc) {
  FtStrBuf out;
  ft_strbuf_init(&out);
  print_chain(&out, exc, 0, tb_limit(), 0);
  ft_file_flush_std();
  FtValue err = ft_sys_stderr();
  FtValue s = ft_str_decode_utf8(out.data, out.len, "replace");
  if (err && s && ft_file_write_str(err, s) == 0) {
    ft_decref(s);
  } else {
    ft_xdecref(s);
    ft_err_clear();
    fwrite(out.data, 1, out.len, stderr);
  }
  ft_strbuf_free(&out);
  ft_file_flush_std();
}

void ft_err_print(void) {
  FtValue e = ft_err_fetch();
  if (e) {
    ft_exc_print(e);
    ft_decref(e);
  }
}

int ft_exc_matches(FtValue exc, FtValue cls) {
  if (FT_TYPE_HAS(cls, FT_TPFLAG_TUPLE_SUBCLASS)) {
    /* every entry must be an exception class, even after a match */
    size_t n = ft_tuple_len(cls);
    int found = 0;
    for (size_t i = 0; i < n; i++) {
      FtValue item = ft_tuple_get(cls, i);
      if (FT_TYPE_HAS(item, FT_TPFLAG_TUPLE_SUBCLASS)) { /* no nesting in except */
        ft_err_format(&FtExc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
      int r = ft_exc_matches(exc, item);
      if (r < 0)
        return r;
      found |= r;
    }
    return found;
  }
  if (!FT_TYPE_HAS(cls, FT_TPFLAG_TYPE_SUBCLASS) ||
      !ft_type_is_subtype((FtType *)ft_obj(cls), &FtExc_BaseException)) {
    ft_err_format(&FtExc_TypeError,
                  "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return ft_type_is_subtype(ft_type(exc), (FtType *)ft_obj(cls));
}
