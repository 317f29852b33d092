/*
 * type.c -- the `type` type: readying static types, creating classes
 * (class statements and type(name, bases, dict)), the C3 MRO, attribute
 * lookup along the MRO, and the bridge between C slots and dunder methods.
 *
 * Static types are defined in C with their slots filled; ft_type_ready()
 * gives them a dict (method/getset descriptors and slot wrappers such as
 * int.__add__), an MRO and the slots they inherit.  Classes created by
 * Python code have generic slots (slot_*) that look the dunder method up
 * and call it; where a class merely inherits a C slot unchanged (a subclass
 * of list that does not define __len__) the C slot is used directly.
 *
 * Synchronization: a type is fully built before it is published.  Writes
 * to a type's attributes (C.x = 1) take the type's mutex, update the dict
 * and the affected slots of the type and its subclasses, then bump
 * `version` so any cache keyed on it misses.  Readers look attributes up
 * in dicts (lock-free path for interned names) and never lock the type.
 */
#include <stdlib.h>

#include "ft.h"
#include "typeslots.h"
#include "ivalues.h"
#include "vm/exceptions.h"

extern const FtGetSetDef ft_object_dict_getset;

static _Atomic uint32_t next_version = 1;

static uint32_t new_version(void) {
  uint32_t v = atomic_fetch_add(&next_version, 1);
  return v ? v : atomic_fetch_add(&next_version, 1);
}

int ft_type_is_subtype(FtType *a, FtType *b) {
  if (a == b)
    return 1;
  FtValue mro = a->mro;
  if (mro) {
    size_t n = ft_tuple_len(mro);
    FtValue *items = ft_tuple_items(mro);
    for (size_t i = 0; i < n; i++)
      if (items[i] == ft_val(b))
        return 1;
    return 0;
  }
  for (FtType *t = a->base; t; t = t->base)
    if (t == b)
      return 1;
  return b == &FtObject_Type;
}

/* Static types that start-up did not ready (iterator types private to a
 * file) are readied on first use; the lock makes that happen once. */
static FtMutex lazy_ready_lock;
static void ensure_ready(FtType *t) {
  if (atomic_load_explicit(&t->version, memory_order_acquire) && t->mro)
    return;
  ft_mutex_lock(&lazy_ready_lock);
  if (!(t->tpflags & FT_TPFLAG_READY)) {
    FtValue pending = ft_err_fetch();
    if (ft_type_ready(t) < 0)
      ft_err_clear();
    if (pending)
      ft_err_raise(pending);
  }
  ft_mutex_unlock(&lazy_ready_lock);
}

FtValue ft_type_lookup(FtType *t, FtValue name) {
  FtValue mro = t->mro;
  if (!mro) {
    ensure_ready(t);
    mro = t->mro;
    if (!mro)
      return 0;
  }
  size_t n = ft_tuple_len(mro);
  for (size_t i = 0; i < n; i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(mro, i));
    if (!b->dict)
      continue;
    FtValue v = ft_dict_get_str(b->dict, name);
    if (v) {
      /* Type dict entries are kept alive by the type (deferred); hand out
       * a borrowed value as documented, dropping the lookup's ref.  (A str
       * key can't fail to hash, so there is no error to handle here, and
       * an exception pending from the caller must survive.) */
      ft_decref(v);
      return v;
    }
  }
  return 0;
}

/* name: a literal or a const table entry (see ft_str_intern_literal). */
static FtValue lookup_cstr(FtType *t, const char *name) {
  return ft_type_lookup(t, ft_str_intern_literal(name));
}

/* ---- slot table ---------------------------------------------------- */

const FtSlotDef ft_slotdefs[] = {
    {"__repr__", FT_SK_REPR, 0},
    {"__str__", FT_SK_STR, 0},
    {"__hash__", FT_SK_HASH, 0},
    {"__call__", FT_SK_CALL, 0},
    {"__iter__", FT_SK_ITER, 0},
    {"__next__", FT_SK_NEXT, 0},
    {"__len__", FT_SK_LEN, 0},
    {"__getitem__", FT_SK_GETITEM, 0},
    {"__setitem__", FT_SK_SETITEM, 0},
    {"__delitem__", FT_SK_DELITEM, 0},
    {"__contains__", FT_SK_CONTAINS, 0},
    {"__bool__", FT_SK_BOOL, 0},
    {"__lt__", FT_SK_RICHCMP, FT_LT},
    {"__le__", FT_SK_RICHCMP, FT_LE},
    {"__eq__", FT_SK_RICHCMP, FT_EQ},
    {"__ne__", FT_SK_RICHCMP, FT_NE},
    {"__gt__", FT_SK_RICHCMP, FT_GT},
    {"__ge__", FT_SK_RICHCMP, FT_GE},
#define BIN(n, i)                                                            \
  {"__" n "__", FT_SK_BINOP, i}, {"__r" n "__", FT_SK_RBINOP, i},            \
      {"__i" n "__", FT_SK_IBINOP, i}
    BIN("add", FT_NB_ADD), BIN("sub", FT_NB_SUB), BIN("mul", FT_NB_MUL),
    BIN("matmul", FT_NB_MATMUL), BIN("truediv", FT_NB_TRUEDIV),
    BIN("floordiv", FT_NB_FLOORDIV), BIN("mod", FT_NB_MOD),
    {"__divmod__", FT_SK_BINOP, FT_NB_DIVMOD},
    {"__rdivmod__", FT_SK_RBINOP, FT_NB_DIVMOD},
    BIN("pow", FT_NB_POW), BIN("lshift", FT_NB_LSHIFT),
    BIN("rshift", FT_NB_RSHIFT), BIN("and", FT_NB_AND), BIN("or", FT_NB_OR),
    BIN("xor", FT_NB_XOR),
#undef BIN
    {"__neg__", FT_SK_UNARY, FT_UN_NEG},
    {"__pos__", FT_SK_UNARY, FT_UN_POS},
    {"__invert__", FT_SK_UNARY, FT_UN_INVERT},
    {"__abs__", FT_SK_UNARY, FT_UN_ABS},
    {"__int__", FT_SK_UNARY, FT_UN_INT},
    {"__float__", FT_SK_UNARY, FT_UN_FLOAT},
    {"__index__", FT_SK_UNARY, FT_UN_INDEX},
    {"__init__", FT_SK_INIT, 0},
    {"__new__", FT_SK_NEW, 0},
    {"__getattribute__", FT_SK_GETATTR, 0},
    {"__getattr__", FT_SK_GETATTR, 1},
    {"__setattr__", FT_SK_SETATTR, 0},
    {"__delattr__", FT_SK_DELATTR, 0},
    {"__get__", FT_SK_GET, 0},
    {"__set__", FT_SK_SET, 0},
    {"__delete__", FT_SK_DELETE, 0},
};
const int ft_nslotdefs = sizeof ft_slotdefs / sizeof ft_slotdefs[0];

static FtUnaryFn *unary_slot(FtType *t, int i) {
  switch (i) {
  case FT_UN_NEG: return &t->neg;
  case FT_UN_POS: return &t->pos;
  case FT_UN_INVERT: return &t->invert;
  case FT_UN_ABS: return &t->abs_;
  case FT_UN_INT: return &t->int_;
  case FT_UN_FLOAT: return &t->float_;
  default: return &t->index;
  }
}

/* The built-in sequences and containers, whose truth comes from len()
 * and whose + is concatenation: their bool_ and reflected-add slots are
 * fast paths of ours, not methods CPython has. */
static int builtin_container(FtType *t) {
  return !(t->tpflags & FT_TPFLAG_HEAPTYPE) &&
         ((t->tpflags & (FT_TPFLAG_LIST_SUBCLASS | FT_TPFLAG_TUPLE_SUBCLASS |
                         FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS |
                         FT_TPFLAG_DICT_SUBCLASS)) ||
          t == &FtSet_Type || t == &FtFrozenSet_Type || t == &FtByteArray_Type);
}

int ft_slot_present(FtType *t, int slot) {
  const FtSlotDef *d = &ft_slotdefs[slot];
  switch (d->kind) {
  case FT_SK_REPR: return t->repr != NULL;
  case FT_SK_STR: return t->str != NULL;
  case FT_SK_HASH: return t->hash != NULL;
  case FT_SK_CALL: return t->call != NULL;
  case FT_SK_ITER: return t->iter != NULL;
  case FT_SK_NEXT: return t->iternext != NULL;
  case FT_SK_LEN: return t->len != NULL;
  case FT_SK_GETITEM: return t->getitem != NULL;
  case FT_SK_SETITEM: case FT_SK_DELITEM: return t->setitem != NULL;
  case FT_SK_CONTAINS: return t->contains != NULL;
  case FT_SK_BOOL: return t->bool_ != NULL;
  case FT_SK_RICHCMP: return t->richcompare != NULL;
  case FT_SK_BINOP: case FT_SK_RBINOP: return t->nb[d->arg] != NULL;
  case FT_SK_IBINOP: return t->nb_inplace[d->arg] != NULL;
  case FT_SK_UNARY: return *unary_slot(t, d->arg) != NULL;
  case FT_SK_INIT: return t->init != NULL;
  case FT_SK_NEW: return t->new_ != NULL;
  case FT_SK_GETATTR: return d->arg == 0 && t->getattr != NULL;
  case FT_SK_SETATTR: case FT_SK_DELATTR: return t->setattr != NULL;
  case FT_SK_GET: return t->descr_get != NULL;
  case FT_SK_SET: case FT_SK_DELETE: return t->descr_set != NULL;
  }
  return 0;
}

static int check_nargs(const char *name, size_t nargs, size_t want) {
  (void)name;
  if (nargs != want) {
    ft_err_format(&FtExc_TypeError, "expected %zu argument%s, got %zu", want,
                  want == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}
/* The two-argument wrappers (__setitem__, __setattr__, __set__): CPython
 * unpacks their arguments with an empty function name, hence the leading
 * space in its message. */
static int check_nargs2(size_t nargs) {
  if (nargs != 2) {
    ft_err_format(&FtExc_TypeError, " expected 2 arguments, got %zu", nargs);
    return -1;
  }
  return 0;
}

static FtValue int_result(intptr_t r) {
  if (r == -1 && ft_err_occurred())
    return 0;
  return ft_int_from_i64(r);
}

FtValue ft_slot_call(FtType *t, int slot, FtValue self, const FtValue *args,
                     size_t nargs, FtValue kwnames) {
  const FtSlotDef *d = &ft_slotdefs[slot];
  if (d->kind != FT_SK_CALL && d->kind != FT_SK_INIT && d->kind != FT_SK_NEW &&
      ft_args_no_kw(d->name, kwnames) < 0)
    return 0;
  FtValue r;
  int ir;
  switch (d->kind) {
  case FT_SK_REPR:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : t->repr(self);
  case FT_SK_STR:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : t->str(self);
  case FT_SK_HASH:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : int_result(t->hash(self));
  case FT_SK_CALL:
    return t->call(self, args, nargs, kwnames);
  case FT_SK_ITER:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : t->iter(self);
  case FT_SK_NEXT:
    if (check_nargs(d->name, nargs, 0) < 0)
      return 0;
    r = t->iternext(self);
    if (!r && !ft_err_occurred())
      ft_err_set_none(&FtExc_StopIteration);
    return r;
  case FT_SK_LEN:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : int_result(t->len(self));
  case FT_SK_GETITEM:
    /* list and dict define __getitem__ as a plain one-argument method. */
    if (nargs != 1 && (t == &FtList_Type || t == &FtDict_Type))
      return ft_err_format(&FtExc_TypeError,
                           "%s.__getitem__() takes exactly one argument (%zu given)",
                           t->name, nargs);
    return check_nargs(d->name, nargs, 1) < 0 ? 0 : t->getitem(self, args[0]);
  case FT_SK_SETITEM:
    if (check_nargs2(nargs) < 0)
      return 0;
    ir = t->setitem(self, args[0], args[1]);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_DELITEM:
    if (check_nargs(d->name, nargs, 1) < 0)
      return 0;
    ir = t->setitem(self, args[0], 0);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_CONTAINS:
    if (check_nargs(d->name, nargs, 1) < 0)
      return 0;
    ir = t->contains(self, args[0]);
    return ir < 0 ? 0 : ft_bool(ir);
  case FT_SK_BOOL:
    if (check_nargs(d->name, nargs, 0) < 0)
      return 0;
    ir = t->bool_(self);
    return ir < 0 ? 0 : ft_bool(ir);
  case FT_SK_RICHCMP:
    return check_nargs(d->name, nargs, 1) < 0 ? 0
                                              : t->richcompare(self, args[0], d->arg);
  case FT_SK_BINOP:
  case FT_SK_RBINOP:
    /* __pow__/__rpow__ take an optional modulus: pow(a, b, m) */
    if (d->arg == FT_NB_POW && nargs == 2) {
      if (args[1] == FT_NONE)
        nargs = 1;
      else
        return d->kind == FT_SK_BINOP ? ft_int_powmod(self, args[0], args[1])
                                      : ft_int_powmod(args[0], self, args[1]);
    }
    if (check_nargs(d->name, nargs, 1) < 0)
      return 0;
    return d->kind == FT_SK_BINOP ? t->nb[d->arg](self, args[0])
                                  : t->nb[d->arg](args[0], self);
  case FT_SK_IBINOP:
    return check_nargs(d->name, nargs, 1) < 0 ? 0
                                              : t->nb_inplace[d->arg](self, args[0]);
  case FT_SK_UNARY:
    return check_nargs(d->name, nargs, 0) < 0 ? 0 : (*unary_slot(t, d->arg))(self);
  case FT_SK_INIT:
    ir = t->init(self, args, nargs, kwnames);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_NEW: {
    /* T.__new__(cls, ...) */
    if (nargs < 1)
      return ft_err_format(&FtExc_TypeError, "%s.__new__(): not enough arguments",
                           t->name);
    if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS))
      return ft_err_format(&FtExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                           t->name, ft_type_name(args[0]));
    FtType *cls = (FtType *)ft_obj(args[0]);
    if (!ft_type_is_subtype(cls, t))
      return ft_err_format(&FtExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                           t->name, cls->name, cls->name, t->name);
    return t->new_(cls, args + 1, nargs - 1, kwnames);
  }
  case FT_SK_GETATTR:
    return check_nargs(d->name, nargs, 1) < 0 ? 0 : t->getattr(self, args[0]);
  case FT_SK_SETATTR:
    if (check_nargs2(nargs) < 0)
      return 0;
    ir = t->setattr(self, args[0], args[1]);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_DELATTR:
    if (check_nargs(d->name, nargs, 1) < 0)
      return 0;
    ir = t->setattr(self, args[0], 0);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_GET:
    if (nargs < 1 || nargs > 2)
      return ft_err_format(&FtExc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    return t->descr_get(self, args[0] == FT_NONE ? 0 : args[0],
                        nargs > 1 ? args[1] : FT_NONE);
  case FT_SK_SET:
    if (check_nargs2(nargs) < 0)
      return 0;
    ir = t->descr_set(self, args[0], args[1]);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  case FT_SK_DELETE:
    if (check_nargs(d->name, nargs, 1) < 0)
      return 0;
    ir = t->descr_set(self, args[0], 0);
    return ir < 0 ? 0 : ft_newref(FT_NONE);
  }
  return ft_err_format(&FtExc_SystemError, "bad slot");
}

/* ---- generic slots for classes: call the dunder method ---------------- */

static FtValue call_found(FtValue self, FtType *t, FtValue f, const FtValue *args,
                          size_t nargs);

/* Look `name` up on type(self) and call it bound to self. */
static FtValue call_dunder(FtValue self, const char *name, const FtValue *args,
                           size_t nargs, int *missing) {
  FtType *t = ft_type(self);
  FtValue f = lookup_cstr(t, name);
  if (!f) {
    if (missing)
      *missing = 1;
    return 0;
  }
  if (missing)
    *missing = 0;
  return call_found(self, t, f, args, nargs);
}

/* Call f, found on type t = type(self), bound to self. */
static FtValue call_found(FtValue self, FtType *t, FtValue f, const FtValue *args,
                          size_t nargs) {
  FtValue stack[4];
  if (nargs > 3)
    return ft_err_format(&FtExc_SystemError, "too many dunder args");
  FtType *ft = ft_type(f);
  if (ft == &FtFunction_Type || ft == &FtSlotWrapper_Type ||
      ft == &FtMethodDescr_Type) {
    stack[0] = self;
    for (size_t i = 0; i < nargs; i++)
      stack[i + 1] = args[i];
    return ft_call(f, stack, nargs + 1, 0);
  }
  /* Anything else: honour the descriptor protocol. */
  FtValue bound = ft->descr_get ? ft->descr_get(f, self, ft_val(t)) : ft_newref(f);
  if (!bound)
    return 0;
  FtValue r = ft_call(bound, args, nargs, 0);
  ft_decref(bound);
  return r;
}

static FtValue slot_repr(FtValue self) {
  return call_dunder(self, "__repr__", NULL, 0, NULL);
}
static FtValue slot_str(FtValue self) {
  return call_dunder(self, "__str__", NULL, 0, NULL);
}
static intptr_t slot_hash(FtValue self) {
  FtValue f = lookup_cstr(ft_type(self), "__hash__");
  if (f == FT_NONE) {
    ft_err_format(&FtExc_TypeError, "unhashable type: '%s'", ft_type_name(self));
    return -1;
  }
  FtValue r = call_dunder(self, "__hash__", NULL, 0, NULL);
  if (!r)
    return -1;
  if (!ft_int_check(r)) {
    ft_decref(r);
    ft_err_format(&FtExc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  intptr_t h;
  if (ft_is_small(r)) {
    h = ft_small_val(r);
  } else {
    /* A result that fits a machine word is used as is; a bigger one is
     * replaced by its own hash, as CPython does. */
    h = ft_int_as_ssize(r);
    if (h == -1 && ft_err_occurred()) {
      ft_err_clear();
      h = ft_hash(r);
    }
  }
  ft_decref(r);
  return h == -1 ? -2 : h;
}
static FtValue slot_call(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  FtValue f = lookup_cstr(ft_type(self), "__call__");
  if (!f)
    return ft_err_format(&FtExc_TypeError, "'%s' object is not callable",
                         ft_type_name(self));
  FtValue m = ft_method_new(f, self);
  if (!m)
    return 0;
  FtValue r = ft_call(m, args, nargs, kwnames);
  ft_decref(m);
  return r;
}
static FtValue slot_iter(FtValue self) {
  FtValue f = lookup_cstr(ft_type(self), "__iter__");
  if (f == FT_NONE)
    return ft_err_format(&FtExc_TypeError, "'%s' object is not iterable",
                         ft_type_name(self));
  return call_dunder(self, "__iter__", NULL, 0, NULL);
}
static FtValue slot_next(FtValue self) {
  /* a StopIteration stays set (ft_next clears it for consumers) */
  return call_dunder(self, "__next__", NULL, 0, NULL);
}
static intptr_t slot_len(FtValue self) {
  FtValue r = call_dunder(self, "__len__", NULL, 0, NULL);
  if (!r)
    return -1;
  intptr_t n;
  if (!ft_int_check(r)) {
    ft_err_format(&FtExc_TypeError, "'%s' object cannot be interpreted as an integer",
                  ft_type_name(r));
    n = -1;
  } else {
    n = ft_int_as_ssize(r);
    if (n < 0 && !ft_err_occurred()) {
      ft_err_format(&FtExc_ValueError, "__len__() should return >= 0");
      n = -1;
    }
  }
  ft_decref(r);
  return n;
}
static FtValue slot_getitem(FtValue self, FtValue key) {
  return call_dunder(self, "__getitem__", &key, 1, NULL);
}
static int slot_setitem(FtValue self, FtValue key, FtValue v) {
  FtValue args[2] = {key, v};
  int missing;
  FtValue r = v ? call_dunder(self, "__setitem__", args, 2, &missing)
                : call_dunder(self, "__delitem__", args, 1, &missing);
  if (!r) {
    if (missing && !ft_err_occurred())
      ft_err_format(&FtExc_AttributeError, "%s", v ? "__setitem__" : "__delitem__");
    return -1;
  }
  ft_decref(r);
  return 0;
}
static int slot_contains(FtValue self, FtValue v) {
  FtType *t = ft_type(self);
  FtValue f = lookup_cstr(t, "__contains__");
  if (f == FT_NONE) {
    ft_err_format(&FtExc_TypeError, "'%s' object is not a container",
                  ft_type_name(self));
    return -1;
  }
  FtValue r = f ? call_found(self, t, f, &v, 1) : 0;
  if (!r) {
    if (f)
      return -1;
    /* No __contains__: iterate. */
    FtValue it = ft_iter(self);
    if (!it)
      return -1;
    for (;;) {
      FtValue x = ft_next(it);
      if (!x) {
        ft_decref(it);
        return ft_err_occurred() ? -1 : 0;
      }
      int eq = ft_eq(x, v);
      ft_decref(x);
      if (eq != 0) {
        ft_decref(it);
        return eq;
      }
    }
  }
  int b = ft_truthy(r);
  ft_decref(r);
  return b;
}
static int slot_bool(FtValue self) {
  int missing;
  FtValue r = call_dunder(self, "__bool__", NULL, 0, &missing);
  if (!r && missing) {
    r = call_dunder(self, "__len__", NULL, 0, &missing);
    if (!r)
      return missing ? 1 : -1;
    int b = ft_truthy(r);
    ft_decref(r);
    return b;
  }
  if (!r)
    return -1;
  if (!ft_isinstance_exact(r, &FtBool_Type)) {
    ft_err_format(&FtExc_TypeError, "__bool__ should return bool, returned %s",
                  ft_type_name(r));
    ft_decref(r);
    return -1;
  }
  int b = r == FT_TRUE;
  ft_decref(r);
  return b;
}
static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__",
                                        "__ne__", "__gt__", "__ge__"};
static FtValue slot_richcompare(FtValue self, FtValue other, int op) {
  int missing;
  FtValue r = call_dunder(self, cmp_names[op], &other, 1, &missing);
  if (!r && missing)
    return FT_NOTIMPL;
  return r;
}
static const char *const binop_names[FT_NB_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__divmod__", "__rdivmod__", "__idivmod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

static FtValue slot_binop_generic(FtValue a, FtValue b, int op);
#define SLOT_BINOP(NAME, OP)                                                 \
  static FtValue NAME(FtValue a, FtValue b) { return slot_binop_generic(a, b, OP); }
SLOT_BINOP(slot_nb_add, FT_NB_ADD)
SLOT_BINOP(slot_nb_sub, FT_NB_SUB)
SLOT_BINOP(slot_nb_mul, FT_NB_MUL)
SLOT_BINOP(slot_nb_matmul, FT_NB_MATMUL)
SLOT_BINOP(slot_nb_truediv, FT_NB_TRUEDIV)
SLOT_BINOP(slot_nb_floordiv, FT_NB_FLOORDIV)
SLOT_BINOP(slot_nb_mod, FT_NB_MOD)
SLOT_BINOP(slot_nb_divmod, FT_NB_DIVMOD)
SLOT_BINOP(slot_nb_pow, FT_NB_POW)
SLOT_BINOP(slot_nb_lshift, FT_NB_LSHIFT)
SLOT_BINOP(slot_nb_rshift, FT_NB_RSHIFT)
SLOT_BINOP(slot_nb_and, FT_NB_AND)
SLOT_BINOP(slot_nb_or, FT_NB_OR)
SLOT_BINOP(slot_nb_xor, FT_NB_XOR)
static const FtBinaryFn slot_binops[FT_NB_COUNT] = {
    slot_nb_add, slot_nb_sub, slot_nb_mul, slot_nb_matmul, slot_nb_truediv,
    slot_nb_floordiv, slot_nb_mod, slot_nb_divmod, slot_nb_pow,
    slot_nb_lshift, slot_nb_rshift, slot_nb_and, slot_nb_or, slot_nb_xor};

/* One generic slot serves both operand orders, as in CPython: a's __add__
 * if a's class provides this slot generically, then b's __radd__. */
static FtValue slot_binop_generic(FtValue a, FtValue b, int op) {
  FtType *ta = ft_type(a), *tb = ft_type(b);
  int do_other = ta != tb && tb->nb[op] == slot_binops[op];
  if (ta->nb[op] == slot_binops[op]) {
    if (do_other && ft_type_is_subtype(tb, ta) &&
        lookup_cstr(tb, binop_names[op][1]) != lookup_cstr(ta, binop_names[op][1])) {
      int missing;
      FtValue r = call_dunder(b, binop_names[op][1], &a, 1, &missing);
      if (!r && !missing)
        return 0;
      if (r && r != FT_NOTIMPL)
        return r;
      do_other = 0;
    }
    int missing;
    FtValue r = call_dunder(a, binop_names[op][0], &b, 1, &missing);
    if (!r && !missing)
      return 0;
    if (r && (r != FT_NOTIMPL || ta == tb))
      return r;
  }
  if (do_other) { /* (not again when the subclass's reflected method went first) */
    int missing;
    FtValue r = call_dunder(b, binop_names[op][1], &a, 1, &missing);
    if (!r && !missing)
      return 0;
    if (r)
      return r;
  }
  return FT_NOTIMPL;
}

FtValue ft_type_binop_function(FtType *t, int op) {
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE) || t->nb[op] != slot_binops[op] ||
      (t->tpflags & (FT_TPFLAG_LIST_SUBCLASS | FT_TPFLAG_TUPLE_SUBCLASS |
                     FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS)))
    return 0;
  FtValue f = lookup_cstr(t, binop_names[op][0]);
  return f && !ft_is_small(f) && ft_type(f) == &FtFunction_Type && ft_obj_is_immortal(ft_obj(f))
             ? f
             : 0;
}

static FtValue slot_inplace_generic(FtValue a, FtValue b, int op) {
  int missing;
  FtValue r = call_dunder(a, binop_names[op][2], &b, 1, &missing);
  if (!r && missing)
    return FT_NOTIMPL;
  return r;
}
#define SLOT_INPLACE(NAME, OP)                                               \
  static FtValue NAME(FtValue a, FtValue b) { return slot_inplace_generic(a, b, OP); }
SLOT_INPLACE(slot_ip_add, FT_NB_ADD)
SLOT_INPLACE(slot_ip_sub, FT_NB_SUB)
SLOT_INPLACE(slot_ip_mul, FT_NB_MUL)
SLOT_INPLACE(slot_ip_matmul, FT_NB_MATMUL)
SLOT_INPLACE(slot_ip_truediv, FT_NB_TRUEDIV)
SLOT_INPLACE(slot_ip_floordiv, FT_NB_FLOORDIV)
SLOT_INPLACE(slot_ip_mod, FT_NB_MOD)
SLOT_INPLACE(slot_ip_divmod, FT_NB_DIVMOD)
SLOT_INPLACE(slot_ip_pow, FT_NB_POW)
SLOT_INPLACE(slot_ip_lshift, FT_NB_LSHIFT)
SLOT_INPLACE(slot_ip_rshift, FT_NB_RSHIFT)
SLOT_INPLACE(slot_ip_and, FT_NB_AND)
SLOT_INPLACE(slot_ip_or, FT_NB_OR)
SLOT_INPLACE(slot_ip_xor, FT_NB_XOR)
static const FtBinaryFn slot_inplaces[FT_NB_COUNT] = {
    slot_ip_add, slot_ip_sub, slot_ip_mul, slot_ip_matmul, slot_ip_truediv,
    slot_ip_floordiv, slot_ip_mod, slot_ip_divmod, slot_ip_pow,
    slot_ip_lshift, slot_ip_rshift, slot_ip_and, slot_ip_or, slot_ip_xor};

static const char *const unary_names[] = {"__neg__", "__pos__", "__invert__",
                                          "__abs__", "__int__", "__float__",
                                          "__index__"};
#define SLOT_UNARY(NAME, I)                                                  \
  static FtValue NAME(FtValue a) { return call_dunder(a, unary_names[I], NULL, 0, NULL); }
SLOT_UNARY(slot_neg, FT_UN_NEG)
SLOT_UNARY(slot_pos, FT_UN_POS)
SLOT_UNARY(slot_invert, FT_UN_INVERT)
SLOT_UNARY(slot_abs, FT_UN_ABS)
SLOT_UNARY(slot_int, FT_UN_INT)
SLOT_UNARY(slot_float, FT_UN_FLOAT)
SLOT_UNARY(slot_index, FT_UN_INDEX)
static const FtUnaryFn slot_unaries[] = {slot_neg, slot_pos, slot_invert, slot_abs,
                                         slot_int, slot_float, slot_index};

static int slot_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  FtValue f = lookup_cstr(ft_type(self), "__init__");
  if (!f)
    return 0;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  FtValue small[8];
  FtValue *stack = nargs + nkw + 1 <= 8 ? small
                                        : ft_mem_alloc((nargs + nkw + 1) * sizeof(FtValue));
  if (!stack)
    return -1;
  stack[0] = self;
  if (nargs + nkw) /* args may be NULL when empty */
    memcpy(stack + 1, args, (nargs + nkw) * sizeof(FtValue));
  FtValue r;
  if (ft_type(f) == &FtFunction_Type || ft_type(f) == &FtSlotWrapper_Type) {
    r = ft_call(f, stack, nargs + 1, kwnames);
  } else {
    FtValue m = ft_method_new(f, self);
    r = m ? ft_call(m, args, nargs, kwnames) : 0;
    ft_xdecref(m);
  }
  if (stack != small)
    ft_mem_free(stack);
  if (!r)
    return -1;
  if (r != FT_NONE) {
    ft_err_format(&FtExc_TypeError, "__init__() should return None, not '%s'",
                  ft_type_name(r));
    ft_decref(r);
    return -1;
  }
  return 0;
}

static FtValue slot_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  FtValue f = lookup_cstr(type, "__new__");
  if (!f)
    return ft_err_format(&FtExc_TypeError, "cannot create '%s' instances", type->name);
  /* __new__ is a static method: pass the class explicitly. */
  if (ft_type(f) == &FtStaticMethod_Type)
    f = ((FtWrapDescr *)ft_obj(f))->func;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  FtValue small[8];
  FtValue *stack = nargs + nkw + 1 <= 8 ? small
                                        : ft_mem_alloc((nargs + nkw + 1) * sizeof(FtValue));
  if (!stack)
    return 0;
  stack[0] = ft_val(type);
  if (nargs + nkw) /* args may be NULL when empty */
    memcpy(stack + 1, args, (nargs + nkw) * sizeof(FtValue));
  FtValue r = ft_call(f, stack, nargs + 1, kwnames);
  if (stack != small)
    ft_mem_free(stack);
  return r;
}

/* The attribute lookup of the nearest built-in base: object's generic one,
 * or type's for a metaclass (a class's attributes live along its MRO). */
static FtValue builtin_base_getattr(FtType *t, FtValue self, FtValue name) {
  for (FtType *b = t; b; b = b->base)
    if (!(b->tpflags & FT_TPFLAG_HEAPTYPE) && b->getattr)
      return b->getattr(self, name);
  return ft_object_generic_getattr(self, name);
}

static FtValue slot_getattr_hook(FtValue self, FtValue name) {
  FtType *t = ft_type(self);
  FtValue ga = lookup_cstr(t, "__getattribute__");
  FtValue r;
  if (!ga || ft_type(ga) == &FtSlotWrapper_Type)
    r = builtin_base_getattr(t, self, name);
  else
    r = call_dunder(self, "__getattribute__", &name, 1, NULL);
  if (r || !ft_err_matches(&FtExc_AttributeError))
    return r;
  FtValue gattr = lookup_cstr(t, "__getattr__");
  if (gattr) {
    ft_err_clear();
    r = call_dunder(self, "__getattr__", &name, 1, NULL);
  }
  if (!r && ft_err_matches(&FtExc_AttributeError))
    ft_exc_attribute_error_info(self, name);
  return r;
}

static int slot_setattr(FtValue self, FtValue name, FtValue v) {
  FtValue args[2] = {name, v};
  FtValue r = v ? call_dunder(self, "__setattr__", args, 2, NULL)
                : call_dunder(self, "__delattr__", args, 1, NULL);
  if (!r)
    return -1;
  ft_decref(r);
  return 0;
}

static FtValue slot_descr_get(FtValue self, FtValue obj, FtValue type) {
  FtValue args[2] = {obj ? obj : FT_NONE, type ? type : FT_NONE};
  return call_dunder(self, "__get__", args, 2, NULL);
}
static int slot_descr_set(FtValue self, FtValue obj, FtValue v) {
  FtValue args[2] = {obj, v};
  int missing;
  FtValue r = v ? call_dunder(self, "__set__", args, 2, &missing)
                : call_dunder(self, "__delete__", args, 1, &missing);
  if (!r) {
    /* only one of __set__ / __delete__ defined */
    if (missing && !ft_err_occurred())
      ft_err_format(&FtExc_AttributeError, "%s", v ? "__set__" : "__delete__");
    return -1;
  }
  ft_decref(r);
  return 0;
}

/* For slot `s` of class t: the C function to install.  If the dunder found
 * along the MRO is the slot wrapper of a C type for the same slot, reuse
 * that type's C function directly; if it is None (e.g. __hash__ = None)
 * leave a NULL-ish marker; otherwise install the generic slot. */
static void set_slot(FtType *t, int s) {
  const FtSlotDef *d = &ft_slotdefs[s];
  FtValue v = lookup_cstr(t, d->name);
  FtType *src = NULL;
  int generic = 0;
  if (v && ft_type(v) == &FtSlotWrapper_Type) {
    FtSlotWrapper *w = (FtSlotWrapper *)ft_obj(v);
    if (ft_slotdefs[w->slot].kind == d->kind && ft_slotdefs[w->slot].arg == d->arg)
      src = w->owner;
    else
      generic = 1;
  } else if (v) {
    /* A dunder set to None also gets the generic slot: calling it raises
     * "'NoneType' object is not callable" as in CPython (and __hash__,
     * __iter__, __contains__ turn None into their own errors). */
    generic = 1;
  }
  /* Binary ops: either __add__ or __radd__ being Python makes it generic. */
  switch (d->kind) {
  case FT_SK_REPR: t->repr = generic ? slot_repr : src ? src->repr : t->base->repr; break;
  case FT_SK_STR: t->str = generic ? slot_str : src ? src->str : t->base->str; break;
  case FT_SK_HASH: t->hash = generic ? slot_hash : src ? src->hash : t->base->hash; break;
  case FT_SK_CALL: t->call = generic ? slot_call : src ? src->call : NULL; break;
  case FT_SK_ITER: t->iter = generic ? slot_iter : src ? src->iter : NULL; break;
  case FT_SK_NEXT: t->iternext = generic ? slot_next : src ? src->iternext : NULL; break;
  case FT_SK_LEN: t->len = generic ? slot_len : src ? src->len : NULL; break;
  case FT_SK_GETITEM: t->getitem = generic ? slot_getitem : src ? src->getitem : NULL; break;
  case FT_SK_SETITEM:
  case FT_SK_DELITEM:
    if (generic)
      t->setitem = slot_setitem;
    else if (src && t->setitem != slot_setitem)
      t->setitem = src->setitem;
    break;
  case FT_SK_CONTAINS: t->contains = generic ? slot_contains : src ? src->contains : NULL; break;
  case FT_SK_BOOL: t->bool_ = generic ? slot_bool : src ? src->bool_ : NULL; break;
  case FT_SK_RICHCMP:
    if (generic)
      t->richcompare = slot_richcompare;
    else if (t->richcompare != slot_richcompare)
      t->richcompare = src ? src->richcompare : t->base->richcompare;
    break;
  case FT_SK_BINOP:
  case FT_SK_RBINOP:
    if (generic)
      t->nb[d->arg] = slot_binops[d->arg];
    else if (t->nb[d->arg] != slot_binops[d->arg] && (src || d->kind == FT_SK_BINOP))
      t->nb[d->arg] = src ? src->nb[d->arg] : NULL; /* (no __radd__ at all: the
                                                       __add__ pass decided) */
    break;
  case FT_SK_IBINOP:
    t->nb_inplace[d->arg] = generic ? slot_inplaces[d->arg]
                            : src ? src->nb_inplace[d->arg] : NULL;
    break;
  case FT_SK_UNARY:
    *unary_slot(t, d->arg) = generic ? slot_unaries[d->arg]
                             : src ? *unary_slot(src, d->arg) : NULL;
    break;
  case FT_SK_INIT: t->init = generic ? slot_init : src ? src->init : t->base->init; break;
  case FT_SK_NEW: t->new_ = generic ? slot_new : src ? src->new_ : t->base->new_; break;
  case FT_SK_GETATTR:
    if (generic)
      t->getattr = slot_getattr_hook;
    else if (t->getattr != slot_getattr_hook)
      t->getattr = src ? src->getattr : t->base->getattr;
    break;
  case FT_SK_SETATTR:
  case FT_SK_DELATTR:
    if (generic)
      t->setattr = slot_setattr;
    else if (t->setattr != slot_setattr)
      t->setattr = src ? src->setattr : t->base->setattr;
    break;
  case FT_SK_GET: t->descr_get = generic ? slot_descr_get : src ? src->descr_get : NULL; break;
  case FT_SK_SET:
  case FT_SK_DELETE:
    if (generic)
      t->descr_set = slot_descr_set;
    else if (t->descr_set != slot_descr_set)
      t->descr_set = src ? src->descr_set : NULL;
    break;
  }
}

void ft_type_fixup_slots(FtType *t) {
  /* Reset the slots that are pairs (set/del, binop/rbinop...) first so the
   * second member of a pair can't be overwritten by the first. */
  t->setitem = NULL;
  t->richcompare = NULL;
  t->getattr = NULL;
  t->setattr = NULL;
  t->descr_set = NULL;
  for (int i = 0; i < FT_NB_COUNT; i++)
    t->nb[i] = NULL;
  for (int s = 0; s < ft_nslotdefs; s++)
    set_slot(t, s);
  if (!t->richcompare)
    t->richcompare = t->base->richcompare;
  if (!t->getattr)
    t->getattr = t->base->getattr;
  if (!t->setattr)
    t->setattr = t->base->setattr;
  if (!t->setitem && t->base->setitem)
    t->setitem = t->base->setitem;
  if (lookup_cstr(t, "__del__"))
    t->tpflags |= FT_TPFLAG_HAS_DEL;
  else
    t->tpflags &= ~FT_TPFLAG_HAS_DEL;
  if (t->dict) {
    FtValue h = ft_dict_get_cstr(t->dict, "__hash__");
    if (h == FT_NONE)
      t->hash = NULL;
    ft_xdecref(h);
    ft_err_clear();
  }
}

/* At class creation only (as CPython): a class body that defines __eq__
 * but not __hash__ makes the class unhashable.  Assigning __eq__ later
 * keeps the inherited hash. */
static void eq_without_hash(FtType *t) {
  FtValue eq = ft_dict_get_cstr(t->dict, "__eq__");
  FtValue h = eq ? ft_dict_get_cstr(t->dict, "__hash__") : 0;
  if (eq && !h && !ft_err_occurred())
    ft_dict_set_cstr(t->dict, "__hash__", FT_NONE);
  ft_xdecref(eq);
  ft_xdecref(h);
  ft_err_clear();
}

static void update_subclasses(FtType *t, FtValue name) {
  atomic_store_explicit(&t->version, new_version(), memory_order_release);
  if (name) {
    const char *n = ft_str_data(name);
    if (n[0] == '_' && n[1] == '_')
      ft_type_fixup_slots(t);
  }
  if (t->subclasses) {
    size_t n;
    FtValue *subs = ft_list_snapshot(t->subclasses, &n);
    for (size_t i = 0; subs && i < n; i++) {
      update_subclasses((FtType *)ft_obj(subs[i]), name);
      ft_decref(subs[i]);
    }
    ft_mem_free(subs);
  }
}

void ft_type_update_slot(FtType *t, FtValue name) { update_subclasses(t, name); }

/* ---- readying static types ------------------------------------------- */

static int add_to_dict(FtType *t, const char *name, FtValue v) {
  if (!v)
    return -1;
  /* Descriptors of static types live as long as the process; immortal,
   * they are shared by all threads without refcount traffic and may sit in
   * the VM's inline caches. */
  if (!ft_is_small(v))
    ft_object_make_immortal(ft_obj(v));
  FtValue key = ft_str_intern_cstr(name);
  int r = 0;
  FtValue old = ft_dict_get_str(t->dict, key);
  if (!old)
    r = ft_dict_set(t->dict, key, v);
  ft_xdecref(old);
  ft_decref(v);
  return r;
}

static FtValue build_mro_single(FtType *t) {
  size_t n = 1;
  for (FtType *b = t->base; b; b = b->base)
    n++;
  FtValue mro = ft_tuple_new(n);
  if (!mro)
    return 0;
  size_t i = 0;
  for (FtType *b = t; b; b = b->base)
    ft_tuple_items(mro)[i++] = ft_val(b);
  return mro;
}

static void inherit_slots(FtType *t, FtType *b) {
#define INH(f)                                                               \
  if (!t->f)                                                                 \
    t->f = b->f;
  INH(dealloc) INH(repr) INH(str) INH(getattr) INH(setattr)
  INH(descr_get) INH(descr_set) INH(call) INH(iter) INH(iternext) INH(len)
  INH(getitem) INH(setitem) INH(contains) INH(bool_) INH(neg) INH(pos)
  INH(invert) INH(abs_) INH(int_) INH(float_) INH(index) INH(init) INH(new_)
  /* hash and richcompare go together: a type that defines its own
   * comparison without a hash is unhashable. */
  if (!t->richcompare && !t->hash) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
  for (int i = 0; i < FT_NB_COUNT; i++) {
    INH(nb[i])
    INH(nb_inplace[i])
  }
#undef INH
  if (!t->dictoffset)
    t->dictoffset = b->dictoffset;
  if (!t->basicsize)
    t->basicsize = b->basicsize;
  t->tpflags |= b->tpflags & (FT_TPFLAG_INT_SUBCLASS | FT_TPFLAG_STR_SUBCLASS |
                              FT_TPFLAG_TUPLE_SUBCLASS | FT_TPFLAG_LIST_SUBCLASS |
                              FT_TPFLAG_DICT_SUBCLASS | FT_TPFLAG_TYPE_SUBCLASS |
                              FT_TPFLAG_EXC_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS);
}

int ft_type_ready(FtType *t) {
  if (t->tpflags & FT_TPFLAG_READY)
    return 0;
  if (!t->base && t != &FtObject_Type)
    t->base = &FtObject_Type;
  if (t->base && ft_type_ready(t->base) < 0)
    return -1;
  if (t == &FtInt_Type)
    t->tpflags |= FT_TPFLAG_INT_SUBCLASS;
  else if (t == &FtStr_Type)
    t->tpflags |= FT_TPFLAG_STR_SUBCLASS;
  else if (t == &FtTuple_Type)
    t->tpflags |= FT_TPFLAG_TUPLE_SUBCLASS;
  else if (t == &FtList_Type)
    t->tpflags |= FT_TPFLAG_LIST_SUBCLASS;
  else if (t == &FtDict_Type)
    t->tpflags |= FT_TPFLAG_DICT_SUBCLASS;
  else if (t == &FtType_Type)
    t->tpflags |= FT_TPFLAG_TYPE_SUBCLASS;
  else if (t == &FtBytes_Type)
    t->tpflags |= FT_TPFLAG_BYTES_SUBCLASS;
  else if (t == &FtExc_BaseException)
    t->tpflags |= FT_TPFLAG_EXC_SUBCLASS;
  if (t->base)
    inherit_slots(t, t->base);
  t->dict = ft_dict_new();
  t->mro = build_mro_single(t);
  t->bases = t->base ? ft_tuple_pack(1, ft_val(t->base)) : ft_newref(FT_EMPTY_TUPLE);
  if (!t->dict || !t->mro || !t->bases)
    return -1;
  const char *dot = strrchr(t->name, '.');
  t->name_obj = ft_str_intern_cstr(dot ? dot + 1 : t->name);
  t->qualname = t->name_obj;
  if (t->methods)
    for (const FtMethodDef *m = t->methods; m->name; m++)
      if (add_to_dict(t, m->name, ft_descr_method_new(t, m)) < 0)
        return -1;
  if (t->getsets)
    for (const FtGetSetDef *g = t->getsets; g->name; g++)
      if (add_to_dict(t, g->name, ft_descr_getset_new(t, g)) < 0)
        return -1;
  if (t->dictoffset && !(t->base && t->base->dictoffset) &&
      add_to_dict(t, "__dict__", ft_descr_getset_new(t, &ft_object_dict_getset)) < 0)
    return -1;
  if (t->members)
    for (const FtMemberDef *m = t->members; m->name; m++)
      if (add_to_dict(t, m->name,
                      ft_descr_member_new(t, ft_str_intern_cstr(m->name), m->offset,
                                          m->readonly)) < 0)
        return -1;
  /* Slot wrappers for the slots this type defines itself (not inherited). */
  for (int s = 0; s < ft_nslotdefs; s++) {
    const FtSlotDef *d = &ft_slotdefs[s];
    if (!ft_slot_present(t, s))
      continue;
    if (d->kind == FT_SK_GETATTR && d->arg == 1)
      continue;
    if (builtin_container(t) &&
        (d->kind == FT_SK_BOOL || (d->kind == FT_SK_RBINOP && d->arg == FT_NB_ADD)))
      continue; /* internal fast paths here: CPython has no __bool__ / __radd__ */
    if (t->base && ft_slot_present(t->base, s) && d->kind != FT_SK_INIT &&
        d->kind != FT_SK_NEW) {
      /* inherited unchanged? then the base's wrapper is found via MRO */
      int same = 0;
      switch (d->kind) {
      case FT_SK_REPR: same = t->repr == t->base->repr; break;
      case FT_SK_STR: same = t->str == t->base->str; break;
      case FT_SK_HASH: same = t->hash == t->base->hash; break;
      case FT_SK_RICHCMP: same = t->richcompare == t->base->richcompare; break;
      case FT_SK_GETATTR: same = t->getattr == t->base->getattr; break;
      case FT_SK_SETATTR: case FT_SK_DELATTR: same = t->setattr == t->base->setattr; break;
      case FT_SK_BINOP: case FT_SK_RBINOP: same = t->nb[d->arg] == t->base->nb[d->arg]; break;
      case FT_SK_IBINOP: same = t->nb_inplace[d->arg] == t->base->nb_inplace[d->arg]; break;
      case FT_SK_UNARY: same = *unary_slot(t, d->arg) == *unary_slot(t->base, d->arg); break;
      case FT_SK_LEN: same = t->len == t->base->len; break;
      case FT_SK_GETITEM: same = t->getitem == t->base->getitem; break;
      case FT_SK_SETITEM: case FT_SK_DELITEM: same = t->setitem == t->base->setitem; break;
      case FT_SK_ITER: same = t->iter == t->base->iter; break;
      case FT_SK_NEXT: same = t->iternext == t->base->iternext; break;
      case FT_SK_CONTAINS: same = t->contains == t->base->contains; break;
      case FT_SK_BOOL: same = t->bool_ == t->base->bool_; break;
      case FT_SK_CALL: same = t->call == t->base->call; break;
      case FT_SK_GET: same = t->descr_get == t->base->descr_get; break;
      case FT_SK_SET: case FT_SK_DELETE: same = t->descr_set == t->base->descr_set; break;
      }
      if (same)
        continue;
    }
    if ((d->kind == FT_SK_INIT || d->kind == FT_SK_NEW) && t->base) {
      if ((d->kind == FT_SK_INIT && t->init == t->base->init) ||
          (d->kind == FT_SK_NEW && t->new_ == t->base->new_))
        continue;
    }
    if (add_to_dict(t, d->name, ft_descr_slot_new(t, s)) < 0)
      return -1;
  }
  if (!t->hash && t != &FtObject_Type) {
    FtValue key = ft_str_intern_cstr("__hash__");
    FtValue old = ft_dict_get_str(t->dict, key);
    if (!old)
      ft_dict_set(t->dict, key, FT_NONE);
    ft_xdecref(old);
  }
  /* __module__ of a static type comes from its name (type_get_module), as
   * in CPython, so it is not an attribute of its instances; __doc__ is. */
  if (add_to_dict(t, "__doc__", FT_NONE) < 0)
    return -1;
  ft_object_make_immortal(ft_obj(t->dict));
  atomic_store(&t->version, new_version());
  t->tpflags |= FT_TPFLAG_READY;
  return 0;
}

/* ---- C3 linearization ------------------------------------------------ */

static FtValue c3_mro(FtType *t, FtValue bases) {
  size_t nb = ft_tuple_len(bases);
  /* Sequences to merge: each base's MRO, then the bases list. */
  size_t nseq = nb + 1;
  FtValue **seqs = ft_mem_calloc(nseq, sizeof *seqs);
  size_t *lens = ft_mem_calloc(nseq, sizeof *lens);
  size_t *pos = ft_mem_calloc(nseq, sizeof *pos);
  FtValue out = ft_list_new(0);
  if (!seqs || !lens || !pos || !out)
    goto fail;
  for (size_t i = 0; i < nb; i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(bases, i));
    seqs[i] = ft_tuple_items(b->mro);
    lens[i] = ft_tuple_len(b->mro);
  }
  seqs[nb] = ft_tuple_items(bases);
  lens[nb] = nb;
  if (ft_list_append(out, ft_val(t)) < 0)
    goto fail;
  for (;;) {
    int remaining = 0;
    FtValue cand = 0;
    for (size_t i = 0; i < nseq; i++) {
      if (pos[i] >= lens[i])
        continue;
      remaining = 1;
      FtValue c = seqs[i][pos[i]];
      /* c must not appear in the tail of any sequence */
      int in_tail = 0;
      for (size_t j = 0; j < nseq && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < lens[j]; k++)
          if (seqs[j][k] == c) {
            in_tail = 1;
            break;
          }
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!remaining)
      break;
    if (!cand) {
      /* Name the bases that could not be ordered, as CPython does. */
      FtValue names = ft_list_new(0);
      for (size_t i = 0; names && i < nseq; i++)
        if (pos[i] < lens[i]) {
          FtType *h = (FtType *)ft_obj(seqs[i][pos[i]]);
          int seen = 0;
          for (size_t k = 0; k < i; k++)
            if (pos[k] < lens[k] && seqs[k][pos[k]] == seqs[i][pos[i]])
              seen = 1;
          if (!seen)
            ft_list_append(names, h->name_obj);
        }
      FtValue sep = ft_str_from_cstr(", ");
      FtValue joined = names && sep ? ft_str_join(sep, names) : 0;
      if (joined)
        ft_err_format(&FtExc_TypeError,
                      "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                      joined);
      ft_xdecref(joined);
      ft_xdecref(sep);
      ft_xdecref(names);
      goto fail;
    }
    if (ft_list_append(out, cand) < 0)
      goto fail;
    for (size_t i = 0; i < nseq; i++)
      if (pos[i] < lens[i] && seqs[i][pos[i]] == cand)
        pos[i]++;
  }
  ft_mem_free(seqs);
  ft_mem_free(lens);
  ft_mem_free(pos);
  FtValue tup = ft_list_as_tuple(out);
  ft_decref(out);
  return tup;
fail:
  ft_mem_free(seqs);
  ft_mem_free(lens);
  ft_mem_free(pos);
  ft_xdecref(out);
  return 0;
}

/* ---- class creation -------------------------------------------------- */

/* The type whose instance layout a class extends: walk up while a type
 * adds nothing to its base's layout (classes without __slots__, builtin
 * types of the same size such as the exception types). */
static FtType *solid_base(FtType *t) {
  while (t->base) {
    if (t->tpflags & FT_TPFLAG_HEAPTYPE) {
      if (t->slot_names && ft_tuple_len(t->slot_names))
        break;
    } else if (t->basicsize != t->base->basicsize || t->itemsize != t->base->itemsize) {
      break;
    }
    t = t->base;
  }
  return t;
}

/* Run o.__del__() on an object whose count just reached zero.  The object
 * is revived with one reference owned by this thread for the call; returns
 * 1 if the finalizer stored a new reference somewhere (then the object
 * lives on), 0 if it may be freed. */
static int call_finalizer(FtObject *o) {
  o->gc_bits |= FT_GC_FINALIZED;
  FtValue del = lookup_cstr(o->type, "__del__");
  if (!del)
    return 0;
  atomic_store_explicit(&o->tid, ft_thread_id(), memory_order_relaxed);
  atomic_store_explicit(&o->ref_shared, 0, memory_order_relaxed);
  atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
  FtValue pending = ft_err_fetch();
  FtValue self = ft_val(o);
  FtValue r = ft_call(del, &self, 1, 0);
  if (r) {
    ft_decref(r);
  } else {
    /* CPython reports and ignores errors from __del__ */
    FtValue err = ft_sys_stderr();
    FtValue msg = ft_str_from_format("Exception ignored in: %R\n", del);
    if (err && msg)
      ft_file_write_str(err, msg);
    ft_xdecref(msg);
    ft_err_print();
  }
  if (pending)
    ft_err_raise(pending);
  if (ft_ref_local(o) == 1 &&
      atomic_load_explicit(&o->ref_shared, memory_order_acquire) == 0) {
    atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
    return 0;
  }
  /* Resurrected: drop the finalizer's reference; when the last of the new
   * ones goes, dealloc runs again and frees it (no second __del__). */
  ft_decref_obj(o);
  return 1;
}

static void heaptype_dealloc(FtObject *o) {
  FtType *t = o->type;
  if ((t->tpflags & FT_TPFLAG_HAS_DEL) && !(o->gc_bits & FT_GC_FINALIZED) && call_finalizer(o))
    return;
  /* Clear the __dict__ and __slots__ of every class level, then let the
   * nearest C type free its own fields. */
  for (FtType *b = t; b && (b->tpflags & FT_TPFLAG_HEAPTYPE); b = b->base) {
    if (b->slot_names) {
      size_t off = ft_type_layout_size(b->base);
      size_t n = ft_tuple_len(b->slot_names);
      for (size_t i = 0; i < n; i++) {
        FtValue *slot = (FtValue *)((char *)o + off + i * sizeof(FtValue));
        FT_CLEAR(*slot);
      }
    }
  }
  if (t->dictoffset && t->tpflags & FT_TPFLAG_HEAPTYPE) {
    FtValue *d = ft_object_dict_slot(ft_val(o));
    FtType *b = t;
    while (b->tpflags & FT_TPFLAG_HEAPTYPE)
      b = b->base;
    if (d && !b->dictoffset) {
      if (t->ivalues_cap)
        ft_ivalues_clear(o);
      FT_CLEAR(*d);
    }
  }
  FtType *b = t;
  while (b->tpflags & FT_TPFLAG_HEAPTYPE)
    b = b->base;
  b->dealloc(o);
}

static FtValue weakref_get(FtValue self) {
  (void)self;
  return ft_newref(FT_NONE);
}
static const FtGetSetDef weakref_getset = {"__weakref__", weakref_get, NULL, NULL};

/* A private slot name (__x) becomes _Class__x, to match the compiler's
 * mangling of self.__x inside the class body. */
static FtValue slot_mangle(FtValue cls, FtValue name) {
  const char *n = ft_str_data(name);
  size_t len = ft_str_size(name);
  const char *c = ft_str_data(cls);
  while (*c == '_')
    c++;
  if (len < 3 || n[0] != '_' || n[1] != '_' || !*c ||
      (n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.'))
    return ft_newref(name);
  return ft_str_from_format("_%s%s", c, n);
}

static FtValue type_new_impl(FtType *meta, FtValue name, FtValue bases,
                             FtValue ns) {
  size_t nb = ft_tuple_len(bases);
  FtValue bases_own = 0;
  if (nb == 0) {
    bases_own = ft_tuple_pack(1, ft_val(&FtObject_Type));
    if (!bases_own)
      return 0;
    bases = bases_own;
    nb = 1;
  }
  FtType *best = NULL;
  for (size_t i = 0; i < nb; i++) {
    FtValue b = ft_tuple_get(bases, i);
    if (!FT_TYPE_HAS(b, FT_TPFLAG_TYPE_SUBCLASS)) {
      ft_xdecref(bases_own);
      return ft_err_format(&FtExc_TypeError, "bases must be types");
    }
    FtType *bt = (FtType *)ft_obj(b);
    if (!(bt->tpflags & FT_TPFLAG_BASETYPE)) {
      ft_xdecref(bases_own);
      return ft_err_format(&FtExc_TypeError, "type '%s' is not an acceptable base type",
                           bt->name);
    }
    for (size_t j = 0; j < i; j++)
      if (ft_tuple_get(bases, j) == b) {
        ft_xdecref(bases_own);
        return ft_err_format(&FtExc_TypeError, "duplicate base class %s", bt->name);
      }
    FtType *sb = solid_base(bt);
    if (!best) {
      best = bt;
    } else {
      FtType *bsb = solid_base(best);
      if (ft_type_is_subtype(sb, bsb)) {
        if (sb != bsb)
          best = bt;
      } else if (!ft_type_is_subtype(bsb, sb)) {
        ft_xdecref(bases_own);
        return ft_err_format(&FtExc_TypeError,
                             "multiple bases have instance lay-out conflict");
      }
    }
  }
  FtType *t = (FtType *)ft_object_alloc(meta, meta->basicsize > sizeof(FtType)
                                                  ? meta->basicsize
                                                  : sizeof(FtType));
  if (!t) {
    ft_xdecref(bases_own);
    return 0;
  }
  FtValue t_val = ft_val(t);
  t->tpflags = FT_TPFLAG_HEAPTYPE | FT_TPFLAG_BASETYPE | FT_TPFLAG_READY;
  t->base = best;
  t->bases = bases_own ? bases_own : ft_newref(bases);
  t->name_obj = ft_str_intern(ft_newref(name));
  t->name = ft_str_data(t->name_obj);
  t->dict = ft_dict_copy(ns);
  if (!t->dict)
    goto fail;
  t->mro = c3_mro(t, t->bases);
  if (!t->mro)
    goto fail;
  for (size_t i = 0; i < nb; i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(t->bases, i));
    t->tpflags |= b->tpflags & (FT_TPFLAG_INT_SUBCLASS | FT_TPFLAG_STR_SUBCLASS |
                                FT_TPFLAG_TUPLE_SUBCLASS | FT_TPFLAG_LIST_SUBCLASS |
                                FT_TPFLAG_DICT_SUBCLASS | FT_TPFLAG_TYPE_SUBCLASS |
                                FT_TPFLAG_EXC_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS);
  }
  /* Layout: the base's size, then __slots__ or a __dict__ slot. */
  t->basicsize = ft_type_layout_size(best);
  t->itemsize = best->itemsize;
  t->dictoffset = best->dictoffset;
  FtValue slots = ft_dict_get_cstr(t->dict, "__slots__");
  if (slots) {
    FtValue seq = ft_str_check(slots) ? ft_tuple_pack(1, slots)
                                      : ft_tuple_from_iterable(slots);
    ft_decref(slots);
    if (!seq)
      goto fail;
    size_t ns_ = ft_tuple_len(seq);
    int want_dict = 0, want_weakref = 0;
    FtValue names = ft_list_new(0);
    if (!names) {
      ft_decref(seq);
      goto fail;
    }
    for (size_t i = 0; i < ns_; i++) {
      FtValue s = ft_tuple_get(seq, i);
      if (!ft_str_check(s)) {
        ft_err_format(&FtExc_TypeError, "__slots__ items must be strings, not '%s'",
                      ft_type_name(s));
        ft_decref(seq);
        ft_decref(names);
        goto fail;
      }
      if (!ft_str_isidentifier(s)) {
        ft_err_format(&FtExc_TypeError, "__slots__ must be identifiers");
        ft_decref(seq);
        ft_decref(names);
        goto fail;
      }
      const char *sn = ft_str_data(s);
      if (!strcmp(sn, "__dict__") || !strcmp(sn, "__weakref__")) {
        int is_dict = sn[2] == 'd';
        if (is_dict ? (want_dict || best->dictoffset) : want_weakref) {
          ft_err_format(&FtExc_TypeError, is_dict
                            ? "__dict__ slot disallowed: we already got one"
                            : "__weakref__ slot disallowed: either we already got one, "
                              "or __itemsize__ != 0");
          ft_decref(seq);
          ft_decref(names);
          goto fail;
        }
        /* there are no weak references: __weakref__ needs no storage */
        if (is_dict)
          want_dict = 1;
        else
          want_weakref = 1;
        continue;
      }
      FtValue m = slot_mangle(name, s);
      if (!m || ft_list_append(names, m) < 0) {
        ft_xdecref(m);
        ft_decref(seq);
        ft_decref(names);
        goto fail;
      }
      FtValue clash = ft_dict_get(t->dict, m);
      if (clash) {
        ft_decref(clash);
        ft_err_format(&FtExc_ValueError, "%R in __slots__ conflicts with class variable",
                      m);
        ft_decref(m);
        ft_decref(seq);
        ft_decref(names);
        goto fail;
      }
      ft_decref(m);
    }
    ft_decref(seq);
    /* CPython lays the slots out in sorted order */
    if (ft_list_sort(names, 0, 0) < 0) {
      ft_decref(names);
      goto fail;
    }
    t->slot_names = ft_list_as_tuple(names);
    ft_decref(names);
    if (!t->slot_names)
      goto fail;
    if (ft_tuple_len(t->slot_names) &&
        (best->tpflags & (FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS |
                          FT_TPFLAG_TUPLE_SUBCLASS | FT_TPFLAG_INT_SUBCLASS))) {
      ft_err_format(&FtExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                    solid_base(best)->name);
      goto fail;
    }
    size_t off = t->basicsize;
    for (size_t i = 0; i < ft_tuple_len(t->slot_names); i++) {
      FtValue nm = ft_str_intern(ft_newref(ft_tuple_get(t->slot_names, i)));
      FtValue d = ft_descr_member_new(t, nm, off + i * sizeof(FtValue), 0);
      if (!d || ft_dict_set(t->dict, nm, d) < 0) {
        ft_xdecref(d);
        goto fail;
      }
      ft_decref(d);
    }
    t->basicsize = off + ft_tuple_len(t->slot_names) * sizeof(FtValue);
    if (want_dict && !t->dictoffset) {
      t->dictoffset = (ptrdiff_t)t->basicsize;
      t->basicsize += sizeof(FtValue);
    }
  } else {
    if (ft_err_occurred())
      goto fail;
    if (!t->dictoffset) {
      t->dictoffset = (ptrdiff_t)t->basicsize;
      t->basicsize += sizeof(FtValue);
    }
  }
  if (ft_ivalues_setup(t, t->dict) < 0)
    goto fail;
  t->dealloc = heaptype_dealloc;
  if (t->dictoffset && !best->dictoffset &&
      !ft_type_is_subtype(best, &FtType_Type)) {
    /* this class introduces the instance dict: give it __dict__ (not for
     * metaclasses: a class's __dict__ is type's mappingproxy of its
     * attributes, which a descriptor here would hide) */
    FtValue key = ft_str_intern_cstr("__dict__");
    FtValue have = ft_dict_get_str(t->dict, key);
    if (!have) {
      FtValue dd = ft_descr_getset_new(t, &ft_object_dict_getset);
      if (!dd || ft_dict_set(t->dict, key, dd) < 0) {
        ft_xdecref(dd);
        goto fail;
      }
      ft_decref(dd);
    }
    ft_xdecref(have);
    /* no weak references here, but CPython classes show the attribute */
    key = ft_str_intern_cstr("__weakref__");
    have = ft_dict_get_str(t->dict, key);
    if (!have) {
      FtValue wd = ft_descr_getset_new(t, &weakref_getset);
      if (!wd || ft_dict_set(t->dict, key, wd) < 0) {
        ft_xdecref(wd);
        goto fail;
      }
      ft_decref(wd);
    }
    ft_xdecref(have);
  }
  /* __qualname__, __module__, __doc__ */
  FtValue qn = ft_dict_get_cstr(t->dict, "__qualname__");
  if (qn) {
    t->qualname = qn;
    ft_dict_del(t->dict, ft_str_intern_cstr("__qualname__"));
  } else {
    ft_err_clear();
    t->qualname = ft_newref(t->name_obj);
  }
  FtValue mod = ft_dict_get_cstr(t->dict, "__module__");
  if (!mod) {
    ft_err_clear();
    FtValue g = ft_vm_globals();
    FtValue m = g ? ft_dict_get_cstr(g, "__name__") : 0;
    ft_err_clear();
    if (m) {
      ft_dict_set_cstr(t->dict, "__module__", m);
      ft_decref(m);
    }
  } else {
    ft_decref(mod);
  }
  FtValue doc = ft_dict_get_cstr(t->dict, "__doc__");
  if (!doc) {
    ft_err_clear();
    ft_dict_set_cstr(t->dict, "__doc__", FT_NONE);
  } else {
    ft_decref(doc);
  }
  /* __new__ and __init_subclass__ / __class_getitem__ are implicitly
   * static/class methods. */
  FtValue newf = ft_dict_get_cstr(t->dict, "__new__");
  if (newf && ft_type(newf) == &FtFunction_Type) {
    FtValue sm = ft_call1(ft_val(&FtStaticMethod_Type), newf);
    if (sm) {
      ft_dict_set_cstr(t->dict, "__new__", sm);
      ft_decref(sm);
    }
  }
  ft_xdecref(newf);
  static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
  for (int i = 0; i < 2; i++) {
    FtValue f = ft_dict_get_cstr(t->dict, implicit_cm[i]);
    if (f && ft_type(f) == &FtFunction_Type) {
      FtValue cm = ft_call1(ft_val(&FtClassMethod_Type), f);
      if (cm) {
        ft_dict_set_cstr(t->dict, implicit_cm[i], cm);
        ft_decref(cm);
      }
    }
    ft_xdecref(f);
  }
  ft_err_clear();
  /* Inherit everything from the solid base, then compute the slots from
   * the dunders along the MRO. */
  inherit_slots(t, best);
  if (meta != &FtType_Type || best->tpflags & FT_TPFLAG_TYPE_SUBCLASS)
    t->tpflags |= FT_TPFLAG_TYPE_SUBCLASS & best->tpflags;
  if (t->dict)
    eq_without_hash(t);
  ft_type_fixup_slots(t);
  t->dealloc = heaptype_dealloc;
  atomic_store(&t->version, new_version());
  ft_object_make_deferred(&t->ob);
  ft_object_make_immortal(ft_obj(t->dict));
  for (size_t i = 0; i < nb; i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(t->bases, i));
    ft_mutex_lock(&b->ob.mutex);
    if (!b->subclasses)
      b->subclasses = ft_list_new(0);
    ft_mutex_unlock(&b->ob.mutex);
    if (b->subclasses)
      ft_list_append(b->subclasses, t_val);
  }
  /* __set_name__ on descriptors, then __init_subclass__ of the parent.
   * Functions and descriptors in a class body live as long as the class and
   * are read by every thread that uses it: give them deferred refcounts
   * (the cycle GC of Milestone 3 reclaims them with the class). */
  /* Walk a snapshot: __set_name__ may add attributes to the class, which
   * would reorder a live iteration of its dict. */
  FtValue items = ft_dict_items_list(t->dict);
  if (!items)
    return 0;
  size_t nitems = ft_list_size(items);
  for (size_t i = 0; i < nitems; i++) {
    FtValue item = ((FtList *)ft_obj(items))->items[i];
    FtValue k = ft_tuple_get(item, 0), v = ft_tuple_get(item, 1);
    FtType *vt = ft_type(v);
    if (!ft_is_small(v) &&
        (vt == &FtFunction_Type || vt == &FtMemberDescr_Type || vt == &FtProperty_Type ||
         vt == &FtStaticMethod_Type || vt == &FtClassMethod_Type))
      ft_object_make_deferred(ft_obj(v));
    FtValue sn = ft_type_lookup(ft_type(v), ft_str_intern_cstr("__set_name__"));
    if (sn) {
      FtValue args[3] = {v, t_val, k};
      FtValue r = ft_call(sn, args, 3, 0);
      if (!r) {
        /* CPython 3.11 wraps the error, keeping it as the cause. */
        FtValue cause = ft_err_fetch();
        ft_err_format(&FtExc_RuntimeError,
                      "Error calling __set_name__ on '%T' instance %R in '%s'",
                      v, k, t->name);
        FtValue wrapped = ft_err_fetch();
        if (wrapped && cause && ft_exc_is_instance(wrapped)) {
          FtException *we = (FtException *)ft_obj(wrapped);
          ft_setref(&we->cause, ft_newref(cause));
          ft_setref(&we->context, cause);
          we->suppress_context = 1;
          cause = 0;
        }
        if (wrapped)
          ft_err_raise(wrapped);
        ft_xdecref(cause);
        ft_decref(items);
        return 0;
      }
      ft_decref(r);
    }
  }
  ft_decref(items);
  return t_val;
fail:
  return 0;
}

/* Called for class statements and type(name, bases, dict): kwargs are
 * passed to __init_subclass__. */
static FtValue init_subclass(FtValue t, const FtValue *kwvals, FtValue kwnames) {
  FtType *tt = (FtType *)ft_obj(t);
  FtValue mro = tt->mro;
  /* super(t, t).__init_subclass__(**kw): the first class after t in the
   * MRO that defines it. */
  for (size_t i = 1; i < ft_tuple_len(mro); i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(mro, i));
    FtValue f = ft_dict_get_cstr(b->dict, "__init_subclass__");
    if (f) {
      FtValue r;
      if (ft_type(f) == &FtClassMethod_Type) {
        FtValue func = ((FtWrapDescr *)ft_obj(f))->func;
        size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
        FtValue stack[16];
        if (nkw + 1 > 16) {
          ft_decref(f);
          return ft_err_format(&FtExc_TypeError, "too many keyword arguments");
        }
        stack[0] = t;
        for (size_t j = 0; j < nkw; j++)
          stack[1 + j] = kwvals[j];
        r = ft_call(func, stack, 1, nkw ? kwnames : 0);
      } else {
        r = ft_newref(FT_NONE);
        if (kwnames && ft_tuple_len(kwnames)) {
          ft_decref(f);
          return ft_err_format(&FtExc_TypeError,
                               "%s.__init_subclass__() takes no keyword arguments",
                               tt->name);
        }
      }
      ft_decref(f);
      return r;
    }
    ft_err_clear();
  }
  return ft_newref(FT_NONE);
}

static FtValue type_call(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames);

FtValue ft_type_new_class(FtType *meta, FtValue name, FtValue bases, FtValue ns,
                          const FtValue *kwvals, FtValue kwnames) {
  FtValue t = type_new_impl(meta, name, bases, ns);
  if (!t)
    return 0;
  FtValue r = init_subclass(t, kwvals, kwnames);
  if (!r) {
    return 0;
  }
  ft_decref(r);
  return t;
}

static FtValue type_new(FtType *meta, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (nargs == 1 && meta == &FtType_Type && !(kwnames && ft_tuple_len(kwnames)))
    return ft_newref(ft_val(ft_type(args[0])));
  if (nargs != 3)
    return ft_err_format(&FtExc_TypeError, "type() takes 1 or 3 arguments");
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "type.__new__() argument 1 must be str, not %s",
                         ft_type_name(args[0]));
  if (!FT_TYPE_HAS(args[1], FT_TPFLAG_TUPLE_SUBCLASS))
    return ft_err_format(&FtExc_TypeError,
                         "type.__new__() argument 2 must be tuple, not %s",
                         ft_type_name(args[1]));
  if (!ft_dict_check(args[2]))
    return ft_err_format(&FtExc_TypeError,
                         "type.__new__() argument 3 must be dict, not %s",
                         ft_type_name(args[2]));
  /* The most derived metaclass of meta and the bases' metaclasses. */
  FtType *winner = meta;
  FtValue bases = args[1];
  for (size_t i = 0; i < ft_tuple_len(bases); i++) {
    FtType *bt = ft_type(ft_tuple_get(bases, i));
    if (ft_type_is_subtype(winner, bt))
      continue;
    if (ft_type_is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    return ft_err_format(&FtExc_TypeError,
                         "metaclass conflict: the metaclass of a derived class must be "
                         "a (non-strict) subclass of the metaclasses of all its bases");
  }
  if (winner != meta && winner->new_ != type_new)
    return winner->new_(winner, args, nargs, kwnames);
  return ft_type_new_class(winner, args[0], args[1], args[2], args + nargs, kwnames);
}

static FtValue type_call(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  FtType *t = (FtType *)ft_obj(self);
  if (t == &FtType_Type && nargs == 1 && !(kwnames && ft_tuple_len(kwnames)))
    return ft_newref(ft_val(ft_type(args[0])));
  if (!t->new_)
    return ft_err_format(&FtExc_TypeError, "cannot create '%s' instances", t->name);
  FtValue obj = t->new_(t, args, nargs, kwnames);
  if (!obj)
    return 0;
  if (!ft_isinstance_type(obj, t))
    return obj;
  FtType *ot = ft_type(obj);
  if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
    ft_decref(obj);
    return 0;
  }
  return obj;
}

/* ---- attributes of types ---------------------------------------------- */

static FtValue type_getattr(FtValue self, FtValue name) {
  FtType *t = (FtType *)ft_obj(self);
  ensure_ready(t);
  FtType *meta = ft_type(self);
  FtValue mattr = ft_type_lookup(meta, name);
  if (mattr) {
    FtType *mt = ft_type(mattr);
    if (mt->descr_get && mt->descr_set)
      return mt->descr_get(mattr, self, ft_val(meta));
  }
  FtValue attr = ft_type_lookup(t, name);
  if (attr) {
    FtType *at = ft_type(attr);
    if (at->descr_get)
      return at->descr_get(attr, 0, self);
    return ft_newref(attr);
  }
  if (mattr) {
    FtType *mt = ft_type(mattr);
    if (mt->descr_get)
      return mt->descr_get(mattr, self, ft_val(meta));
    return ft_newref(mattr);
  }
  if (ft_err_occurred())
    return 0;
  ft_err_format(&FtExc_AttributeError, "type object '%s' has no attribute '%U'", t->name,
                name);
  ft_exc_attribute_error_info(self, name);
  return 0;
}

static int type_setattr(FtValue self, FtValue name, FtValue v) {
  FtType *t = (FtType *)ft_obj(self);
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE)) {
    ft_err_format(&FtExc_TypeError,
                  "cannot set '%U' attribute of immutable type '%s'", name, t->name);
    return -1;
  }
  FtValue mattr = ft_type_lookup(ft_type(self), name);
  if (mattr && ft_type(mattr)->descr_set)
    return ft_type(mattr)->descr_set(mattr, self, v);
  FtValue key = ft_str_intern(ft_newref(name));
  int r;
  ft_mutex_lock(&t->ob.mutex);
  if (v)
    r = ft_dict_set(t->dict, key, v);
  else {
    r = ft_dict_del(t->dict, key);
    if (r < 0 && ft_err_matches(&FtExc_KeyError)) {
      ft_err_clear();
      ft_err_format(&FtExc_AttributeError, "type object '%s' has no attribute '%U'",
                    t->name, name);
    }
  }
  if (r == 0) {
    if (v && ft_str_eq(key, ft_str_intern_cstr("__name__")) && ft_str_check(v)) {
      t->name_obj = ft_str_intern(ft_newref(v));
      t->name = ft_str_data(t->name_obj);
    }
    if (v && ft_str_eq(key, ft_str_intern_cstr("__qualname__")) && ft_str_check(v))
      t->qualname = ft_newref(v);
    update_subclasses(t, key);
  }
  ft_mutex_unlock(&t->ob.mutex);
  return r;
}

static FtValue type_repr(FtValue self) {
  FtType *t = (FtType *)ft_obj(self);
  FtValue mod = t->dict ? ft_dict_get_cstr(t->dict, "__module__") : 0;
  FtValue r;
  ft_err_clear();
  if (mod && ft_str_check(mod) && strcmp(ft_str_data(mod), "builtins") &&
      ft_str_size(mod))
    r = ft_str_from_format("<class '%U.%U'>", mod, t->qualname);
  else
    r = ft_str_from_format("<class '%s'>", t->name);
  ft_xdecref(mod);
  return r;
}

static FtValue type_get_name(FtValue self) {
  return ft_newref(((FtType *)ft_obj(self))->name_obj);
}
static FtValue type_get_qualname(FtValue self) {
  return ft_newref(((FtType *)ft_obj(self))->qualname);
}
static FtValue type_get_mro(FtValue self) {
  return ft_newref(((FtType *)ft_obj(self))->mro);
}
static FtValue type_get_bases(FtValue self) {
  return ft_newref(((FtType *)ft_obj(self))->bases);
}
static FtValue type_get_base(FtValue self) {
  FtType *b = ((FtType *)ft_obj(self))->base;
  return ft_newref(b ? ft_val(b) : FT_NONE);
}
static FtValue type_get_dict(FtValue self) {
  /* Read-only: class attributes change only through setattr, which keeps
   * the slots and the attribute caches in step. */
  return ft_mappingproxy_new(((FtType *)ft_obj(self))->dict);
}
static FtValue type_get_module(FtValue self) {
  FtType *t = (FtType *)ft_obj(self);
  /* A static type's dict may hold a __module__ for its instances (a
   * member or getset descriptor): its own module comes from its name. */
  FtValue m = ft_dict_get_cstr(t->dict, "__module__");
  if (m && !(t->tpflags & FT_TPFLAG_HEAPTYPE) && !ft_str_check(m))
    FT_CLEAR(m);
  if (m || ft_err_occurred())
    return m;
  const char *dot = strrchr(t->name, '.');
  if (dot && !(t->tpflags & FT_TPFLAG_HEAPTYPE))
    return ft_str_new(t->name, (size_t)(dot - t->name));
  return ft_str_from_cstr("builtins");
}
static FtValue type_get_doc(FtValue self) {
  FtType *t = (FtType *)ft_obj(self);
  FtValue d = ft_dict_get_cstr(t->dict, "__doc__");
  if (!d && !ft_err_occurred())
    return ft_newref(FT_NONE);
  return d;
}
static int type_set_name(FtValue self, FtValue v) {
  FtType *t = (FtType *)ft_obj(self);
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE)) {
    ft_err_format(&FtExc_TypeError, "cannot set '__name__' attribute of immutable type '%s'",
                  t->name);
    return -1;
  }
  if (!v) {
    ft_err_format(&FtExc_TypeError,
                  "cannot delete '__name__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  if (!ft_str_check(v)) {
    ft_err_format(&FtExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                  t->name, v ? ft_type_name(v) : "NoneType");
    return -1;
  }
  /* the old name object stays alive: types are deferred and t->name may be
   * being read by another thread */
  t->name_obj = ft_str_intern(ft_newref(v));
  t->name = ft_str_data(t->name_obj);
  return 0;
}
static int type_set_qualname(FtValue self, FtValue v) {
  FtType *t = (FtType *)ft_obj(self);
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE)) {
    ft_err_format(&FtExc_TypeError,
                  "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  if (!v) {
    ft_err_format(&FtExc_TypeError,
                  "cannot delete '__qualname__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  if (!ft_str_check(v)) {
    ft_err_format(&FtExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                  t->name, v ? ft_type_name(v) : "NoneType");
    return -1;
  }
  t->qualname = ft_newref(v);
  return 0;
}

/* __module__ and __doc__ live in the class dict: store them there, under
 * the type's mutex like any class attribute. */
static int type_set_dict_attr(FtValue self, const char *name, FtValue v) {
  FtType *t = (FtType *)ft_obj(self);
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE)) {
    ft_err_format(&FtExc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                  name, t->name);
    return -1;
  }
  if (!v) {
    ft_err_format(&FtExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                  name, t->name);
    return -1;
  }
  FtValue key = ft_str_intern_cstr(name);
  ft_mutex_lock(&t->ob.mutex);
  int r = ft_dict_set(t->dict, key, v);
  if (r == 0)
    update_subclasses(t, key);
  ft_mutex_unlock(&t->ob.mutex);
  return r;
}
static int type_set_module(FtValue self, FtValue v) {
  return type_set_dict_attr(self, "__module__", v);
}
static int type_set_doc(FtValue self, FtValue v) {
  return type_set_dict_attr(self, "__doc__", v);
}

static const FtGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {NULL, NULL, NULL, NULL}};

static FtValue type_mro_method(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kw) {
  FtValue mro = ((FtType *)ft_obj(self))->mro;
  return ft_list_from_array(ft_tuple_items(mro), ft_tuple_len(mro));
}

static FtValue type_subclasses(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kw) {
  FtType *t = (FtType *)ft_obj(self);
  if (!t->subclasses)
    return ft_list_new(0);
  size_t n;
  FtValue *items = ft_list_snapshot(t->subclasses, &n);
  FtValue l = ft_list_new(0);
  for (size_t i = 0; i < n; i++) {
    if (l)
      ft_list_append(l, items[i]);
    ft_decref(items[i]);
  }
  ft_mem_free(items);
  return l;
}

static FtValue type_instancecheck(FtValue self, const FtValue *args, size_t nargs,
                                  FtValue kw) {
  if (ft_args_count("__instancecheck__", nargs, 1, 1) < 0)
    return 0;
  return ft_bool(ft_isinstance_type(args[0], (FtType *)ft_obj(self)));
}
static FtValue type_subclasscheck(FtValue self, const FtValue *args, size_t nargs,
                                  FtValue kw) {
  if (ft_args_count("__subclasscheck__", nargs, 1, 1) < 0)
    return 0;
  if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS))
    return ft_err_format(&FtExc_TypeError, "issubclass() arg 1 must be a class");
  return ft_bool(ft_type_is_subtype((FtType *)ft_obj(args[0]), (FtType *)ft_obj(self)));
}

static const FtMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL}};

static int type_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  return 0;
}

static FtValue type_or(FtValue a, FtValue b) { return ft_union_or(a, b); }

FtType FtType_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "type",
    .basicsize = sizeof(FtType),
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_TYPE_SUBCLASS,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .getsets = type_getsets,
    .methods = type_methods,
    .nb[FT_NB_OR] = type_or,
};
