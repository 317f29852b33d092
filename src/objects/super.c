/*
 * super.c -- super(): attribute lookup that starts after a given class in
 * the MRO of an object's type.
 *
 * Representation: FtSuper {type, obj, obj_type}: `type` is the class named
 * by super (or found in the __class__ cell by zero-argument super()),
 * `obj` the instance or class it is bound to and `obj_type` the class
 * whose MRO is walked (type(obj), or obj itself when obj is a class, as in
 * classmethods).  A lookup finds the first class after `type` in
 * obj_type's MRO whose own dict has the name and binds the value with
 * descr_get(value, obj, obj_type) -- obj passed as 0 when it is the class
 * itself, so classmethods and plain functions bind correctly.
 *
 * Synchronization: immutable after __init__; nothing to lock.
 */
#include "ft.h"
#include "objects/typeslots.h"

typedef struct FtSuper {
  FtObject ob;
  FtType *type;
  FtValue obj;      /* 0 for an unbound super(type) */
  FtType *obj_type; /* 0 for an unbound super(type) */
} FtSuper;

#define SU(v) ((FtSuper *)ft_obj(v))

static FtValue super_new(FtType *type, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtObject *o = ft_object_alloc(type, type->basicsize);
  return o ? ft_val(o) : 0;
}

/* The class whose MRO a super(type, obj) walks, or NULL with TypeError. */
static FtType *supercheck(FtType *type, FtValue obj) {
  if (FT_TYPE_HAS(obj, FT_TPFLAG_TYPE_SUBCLASS) &&
      ft_type_is_subtype((FtType *)ft_obj(obj), type))
    return (FtType *)ft_obj(obj);
  if (ft_isinstance_type(obj, type))
    return ft_type(obj);
  /* obj.__class__ may differ from type(obj) (proxies). */
  FtValue cls = ft_getattr_opt(obj, ft_str_intern_cstr("__class__"));
  if (cls) {
    FtType *r = NULL;
    if (FT_TYPE_HAS(cls, FT_TPFLAG_TYPE_SUBCLASS) && ft_val(ft_type(obj)) != cls &&
        ft_type_is_subtype((FtType *)ft_obj(cls), type))
      r = (FtType *)ft_obj(cls);
    ft_decref(cls);
    if (r)
      return r;
  } else if (ft_err_occurred()) {
    return NULL;
  }
  ft_err_format(&FtExc_TypeError,
                "super(type, obj): obj must be an instance or subtype of type");
  return NULL;
}

static int super_init(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  if (ft_args_no_kw("super", kwnames) < 0 || ft_args_count("super", nargs, 0, 2) < 0)
    return -1;
  FtType *type;
  FtValue obj = 0;
  if (nargs == 0) {
    if (ft_vm_super_args(&type, &obj) < 0)
      return -1;
  } else {
    if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TYPE_SUBCLASS)) {
      ft_err_format(&FtExc_TypeError, "super() argument 1 must be a type, not %s",
                    ft_type_name(args[0]));
      return -1;
    }
    type = (FtType *)ft_obj(args[0]);
    if (nargs == 2 && args[1] != FT_NONE)
      obj = args[1];
  }
  FtType *obj_type = NULL;
  if (obj) {
    obj_type = supercheck(type, obj);
    if (!obj_type)
      return -1;
  }
  FtSuper *s = SU(self);
  FtValue old_obj = s->obj;
  FtType *old_t = s->type, *old_ot = s->obj_type;
  ft_incref(ft_val(type));
  ft_xincref(obj);
  if (obj_type)
    ft_incref(ft_val(obj_type));
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
  ft_xdecref(old_obj);
  if (old_t)
    ft_decref(ft_val(old_t));
  if (old_ot)
    ft_decref(ft_val(old_ot));
  return 0;
}

static void super_dealloc(FtObject *o) {
  FtSuper *s = (FtSuper *)o;
  FT_CLEAR(s->obj);
  if (s->type)
    ft_decref(ft_val(s->type));
  if (s->obj_type)
    ft_decref(ft_val(s->obj_type));
  ft_object_free(o);
}

static FtValue super_repr(FtValue self) {
  FtSuper *s = SU(self);
  if (!s->type)
    return ft_str_from_format("<super: <class '%s'>, NULL>", "?");
  if (s->obj_type)
    return ft_str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                              s->obj_type->name);
  return ft_str_from_format("<super: <class '%s'>, NULL>", s->type->name);
}

static FtValue super_getattr(FtValue self, FtValue name) {
  FtSuper *s = SU(self);
  FtType *start = s->obj_type;
  /* super().__class__ is the super type itself, as in CPython. */
  if (start && !(ft_str_size(name) == 9 && !strcmp(ft_str_data(name), "__class__"))) {
    FtValue mro = start->mro;
    size_t n = mro ? ft_tuple_len(mro) : 0, i;
    for (i = 0; i + 1 < n; i++)
      if (ft_tuple_get(mro, i) == ft_val(s->type))
        break;
    for (i++; i < n; i++) {
      FtType *b = (FtType *)ft_obj(ft_tuple_get(mro, i));
      if (!b->dict)
        continue;
      FtValue res = ft_dict_get_str(b->dict, name);
      if (!res) {
        if (ft_err_occurred())
          return 0;
        continue;
      }
      FtType *rt = ft_type(res);
      if (rt->descr_get) {
        FtValue bound = rt->descr_get(res, s->obj == ft_val(start) ? 0 : s->obj,
                                      ft_val(start));
        ft_decref(res);
        return bound;
      }
      return res;
    }
  }
  return ft_object_generic_getattr(self, name);
}

static FtValue super_descr_get(FtValue self, FtValue obj, FtValue type) {
  (void)type;
  FtSuper *s = SU(self);
  if (!obj || s->obj)
    return ft_newref(self);
  FtValue args[2] = {ft_val(s->type), obj};
  return ft_call(ft_val(ft_type(self)), args, 2, 0);
}

static FtValue su_get_thisclass(FtValue self) {
  FtSuper *s = SU(self);
  return ft_newref(s->type ? ft_val(s->type) : FT_NONE);
}
static FtValue su_get_self(FtValue self) {
  FtSuper *s = SU(self);
  return ft_newref(s->obj ? s->obj : FT_NONE);
}
static FtValue su_get_self_class(FtValue self) {
  FtSuper *s = SU(self);
  return ft_newref(s->obj_type ? ft_val(s->obj_type) : FT_NONE);
}

static const FtGetSetDef super_getsets[] = {
    {"__thisclass__", su_get_thisclass, NULL, NULL},
    {"__self__", su_get_self, NULL, NULL},
    {"__self_class__", su_get_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtSuper_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "super",
    .basicsize = sizeof(FtSuper),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .getsets = super_getsets,
};
