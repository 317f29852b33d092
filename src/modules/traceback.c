/*
 * traceback.c -- the native part of the traceback module (_traceback):
 * the interpreter's own traceback printer, as text, for lib/traceback.py.
 * Using the printer that reports uncaught exceptions keeps
 * traceback.format_exc() and the real report identical.
 *
 * Synchronization: none of its own; it formats an exception the caller
 * holds (the printer reads the exception's fields as ft_exc_print does).
 */
#include "ft.h"
#include "vm/code.h"
#include "vm/exceptions.h"

/* _traceback.format(exc, chain=True, only=False, limit=None) -> str;
 * limit as the traceback module's (first N entries, or last -N). */
static FtValue tb_format(FtValue self, const FtValue *args, size_t nargs, FtValue kwnames) {
  static const char *const names[] = {"exc", "chain", "only", "limit", NULL};
  FtValue a[4] = {0, 0, 0, 0};
  if (ft_args_parse("format", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  if (!ft_exc_is_instance(a[0]))
    return ft_err_format(&FtExc_TypeError, "format() argument must be an exception, not %s",
                         ft_type_name(a[0]));
  int chain = a[1] ? ft_truthy(a[1]) : 1, only = a[2] ? ft_truthy(a[2]) : 0;
  if (chain < 0 || only < 0)
    return 0;
  long limit = FT_TB_ALL;
  if (a[3] && a[3] != FT_NONE) {
    int64_t x;
    int ovf;
    if (ft_int_as_i64(a[3], &x, &ovf) < 0)
      return 0;
    limit = ovf ? (x < 0 ? LONG_MIN + 1 : LONG_MAX) : x <= LONG_MIN ? LONG_MIN + 1 : (long)x;
  }
  return ft_exc_format(a[0], chain, only, limit);
}

/* _traceback.hide(f) -> f: f's frames add no traceback entries, as for
 * the library functions that are C code in CPython.  Applied where f is
 * made, before any other thread can see it. */
static FtValue tb_hide(FtValue self, const FtValue *args, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("hide", kwnames) < 0 || ft_args_count("hide", nargs, 1, 1) < 0)
    return 0;
  if (!ft_is_small(args[0]) && ft_type(args[0]) == &FtFunction_Type)
    ft_obj(args[0])->flags |= FT_FUNC_HIDDEN;
  return ft_newref(args[0]);
}

/* _traceback.c_name(cls, name) -> cls: messages that name cls's type
 * ("unhashable type: ...", "'...' object has no attribute ...") use name,
 * the dotted name CPython's C type has (collections.deque); __name__ is
 * unchanged.  Applied where the class is made, before it is shared. */
static FtValue tb_c_name(FtValue self, const FtValue *args, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("c_name", kwnames) < 0 || ft_args_count("c_name", nargs, 2, 2) < 0)
    return 0;
  if (!ft_isinstance_type(args[0], &FtType_Type) || !ft_str_check(args[1]))
    return ft_err_format(&FtExc_TypeError, "c_name() takes a class and a str");
  FtType *t = (FtType *)ft_obj(args[0]);
  if (t->tpflags & FT_TPFLAG_HEAPTYPE) /* interned: immortal, so the text stays */
    t->name = ft_str_data(ft_str_intern(ft_newref(args[1])));
  return ft_newref(args[0]);
}

static const FtMethodDef traceback_methods[] = {
    {"format", tb_format, 0, "The report of an uncaught exception, as text."},
    {"hide", tb_hide, 0, "Leave f's frames out of tracebacks."},
    {"c_name", tb_c_name, 0, "Name cls's type in messages as CPython's C type."},
    {NULL, NULL, 0, NULL}};

FtValue ft_mod__traceback_init(void) {
  FtValue m = ft_module_new("_traceback");
  if (!m)
    return 0;
  if (ft_module_add_methods(m, traceback_methods) < 0) {
    ft_decref(m);
    return 0;
  }
  return m;
}
