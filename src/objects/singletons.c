/*
 * singletons.c -- None, NotImplemented and Ellipsis with their types
 * NoneType, NotImplementedType and ellipsis.
 *
 * Representation: each is a bare static FtObject header; the types cannot
 * be subclassed and calling a type with no arguments returns its single
 * instance.  Invariant: there is exactly one instance of each type.
 *
 * Synchronization: none needed; the objects are static and immortal
 * (FT_STATIC_HEAD), so refcount operations on them are no-ops and nothing
 * about them ever changes.
 */
#include "ft.h"

FtObject ft_none_object = FT_STATIC_HEAD(&FtNone_Type);
FtObject ft_notimpl_object = FT_STATIC_HEAD(&FtNotImplemented_Type);
FtObject ft_ellipsis_object = FT_STATIC_HEAD(&FtEllipsis_Type);

/* ---- construction: T() -> the singleton -------------------------------- */

static FtValue singleton_new(FtType *type, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  if (nargs || (kwnames && ft_tuple_len(kwnames)))
    return ft_err_format(&FtExc_TypeError, "%s takes no arguments", type->name);
  if (type == &FtNone_Type)
    return FT_NONE;
  if (type == &FtNotImplemented_Type)
    return FT_NOTIMPL;
  return FT_ELLIPSIS;
}

/* The singletons are immortal and never freed. */
static void singleton_dealloc(FtObject *o) { (void)o; }

/* ---- protocol slots ---------------------------------------------------- */

static FtValue none_repr(FtValue v) {
  (void)v;
  return ft_str_intern_cstr("None");
}
static FtValue notimpl_repr(FtValue v) {
  (void)v;
  return ft_str_intern_cstr("NotImplemented");
}
static FtValue ellipsis_repr(FtValue v) {
  (void)v;
  return ft_str_intern_cstr("Ellipsis");
}

static int none_bool(FtValue v) {
  (void)v;
  return 0;
}

/* A fixed hash (as CPython 3.12 does for None), so set iteration order of
 * containers holding None does not depend on the address. */
static intptr_t none_hash(FtValue v) {
  (void)v;
  return (intptr_t)0xFCA86420;
}
static intptr_t notimpl_hash(FtValue v) {
  (void)v;
  return (intptr_t)0x7C4F8A31;
}
static intptr_t ellipsis_hash(FtValue v) {
  (void)v;
  return (intptr_t)0x5B1E6A93;
}

static FtValue reduce_name(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return ft_repr(self);
}

static const FtMethodDef singleton_methods[] = {
    {"__reduce__", reduce_name, 0, NULL}, {NULL, NULL, 0, NULL}};

/* ---- the types --------------------------------------------------------- */

FtType FtNone_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "NoneType",
    .basicsize = sizeof(FtObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = none_hash,
    .bool_ = none_bool,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

FtType FtNotImplemented_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "NotImplementedType",
    .basicsize = sizeof(FtObject),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .hash = notimpl_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

FtType FtEllipsis_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "ellipsis",
    .basicsize = sizeof(FtObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = ellipsis_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};
