/*
 * sys.c -- the sys module.
 *
 * The module object is created once at start-up and its attributes live in
 * its dict, which is thread-safe like any dict.  sys.modules, sys.path and
 * the std streams are read by C code through the accessors below (dict
 * lookups, so a reassignment of sys.stdout by Python code is honoured).
 */
#include <stdlib.h>
#include <unistd.h>

#include "ft.h"
#include "tstate.h"
#include "vm/exceptions.h"

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
  if (n > 1000000)
    n = 1000000; /* frames are on the heap, but C re-entry still uses stack */
  atomic_store(&ft_recursion_limit, (int)n);
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

static const FtMethodDef sys_methods[] = {
    {"excepthook", sys_excepthook, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"_is_gil_enabled", sys_is_gil_enabled, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
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
      add_owned(m, "version_info", ft_tuple_pack(5, ft_small(3), ft_small(11), ft_small(0),
                                                  ft_str_intern_cstr("final"), ft_small(0))) < 0 ||
      add_owned(m, "hexversion", ft_int_from_i64(0x030B00F0)) < 0 ||
      add_owned(m, "maxsize", ft_int_from_i64(INT64_MAX)) < 0 ||
      add_owned(m, "maxunicode", ft_int_from_i64(0x10FFFF)) < 0 ||
      add_owned(m, "byteorder", ft_str_from_cstr("little")) < 0 ||
      add_owned(m, "platform", ft_str_from_cstr("linux")) < 0 ||
      add_owned(m, "executable", ft_str_from_cstr(executable)) < 0 ||
      add_owned(m, "copyright", ft_str_from_cstr("ftpy: written from scratch")) < 0 ||
      add_owned(m, "_gil_flag", ft_small(gil_flag)) < 0)
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
  return m;
}

FtValue ft_mod_sys_init(void) { return ft_newref(sys_module); }
