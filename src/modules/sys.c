/*
 * sys.c -- the sys module.
 *
 * The module object is created once at start-up and its attributes live in
 * its dict, which is thread-safe like any dict.  sys.modules, sys.path and
 * the std streams are read by C code through the accessors below (dict
 * lookups, so a reassignment of sys.stdout by Python code is honoured).
 */
#include <float.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ft.h"
#include "runtime/strbuf.h"
#include "tstate.h"
#include "vm/code.h"
#include "vm/exceptions.h"

FtValue ft_runtime_builtins_module(void); /* runtime/init.c */

static FtValue sys_module;  /* written once during start-up */
static FtValue sys_modules_dict;

FtValue ft_sys_module(void) { return sys_module; }
FtValue ft_sys_modules(void) { return sys_modules_dict; }

static FtValue sys_attr(const char *name) {
  if (!sys_module)
    return 0;
  FtValue v = ft_dict_get_cstr(ft_module_dict(sys_module), name);
  if (!v) {
    ft_err_clear();
    return 0;
  }
  /* sys attributes are kept alive by the module dict; hand out borrowed */
  ft_decref(v);
  return v;
}

FtValue ft_sys_path(void) {
  FtValue p = sys_attr("path");
  return p ? p : FT_NONE;
}
FtValue ft_sys_stdout(void) { return sys_attr("stdout"); }
FtValue ft_sys_stderr(void) { return sys_attr("stderr"); }
FtValue ft_sys_stdin(void) { return sys_attr("stdin"); }

static FtValue sys_exit(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_no_kw("exit", kw) < 0 || ft_args_count("exit", nargs, 0, 1) < 0)
    return 0;
  return ft_err_set_value(&FtExc_SystemExit, nargs ? args[0] : 0);
}

static FtValue sys_getrecursionlimit(FtValue self, const FtValue *args, size_t nargs,
                                     FtValue kw) {
  return ft_small(atomic_load(&ft_recursion_limit));
}

static FtValue sys_setrecursionlimit(FtValue self, const FtValue *args, size_t nargs,
                                     FtValue kw) {
  if (ft_args_count("setrecursionlimit", nargs, 1, 1) < 0)
    return 0;
  if (!ft_int_check(args[0]))
    return ft_err_format(&FtExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         ft_type_name(args[0]));
  intptr_t n = ft_int_as_ssize(args[0]);
  if (n == -1 && ft_err_occurred())
    return 0;
  if (n < 1)
    return ft_err_format(&FtExc_ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT32_MAX)
    return ft_err_format(&FtExc_OverflowError, "Python int too large to convert to C int");
  /* Python frames live on the heap and C re-entry checks the real stack,
   * so any limit is safe */
  atomic_store(&ft_recursion_limit, (int)n);
  return ft_newref(FT_NONE);
}

/* sys.setswitchinterval: ftpy has no GIL to hand over, so the value is
 * only kept for getswitchinterval (as bits of a double: one atomic word). */
static _Atomic uint64_t switch_interval_bits = 0x3F747AE147AE147BULL; /* 0.005 */

static FtValue sys_getswitchinterval(FtValue self, const FtValue *args, size_t nargs,
                                     FtValue kw) {
  uint64_t b = atomic_load_explicit(&switch_interval_bits, memory_order_relaxed);
  double d;
  memcpy(&d, &b, sizeof d);
  return ft_float_new(d);
}

static FtValue sys_setswitchinterval(FtValue self, const FtValue *args, size_t nargs,
                                     FtValue kw) {
  if (ft_args_no_kw("setswitchinterval", kw) < 0 ||
      ft_args_count("setswitchinterval", nargs, 1, 1) < 0)
    return 0;
  double d = ft_float_as_double(args[0]);
  if (d == -1.0 && ft_err_occurred())
    return 0;
  if (!(d > 0))
    return ft_err_format(&FtExc_ValueError, "switch interval must be strictly positive");
  uint64_t b;
  memcpy(&b, &d, sizeof b);
  atomic_store_explicit(&switch_interval_bits, b, memory_order_relaxed);
  return ft_newref(FT_NONE);
}

static FtValue sys_is_gil_enabled(FtValue self, const FtValue *args, size_t nargs,
                                  FtValue kw) {
  return ft_newref(FT_FALSE);
}

static FtValue sys_exc_info(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  FtValue h = ft_ts->handled;
  if (!h)
    return ft_tuple_pack(3, FT_NONE, FT_NONE, FT_NONE);
  FtValue tb = ft_getattr_cstr(h, "__traceback__");
  if (!tb)
    return 0;
  FtValue r = ft_tuple_pack(3, ft_val(ft_type(h)), h, tb);
  ft_decref(tb);
  return r;
}

static FtValue sys_exception(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  FtValue h = ft_ts->handled;
  return ft_newref(h ? h : FT_NONE);
}

static FtValue sys_intern(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_count("intern", nargs, 1, 1) < 0)
    return 0;
  if (!ft_isinstance_exact(args[0], &FtStr_Type))
    return ft_err_format(&FtExc_TypeError, "intern() argument must be str, not %s",
                         ft_type_name(args[0]));
  return ft_str_intern(ft_newref(args[0]));
}

/* sys._getframemodulename(depth=0) (CPython 3.12): the __name__ of the
 * globals of the frame `depth` calls up; None past the outermost frame.
 * Only this thread's frame chain is walked, so no locking is needed.
 * namedtuple uses it to set __module__ without frame objects. */
static FtValue sys_getframemodulename(FtValue self, const FtValue *args,
                                      size_t nargs, FtValue kw) {
  static const char *const names[] = {"depth", NULL};
  FtValue a[1] = {0};
  if (ft_args_parse("_getframemodulename", args, nargs, kw, names, 0, 0, a) < 0)
    return 0;
  intptr_t depth = 0;
  if (a[0]) {
    depth = ft_int_as_ssize(a[0]);
    if (depth == -1 && ft_err_occurred())
      return 0;
  }
  FtFrame *f = ft_ts ? ft_ts->frame : NULL;
  while (f && depth-- > 0)
    f = f->back;
  if (!f || !f->globals)
    return ft_newref(FT_NONE);
  FtValue name = ft_dict_get_cstr(f->globals, "__name__");
  if (!name && ft_err_occurred())
    return 0;
  return name ? name : ft_newref(FT_NONE);
}

/* sys._getframe(depth=0): a snapshot of the frame `depth` calls up. */
static FtValue sys_getframe(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_no_kw("_getframe", kw) < 0 || ft_args_count("_getframe", nargs, 0, 1) < 0)
    return 0;
  intptr_t depth = 0;
  if (nargs) {
    depth = ft_int_as_ssize(args[0]);
    if (depth == -1 && ft_err_occurred())
      return 0;
  }
  return ft_vm_getframe(depth);
}

static FtValue sys_getrefcount(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_count("getrefcount", nargs, 1, 1) < 0)
    return 0;
  if (ft_is_small(args[0]) || ft_obj_is_immortal(ft_obj(args[0])))
    return ft_int_from_u64(UINT32_MAX);
  FtObject *o = ft_obj(args[0]);
  intptr_t n = (intptr_t)ft_ref_local(o) + (atomic_load(&o->ref_shared) >> 2);
  return ft_int_from_i64(n + 1);
}


/* sys.excepthook(type, value, traceback): print the exception the way an
 * uncaught one is printed.  The traceback argument wins over the
 * exception's own __traceback__ (as in CPython), so the attribute is set
 * for the duration of the print when they differ. */
static FtValue sys_excepthook(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_no_kw("excepthook", kw) < 0)
    return 0;
  if (nargs != 3)
    return ft_err_format(&FtExc_TypeError, "excepthook expected 3 arguments, got %d", (int)nargs);
  FtValue value = args[1], tb = args[2];
  if (!ft_exc_is_instance(value)) {
    /* CPython reports (does not raise) a bad value */
    FtValue err = ft_sys_stderr();
    FtValue msg = ft_str_from_format(
        "TypeError: print_exception(): Exception expected for value, %s found\n",
        ft_type_name(value));
    ft_file_flush_std();
    if (err && msg)
      ft_file_write_str(err, msg);
    ft_xdecref(msg);
    ft_err_clear();
    ft_file_flush_std();
    return ft_newref(FT_NONE);
  }
  FtValue own = ft_getattr_cstr(value, "__traceback__");
  if (!own)
    return 0;
  int swap = own != tb && (tb == FT_NONE || ft_type(tb) == &FtTraceback_Type);
  if (swap && ft_setattr_cstr(value, "__traceback__", tb) < 0) {
    ft_decref(own);
    return 0;
  }
  ft_exc_print(value);
  if (swap)
    ft_setattr_cstr(value, "__traceback__", own);
  ft_decref(own);
  ft_err_clear();
  return ft_newref(FT_NONE);
}

/* ---- struct sequences ------------------------------------------------
 * sys.version_info, float_info, int_info, hash_info and flags are tuple
 * subclasses whose items are also readable by name (CPython's "struct
 * sequences").  Instances are built once at start-up and never change. */

/* Read-only members over the tuple's items ("readonly attribute"). */
#define SS_FIELD(name, i) {name, offsetof(FtTuple, items) + (i) * sizeof(FtValue), 1}

static void structseq_dealloc(FtObject *o) {
  FtTuple *t = (FtTuple *)o;
  for (size_t i = 0; i < t->n; i++)
    FT_CLEAR(t->items[i]);
  ft_object_free(o);
}

/* "sys.flags(debug=0, ...)": field names come from the type's members. */
static FtValue structseq_repr(FtValue self) {
  const FtType *tp = ft_type(self);
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  if (ft_strbuf_append(&sb, tp->name, strlen(tp->name)) < 0 ||
      ft_strbuf_append(&sb, "(", 1) < 0)
    goto fail;
  for (size_t i = 0; i < ft_tuple_len(self); i++) {
    FtValue r = ft_repr(ft_tuple_get(self, i));
    if (!r)
      goto fail;
    const char *name = tp->members[i].name;
    int bad = (i && ft_strbuf_append(&sb, ", ", 2) < 0) ||
              ft_strbuf_append(&sb, name, strlen(name)) < 0 ||
              ft_strbuf_append(&sb, "=", 1) < 0 ||
              ft_strbuf_append(&sb, ft_str_data(r), ft_str_size(r)) < 0;
    ft_decref(r);
    if (bad)
      goto fail;
  }
  if (ft_strbuf_append(&sb, ")", 1) < 0)
    goto fail;
  FtValue res = ft_str_new(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return res;
fail:
  ft_strbuf_free(&sb);
  return 0;
}

static FtValue structseq_new(FtType *type, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return ft_err_format(&FtExc_TypeError, "cannot create '%s' instances", type->name);
}

#define SS_TYPE(var, tname, fields)                                          \
  static FtType var = {                                                      \
      .ob = FT_STATIC_HEAD(&FtType_Type),                                    \
      .name = tname,                                                         \
      .basicsize = sizeof(FtTuple),                                          \
      .itemsize = sizeof(FtValue),                                           \
      .tpflags = FT_TPFLAG_TUPLE_SUBCLASS,                                   \
      .base = &FtTuple_Type,                                                 \
      .dealloc = structseq_dealloc,                                          \
      .repr = structseq_repr,                                                \
      .members = fields,                                                     \
      .new_ = structseq_new,                                                 \
  }

static const FtMemberDef version_info_fields[] = {
    SS_FIELD("major", 0), SS_FIELD("minor", 1), SS_FIELD("micro", 2),
    SS_FIELD("releaselevel", 3), SS_FIELD("serial", 4), {0}};
SS_TYPE(VersionInfo_Type, "sys.version_info", version_info_fields);

static const FtMemberDef float_info_fields[] = {
    SS_FIELD("max", 0),        SS_FIELD("max_exp", 1),
    SS_FIELD("max_10_exp", 2), SS_FIELD("min", 3),
    SS_FIELD("min_exp", 4),    SS_FIELD("min_10_exp", 5),
    SS_FIELD("dig", 6),        SS_FIELD("mant_dig", 7),
    SS_FIELD("epsilon", 8),    SS_FIELD("radix", 9),
    SS_FIELD("rounds", 10),    {0}};
SS_TYPE(FloatInfo_Type, "sys.float_info", float_info_fields);

static const FtMemberDef int_info_fields[] = {
    SS_FIELD("bits_per_digit", 0), SS_FIELD("sizeof_digit", 1),
    SS_FIELD("default_max_str_digits", 2),
    SS_FIELD("str_digits_check_threshold", 3), {0}};
SS_TYPE(IntInfo_Type, "sys.int_info", int_info_fields);

static const FtMemberDef hash_info_fields[] = {
    SS_FIELD("width", 0),     SS_FIELD("modulus", 1),
    SS_FIELD("inf", 2),       SS_FIELD("nan", 3),
    SS_FIELD("imag", 4),      SS_FIELD("algorithm", 5),
    SS_FIELD("hash_bits", 6), SS_FIELD("seed_bits", 7),
    SS_FIELD("cutoff", 8),    {0}};
SS_TYPE(HashInfo_Type, "sys.hash_info", hash_info_fields);

static const FtMemberDef flags_fields[] = {
    SS_FIELD("debug", 0),
    SS_FIELD("inspect", 1),
    SS_FIELD("interactive", 2),
    SS_FIELD("optimize", 3),
    SS_FIELD("dont_write_bytecode", 4),
    SS_FIELD("no_user_site", 5),
    SS_FIELD("no_site", 6),
    SS_FIELD("ignore_environment", 7),
    SS_FIELD("verbose", 8),
    SS_FIELD("bytes_warning", 9),
    SS_FIELD("quiet", 10),
    SS_FIELD("hash_randomization", 11),
    SS_FIELD("isolated", 12),
    SS_FIELD("dev_mode", 13),
    SS_FIELD("utf8_mode", 14),
    SS_FIELD("warn_default_encoding", 15),
    SS_FIELD("safe_path", 16),
    SS_FIELD("int_max_str_digits", 17),
    {0}};
SS_TYPE(Flags_Type, "sys.flags", flags_fields);

/* A struct sequence of type tp from n new references (stolen; any may be
 * 0 after a failed constructor, then everything is released). */
static FtValue structseq_make(FtType *tp, size_t n, ...) {
  va_list ap;
  va_start(ap, n);
  FtTuple *t = (FtTuple *)ft_object_alloc(tp, tp->basicsize + n * sizeof(FtValue));
  int ok = t != NULL;
  for (size_t i = 0; i < n; i++) {
    FtValue v = va_arg(ap, FtValue);
    ok = ok && v;
    if (t)
      t->items[i] = v;
    else
      ft_xdecref(v);
  }
  va_end(ap);
  if (!t)
    return 0;
  t->n = n;
  if (!ok) {
    ft_decref(ft_val(t));
    return 0;
  }
  return ft_val(t);
}

static FtValue sys_getdefaultencoding(FtValue self, const FtValue *args, size_t nargs,
                                      FtValue kw) {
  if (ft_args_no_kw("getdefaultencoding", kw) < 0 ||
      ft_args_count("getdefaultencoding", nargs, 0, 0) < 0)
    return 0;
  return ft_str_from_cstr("utf-8");
}

static FtValue sys_getfilesystemencoding(FtValue self, const FtValue *args, size_t nargs,
                                         FtValue kw) {
  if (ft_args_no_kw("getfilesystemencoding", kw) < 0 ||
      ft_args_count("getfilesystemencoding", nargs, 0, 0) < 0)
    return 0;
  return ft_str_from_cstr("utf-8");
}

/* Would CPython track v in its cycle GC?  getsizeof adds the 16-byte GC
 * header for those. */
static int sys_is_gc(FtValue v) {
  if (ft_is_small(v))
    return 0;
  FtType *t = ft_type(v);
  if (t->tpflags & FT_TPFLAG_HEAPTYPE)
    return 1;
  return FT_TYPE_HAS(v, FT_TPFLAG_TUPLE_SUBCLASS | FT_TPFLAG_LIST_SUBCLASS |
                            FT_TPFLAG_DICT_SUBCLASS | FT_TPFLAG_TYPE_SUBCLASS) ||
         ft_isinstance_type(v, &FtSet_Type) || ft_isinstance_type(v, &FtFrozenSet_Type) ||
         t == &FtFunction_Type || t == &FtMethod_Type || t == &FtCell_Type;
}

/* getsizeof(obj[, default]): obj.__sizeof__() plus the GC header. */
static FtValue sys_getsizeof(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  static const char *const names[] = {"object", "default", NULL};
  FtValue a[2] = {0, 0};
  if (ft_args_parse("getsizeof", args, nargs, kw, names, 0, 1, a) < 0)
    return 0;
  FtValue r = ft_call_method(a[0], "__sizeof__", NULL, 0);
  if (r && !ft_int_check(r)) {
    ft_decref(r);
    r = ft_err_format(&FtExc_TypeError, "an integer is required");
  }
  if (!r) {
    if (a[1] && ft_err_matches(&FtExc_TypeError)) {
      ft_err_clear();
      return ft_newref(a[1]);
    }
    return 0;
  }
  intptr_t n = ft_int_as_ssize(r);
  int neg = ft_int_sign(r) < 0;
  ft_decref(r);
  if (n == -1 && ft_err_occurred())
    return 0;
  if (neg)
    return ft_err_format(&FtExc_ValueError, "__sizeof__() should return >= 0");
  /* CPython 3.11 also keeps an instance's managed __dict__ and weakref
   * pointers before the object */
  int pre = sys_is_gc(a[0]) ? 16 : 0;
  if (!ft_is_small(a[0]) && (ft_type(a[0])->tpflags & FT_TPFLAG_HEAPTYPE) &&
      ft_type(a[0])->dictoffset)
    pre += 16;
  return ft_int_from_i64(n + pre);
}

static FtValue sys_get_int_max_str_digits(FtValue self, const FtValue *args, size_t nargs,
                                          FtValue kw) {
  if (ft_args_no_kw("get_int_max_str_digits", kw) < 0 ||
      ft_args_count("get_int_max_str_digits", nargs, 0, 0) < 0)
    return 0;
  return ft_small(ft_int_get_max_str_digits());
}

static FtValue sys_set_int_max_str_digits(FtValue self, const FtValue *args, size_t nargs,
                                          FtValue kw) {
  static const char *const names[] = {"maxdigits", NULL};
  FtValue a[1] = {0};
  if (ft_args_parse("set_int_max_str_digits", args, nargs, kw, names, 0, 1, a) < 0)
    return 0;
  if (!ft_int_check(a[0]))
    return ft_err_format(&FtExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         ft_type_name(a[0]));
  intptr_t n = ft_int_as_ssize(a[0]);
  if (n == -1 && ft_err_occurred())
    return 0;
  if (n < 0 || n > INT32_MAX || ft_int_set_max_str_digits((int)n) < 0) {
    if (!ft_err_occurred())
      ft_err_format(&FtExc_ValueError, "maxdigits must be 0 or larger than 640");
    return 0;
  }
  return ft_newref(FT_NONE);
}

static const FtMethodDef sys_methods[] = {
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"_is_gil_enabled", sys_is_gil_enabled, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"_getframemodulename", sys_getframemodulename, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {NULL, NULL, 0, NULL}};

#define FT_VERSION "0.1.0"

static int add_owned(FtValue m, const char *name, FtValue v) {
  if (!v)
    return -1;
  int r = ft_module_add(m, name, v);
  ft_decref(v);
  return r;
}

/* Create sys; argv from the command line, path from the script dir and
 * PYTHONPATH. */
FtValue ft_mod_sys_create(int argc, char **argv, const char *script_dir,
                          const char *executable, int gil_flag) {
  FtValue m = ft_module_new("sys");
  if (!m || ft_module_add_methods(m, sys_methods) < 0)
    return 0;
  sys_module = m;
  sys_modules_dict = ft_dict_new();
  if (!sys_modules_dict || ft_module_add(m, "modules", sys_modules_dict) < 0)
    return 0;
  FtValue av = ft_list_new(0);
  for (int i = 0; av && i < argc; i++) {
    FtValue s = ft_str_decode_utf8(argv[i], strlen(argv[i]), "replace");
    if (!s || ft_list_append(av, s) < 0)
      return 0;
    ft_decref(s);
  }
  if (add_owned(m, "argv", av) < 0)
    return 0;
  FtValue path = ft_list_new(0);
  if (!path)
    return 0;
  FtValue d = ft_str_from_cstr(script_dir);
  if (!d || ft_list_append(path, d) < 0)
    return 0;
  ft_decref(d);
  const char *pp = getenv("PYTHONPATH");
  while (pp && *pp) {
    const char *colon = strchr(pp, ':');
    size_t len = colon ? (size_t)(colon - pp) : strlen(pp);
    if (len) {
      FtValue s = ft_str_new(pp, len);
      if (!s || ft_list_append(path, s) < 0)
        return 0;
      ft_decref(s);
    }
    pp = colon ? colon + 1 : NULL;
  }
  if (add_owned(m, "path", path) < 0)
    return 0;
  if (add_owned(m, "version", ft_str_from_cstr("3.11.0 (ftpy " FT_VERSION
                                               ", free-threaded) [GCC]")) < 0 ||
      add_owned(m, "hexversion", ft_int_from_i64(0x030B00F0)) < 0 ||
      add_owned(m, "maxsize", ft_int_from_i64(INT64_MAX)) < 0 ||
      add_owned(m, "maxunicode", ft_int_from_i64(0x10FFFF)) < 0 ||
      add_owned(m, "byteorder", ft_str_from_cstr("little")) < 0 ||
      add_owned(m, "platform", ft_str_from_cstr("linux")) < 0 ||
      add_owned(m, "executable", ft_str_from_cstr(executable)) < 0 ||
      add_owned(m, "copyright", ft_str_from_cstr("ftpy: written from scratch")) < 0 ||
      add_owned(m, "_gil_flag", ft_small(gil_flag)) < 0)
    return 0;
  ft_type_ready(&VersionInfo_Type);
  ft_type_ready(&FloatInfo_Type);
  ft_type_ready(&IntInfo_Type);
  ft_type_ready(&HashInfo_Type);
  ft_type_ready(&Flags_Type);
  if (add_owned(m, "version_info",
                structseq_make(&VersionInfo_Type, 5, ft_small(3), ft_small(11), ft_small(0),
                               ft_str_intern_cstr("final"), ft_small(0))) < 0 ||
      add_owned(m, "float_info",
                structseq_make(&FloatInfo_Type, 11, ft_float_new(DBL_MAX),
                               ft_small(DBL_MAX_EXP), ft_small(DBL_MAX_10_EXP),
                               ft_float_new(DBL_MIN), ft_small(DBL_MIN_EXP),
                               ft_small(DBL_MIN_10_EXP), ft_small(DBL_DIG),
                               ft_small(DBL_MANT_DIG), ft_float_new(DBL_EPSILON),
                               ft_small(FLT_RADIX), ft_small(1))) < 0 ||
      add_owned(m, "int_info",
                structseq_make(&IntInfo_Type, 4, ft_small(30), ft_small(4), ft_small(4300),
                               ft_small(640))) < 0 ||
      add_owned(m, "hash_info",
                structseq_make(&HashInfo_Type, 9, ft_small(64),
                               ft_small(((intptr_t)1 << 61) - 1), ft_small(314159),
                               ft_small(0), ft_small(1000003),
                               ft_str_from_cstr("siphash13"), ft_small(64),
                               ft_small(128), ft_small(0))) < 0 ||
      add_owned(m, "flags",
                structseq_make(&Flags_Type, 18, ft_small(0), ft_small(0), ft_small(0),
                               ft_small(0), ft_small(1), ft_small(0), ft_small(0),
                               ft_small(0), ft_small(0), ft_small(0), ft_small(0),
                               ft_small(1), ft_small(0), ft_newref(FT_FALSE),
                               ft_small(0), ft_small(0), ft_newref(FT_FALSE),
                               ft_small(4300))) < 0 ||
      add_owned(m, "float_repr_style", ft_str_from_cstr("short")) < 0 ||
      add_owned(m, "dont_write_bytecode", ft_newref(FT_TRUE)) < 0 ||
      add_owned(m, "prefix", ft_str_from_cstr("/usr")) < 0 ||
      add_owned(m, "base_prefix", ft_str_from_cstr("/usr")) < 0 ||
      add_owned(m, "exec_prefix", ft_str_from_cstr("/usr")) < 0 ||
      add_owned(m, "api_version", ft_small(1013)) < 0 ||
      add_owned(m, "warnoptions", ft_list_new(0)) < 0)
    return 0;
  FtValue impl = ft_module_new("implementation");
  if (!impl || add_owned(impl, "name", ft_str_from_cstr("ftpy")) < 0 ||
      add_owned(impl, "version", ft_tuple_pack(5, ft_small(0), ft_small(1), ft_small(0),
                                               ft_str_intern_cstr("alpha"), ft_small(0))) < 0 ||
      add_owned(impl, "cache_tag", ft_newref(FT_NONE)) < 0 ||
      add_owned(m, "implementation", impl) < 0)
    return 0;
  FtValue in = ft_file_from_fd(0, "<stdin>", "r", 0);
  FtValue out = ft_file_from_fd(1, "<stdout>", "w", isatty(1));
  FtValue err = ft_file_from_fd(2, "<stderr>", "w", 1);
  if (!in || !out || !err)
    return 0;
  if (ft_module_add(m, "stdin", in) < 0 || ft_module_add(m, "stdout", out) < 0 ||
      ft_module_add(m, "stderr", err) < 0 || ft_module_add(m, "__stdin__", in) < 0 ||
      ft_module_add(m, "__stdout__", out) < 0 || ft_module_add(m, "__stderr__", err) < 0)
    return 0;
  ft_decref(in);
  ft_decref(out);
  ft_decref(err);
  /* sys.__excepthook__: the original, for code that restores it */
  FtValue hook = ft_dict_get_cstr(ft_module_dict(m), "excepthook");
  if (!hook || ft_module_add(m, "__excepthook__", hook) < 0)
    return 0;
  ft_decref(hook);
  if (ft_dict_set_cstr(sys_modules_dict, "sys", m) < 0)
    return 0;
  /* builtins is imported from the start, as in CPython */
  FtValue b = ft_runtime_builtins_module();
  if (b && ft_dict_set_cstr(sys_modules_dict, "builtins", b) < 0)
    return 0;
  return m;
}

FtValue ft_mod_sys_init(void) { return ft_newref(sys_module); }
