/*
 * builtin.c -- built-in functions and methods: a C function (FtMethodDef)
 * together with the object it is bound to -- len, [].append, dict.fromkeys.
 *
 * Representation: FtBuiltin (vm/code.h) {def, self, module}.  self is the
 * bound object for methods, the class for classmethods, the module for
 * module functions (CPython passes the module too) or 0; module is the
 * module's name (__module__) or 0.  Calling it calls def->fn(self, ...).
 * Module-level built-ins are made immortal by ft_module_add_methods, so
 * threads calling `len` never touch its refcount.
 *
 * Synchronization: immutable after creation; nothing to lock.
 */
#include <stdlib.h>

#include "ft.h"
#include "vm/code.h"

#define BF(v) ((FtBuiltin *)ft_obj(v))

FtValue ft_builtin_new(const FtMethodDef *def, FtValue self) {
  FtBuiltin *b = (FtBuiltin *)ft_object_alloc(&FtBuiltin_Type, sizeof(FtBuiltin));
  if (!b)
    return 0;
  b->def = def;
  b->self = self ? ft_newref(self) : 0;
  return ft_val(b);
}

static void builtin_dealloc(FtObject *o) {
  FtBuiltin *b = (FtBuiltin *)o;
  FT_CLEAR(b->self);
  FT_CLEAR(b->module);
  ft_object_free(o);
}

static FtValue builtin_call(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  FtBuiltin *b = BF(self);
  return b->def->fn(b->self, args, nargs, kwnames);
}

/* A function, not a method: unbound, or bound to its module. */
static int is_function(FtBuiltin *b) {
  return !b->self || ft_isinstance_type(b->self, &FtModule_Type);
}

static FtValue builtin_repr(FtValue self) {
  FtBuiltin *b = BF(self);
  if (is_function(b))
    return ft_str_from_format("<built-in function %s>", b->def->name);
  /* the type's full name, as CPython's tp_name: "_io.TextIOWrapper" */
  return ft_str_from_format("<built-in method %s of %s object at %p>", b->def->name,
                            ft_type(b->self)->name, (void *)b->self);
}

static FtValue builtin_richcompare(FtValue a, FtValue b, int op) {
  if ((op != FT_EQ && op != FT_NE) || ft_is_small(b) ||
      ft_type(b) != &FtBuiltin_Type)
    return FT_NOTIMPL;
  int eq = BF(a)->def == BF(b)->def && BF(a)->self == BF(b)->self;
  return ft_bool(op == FT_EQ ? eq : !eq);
}

static intptr_t builtin_hash(FtValue self) {
  FtBuiltin *b = BF(self);
  uintptr_t x = (uintptr_t)b->def, y = (uintptr_t)b->self;
  x = (x >> 4) | (x << (8 * sizeof(uintptr_t) - 4));
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  intptr_t h = (intptr_t)(x ^ y);
  return h == -1 ? -2 : h;
}

static FtValue bf_get_name(FtValue self) { return ft_str_from_cstr(BF(self)->def->name); }

static FtValue bf_get_qualname(FtValue self) {
  FtBuiltin *b = BF(self);
  if (is_function(b))
    return ft_str_from_cstr(b->def->name);
  FtType *t = FT_TYPE_HAS(b->self, FT_TPFLAG_TYPE_SUBCLASS)
                  ? (FtType *)ft_obj(b->self)
                  : ft_type(b->self);
  FtValue qn = t->qualname ? ft_newref(t->qualname) : ft_str_from_cstr(t->name);
  if (!qn)
    return 0;
  FtValue r = ft_str_from_format("%U.%s", qn, b->def->name);
  ft_decref(qn);
  return r;
}

static FtValue bf_get_self(FtValue self) {
  FtBuiltin *b = BF(self);
  return ft_newref(b->self ? b->self : FT_NONE);
}

static FtValue bf_get_module(FtValue self) {
  FtBuiltin *b = BF(self);
  if (b->module)
    return ft_newref(b->module);
  if (b->self && ft_isinstance_type(b->self, &FtModule_Type)) {
    FtValue n = ft_dict_get_cstr(ft_module_dict(b->self), "__name__");
    if (n || ft_err_occurred())
      return n;
  }
  return ft_newref(FT_NONE);
}

static int bf_set_module(FtValue self, FtValue v) {
  FtBuiltin *b = BF(self);
  if (ft_obj_is_immortal(ft_obj(self))) {
    /* shared by every thread: don't mutate an immortal function */
    ft_err_format(&FtExc_AttributeError, "readonly attribute");
    return -1;
  }
  ft_setref(&b->module, v ? ft_newref(v) : 0);
  return 0;
}

static FtValue bf_get_doc(FtValue self) {
  const char *doc = BF(self)->def->doc;
  return doc ? ft_str_from_cstr(doc) : ft_newref(FT_NONE);
}

static FtValue bf_get_text_signature(FtValue self) {
  (void)self;
  return ft_newref(FT_NONE);
}

static const FtGetSetDef builtin_getsets[] = {
    {"__name__", bf_get_name, NULL, NULL},
    {"__qualname__", bf_get_qualname, NULL, NULL},
    {"__self__", bf_get_self, NULL, NULL},
    {"__module__", bf_get_module, bf_set_module, NULL},
    {"__doc__", bf_get_doc, NULL, NULL},
    {"__text_signature__", bf_get_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static FtValue builtin_reduce(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtBuiltin *b = BF(self);
  if (is_function(b))
    return ft_str_from_cstr(b->def->name);
  FtValue getattr_fn = ft_dict_get_cstr(ft_vm_builtins(), "getattr");
  if (!getattr_fn)
    return ft_err_occurred() ? 0 : ft_err_format(&FtExc_RuntimeError, "lost getattr");
  FtValue name = ft_str_from_cstr(b->def->name);
  FtValue inner = name ? ft_tuple_pack(2, b->self, name) : 0;
  ft_xdecref(name);
  FtValue r = inner ? ft_tuple_pack(2, getattr_fn, inner) : 0;
  ft_xdecref(inner);
  ft_decref(getattr_fn);
  return r;
}

static const FtMethodDef builtin_methods[] = {{"__reduce__", builtin_reduce, 0, NULL},
                                              {NULL, NULL, 0, NULL}};

FtType FtBuiltin_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(FtBuiltin),
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .call = builtin_call,
    .getsets = builtin_getsets,
    .methods = builtin_methods,
};
