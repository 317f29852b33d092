/*
 * object.c -- `object`, the root of every class: default construction,
 * repr/str/hash/comparison, and the generic attribute protocol that every
 * class with a __dict__ or __slots__ uses.
 *
 * Representation: a bare FtObject header.  Subclasses extend it; a class
 * whose instances have a __dict__ records the offset of an FtValue slot in
 * type->dictoffset, and the dict is created on first write.
 *
 * Generic attribute lookup (CPython's order): a data descriptor found on
 * the type wins, then the instance __dict__, then a non-data descriptor or
 * plain class attribute.
 *
 * Synchronization: the instance dict slot is written once from 0 to a new
 * dict under the object's mutex (so two threads can't both create it) and
 * read with acquire loads; dict operations lock the dict itself.
 * Replacing __dict__ wholesale (obj.__dict__ = d) swaps the slot under the
 * mutex too; a reader racing with that swap may still see the old dict
 * (through a borrowed pointer), so the swapping thread releases it only
 * after a QSBR grace period (ft_tstate_release_later).  __class__
 * assignment while other threads use the object is not synchronized with
 * their reads of the type pointer: that needs Milestone 3's stop-the-world
 * pause, as in CPython's free-threaded build.
 */
#include <stdlib.h>

#include "ft.h"
#include "objects/typeslots.h"
#include "objects/ivalues.h"
#include "tstate.h"

/* ---- the instance __dict__ -------------------------------------------- */

FtValue *ft_object_dict_slot(FtValue o) {
  if (ft_is_small(o))
    return NULL;
  FtType *t = ft_type(o);
  if (t->dictoffset <= 0)
    return NULL;
  if ((t->tpflags & FT_TPFLAG_HEAPTYPE) &&
      (t->tpflags & (FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS |
                     FT_TPFLAG_TUPLE_SUBCLASS))) {
    /* Variable-size bases store their data inline after the header, so a
     * subclass's __dict__ slot lives after the data (8-byte aligned); their
     * constructors allocate room for it. */
    size_t base, end;
    if (t->tpflags & FT_TPFLAG_TUPLE_SUBCLASS) {
      base = sizeof(FtTuple);
      end = base + ft_tuple_len(o) * sizeof(FtValue);
    } else if (t->tpflags & FT_TPFLAG_STR_SUBCLASS) {
      base = sizeof(FtStr);
      end = (base + ft_str_size(o) + 1 + 7) & ~(size_t)7;
    } else {
      base = sizeof(FtBytes);
      end = (base + ft_bytes_size(o) + 1 + 7) & ~(size_t)7;
    }
    return (FtValue *)((char *)ft_obj(o) + end + ((size_t)t->dictoffset - base));
  }
  return (FtValue *)((char *)ft_obj(o) + t->dictoffset);
}

static FtValue load_dict(FtValue *slot) {
  return atomic_load_explicit((_Atomic FtValue *)slot, memory_order_acquire);
}

/* The instance dict (borrowed), created if missing; 0 on MemoryError. */
static FtValue get_or_create_dict(FtValue o, FtValue *slot) {
  FtValue d = load_dict(slot);
  if (d)
    return d;
  FtObject *ob = ft_obj(o);
  if (ob->type->ivalues_cap) {
    /* the values move into the new dict, under the mutex */
    ft_mutex_lock(&ob->mutex);
    d = load_dict(slot);
    if (!d)
      d = ft_ivalues_materialize_locked(ob);
    ft_mutex_unlock(&ob->mutex);
    return d;
  }
  FtValue nd = ft_dict_new();
  if (!nd)
    return 0;
  ft_mutex_lock(&ob->mutex);
  d = load_dict(slot);
  if (!d) {
    atomic_store_explicit((_Atomic FtValue *)slot, nd, memory_order_release);
    d = nd;
    nd = 0;
  }
  ft_mutex_unlock(&ob->mutex);
  ft_xdecref(nd);
  return d;
}

/* The instance dict for code that reads it whole (dir, __getstate__):
 * inline values move into one first.  Borrowed; 0 when there is none
 * (or on MemoryError, then set). */
static FtValue whole_dict(FtValue o, FtValue *slot) {
  if (!slot)
    return 0;
  return ft_obj(o)->type->ivalues_cap ? get_or_create_dict(o, slot) : load_dict(slot);
}

/* ---- generic attributes ------------------------------------------------ */

static FtValue no_attr(FtValue o, FtValue name) {
  ft_err_format(&FtExc_AttributeError, "'%s' object has no attribute '%U'",
                ft_type_name(o), name);
  ft_exc_attribute_error_info(o, name);
  return 0;
}

static FtValue generic_getattr(FtValue o, FtValue name, int suppress);

FtValue ft_object_generic_getattr(FtValue o, FtValue name) {
  return generic_getattr(o, name, 0);
}

/* The same, but a missing attribute returns 0 with no exception set:
 * hasattr() and getattr() with a default need no exception object. */
FtValue ft_object_generic_getattr_opt(FtValue o, FtValue name) {
  return generic_getattr(o, name, 1);
}

static FtValue generic_getattr(FtValue o, FtValue name, int suppress) {
  FtType *t = ft_type(o);
  FtValue descr = ft_type_lookup(t, name);
  FtValue (*get)(FtValue, FtValue, FtValue) = NULL;
  if (descr) {
    ft_incref(descr);
    FtType *dt = ft_type(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) {
      FtValue r = get(descr, o, ft_val(t));
      ft_decref(descr);
      return r;
    }
  }
  FtValue *slot = ft_object_dict_slot(o);
  if (slot && t->ivalues_cap) {
    FtValue v;
    int r = ft_ivalues_get(o, name, &v);
    if (r > 0) {
      ft_xdecref(descr);
      return v;
    }
    if (!r)
      slot = NULL; /* no __dict__: nothing more to find */
  }
  if (slot) {
    FtValue d = load_dict(slot);
    if (d) {
      FtValue v = ft_dict_get_str(d, name);
      if (v) {
        ft_xdecref(descr);
        return v;
      }
      if (ft_err_occurred()) {
        ft_xdecref(descr);
        return 0;
      }
    }
  }
  if (descr) {
    FtValue r = get ? get(descr, o, ft_val(t)) : ft_newref(descr);
    ft_decref(descr);
    return r;
  }
  return suppress ? 0 : no_attr(o, name);
}

int ft_object_generic_setattr(FtValue o, FtValue name, FtValue v) {
  FtType *t = ft_type(o);
  FtValue descr = ft_type_lookup(t, name);
  if (descr) {
    FtType *dt = ft_type(descr);
    if (dt->descr_set) {
      ft_incref(descr);
      int r = dt->descr_set(descr, o, v);
      ft_decref(descr);
      return r;
    }
  }
  FtValue *slot = ft_object_dict_slot(o);
  if (!slot) {
    if (descr)
      ft_err_format(&FtExc_AttributeError, "'%s' object attribute '%U' is read-only",
                    ft_type_name(o), name);
    else
      no_attr(o, name);
    return -1;
  }
  if (!v) {
    FtValue d = load_dict(slot);
    if (!d && t->ivalues_cap && !(d = get_or_create_dict(o, slot)))
      return -1;
    if (!d) {
      no_attr(o, name);
      return -1;
    }
    int r = ft_dict_del(d, name);
    if (r < 0 && ft_err_matches(&FtExc_KeyError)) {
      ft_err_clear();
      no_attr(o, name);
    }
    return r;
  }
  if (t->ivalues_cap && !load_dict(slot)) {
    int r = ft_ivalues_set(o, name, v);
    if (r)
      return r < 0 ? -1 : 0;
  }
  FtValue d = get_or_create_dict(o, slot);
  if (!d)
    return -1;
  if (ft_type(name) == &FtStr_Type && !(ft_obj(name)->flags & FT_STR_INTERNED)) {
    FtValue key = ft_str_intern(ft_newref(name));
    int r = ft_dict_set(d, key, v);
    ft_decref(key);
    return r;
  }
  return ft_dict_set(d, name, v);
}

FtValue ft_object_ensure_dict(FtValue o) {
  FtValue *slot = ft_object_dict_slot(o);
  return slot ? get_or_create_dict(o, slot) : 0;
}

/* ---- construction ------------------------------------------------------ */

static FtValue object_new(FtType *type, const FtValue *args, size_t nargs,
                          FtValue kwnames);
static int object_init(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames);

static int excess_args(size_t nargs, FtValue kwnames) {
  return nargs || (kwnames && ft_tuple_len(kwnames));
}

static const char *tname(FtType *t) {
  if (t->tpflags & FT_TPFLAG_HEAPTYPE)
    return t->name;
  const char *dot = strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

/* "Can't instantiate abstract class C with abstract methods f, g" (abc). */
static int check_abstract(FtType *type) {
  if (!(type->tpflags & FT_TPFLAG_HEAPTYPE) || !type->dict)
    return 0;
  FtValue am = ft_dict_get_cstr(type->dict, "__abstractmethods__");
  if (!am) {
    if (ft_err_occurred())
      ft_err_clear();
    return 0;
  }
  int truth = ft_truthy(am);
  if (truth <= 0) {
    ft_decref(am);
    return truth;
  }
  FtValue lst = ft_list_from_iterable(am);
  ft_decref(am);
  if (!lst)
    return -1;
  if (ft_list_sort(lst, 0, 0) < 0) {
    ft_decref(lst);
    return -1;
  }
  FtValue sep = ft_str_from_cstr(", ");
  FtValue joined = sep ? ft_str_join(sep, lst) : 0;
  size_t n = ft_list_size(lst);
  ft_xdecref(sep);
  ft_decref(lst);
  if (!joined)
    return -1;
  ft_err_format(&FtExc_TypeError,
                "Can't instantiate abstract class %s with abstract method%s %U",
                type->name, n == 1 ? "" : "s", joined);
  ft_decref(joined);
  return -1;
}

static FtValue object_new(FtType *type, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new)
      return ft_err_format(&FtExc_TypeError,
                           "object.__new__() takes exactly one argument (the type to "
                           "instantiate)");
    if (type->init == object_init)
      return ft_err_format(&FtExc_TypeError, "%s() takes no arguments", tname(type));
  }
  if (check_abstract(type) < 0)
    return 0;
  FtObject *o = ft_object_alloc(type, type->basicsize);
  return o ? ft_val(o) : 0;
}

static int object_init(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  FtType *type = ft_type(self);
  if (excess_args(nargs, kwnames)) {
    if (type->init != object_init) {
      ft_err_format(&FtExc_TypeError,
                    "object.__init__() takes exactly one argument (the instance to "
                    "initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      /* Only an explicit __init__ call gets here: object_new has already
       * refused A(1) with "A() takes no arguments". */
      ft_err_format(&FtExc_TypeError,
                    "%s.__init__() takes exactly one argument (the instance to "
                    "initialize)",
                    tname(type));
      return -1;
    }
  }
  return 0;
}

static void object_dealloc(FtObject *o) { ft_object_free(o); }

/* ---- protocol slots ---------------------------------------------------- */

static FtValue object_repr(FtValue self) {
  FtType *t = ft_type(self);
  FtValue mod = t->dict ? ft_dict_get_cstr(t->dict, "__module__") : 0;
  if (!mod && ft_err_occurred())
    ft_err_clear();
  FtValue qn = t->qualname ? t->qualname : 0;
  FtValue r;
  if (mod && ft_str_check(mod) && strcmp(ft_str_data(mod), "builtins") &&
      ft_str_size(mod) && qn)
    r = ft_str_from_format("<%U.%U object at %p>", mod, qn, (void *)self);
  else if (qn)
    r = ft_str_from_format("<%U object at %p>", qn, (void *)self);
  else
    r = ft_str_from_format("<%s object at %p>", tname(t), (void *)self);
  ft_xdecref(mod);
  return r;
}

static FtValue object_str(FtValue self) {
  FtType *t = ft_type(self);
  /* The repr slot itself, unchecked, as CPython: str() then reports a
   * non-str result as "__str__ returned non-string". */
  if (t->repr)
    return t->repr(self);
  return object_repr(self);
}

static intptr_t object_hash(FtValue self) {
  uintptr_t y = (uintptr_t)self;
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  intptr_t h = (intptr_t)y;
  return h == -1 ? -2 : h;
}

static FtValue object_richcompare(FtValue self, FtValue other, int op) {
  switch (op) {
  case FT_EQ:
    return self == other ? FT_TRUE : FT_NOTIMPL;
  case FT_NE: {
    /* By default != delegates to == and inverts, unless NotImplemented. */
    FtType *t = ft_type(self);
    if (!t->richcompare)
      return FT_NOTIMPL;
    FtValue r = t->richcompare(self, other, FT_EQ);
    if (!r || r == FT_NOTIMPL)
      return r;
    int b = ft_truthy(r);
    ft_decref(r);
    if (b < 0)
      return 0;
    return ft_bool(!b);
  }
  default:
    return FT_NOTIMPL;
  }
}

/* ---- getsets ----------------------------------------------------------- */

static FtValue object_get_class(FtValue self) {
  return ft_newref(ft_val(ft_type(self)));
}

/* Two classes are layout-compatible when their nearest builtin bases and
 * instance layouts agree. */
static FtType *solid(FtType *t) {
  while ((t->tpflags & FT_TPFLAG_HEAPTYPE) && !t->slot_names && t->base)
    t = t->base;
  return t;
}

static int object_set_class(FtValue self, FtValue v) {
  if (!v) {
    ft_err_format(&FtExc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (ft_is_small(v) || !FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS)) {
    ft_err_format(&FtExc_TypeError, "__class__ must be set to a class, not '%s' object",
                  ft_type_name(v));
    return -1;
  }
  FtType *nt = (FtType *)ft_obj(v), *ot = ft_type(self);
  if (!(nt->tpflags & FT_TPFLAG_HEAPTYPE) || !(ot->tpflags & FT_TPFLAG_HEAPTYPE)) {
    ft_err_format(&FtExc_TypeError,
                  "__class__ assignment only supported for mutable types or "
                  "ModuleType subclasses");
    return -1;
  }
  if (solid(nt) != solid(ot) || ft_type_layout_size(nt) != ft_type_layout_size(ot) ||
      nt->dictoffset != ot->dictoffset) {
    ft_err_format(&FtExc_TypeError,
                  "__class__ assignment: '%s' object layout differs from '%s'",
                  nt->name, ot->name);
    return -1;
  }
  /* The inline values of the two classes differ (and the object may be
   * too small for the new one's): the object moves to a real __dict__. */
  if ((nt->ivalues_cap || ot->ivalues_cap) && !ft_object_ensure_dict(self))
    return -1;
  ft_incref(v);
  FtObject *o = ft_obj(self);
  ft_mutex_lock(&o->mutex);
  FtType *old = o->type;
  o->type = nt;
  ft_mutex_unlock(&o->mutex);
  ft_decref(ft_val(old));
  return 0;
}

static FtValue object_get_dict(FtValue self) {
  FtValue *slot = ft_object_dict_slot(self);
  if (!slot)
    return ft_err_format(&FtExc_AttributeError,
                         "'%s' object has no attribute '__dict__'", ft_type_name(self));
  FtValue d = get_or_create_dict(self, slot);
  return d ? ft_newref(d) : 0;
}

static int object_set_dict(FtValue self, FtValue v) {
  FtValue *slot = ft_object_dict_slot(self);
  if (!slot) {
    ft_err_format(&FtExc_AttributeError, "'%s' object has no attribute '__dict__'",
                  ft_type_name(self));
    return -1;
  }
  if (!v) {
    ft_err_format(&FtExc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!ft_dict_check(v)) {
    ft_err_format(&FtExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  ft_type_name(v));
    return -1;
  }
  /* inline values first move into a dict, which the new one replaces */
  if (ft_type(self)->ivalues_cap && !get_or_create_dict(self, slot))
    return -1;
  ft_incref(v);
  FtObject *o = ft_obj(self);
  ft_mutex_lock(&o->mutex);
  FtValue old = atomic_exchange_explicit((_Atomic FtValue *)slot, v,
                                         memory_order_acq_rel);
  ft_mutex_unlock(&o->mutex);
  /* other threads may be using the old dict through a borrowed pointer
   * (the attribute caches): it goes only after they all moved on */
  if (old)
    ft_tstate_release_later(old);
  return 0;
}

static const FtGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL}};

/* __dict__ is not an attribute of object itself: type.c adds this
 * descriptor to each type that introduces an instance dict. */
const FtGetSetDef ft_object_dict_getset = {"__dict__", object_get_dict, object_set_dict,
                                           NULL};

/* ---- methods ----------------------------------------------------------- */

static int add_keys(FtValue list, FtValue seen, FtValue dict) {
  size_t pos = 0;
  FtValue k;
  while (ft_dict_next(dict, &pos, &k, NULL)) {
    int c = ft_set_contains(seen, k);
    if (c == 0 && (ft_set_add(seen, k) < 0 || ft_list_append(list, k) < 0))
      c = -1;
    ft_decref(k);
    if (c < 0)
      return -1;
  }
  return 0;
}

static FtValue object_dir(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__dir__", kwnames) < 0 ||
      ft_args_count("__dir__", nargs, 0, 0) < 0)
    return 0;
  FtValue list = ft_list_new(0);
  FtValue seen = ft_set_new(0);
  if (!list || !seen)
    goto fail;
  FtValue *slot = ft_object_dict_slot(self);
  FtValue d = whole_dict(self, slot);
  if (!d && ft_err_occurred())
    goto fail;
  if (d && add_keys(list, seen, d) < 0)
    goto fail;
  FtType *t = ft_type(self);
  FtValue mro = t->mro;
  for (size_t i = 0; mro && i < ft_tuple_len(mro); i++) {
    FtType *b = (FtType *)ft_obj(ft_tuple_get(mro, i));
    if (b->dict && add_keys(list, seen, b->dict) < 0)
      goto fail;
  }
  ft_decref(seen);
  return list;
fail:
  ft_xdecref(list);
  ft_xdecref(seen);
  return 0;
}

static FtValue object_format(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  if (ft_args_no_kw("__format__", kwnames) < 0 ||
      ft_args_count("__format__", nargs, 1, 1) < 0)
    return 0;
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "__format__() argument must be str, not %s",
                         ft_type_name(args[0]));
  if (ft_str_size(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "unsupported format string passed to %s.__format__",
                         ft_type_name(self));
  return ft_to_str(self);
}

static FtValue object_init_subclass(FtValue self, const FtValue *args, size_t nargs,
                                    FtValue kwnames) {
  (void)args;
  /* self is the class being created (a classmethod): CPython names it. */
  const char *cls = ft_isinstance_type(self, &FtType_Type)
                        ? ((FtType *)ft_obj(self))->name
                        : "object";
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError,
                         "%s.__init_subclass__() takes no keyword arguments", cls);
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "%s.__init_subclass__() takes no arguments (%zu given)", cls,
                         nargs);
  return ft_newref(FT_NONE);
}

static FtValue object_subclasshook(FtValue self, const FtValue *args, size_t nargs,
                                   FtValue kwnames) {
  (void)self;
  (void)args;
  (void)nargs;
  (void)kwnames;
  return FT_NOTIMPL;
}

static FtValue object_sizeof(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__sizeof__", kwnames) < 0 ||
      ft_args_count("__sizeof__", nargs, 0, 0) < 0)
    return 0;
  FtType *t = ft_type(self);
  /* Report CPython's numbers: its object header is 16 bytes, ours 32. */
  size_t extra = sizeof(FtObject) - 16;
  size_t base = ft_type_layout_size(t);
  size_t size = base > extra ? base - extra : base;
  return ft_int_from_i64((int64_t)size);
}

/* ---- copy/pickle support: __reduce_ex__, __getstate__ ------------------ */

/* copyreg.__newobj__(cls, *args) == cls.__new__(cls, *args). */
static FtValue newobj_fn(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("__newobj__", kwnames) < 0 ||
      ft_args_count("__newobj__", nargs, 1, (size_t)-1) < 0)
    return 0;
  if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS))
    return ft_err_format(&FtExc_TypeError, "__newobj__ arg 1 must be a type, not %s",
                         ft_type_name(args[0]));
  FtType *cls = (FtType *)ft_obj(args[0]);
  if (!cls->new_)
    return ft_err_format(&FtExc_TypeError, "cannot create '%s' instances", cls->name);
  return cls->new_(cls, args + 1, nargs - 1, 0);
}
static const FtMethodDef newobj_def = {"__newobj__", newobj_fn, 0, NULL};

/* The instance state: its __dict__ (a copy, or None when empty), paired
 * with a dict of __slots__ values when the class has slots. */
static FtValue object_getstate_impl(FtValue self) {
  FtValue *slot = ft_object_dict_slot(self);
  FtValue d = whole_dict(self, slot);
  if (!d && ft_err_occurred())
    return 0;
  FtValue state = d && ft_dict_size(d) ? ft_dict_copy(d) : ft_newref(FT_NONE);
  if (!state)
    return 0;
  FtValue slots = 0;
  for (FtType *t = ft_type(self); t; t = t->base) {
    if (!t->slot_names)
      continue;
    size_t n = ft_tuple_len(t->slot_names);
    for (size_t i = 0; i < n; i++) {
      FtValue nm = ft_tuple_get(t->slot_names, i);
      FtValue v = ft_getattr_opt(self, nm);
      if (!v) {
        /* an unset slot is simply left out, as in CPython */
        if (ft_err_matches(&FtExc_AttributeError))
          ft_err_clear();
        if (ft_err_occurred())
          goto fail;
        continue;
      }
      if (!slots && !(slots = ft_dict_new())) {
        ft_decref(v);
        goto fail;
      }
      int r = ft_dict_set(slots, nm, v);
      ft_decref(v);
      if (r < 0)
        goto fail;
    }
  }
  if (slots) {
    FtValue pair = ft_tuple_pack(2, state, slots);
    ft_decref(state);
    ft_decref(slots);
    return pair;
  }
  return state;
fail:
  ft_decref(state);
  ft_xdecref(slots);
  return 0;
}

static FtValue object_getstate(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__getstate__", kwnames) < 0 ||
      ft_args_count("__getstate__", nargs, 0, 0) < 0)
    return 0;
  return object_getstate_impl(self);
}

static FtValue object_reduce_ex(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__reduce_ex__", kwnames) < 0 ||
      ft_args_count("__reduce_ex__", nargs, 0, 1) < 0)
    return 0;
  FtType *t = ft_type(self);
  /* A class that overrides __reduce__ decides for itself. */
  FtValue red = ft_type_lookup(t, ft_str_intern_cstr("__reduce__"));
  FtValue base_red = ft_type_lookup(&FtObject_Type, ft_str_intern_cstr("__reduce__"));
  if (red && red != base_red)
    return ft_call_method(self, "__reduce__", NULL, 0);
  FtValue newargs = 0;
  FtValue gna = ft_getattr_opt(self, ft_str_intern_cstr("__getnewargs__"));
  /* Builtin instances can only be rebuilt from their __getnewargs__. */
  if (!gna && !ft_err_occurred() && !(t->tpflags & FT_TPFLAG_HEAPTYPE) &&
      t != &FtObject_Type)
    return ft_err_format(&FtExc_TypeError, "cannot pickle '%s' object", ft_type_name(self));
  if (gna) {
    newargs = ft_call0(gna);
    ft_decref(gna);
    if (!newargs)
      return 0;
    if (!FT_TYPE_HAS(newargs, FT_TPFLAG_TUPLE_SUBCLASS)) {
      ft_err_format(&FtExc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                    ft_type_name(newargs));
      ft_decref(newargs);
      return 0;
    }
  } else if (ft_err_occurred()) {
    return 0;
  }
  size_t na = newargs ? ft_tuple_len(newargs) : 0;
  FtValue cargs = ft_tuple_new(na + 1);
  if (!cargs) {
    ft_xdecref(newargs);
    return 0;
  }
  ft_tuple_items(cargs)[0] = ft_newref(ft_val(t));
  for (size_t i = 0; i < na; i++)
    ft_tuple_items(cargs)[i + 1] = ft_newref(ft_tuple_get(newargs, i));
  ft_xdecref(newargs);
  FtValue state = ft_call_method(self, "__getstate__", NULL, 0);
  FtValue listitems = ft_newref(FT_NONE), dictitems = ft_newref(FT_NONE);
  if (state && FT_TYPE_HAS(self, FT_TPFLAG_LIST_SUBCLASS))
    ft_setref(&listitems, ft_iter(self));
  if (state && ft_dict_check(self)) {
    FtValue items = ft_call_method(self, "items", NULL, 0);
    ft_setref(&dictitems, items ? ft_iter(items) : 0);
    ft_xdecref(items);
  }
  FtValue fn = ft_builtin_new(&newobj_def, 0);
  FtValue r = 0;
  if (state && listitems && dictitems && fn)
    r = ft_tuple_pack(5, fn, cargs, state, listitems, dictitems);
  ft_xdecref(fn);
  ft_decref(cargs);
  ft_xdecref(state);
  ft_xdecref(listitems);
  ft_xdecref(dictitems);
  return r;
}

static const FtMethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce_ex, 0, NULL},
    {"__getstate__", object_getstate, 0, NULL},
    {"__dir__", object_dir, 0, NULL},
    {"__format__", object_format, 0, NULL},
    {"__init_subclass__", object_init_subclass, FT_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, FT_METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the type ---------------------------------------------------------- */

FtType FtObject_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "object",
    .basicsize = sizeof(FtObject),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = ft_object_generic_getattr,
    .setattr = ft_object_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
