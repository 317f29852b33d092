/*
 * module.c -- module objects: a namespace dict with a name.
 *
 * Representation: FtModule {dict, flags}; the dict holds __name__,
 * __doc__, __package__, __loader__, __spec__ (and __file__ for modules
 * loaded from source).  Attribute reads look in the dict first (module
 * attributes are hot: math.sqrt), then at the module type, then call a
 * module-level __getattr__ (PEP 562).  Modules have deferred reference
 * counts: every thread loads them without refcount traffic.
 *
 * Synchronization: the dict pointer is written once at creation; the dict
 * locks itself, so reading and writing module attributes from many threads
 * is safe.
 */
#include <stdlib.h>

#include "ft.h"
#include "objects/typeslots.h"
#include "vm/code.h"

typedef struct FtModule {
  FtObject ob;
  FtValue dict;
} FtModule;

#define MOD(v) ((FtModule *)ft_obj(v))
#define MODULE_BUILTIN 1 /* ob.flags: a native module (repr "(built-in)") */

static int module_fill(FtValue m, FtValue name, FtValue doc) {
  FtValue d = MOD(m)->dict;
  if (ft_dict_set_cstr(d, "__name__", name) < 0 ||
      ft_dict_set_cstr(d, "__doc__", doc) < 0 ||
      ft_dict_set_cstr(d, "__package__", FT_NONE) < 0 ||
      ft_dict_set_cstr(d, "__loader__", FT_NONE) < 0 ||
      ft_dict_set_cstr(d, "__spec__", FT_NONE) < 0)
    return -1;
  return 0;
}

/* Modules, their globals dict and the dict's __name__ live until the cycle
 * collector (Milestone 3) reclaims them: every function made in a module
 * references the dict and the name, and threads that create functions
 * (closures, lambdas) must not contend on their refcounts. */
static void module_make_deferred(FtValue m) {
  ft_object_make_deferred(ft_obj(m));
  ft_object_make_deferred(ft_obj(MOD(m)->dict));
}

static FtValue module_alloc(FtType *type) {
  FtModule *m = (FtModule *)ft_object_alloc(type, type->basicsize);
  if (!m)
    return 0;
  m->dict = ft_dict_new();
  if (!m->dict) {
    ft_decref(ft_val(m));
    return 0;
  }
  return ft_val(m);
}

FtValue ft_module_new(const char *name) {
  FtValue m = module_alloc(&FtModule_Type);
  if (!m)
    return 0;
  FtValue n = ft_str_from_cstr(name);
  if (n) /* every function made in the module references it (__module__) */
    ft_object_make_immortal(ft_obj(n));
  if (!n || module_fill(m, n, FT_NONE) < 0) {
    ft_xdecref(n);
    ft_decref(m);
    return 0;
  }
  ft_decref(n);
  module_make_deferred(m);
  return m;
}

FtValue ft_module_dict(FtValue module) { return MOD(module)->dict; }

int ft_module_add(FtValue module, const char *name, FtValue v) {
  return ft_dict_set_cstr(MOD(module)->dict, name, v);
}

int ft_module_add_methods(FtValue module, const FtMethodDef *defs) {
  FtValue modname = ft_dict_get_cstr(MOD(module)->dict, "__name__");
  if (!modname && ft_err_occurred())
    return -1;
  ft_obj(module)->flags |= MODULE_BUILTIN;
  for (const FtMethodDef *d = defs; d->name; d++) {
    FtValue f = ft_builtin_new(d, module);
    if (!f) {
      ft_xdecref(modname);
      return -1;
    }
    if (modname)
      ((FtBuiltin *)ft_obj(f))->module = ft_newref(modname);
    /* Shared by every thread for the life of the process. */
    ft_object_make_immortal(ft_obj(f));
    if (ft_dict_set_cstr(MOD(module)->dict, d->name, f) < 0) {
      ft_xdecref(modname);
      return -1;
    }
  }
  ft_xdecref(modname);
  return 0;
}

/* At exit the globals of __main__ go away in insertion order (in CPython
 * the cycle collector clears the dict), so the finalizers of what they
 * hold (__del__, generators' finally blocks) run in that order.  Each is
 * set to None, not deleted, so a finalizer reading a global already gone
 * sees None as in CPython; __builtins__ stays.  main.c calls this for
 * __main__ once the program is done. */
void ft_module_clear_dict(FtValue module) {
  FtValue d = MOD(module)->dict;
  FtValue keys = ft_dict_keys_list(d);
  if (!keys) {
    ft_err_clear();
    return;
  }
  size_t n;
  FtValue *items = ft_list_snapshot(keys, &n);
  ft_decref(keys);
  for (size_t i = 0; items && i < n; i++) {
    FtValue k = items[i];
    if (ft_str_check(k) && strcmp(ft_str_data(k), "__builtins__") &&
        ft_dict_set(d, k, FT_NONE) < 0)
      ft_err_clear();
    ft_decref(k);
  }
  ft_mem_free(items);
  ft_err_clear();
}

/* The module's __name__ as a new str, or "?" */
static FtValue module_name(FtValue self) {
  FtValue n = ft_dict_get_cstr(MOD(self)->dict, "__name__");
  if (n && ft_str_check(n))
    return n;
  ft_xdecref(n);
  if (ft_err_occurred())
    ft_err_clear();
  return ft_str_from_cstr("?");
}

/* ---- construction ------------------------------------------------------ */

static FtValue module_new(FtType *type, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtValue m = module_alloc(type);
  if (m)
    module_make_deferred(m);
  return m;
}

static int module_init(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  static const char *const names[] = {"name", "doc", NULL};
  FtValue a[2];
  if (ft_args_parse("module", args, nargs, kwnames, names, 0, 1, a) < 0)
    return -1;
  if (!ft_str_check(a[0])) {
    ft_err_format(&FtExc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                  ft_type_name(a[0]));
    return -1;
  }
  return module_fill(self, a[0], a[1] ? a[1] : FT_NONE);
}

static void module_dealloc(FtObject *o) {
  FT_CLEAR(((FtModule *)o)->dict);
  ft_object_free(o);
}

/* ---- protocol slots ---------------------------------------------------- */

static FtValue module_repr(FtValue self) {
  FtValue name = module_name(self);
  if (!name)
    return 0;
  FtValue file = ft_dict_get_cstr(MOD(self)->dict, "__file__");
  if (!file && ft_err_occurred())
    ft_err_clear();
  FtValue r;
  if (file && ft_str_check(file))
    r = ft_str_from_format("<module %R from %R>", name, file);
  else if (ft_obj(self)->flags & MODULE_BUILTIN)
    r = ft_str_from_format("<module %R (built-in)>", name);
  else
    r = ft_str_from_format("<module %R>", name);
  ft_xdecref(file);
  ft_decref(name);
  return r;
}

static FtValue module_getattr(FtValue self, FtValue name) {
  FtModule *m = MOD(self);
  FtType *t = ft_type(self);
  /* Fast path: a module global (no data descriptor of the module type
   * has the name of an ordinary global). */
  if (t == &FtModule_Type) {
    FtValue v = ft_dict_get_str(m->dict, name);
    if (v || ft_err_occurred())
      return v;
  }
  FtValue r = ft_object_generic_getattr(self, name);
  if (r || !ft_err_matches(&FtExc_AttributeError))
    return r;
  ft_err_clear();
  FtValue ga = ft_dict_get_cstr(m->dict, "__getattr__");
  if (ga) {
    r = ft_call1(ga, name);
    ft_decref(ga);
    return r;
  }
  if (ft_err_occurred())
    return 0;
  FtValue mn = module_name(self);
  if (!mn)
    return 0;
  ft_err_format(&FtExc_AttributeError, "module %R has no attribute '%U'", mn, name);
  ft_exc_attribute_error_info(self, name);
  ft_decref(mn);
  return 0;
}

/* ---- getsets and methods ----------------------------------------------- */

static FtValue module_get_dict(FtValue self) { return ft_newref(MOD(self)->dict); }

static const FtGetSetDef module_getsets[] = {{"__dict__", module_get_dict, NULL, NULL},
                                             {NULL, NULL, NULL, NULL}};

static FtValue module_dir(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__dir__", kwnames) < 0 || ft_args_count("__dir__", nargs, 0, 0) < 0)
    return 0;
  FtValue d = MOD(self)->dict;
  FtValue f = ft_dict_get_cstr(d, "__dir__");
  if (f) {
    FtValue r = ft_call0(f);
    ft_decref(f);
    return r;
  }
  if (ft_err_occurred())
    return 0;
  return ft_dict_keys_list(d);
}

static const FtMethodDef module_methods[] = {{"__dir__", module_dir, 0, NULL},
                                             {NULL, NULL, 0, NULL}};

FtType FtModule_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "module",
    .basicsize = sizeof(FtModule),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dictoffset = offsetof(FtModule, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .new_ = module_new,
    .init = module_init,
    .getsets = module_getsets,
    .methods = module_methods,
};
