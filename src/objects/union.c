/*
 * union.c -- types.UnionType, the value of `X | Y` on types: `int | str`,
 * `int | None`, `(int | str) | float`.  isinstance() and issubclass()
 * accept a union like a tuple of its members (runtime/abstract.c).
 *
 * Representation: a tuple of at least two distinct members, flattened
 * (a union never contains a union) and with None stored as NoneType, in
 * the order they were first written.  Equality and hashing ignore the
 * order, as CPython's do.
 *
 * Synchronization: a union is immutable after construction, so any
 * thread may read it without locking.
 */
#include "ft.h"
#include "objects/typeslots.h"

typedef struct FtUnion {
  FtObject ob;
  FtValue args; /* tuple */
} FtUnion;
#define UN(v) ((FtUnion *)ft_obj(v))

static int union_check(FtValue v) {
  return !ft_is_small(v) && ft_type(v) == &FtUnion_Type;
}

/* What may appear on either side of `|` to make a union: None, a class,
 * or a union. */
static int union_operand_ok(FtValue v) {
  return v == FT_NONE ||
         (!ft_is_small(v) && (FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS) ||
                              union_check(v) || ft_generic_alias_check(v)));
}

FtValue ft_union_args(FtValue u) { return UN(u)->args; }

/* Append v's members (borrowed) to items[*n], skipping ones already there
 * (members are classes, so identity is equality). */
static void union_collect(FtValue v, FtValue *items, size_t *n) {
  const FtValue *src = &v;
  size_t nsrc = 1;
  if (union_check(v)) {
    src = ft_tuple_items(UN(v)->args);
    nsrc = ft_tuple_len(UN(v)->args);
  }
  for (size_t i = 0; i < nsrc; i++) {
    FtValue m = src[i] == FT_NONE ? ft_val(&FtNone_Type) : src[i];
    size_t j = 0;
    while (j < *n && items[j] != m)
      j++;
    if (j == *n)
      items[(*n)++] = m;
  }
}

FtValue ft_union_or(FtValue a, FtValue b) {
  if (!union_operand_ok(a) || !union_operand_ok(b))
    return FT_NOTIMPL;
  size_t cap = (union_check(a) ? ft_tuple_len(UN(a)->args) : 1) +
               (union_check(b) ? ft_tuple_len(UN(b)->args) : 1);
  FtValue small[8];
  FtValue *items = cap <= 8 ? small : ft_mem_alloc(cap * sizeof(FtValue));
  if (!items)
    return 0;
  size_t n = 0;
  union_collect(a, items, &n);
  union_collect(b, items, &n);
  FtValue r = 0;
  if (n == 1) {
    /* int | int is just int. */
    r = ft_newref(items[0]);
  } else {
    FtValue args = ft_tuple_from_array(items, n);
    if (args) {
      FtUnion *u = (FtUnion *)ft_object_alloc(&FtUnion_Type, sizeof(FtUnion));
      if (u) {
        u->args = args;
        r = ft_val(u);
      } else {
        ft_decref(args);
      }
    }
  }
  if (items != small)
    ft_mem_free(items);
  return r;
}

static void union_dealloc(FtObject *o) {
  FT_CLEAR(((FtUnion *)o)->args);
  ft_object_free(o);
}

/* One member as CPython writes it: None, the bare name of a builtin,
 * module.qualname otherwise, or its repr when it has no such names. */
static FtValue union_repr_item(FtValue m) {
  if (m == ft_val(&FtNone_Type))
    return ft_str_from_cstr("None");
  if (ft_generic_alias_check(m))
    return ft_repr(m);
  FtValue qn = ft_getattr_opt(m, ft_str_intern_cstr("__qualname__"));
  FtValue mod = qn ? ft_getattr_opt(m, ft_str_intern_cstr("__module__")) : 0;
  FtValue s;
  if (ft_err_occurred()) {
    s = 0;
  } else if (qn && mod && ft_str_check(qn) && ft_str_check(mod)) {
    if (!strcmp(ft_str_data(mod), "builtins"))
      s = ft_newref(qn);
    else
      s = ft_str_from_format("%U.%U", mod, qn);
  } else {
    s = ft_repr(m);
  }
  ft_xdecref(qn);
  ft_xdecref(mod);
  return s;
}

static FtValue union_repr(FtValue self) {
  FtValue args = UN(self)->args;
  size_t n = ft_tuple_len(args);
  FtValue parts = ft_list_new(0);
  if (!parts)
    return 0;
  for (size_t i = 0; i < n; i++) {
    FtValue s = union_repr_item(ft_tuple_get(args, i));
    if (!s || ft_list_append(parts, s) < 0) {
      ft_xdecref(s);
      ft_decref(parts);
      return 0;
    }
    ft_decref(s);
  }
  FtValue sep = ft_str_from_cstr(" | ");
  FtValue r = sep ? ft_str_join(sep, parts) : 0;
  ft_xdecref(sep);
  ft_decref(parts);
  return r;
}

static intptr_t union_hash(FtValue self) {
  FtValue s = ft_frozenset_new(UN(self)->args);
  if (!s)
    return -1;
  intptr_t h = ft_hash(s);
  ft_decref(s);
  return h;
}

/* Only == and != between unions, comparing the sets of members. */
static FtValue union_richcompare(FtValue a, FtValue b, int op) {
  if (!union_check(a) || !union_check(b) || (op != FT_EQ && op != FT_NE))
    return FT_NOTIMPL;
  FtValue sa = ft_frozenset_new(UN(a)->args);
  if (!sa)
    return 0;
  FtValue sb = ft_frozenset_new(UN(b)->args);
  if (!sb) {
    ft_decref(sa);
    return 0;
  }
  FtValue r = ft_richcompare(sa, sb, op);
  ft_decref(sa);
  ft_decref(sb);
  return r;
}

static FtValue union_get_args(FtValue self) { return ft_newref(UN(self)->args); }
/* Type variables are what would go here; ftpy has none. */
static FtValue union_get_parameters(FtValue self) {
  (void)self;
  return ft_newref(FT_EMPTY_TUPLE);
}

static const FtGetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtUnion_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "types.UnionType",
    .basicsize = sizeof(FtUnion),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb[FT_NB_OR] = ft_union_or,
    .getsets = union_getsets,
};
