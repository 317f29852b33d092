/* typeslots.h -- the table that connects dunder names to C slots, shared by
 * type.c (slot wrappers for static types, generic slots for classes). */
#ifndef FT_TYPESLOTS_H
#define FT_TYPESLOTS_H

#include "ft.h"

/* Descriptor objects (objects/descr.c). */
typedef struct FtMethodDescr {
  FtObject ob;
  const FtMethodDef *def;
  FtType *owner;
} FtMethodDescr;
typedef struct FtGetSetDescr {
  FtObject ob;
  const FtGetSetDef *def;
  FtType *owner;
} FtGetSetDescr;
typedef struct FtMemberDescr {
  FtObject ob;
  FtValue name;
  size_t offset;
  int readonly;
  FtType *owner;
} FtMemberDescr;
/* A C slot seen from Python: int.__add__, object.__init__ ... */
typedef struct FtSlotWrapper {
  FtObject ob;
  FtType *owner;
  int slot;          /* index into ft_slotdefs */
} FtSlotWrapper;

extern FtType FtMethodDescr_Type, FtClassMethodDescr_Type, FtGetSetDescr_Type,
    FtMemberDescr_Type, FtSlotWrapper_Type;

FtValue ft_descr_method_new(FtType *owner, const FtMethodDef *def);
FtValue ft_descr_getset_new(FtType *owner, const FtGetSetDef *def);
FtValue ft_descr_member_new(FtType *owner, FtValue name, size_t offset,
                            int readonly);
FtValue ft_descr_slot_new(FtType *owner, int slot);
/* The instance offset of a writable __slots__ member descriptor, or 0 when
 * dsc is something else (an offset is never 0: the header comes first).
 * For the eval loop's attribute caches, which are keyed on the exact type
 * version, so the member check is already done. */
size_t ft_member_slot_offset(FtValue dsc);
/* For a OP b with a and b instances of heap type t: the plain Python
 * function (immortal, borrowed) that t's OP slot would call, when that is
 * all the slot does (t is not a sequence subclass, whose errors differ);
 * else 0.  No error is set. */
FtValue ft_type_binop_function(FtType *t, int op);
/* mappingproxy: the read-only view a class's __dict__ returns. */
extern FtType FtMappingProxy_Type;
FtValue ft_mappingproxy_new(FtValue mapping);

/* Property / classmethod / staticmethod layouts (objects/descr.c). */
typedef struct FtProperty {
  FtObject ob;
  FtValue fget, fset, fdel, doc;
} FtProperty;
typedef struct FtWrapDescr { /* classmethod and staticmethod */
  FtObject ob;
  FtValue func;
  FtValue dict;
} FtWrapDescr;

/* Slot kinds. */
enum {
  FT_SK_REPR, FT_SK_STR, FT_SK_HASH, FT_SK_CALL, FT_SK_ITER, FT_SK_NEXT,
  FT_SK_LEN, FT_SK_GETITEM, FT_SK_SETITEM, FT_SK_DELITEM, FT_SK_CONTAINS,
  FT_SK_BOOL, FT_SK_RICHCMP, FT_SK_BINOP, FT_SK_RBINOP, FT_SK_IBINOP,
  FT_SK_UNARY, FT_SK_INIT, FT_SK_NEW, FT_SK_GETATTR, FT_SK_SETATTR,
  FT_SK_DELATTR, FT_SK_GET, FT_SK_SET, FT_SK_DELETE
};

typedef struct FtSlotDef {
  const char *name;
  int kind;
  int arg; /* compare op, nb index, or unary index */
} FtSlotDef;

extern const FtSlotDef ft_slotdefs[];
extern const int ft_nslotdefs;

/* unary indexes (arg of FT_SK_UNARY) */
enum { FT_UN_NEG, FT_UN_POS, FT_UN_INVERT, FT_UN_ABS, FT_UN_INT, FT_UN_FLOAT,
       FT_UN_INDEX };

/* Does the slot of kind/arg exist (non-NULL) on type t? */
int ft_slot_present(FtType *t, int slot);
/* Call slot `slot` of t on self with Python-level arguments. */
FtValue ft_slot_call(FtType *t, int slot, FtValue self, const FtValue *args,
                     size_t nargs, FtValue kwnames);
/* Set t's C slots for class `t` from the dunders found along its MRO. */
void ft_type_fixup_slots(FtType *t);
void ft_type_update_slot(FtType *t, FtValue name);

/* Record e.name / e.obj on a pending AttributeError (objects/exceptions.c);
 * a MemoryError on the way is ignored: the error itself stays pending. */
void ft_exc_attribute_error_info(FtValue obj, FtValue name);
void ft_exc_name_error_info(FtValue name, FtValue local_names);

/* ft_object_generic_getattr that returns 0 with NO exception set when the
 * attribute is missing (errors from descriptors still propagate). */
FtValue ft_object_generic_getattr_opt(FtValue o, FtValue name);

/* For super() without arguments (vm/eval.c). */
int ft_vm_super_args(FtType **type, FtValue *obj);

/* ---- X | Y unions (objects/union.c) ---------------------------------
 * types.UnionType, the value of `int | str`: an immutable tuple of
 * distinct members (types, with None stored as NoneType). */
extern FtType FtUnion_Type;
/* a | b for types, None and unions (type.__or__ / __ror__ and the
 * union's own): a new union, the single member when they coincide, or
 * FT_NOTIMPL (borrowed) when either operand can't be in a union. */
FtValue ft_union_or(FtValue a, FtValue b);
/* The members tuple of a union (borrowed). */
FtValue ft_union_args(FtValue u);
/* types.GenericAlias (genericalias.c): list[int] and friends. */
extern FtType FtGenericAlias_Type;
FtValue ft_generic_alias_new(FtValue origin, FtValue args);
int ft_generic_alias_check(FtValue v);
/* ---- end of union block ---- */

#endif
