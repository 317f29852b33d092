/*
 * descr.c -- descriptors: how C-level methods, getsets, members and slots
 * appear in type dicts (list.append, int.real, C.__slots__ entries,
 * int.__add__), and the Python-visible descriptor classes property,
 * staticmethod and classmethod.
 *
 * Representation: the C descriptors (layouts in objects/typeslots.h) hold
 * a pointer to a static definition (FtMethodDef, FtGetSetDef) or an offset,
 * plus the owner type, and bind through descr_get: a method descriptor
 * accessed on an instance gives a built-in method (FtBuiltin) bound to the
 * instance; a slot wrapper gives a bound method of the wrapper.  property
 * stores fget/fset/fdel/doc (plus the name __set_name__ gives it);
 * staticmethod and classmethod wrap one callable and have a __dict__.
 * mappingproxy (what cls.__dict__ returns) is a read-only view that
 * forwards every operation to the mapping it wraps.
 *
 * Invariant: a descriptor never changes what it describes after creation,
 * except property.__doc__ and the wrapper __dict__.
 *
 * Synchronization: the C descriptors, property/staticmethod/classmethod
 * and mappingproxy are immutable after construction (the dicts they hold
 * lock themselves).  Member
 * slots (__slots__ storage inside an instance) are written under the
 * instance's mutex with atomic stores.  A read first tries without the
 * lock and keeps the value when it needs no count (small int) or is owned
 * by the reading thread: biased refcounting queues any other thread's
 * decref of such an object to this thread, so it can't be freed before
 * this thread's next eval-breaker poll.  Otherwise the read takes the
 * mutex, so its incref can't race with a writer's decref of the old value.
 */
#include <stdlib.h>

#include "ft.h"
#include "objects/typeslots.h"
#include "vm/code.h"

static const char *owner_name(FtType *t) {
  if (t->tpflags & FT_TPFLAG_HEAPTYPE)
    return t->name;
  const char *dot = strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

static void descr_dealloc(FtObject *o) { ft_object_free(o); }

/* The descriptor types must be ready before the first descriptor is used
 * (their own __name__ etc. live in their dicts).  Start-up readies types
 * one thread at a time, so a plain flag is enough; it is set first
 * because readying a descriptor type creates descriptors itself.  The
 * lead's start-up list may ready them too; ft_type_ready is idempotent. */
static int descr_types_readied;
static void ready_descr_types(void) {
  /* Wait until `object` (the base of all of them) is complete. */
  if (descr_types_readied || !(FtObject_Type.tpflags & FT_TPFLAG_READY))
    return;
  descr_types_readied = 1;
  ft_type_ready(&FtMethodDescr_Type);
  ft_type_ready(&FtClassMethodDescr_Type);
  ft_type_ready(&FtGetSetDescr_Type);
  ft_type_ready(&FtMemberDescr_Type);
  ft_type_ready(&FtSlotWrapper_Type);
}

/* Does `obj` belong to the descriptor's owner?  CPython's descr_check. */
static int check_owner(const char *name, FtType *owner, FtValue obj) {
  if (ft_isinstance_type(obj, owner))
    return 0;
  ft_err_format(&FtExc_TypeError,
                "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                name, owner_name(owner), ft_type_name(obj));
  return -1;
}

/* ---- method descriptors ------------------------------------------------ */

FtValue ft_descr_method_new(FtType *owner, const FtMethodDef *def) {
  ready_descr_types();
  if (def->flags & FT_METH_STATIC) {
    /* A static method: a staticmethod around an unbound built-in. */
    FtValue fn = ft_builtin_new(def, 0);
    if (!fn)
      return 0;
    FtWrapDescr *w = (FtWrapDescr *)ft_object_alloc(&FtStaticMethod_Type,
                                                    FtStaticMethod_Type.basicsize);
    if (!w) {
      ft_decref(fn);
      return 0;
    }
    w->func = fn;
    return ft_val(w);
  }
  FtType *t = (def->flags & FT_METH_CLASS) ? &FtClassMethodDescr_Type
                                           : &FtMethodDescr_Type;
  FtMethodDescr *d = (FtMethodDescr *)ft_object_alloc(t, sizeof(FtMethodDescr));
  if (!d)
    return 0;
  d->def = def;
  d->owner = owner;
  return ft_val(d);
}

#define MD(v) ((FtMethodDescr *)ft_obj(v))

static FtValue method_descr_repr(FtValue self) {
  return ft_str_from_format("<method '%s' of '%s' objects>", MD(self)->def->name,
                            owner_name(MD(self)->owner));
}

static FtValue method_descr_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  if (!obj)
    return ft_newref(self);
  if (check_owner(MD(self)->def->name, MD(self)->owner, obj) < 0)
    return 0;
  return ft_builtin_new(MD(self)->def, obj);
}

static FtValue method_descr_call(FtValue self, const FtValue *args, size_t nargs,
                                 FtValue kwnames) {
  FtMethodDescr *d = MD(self);
  if (nargs < 1)
    return ft_err_format(&FtExc_TypeError, "unbound method %s.%s() needs an argument",
                         owner_name(d->owner), d->def->name);
  if (check_owner(d->def->name, d->owner, args[0]) < 0)
    return 0;
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static FtValue classmethod_descr_repr(FtValue self) {
  return ft_str_from_format("<method '%s' of '%s' objects>", MD(self)->def->name,
                            owner_name(MD(self)->owner));
}

static FtValue classmethod_descr_get(FtValue self, FtValue obj, FtValue type) {
  FtMethodDescr *d = MD(self);
  if (!type || type == FT_NONE)
    type = ft_val(ft_type(obj));
  if (!FT_TYPE_HAS(type, FT_TPFLAG_TYPE_SUBCLASS))
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' for type '%s' needs a type, not a '%s' as "
                         "arg 2",
                         d->def->name, owner_name(d->owner), ft_type_name(type));
  if (!ft_type_is_subtype((FtType *)ft_obj(type), d->owner))
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' requires a subtype of '%s' but received '%s'",
                         d->def->name, owner_name(d->owner),
                         ((FtType *)ft_obj(type))->name);
  return ft_builtin_new(d->def, type);
}

static FtValue classmethod_descr_call(FtValue self, const FtValue *args, size_t nargs,
                                      FtValue kwnames) {
  FtMethodDescr *d = MD(self);
  if (nargs < 1)
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' of '%s' object needs an argument",
                         d->def->name, owner_name(d->owner));
  if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS) ||
      !ft_type_is_subtype((FtType *)ft_obj(args[0]), d->owner))
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' requires a subtype of '%s' but received '%s'",
                         d->def->name, owner_name(d->owner), ft_type_name(args[0]));
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static FtValue md_get_name(FtValue self) {
  return ft_str_from_cstr(MD(self)->def->name);
}
static FtValue md_get_qualname(FtValue self) {
  return ft_str_from_format("%U.%s", MD(self)->owner->qualname
                                         ? MD(self)->owner->qualname
                                         : ft_str_intern_cstr(MD(self)->owner->name),
                            MD(self)->def->name);
}
static FtValue md_get_objclass(FtValue self) {
  return ft_newref(ft_val(MD(self)->owner));
}
static FtValue md_get_doc(FtValue self) {
  const char *doc = MD(self)->def->doc;
  return doc ? ft_str_from_cstr(doc) : ft_newref(FT_NONE);
}

static const FtGetSetDef method_descr_getsets[] = {
    {"__name__", md_get_name, NULL, NULL},
    {"__qualname__", md_get_qualname, NULL, NULL},
    {"__objclass__", md_get_objclass, NULL, NULL},
    {"__doc__", md_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtMethodDescr_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "method_descriptor",
    .basicsize = sizeof(FtMethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .descr_get = method_descr_get,
    .call = method_descr_call,
    .getsets = method_descr_getsets,
};

FtType FtClassMethodDescr_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(FtMethodDescr),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .descr_get = classmethod_descr_get,
    .call = classmethod_descr_call,
    .getsets = method_descr_getsets,
};

/* ---- getset descriptors ------------------------------------------------ */

#define GD(v) ((FtGetSetDescr *)ft_obj(v))

FtValue ft_descr_getset_new(FtType *owner, const FtGetSetDef *def) {
  ready_descr_types();
  FtGetSetDescr *d =
      (FtGetSetDescr *)ft_object_alloc(&FtGetSetDescr_Type, sizeof(FtGetSetDescr));
  if (!d)
    return 0;
  d->def = def;
  d->owner = owner;
  return ft_val(d);
}

static FtValue getset_repr(FtValue self) {
  return ft_str_from_format("<attribute '%s' of '%s' objects>", GD(self)->def->name,
                            owner_name(GD(self)->owner));
}

static FtValue getset_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  FtGetSetDescr *d = GD(self);
  if (!obj)
    return ft_newref(self);
  if (check_owner(d->def->name, d->owner, obj) < 0)
    return 0;
  if (!d->def->get)
    return ft_err_format(&FtExc_AttributeError,
                         "attribute '%s' of '%s' objects is not readable", d->def->name,
                         owner_name(d->owner));
  return d->def->get(obj);
}

static int getset_set(FtValue self, FtValue obj, FtValue v) {
  FtGetSetDescr *d = GD(self);
  if (check_owner(d->def->name, d->owner, obj) < 0)
    return -1;
  if (!d->def->set) {
    ft_err_format(&FtExc_AttributeError,
                  "attribute '%s' of '%s' objects is not writable", d->def->name,
                  owner_name(d->owner));
    return -1;
  }
  return d->def->set(obj, v);
}

static FtValue gd_get_name(FtValue self) { return ft_str_from_cstr(GD(self)->def->name); }
static FtValue gd_get_qualname(FtValue self) {
  return ft_str_from_format("%s.%s", owner_name(GD(self)->owner), GD(self)->def->name);
}
static FtValue gd_get_objclass(FtValue self) {
  return ft_newref(ft_val(GD(self)->owner));
}
static FtValue gd_get_doc(FtValue self) {
  const char *doc = GD(self)->def->doc;
  return doc ? ft_str_from_cstr(doc) : ft_newref(FT_NONE);
}

static const FtGetSetDef getset_descr_getsets[] = {
    {"__name__", gd_get_name, NULL, NULL},
    {"__qualname__", gd_get_qualname, NULL, NULL},
    {"__objclass__", gd_get_objclass, NULL, NULL},
    {"__doc__", gd_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtGetSetDescr_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "getset_descriptor",
    .basicsize = sizeof(FtGetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
};

/* ---- member descriptors (__slots__) ------------------------------------ */

#define MB(v) ((FtMemberDescr *)ft_obj(v))

FtValue ft_descr_member_new(FtType *owner, FtValue name, size_t offset,
                            int readonly) {
  ready_descr_types();
  FtMemberDescr *d =
      (FtMemberDescr *)ft_object_alloc(&FtMemberDescr_Type, sizeof(FtMemberDescr));
  if (!d)
    return 0;
  d->name = ft_newref(name);
  d->offset = offset;
  d->readonly = readonly;
  d->owner = owner;
  return ft_val(d);
}

static void member_dealloc(FtObject *o) {
  FT_CLEAR(((FtMemberDescr *)o)->name);
  ft_object_free(o);
}

static FtValue member_repr(FtValue self) {
  return ft_str_from_format("<member '%U' of '%s' objects>", MB(self)->name,
                            owner_name(MB(self)->owner));
}

size_t ft_member_slot_offset(FtValue dsc) {
  if (ft_is_small(dsc) || ft_obj(dsc)->type != &FtMemberDescr_Type || MB(dsc)->readonly)
    return 0;
  return MB(dsc)->offset;
}

static int member_check(FtMemberDescr *d, FtValue obj) {
  if (ft_isinstance_type(obj, d->owner))
    return 0;
  ft_err_format(&FtExc_TypeError,
                "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                d->name, owner_name(d->owner), ft_type_name(obj));
  return -1;
}

static FtValue member_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  FtMemberDescr *d = MB(self);
  if (!obj)
    return ft_newref(self);
  if (member_check(d, obj) < 0)
    return 0;
  FtObject *o = ft_obj(obj);
  _Atomic FtValue *slot = (_Atomic FtValue *)((char *)o + d->offset);
  FtValue v = atomic_load_explicit(slot, memory_order_acquire);
  if (v && (ft_is_small(v) || ft_obj_is_owned(ft_obj(v)))) {
    ft_incref(v);
    return v;
  }
  ft_mutex_lock(&o->mutex);
  v = atomic_load_explicit(slot, memory_order_relaxed);
  ft_xincref(v);
  ft_mutex_unlock(&o->mutex);
  if (!v)
    return ft_err_format(&FtExc_AttributeError, "'%s' object has no attribute '%U'",
                         ft_type_name(obj), d->name);
  return v;
}

static int member_set(FtValue self, FtValue obj, FtValue v) {
  FtMemberDescr *d = MB(self);
  if (member_check(d, obj) < 0)
    return -1;
  if (d->readonly) {
    ft_err_format(&FtExc_AttributeError, "readonly attribute");
    return -1;
  }
  FtObject *o = ft_obj(obj);
  _Atomic FtValue *slot = (_Atomic FtValue *)((char *)o + d->offset);
  ft_xincref(v);
  ft_mutex_lock(&o->mutex);
  FtValue old = atomic_load_explicit(slot, memory_order_relaxed);
  atomic_store_explicit(slot, v, memory_order_release);
  ft_mutex_unlock(&o->mutex);
  if (!v && !old) {
    ft_err_set_value(&FtExc_AttributeError, d->name); /* CPython: just the name */
    return -1;
  }
  ft_xdecref(old);
  return 0;
}

static FtValue mb_get_name(FtValue self) { return ft_newref(MB(self)->name); }
static FtValue mb_get_qualname(FtValue self) {
  return ft_str_from_format("%s.%U", owner_name(MB(self)->owner), MB(self)->name);
}
static FtValue mb_get_objclass(FtValue self) {
  return ft_newref(ft_val(MB(self)->owner));
}
static FtValue mb_get_doc(FtValue self) {
  (void)self;
  return ft_newref(FT_NONE);
}

static const FtGetSetDef member_descr_getsets[] = {
    {"__name__", mb_get_name, NULL, NULL},
    {"__qualname__", mb_get_qualname, NULL, NULL},
    {"__objclass__", mb_get_objclass, NULL, NULL},
    {"__doc__", mb_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtMemberDescr_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "member_descriptor",
    .basicsize = sizeof(FtMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_descr_getsets,
};

/* ---- slot wrappers ----------------------------------------------------- */

#define SW(v) ((FtSlotWrapper *)ft_obj(v))

FtValue ft_descr_slot_new(FtType *owner, int slot) {
  ready_descr_types();
  FtSlotWrapper *w =
      (FtSlotWrapper *)ft_object_alloc(&FtSlotWrapper_Type, sizeof(FtSlotWrapper));
  if (!w)
    return 0;
  w->owner = owner;
  w->slot = slot;
  return ft_val(w);
}

static int is_new_slot(FtSlotWrapper *w) {
  return ft_slotdefs[w->slot].kind == FT_SK_NEW;
}

static FtValue slotw_repr(FtValue self) {
  FtSlotWrapper *w = SW(self);
  if (is_new_slot(w))
    return ft_str_from_format("<built-in method __new__ of type object at %p>",
                              (void *)w->owner);
  return ft_str_from_format("<slot wrapper '%s' of '%s' objects>",
                            ft_slotdefs[w->slot].name, owner_name(w->owner));
}

static FtValue slotw_call(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  FtSlotWrapper *w = SW(self);
  const char *name = ft_slotdefs[w->slot].name;
  /* T.__new__(cls, ...) takes the class first: ft_slot_call checks it. */
  if (is_new_slot(w)) {
    /* object.__new__(int) would skip int's own constructor: refuse when
     * the nearest builtin base of cls has a different __new__. */
    if (nargs >= 1 && FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS)) {
      FtType *cls = (FtType *)ft_obj(args[0]), *sb = cls;
      while (sb && (sb->tpflags & FT_TPFLAG_HEAPTYPE))
        sb = sb->base;
      if (sb && sb->new_ != w->owner->new_ && ft_type_is_subtype(cls, w->owner))
        return ft_err_format(&FtExc_TypeError,
                             "%s.__new__(%s) is not safe, use %s.__new__()",
                             owner_name(w->owner), cls->name, owner_name(sb));
    }
    return ft_slot_call(w->owner, w->slot, 0, args, nargs, kwnames);
  }
  if (nargs < 1)
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' of '%s' object needs an argument", name,
                         owner_name(w->owner));
  if (!ft_isinstance_type(args[0], w->owner))
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' requires a '%s' object but received a '%s'",
                         name, owner_name(w->owner), ft_type_name(args[0]));
  return ft_slot_call(w->owner, w->slot, args[0], args + 1, nargs - 1, kwnames);
}

static FtValue slotw_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  FtSlotWrapper *w = SW(self);
  if (!obj || is_new_slot(w))
    return ft_newref(self);
  if (!ft_isinstance_type(obj, w->owner))
    return ft_err_format(&FtExc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                         "object",
                         ft_slotdefs[w->slot].name, owner_name(w->owner),
                         ft_type_name(obj));
  return ft_method_new(self, obj);
}

static FtValue sw_get_name(FtValue self) {
  return ft_str_from_cstr(ft_slotdefs[SW(self)->slot].name);
}
static FtValue sw_get_qualname(FtValue self) {
  return ft_str_from_format("%s.%s", owner_name(SW(self)->owner),
                            ft_slotdefs[SW(self)->slot].name);
}
static FtValue sw_get_objclass(FtValue self) {
  return ft_newref(ft_val(SW(self)->owner));
}
static FtValue sw_get_self(FtValue self) {
  return ft_newref(ft_val(SW(self)->owner));
}
static FtValue sw_get_doc(FtValue self) {
  (void)self;
  return ft_newref(FT_NONE);
}

static const FtGetSetDef slotw_getsets[] = {
    {"__name__", sw_get_name, NULL, NULL},
    {"__qualname__", sw_get_qualname, NULL, NULL},
    {"__objclass__", sw_get_objclass, NULL, NULL},
    {"__self__", sw_get_self, NULL, NULL},
    {"__doc__", sw_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtSlotWrapper_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(FtSlotWrapper),
    .dealloc = descr_dealloc,
    .repr = slotw_repr,
    .call = slotw_call,
    .descr_get = slotw_get,
    .getsets = slotw_getsets,
};

/* ---- property ---------------------------------------------------------- */

/* FtProperty (typeslots.h) is the public prefix; the name given by
 * __set_name__ follows it. */
typedef struct PropertyObj {
  FtProperty p;
  FtValue name;
} PropertyObj;
#define PR(v) ((PropertyObj *)ft_obj(v))
#define PROP_DOC_FROM_GETTER 1 /* ob.flags: doc was copied from fget */

static FtValue property_new(FtType *type, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  size_t size = type->basicsize < sizeof(PropertyObj) ? sizeof(PropertyObj)
                                                      : type->basicsize;
  PropertyObj *p = (PropertyObj *)ft_object_alloc(type, size);
  if (!p)
    return 0;
  p->p.fget = ft_newref(FT_NONE);
  p->p.fset = ft_newref(FT_NONE);
  p->p.fdel = ft_newref(FT_NONE);
  p->p.doc = ft_newref(FT_NONE);
  return ft_val(p);
}

static int property_init(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
  FtValue a[4];
  if (ft_args_parse("property", args, nargs, kwnames, names, 0, 0, a) < 0)
    return -1;
  PropertyObj *p = PR(self);
  FtValue fget = a[0] ? a[0] : FT_NONE, fset = a[1] ? a[1] : FT_NONE,
          fdel = a[2] ? a[2] : FT_NONE, doc = a[3] ? a[3] : FT_NONE;
  ft_setref(&p->p.fget, ft_newref(fget));
  ft_setref(&p->p.fset, ft_newref(fset));
  ft_setref(&p->p.fdel, ft_newref(fdel));
  p->p.ob.flags &= (uint16_t)~PROP_DOC_FROM_GETTER;
  if (doc == FT_NONE && fget != FT_NONE) {
    FtValue d = ft_getattr_opt(fget, ft_str_intern_cstr("__doc__"));
    if (!d && ft_err_occurred())
      return -1;
    if (d) {
      ft_setref(&p->p.doc, d);
      p->p.ob.flags |= PROP_DOC_FROM_GETTER;
    }
  } else {
    ft_setref(&p->p.doc, ft_newref(doc));
  }
  return 0;
}

static void property_dealloc(FtObject *o) {
  PropertyObj *p = (PropertyObj *)o;
  FT_CLEAR(p->p.fget);
  FT_CLEAR(p->p.fset);
  FT_CLEAR(p->p.fdel);
  FT_CLEAR(p->p.doc);
  FT_CLEAR(p->name);
  ft_object_free(o);
}

/* The name used in error messages: __set_name__'s, else fget.__name__. */
static FtValue property_name(PropertyObj *p) {
  if (p->name)
    return ft_newref(p->name);
  if (p->p.fget != FT_NONE) {
    FtValue n = ft_getattr_opt(p->p.fget, ft_str_intern_cstr("__name__"));
    if (n)
      return n;
    ft_err_clear();
  }
  return 0;
}

static FtValue property_error(PropertyObj *p, FtValue obj, const char *what) {
  FtValue n = property_name(p);
  if (n) {
    ft_err_format(&FtExc_AttributeError, "property %R of '%s' object has no %s", n,
                  ft_type_name(obj), what);
    ft_decref(n);
  } else {
    ft_err_format(&FtExc_AttributeError, "property of '%s' object has no %s",
                  ft_type_name(obj), what);
  }
  return 0;
}

static FtValue property_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  PropertyObj *p = PR(self);
  if (!obj)
    return ft_newref(self);
  if (p->p.fget == FT_NONE)
    return property_error(p, obj, "getter");
  return ft_call1(p->p.fget, obj);
}

static int property_set(FtValue self, FtValue obj, FtValue v) {
  PropertyObj *p = PR(self);
  FtValue f = v ? p->p.fset : p->p.fdel;
  if (f == FT_NONE) {
    property_error(p, obj, v ? "setter" : "deleter");
    return -1;
  }
  FtValue r = v ? ft_call2(f, obj, v) : ft_call1(f, obj);
  if (!r)
    return -1;
  ft_decref(r);
  return 0;
}

/* getter/setter/deleter: a copy of the property with one function
 * replaced, built by calling type(self) like CPython's property_copy. */
static FtValue property_copy(FtValue self, FtValue get, FtValue set, FtValue del) {
  PropertyObj *p = PR(self);
  FtValue doc = p->p.doc;
  if ((p->p.ob.flags & PROP_DOC_FROM_GETTER) && get != p->p.fget)
    doc = FT_NONE; /* re-derive from the new getter */
  FtValue args[4] = {get, set, del, doc};
  FtValue np = ft_call(ft_val(ft_type(self)), args, 4, 0);
  if (np && ft_isinstance_type(np, &FtProperty_Type) && p->name &&
      !PR(np)->name)
    PR(np)->name = ft_newref(p->name);
  return np;
}

static FtValue property_getter(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kw) {
  if (ft_args_no_kw("getter", kw) < 0 || ft_args_count("getter", nargs, 1, 1) < 0)
    return 0;
  return property_copy(self, args[0], PR(self)->p.fset, PR(self)->p.fdel);
}
static FtValue property_setter(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kw) {
  if (ft_args_no_kw("setter", kw) < 0 || ft_args_count("setter", nargs, 1, 1) < 0)
    return 0;
  return property_copy(self, PR(self)->p.fget, args[0], PR(self)->p.fdel);
}
static FtValue property_deleter(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kw) {
  if (ft_args_no_kw("deleter", kw) < 0 || ft_args_count("deleter", nargs, 1, 1) < 0)
    return 0;
  return property_copy(self, PR(self)->p.fget, PR(self)->p.fset, args[0]);
}
static FtValue property_set_name(FtValue self, const FtValue *args, size_t nargs,
                                 FtValue kw) {
  if (ft_args_no_kw("__set_name__", kw) < 0 ||
      ft_args_count("__set_name__", nargs, 2, 2) < 0)
    return 0;
  FtValue old = PR(self)->name;
  PR(self)->name = ft_newref(args[1]);
  ft_xdecref(old);
  return ft_newref(FT_NONE);
}

static const FtMethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL}};

static FtValue prop_get_fget(FtValue self) { return ft_newref(PR(self)->p.fget); }
static FtValue prop_get_fset(FtValue self) { return ft_newref(PR(self)->p.fset); }
static FtValue prop_get_fdel(FtValue self) { return ft_newref(PR(self)->p.fdel); }
static FtValue prop_get_doc(FtValue self) { return ft_newref(PR(self)->p.doc); }
static int prop_set_doc(FtValue self, FtValue v) {
  ft_setref(&PR(self)->p.doc, ft_newref(v ? v : FT_NONE));
  PR(self)->p.ob.flags &= (uint16_t)~PROP_DOC_FROM_GETTER;
  return 0;
}

static int is_abstract(FtValue f) {
  if (f == FT_NONE)
    return 0;
  FtValue a = ft_getattr_opt(f, ft_str_intern_cstr("__isabstractmethod__"));
  if (!a)
    return ft_err_occurred() ? -1 : 0;
  int b = ft_truthy(a);
  ft_decref(a);
  return b;
}

static FtValue prop_get_isabstract(FtValue self) {
  PropertyObj *p = PR(self);
  FtValue fs[3] = {p->p.fget, p->p.fset, p->p.fdel};
  for (int i = 0; i < 3; i++) {
    int b = is_abstract(fs[i]);
    if (b < 0)
      return 0;
    if (b)
      return ft_newref(FT_TRUE);
  }
  return ft_newref(FT_FALSE);
}

static const FtGetSetDef property_getsets[] = {
    {"fget", prop_get_fget, NULL, NULL},
    {"fset", prop_get_fset, NULL, NULL},
    {"fdel", prop_get_fdel, NULL, NULL},
    {"__doc__", prop_get_doc, prop_set_doc, NULL},
    {"__isabstractmethod__", prop_get_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtProperty_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "property",
    .basicsize = sizeof(PropertyObj),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- staticmethod and classmethod -------------------------------------- */

#define WD(v) ((FtWrapDescr *)ft_obj(v))

static FtValue wrap_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  const char *nm = type == &FtClassMethod_Type || ft_type_is_subtype(type, &FtClassMethod_Type)
                       ? "classmethod"
                       : "staticmethod";
  if (ft_args_no_kw(nm, kwnames) < 0 || ft_args_count(nm, nargs, 1, 1) < 0)
    return 0;
  FtWrapDescr *w = (FtWrapDescr *)ft_object_alloc(type, type->basicsize);
  if (!w)
    return 0;
  w->func = ft_newref(args[0]);
  return ft_val(w);
}

static int wrap_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  (void)kwnames;
  /* A subclass's __init__ may call back with the function again. */
  if (nargs == 1 && args[0] != WD(self)->func)
    ft_setref(&WD(self)->func, ft_newref(args[0]));
  return 0;
}

static void wrap_dealloc(FtObject *o) {
  FT_CLEAR(((FtWrapDescr *)o)->func);
  FT_CLEAR(((FtWrapDescr *)o)->dict);
  ft_object_free(o);
}

static FtValue staticmethod_get(FtValue self, FtValue obj, FtValue type) {
  (void)obj;
  (void)type;
  return ft_newref(WD(self)->func);
}

static FtValue staticmethod_call(FtValue self, const FtValue *args, size_t nargs,
                                 FtValue kwnames) {
  return ft_call(WD(self)->func, args, nargs, kwnames);
}

static FtValue classmethod_get(FtValue self, FtValue obj, FtValue type) {
  if (!type || type == FT_NONE)
    type = ft_val(ft_type(obj));
  FtValue f = WD(self)->func;
  FtType *ft = ft_type(f);
  /* 3.9-3.12 chain through another descriptor's __get__ (classmethod
   * around property); plain functions just bind to the class. */
  if (ft != &FtFunction_Type && ft != &FtBuiltin_Type && ft->descr_get)
    return ft->descr_get(f, type, type);
  return ft_method_new(f, type);
}

static FtValue staticmethod_repr(FtValue self) {
  return ft_str_from_format("<staticmethod(%R)>", WD(self)->func);
}
static FtValue classmethod_repr(FtValue self) {
  return ft_str_from_format("<classmethod(%R)>", WD(self)->func);
}

static FtValue wd_get_func(FtValue self) { return ft_newref(WD(self)->func); }
static FtValue wd_get_isabstract(FtValue self) {
  int b = is_abstract(WD(self)->func);
  return b < 0 ? 0 : ft_bool(b);
}
/* __name__, __qualname__, __doc__, __module__ come from the function
 * unless set on the wrapper itself (its __dict__ is consulted first since
 * these getsets are read-only, hence non-data... no: getsets are data
 * descriptors, so check the dict here explicitly). */
static FtValue wd_forward(FtValue self, const char *name) {
  FtWrapDescr *w = WD(self);
  if (w->dict) {
    FtValue v = ft_dict_get_cstr(w->dict, name);
    if (v || ft_err_occurred())
      return v;
  }
  return ft_getattr_cstr(w->func, name);
}
static int wd_store(FtValue self, const char *name, FtValue v) {
  FtWrapDescr *w = WD(self);
  FtValue *slot = ft_object_dict_slot(self);
  if (!slot) {
    ft_err_format(&FtExc_AttributeError, "readonly attribute");
    return -1;
  }
  if (!w->dict) {
    FtValue d = ft_dict_new();
    if (!d)
      return -1;
    FtObject *o = ft_obj(self);
    ft_mutex_lock(&o->mutex);
    if (!w->dict) {
      atomic_store_explicit((_Atomic FtValue *)&w->dict, d, memory_order_release);
      d = 0;
    }
    ft_mutex_unlock(&o->mutex);
    ft_xdecref(d);
  }
  if (v)
    return ft_dict_set_cstr(w->dict, name, v);
  return ft_dict_del(w->dict, ft_str_intern_cstr(name));
}
static FtValue wd_get_name(FtValue self) { return wd_forward(self, "__name__"); }
static FtValue wd_get_qualname(FtValue self) { return wd_forward(self, "__qualname__"); }
static FtValue wd_get_doc(FtValue self) { return wd_forward(self, "__doc__"); }
static FtValue wd_get_module(FtValue self) { return wd_forward(self, "__module__"); }
static int wd_set_name(FtValue self, FtValue v) { return wd_store(self, "__name__", v); }
static int wd_set_qualname(FtValue self, FtValue v) {
  return wd_store(self, "__qualname__", v);
}
static int wd_set_doc(FtValue self, FtValue v) { return wd_store(self, "__doc__", v); }
static int wd_set_module(FtValue self, FtValue v) {
  return wd_store(self, "__module__", v);
}

static const FtGetSetDef wrap_getsets[] = {
    {"__func__", wd_get_func, NULL, NULL},
    {"__wrapped__", wd_get_func, NULL, NULL},
    {"__isabstractmethod__", wd_get_isabstract, NULL, NULL},
    {"__name__", wd_get_name, wd_set_name, NULL},
    {"__qualname__", wd_get_qualname, wd_set_qualname, NULL},
    {"__doc__", wd_get_doc, wd_set_doc, NULL},
    {"__module__", wd_get_module, wd_set_module, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtStaticMethod_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "staticmethod",
    .basicsize = sizeof(FtWrapDescr),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dictoffset = offsetof(FtWrapDescr, dict),
    .dealloc = wrap_dealloc,
    .repr = staticmethod_repr,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .new_ = wrap_new,
    .init = wrap_init,
    .getsets = wrap_getsets,
};

FtType FtClassMethod_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "classmethod",
    .basicsize = sizeof(FtWrapDescr),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dictoffset = offsetof(FtWrapDescr, dict),
    .dealloc = wrap_dealloc,
    .repr = classmethod_repr,
    .descr_get = classmethod_get,
    .new_ = wrap_new,
    .init = wrap_init,
    .getsets = wrap_getsets,
};

/* ---- mappingproxy -------------------------------------------------------- */

/* A read-only view of a mapping: what a class's __dict__ and vars(cls)
 * return, so class attributes can only change through setattr (which
 * keeps the type's slots and attribute caches in step).  Immutable after
 * construction; every operation forwards to the mapping, which locks
 * itself. */
typedef struct FtMappingProxy {
  FtObject ob;
  FtValue mapping;
} FtMappingProxy;
#define MP(v) ((FtMappingProxy *)ft_obj(v))

static int mappingproxy_arg_ok(FtValue m) {
  FtType *t = ft_type(m);
  if (!t->getitem || FT_TYPE_HAS(m, FT_TPFLAG_LIST_SUBCLASS) ||
      FT_TYPE_HAS(m, FT_TPFLAG_TUPLE_SUBCLASS)) {
    ft_err_format(&FtExc_TypeError,
                  "mappingproxy() argument must be a mapping, not %s",
                  ft_type_name(m));
    return 0;
  }
  return 1;
}

FtValue ft_mappingproxy_new(FtValue mapping) {
  FtMappingProxy *p =
      (FtMappingProxy *)ft_object_alloc(&FtMappingProxy_Type, sizeof(FtMappingProxy));
  if (!p)
    return 0;
  p->mapping = ft_newref(mapping);
  return ft_val(p);
}

static FtValue mappingproxy_new(FtType *type, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  (void)type;
  static const char *const names[] = {"mapping", NULL};
  FtValue m;
  if (ft_args_parse("mappingproxy", args, nargs, kwnames, names, 0, 1, &m) < 0)
    return 0;
  if (!mappingproxy_arg_ok(m))
    return 0;
  return ft_mappingproxy_new(m);
}

static void mappingproxy_dealloc(FtObject *o) {
  FT_CLEAR(((FtMappingProxy *)o)->mapping);
  ft_object_free(o);
}

static FtValue mappingproxy_repr(FtValue self) {
  return ft_str_from_format("mappingproxy(%R)", MP(self)->mapping);
}
static FtValue mappingproxy_str(FtValue self) { return ft_to_str(MP(self)->mapping); }
static FtValue mappingproxy_getitem(FtValue self, FtValue key) {
  return ft_getitem(MP(self)->mapping, key);
}
static intptr_t mappingproxy_len(FtValue self) { return ft_len(MP(self)->mapping); }
static FtValue mappingproxy_iter(FtValue self) { return ft_iter(MP(self)->mapping); }
static int mappingproxy_contains(FtValue self, FtValue key) {
  return ft_contains(MP(self)->mapping, key);
}
static FtValue mappingproxy_richcompare(FtValue self, FtValue other, int op) {
  return ft_richcompare(MP(self)->mapping, other, op);
}
/* proxy | x and x | proxy: the mapping's own | (a new dict). */
static FtValue mappingproxy_or(FtValue a, FtValue b) {
  if (ft_type(a) == &FtMappingProxy_Type)
    a = MP(a)->mapping;
  if (ft_type(b) == &FtMappingProxy_Type)
    b = MP(b)->mapping;
  return ft_binop(a, b, FT_NB_OR);
}
static FtValue mappingproxy_ior(FtValue a, FtValue b) {
  (void)a;
  (void)b;
  return ft_err_format(&FtExc_TypeError,
                       "'|=' is not supported by mappingproxy; use '|' instead");
}

/* The methods forward to the mapping's methods of the same name. */
#define MP_FORWARD(cname, pyname)                                             \
  static FtValue mappingproxy_##cname(FtValue self, const FtValue *args,      \
                                      size_t nargs, FtValue kwnames) {        \
    if (ft_args_no_kw(pyname, kwnames) < 0)                                   \
      return 0;                                                               \
    return ft_call_method(MP(self)->mapping, pyname, args, nargs);            \
  }
MP_FORWARD(get, "get")
MP_FORWARD(keys, "keys")
MP_FORWARD(values, "values")
MP_FORWARD(items, "items")
MP_FORWARD(copy, "copy")
MP_FORWARD(reversed, "__reversed__")
#undef MP_FORWARD

static const FtMethodDef mappingproxy_methods[] = {
    {"get", mappingproxy_get, 0, NULL},
    {"keys", mappingproxy_keys, 0, NULL},
    {"values", mappingproxy_values, 0, NULL},
    {"items", mappingproxy_items, 0, NULL},
    {"copy", mappingproxy_copy, 0, NULL},
    {"__reversed__", mappingproxy_reversed, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtMappingProxy_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "mappingproxy",
    .basicsize = sizeof(FtMappingProxy),
    .dealloc = mappingproxy_dealloc,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .getitem = mappingproxy_getitem,
    .len = mappingproxy_len,
    .iter = mappingproxy_iter,
    .contains = mappingproxy_contains,
    .richcompare = mappingproxy_richcompare,
    .nb[FT_NB_OR] = mappingproxy_or,
    .nb_inplace[FT_NB_OR] = mappingproxy_ior,
    .new_ = mappingproxy_new,
    .methods = mappingproxy_methods,
};
