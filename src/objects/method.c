/*
 * method.c -- bound methods: a callable and the object it is bound to
 * (obj.f for a Python function f defined in a class, or a slot wrapper
 * bound to an instance, (1).__add__).
 *
 * Representation: FtBoundMethod (vm/code.h) {func, self}.  Calling it calls
 * func with self prepended to the arguments.  Attribute reads the method
 * type does not define (__name__, __doc__, __qualname__...) are forwarded
 * to func, as CPython does.
 *
 * Synchronization: immutable after creation; nothing to lock.
 */
#include <stdlib.h>

#include "ft.h"
#include "objects/typeslots.h"
#include "vm/code.h"

#define BM(v) ((FtBoundMethod *)ft_obj(v))

FtValue ft_method_new(FtValue func, FtValue self) {
  FtBoundMethod *m =
      (FtBoundMethod *)ft_object_alloc(&FtMethod_Type, sizeof(FtBoundMethod));
  if (!m)
    return 0;
  m->func = ft_newref(func);
  m->self = ft_newref(self);
  return ft_val(m);
}

static void method_dealloc(FtObject *o) {
  FtBoundMethod *m = (FtBoundMethod *)o;
  FT_CLEAR(m->func);
  FT_CLEAR(m->self);
  ft_object_free(o);
}

static FtValue method_call(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  FtBoundMethod *m = BM(self);
  size_t total = nargs + (kwnames ? ft_tuple_len(kwnames) : 0);
  FtValue small[8];
  FtValue *stack = total + 1 <= 8 ? small : ft_mem_alloc((total + 1) * sizeof(FtValue));
  if (!stack)
    return 0;
  stack[0] = m->self;
  if (total)
    memcpy(stack + 1, args, total * sizeof(FtValue));
  FtValue r = ft_call(m->func, stack, nargs + 1, kwnames);
  if (stack != small)
    ft_mem_free(stack);
  return r;
}

static FtValue method_repr(FtValue self) {
  FtBoundMethod *m = BM(self);
  if (ft_type(m->func) == &FtSlotWrapper_Type) {
    FtSlotWrapper *w = (FtSlotWrapper *)ft_obj(m->func);
    return ft_str_from_format("<method-wrapper '%s' of %s object at %p>",
                              ft_slotdefs[w->slot].name, ft_type_name(m->self),
                              (void *)m->self);
  }
  FtValue name = ft_getattr_opt(m->func, ft_str_intern_cstr("__qualname__"));
  if (!name && !ft_err_occurred())
    name = ft_getattr_opt(m->func, ft_str_intern_cstr("__name__"));
  if (!name && ft_err_occurred())
    return 0;
  FtValue r;
  if (name && ft_str_check(name))
    r = ft_str_from_format("<bound method %U of %R>", name, m->self);
  else
    r = ft_str_from_format("<bound method ? of %R>", m->self);
  ft_xdecref(name);
  return r;
}

static FtValue method_richcompare(FtValue a, FtValue b, int op) {
  if ((op != FT_EQ && op != FT_NE) || ft_is_small(b) ||
      !ft_isinstance_type(b, &FtMethod_Type))
    return FT_NOTIMPL;
  FtBoundMethod *x = BM(a), *y = BM(b);
  int eq = x->self == y->self;
  if (eq) {
    eq = ft_eq(x->func, y->func);
    if (eq < 0)
      return 0;
  }
  return ft_bool(op == FT_EQ ? eq : !eq);
}

static intptr_t method_hash(FtValue self) {
  FtBoundMethod *m = BM(self);
  uintptr_t y = (uintptr_t)m->self;
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  intptr_t h = ft_hash(m->func);
  if (h == -1)
    return -1;
  h ^= (intptr_t)y;
  return h == -1 ? -2 : h;
}

/* Type attributes first (__func__, __self__), then the function's. */
static FtValue method_getattr(FtValue self, FtValue name) {
  FtType *t = ft_type(self);
  FtValue descr = ft_type_lookup(t, name);
  /* object's __dict__ getset would shadow the function's __dict__. */
  if (descr && ft_type(descr) == &FtGetSetDescr_Type &&
      ((FtGetSetDescr *)ft_obj(descr))->owner == &FtObject_Type &&
      !strcmp(((FtGetSetDescr *)ft_obj(descr))->def->name, "__dict__"))
    descr = 0;
  if (descr) {
    FtType *dt = ft_type(descr);
    if (dt->descr_get)
      return dt->descr_get(descr, self, ft_val(t));
    return ft_newref(descr);
  }
  return ft_getattr(BM(self)->func, name);
}

static FtValue method_descr_get(FtValue self, FtValue obj, FtValue type) {
  (void)obj;
  (void)type;
  return ft_newref(self);
}

static FtValue method_get_func(FtValue self) { return ft_newref(BM(self)->func); }
static FtValue method_get_self(FtValue self) { return ft_newref(BM(self)->self); }
static FtValue method_get_doc(FtValue self) {
  return ft_getattr(BM(self)->func, ft_str_intern_cstr("__doc__"));
}

static const FtGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static FtValue method_reduce(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtValue getattr_fn = ft_dict_get_cstr(ft_vm_builtins(), "getattr");
  if (!getattr_fn)
    return ft_err_occurred() ? 0 : ft_err_format(&FtExc_RuntimeError, "lost getattr");
  FtValue name = ft_getattr_cstr(BM(self)->func, "__name__");
  if (!name) {
    ft_decref(getattr_fn);
    return 0;
  }
  FtValue inner = ft_tuple_pack(2, BM(self)->self, name);
  ft_decref(name);
  FtValue r = inner ? ft_tuple_pack(2, getattr_fn, inner) : 0;
  ft_xdecref(inner);
  ft_decref(getattr_fn);
  return r;
}

static const FtMethodDef method_methods[] = {{"__reduce__", method_reduce, 0, NULL},
                                             {NULL, NULL, 0, NULL}};

/* method(function, instance): types.MethodType as a constructor. */
static FtValue method_new(FtType *type, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)type;
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError, "method() takes no keyword arguments");
  if (nargs != 2)
    return ft_err_format(&FtExc_TypeError, "method expected 2 arguments, got %zu", nargs);
  if (!ft_callable(args[0]))
    return ft_err_format(&FtExc_TypeError, "first argument must be callable");
  if (args[1] == FT_NONE)
    return ft_err_format(&FtExc_TypeError, "instance must not be None");
  return ft_method_new(args[0], args[1]);
}

FtType FtMethod_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "method",
    .basicsize = sizeof(FtBoundMethod),
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .descr_get = method_descr_get,
    .getsets = method_getsets,
    .methods = method_methods,
    .new_ = method_new,
};
