/*
 * bool.c -- Python's bool: the two immortal singletons True and False.
 *
 * Representation: ft_true_object and ft_false_object are bare static
 * object headers of type bool; their value is their identity (they are
 * not tagged small ints, so `x is True` is one word compare).  bool is a
 * subclass of int that cannot itself be subclassed: every int slot (int.c)
 * reads a bool as 0 or 1, so True + 1 == 2 and hash(True) == 1 come from
 * int; bool only overrides repr, new and & | ^ (bool op bool stays bool).
 *
 * Invariant: there are exactly two bool objects; ft_bool() and every
 * comparison return one of them.
 *
 * Synchronization: none needed; the singletons are immortal and never
 * written after start-up.
 */
#include "ft.h"

FtObject ft_true_object = FT_STATIC_HEAD(&FtBool_Type);
FtObject ft_false_object = FT_STATIC_HEAD(&FtBool_Type);

FtValue ft_bool(int b) { return b ? FT_TRUE : FT_FALSE; }

static inline int is_bool(FtValue v) { return v == FT_TRUE || v == FT_FALSE; }

/* The interned (immortal) names, cached; racing threads store the same
 * object, so relaxed atomics suffice. */
static _Atomic FtValue repr_cache[2];

static FtValue bool_repr(FtValue v) {
  int i = v == FT_TRUE;
  FtValue s = atomic_load_explicit(&repr_cache[i], memory_order_relaxed);
  if (!s) {
    s = ft_str_intern_cstr(i ? "True" : "False");
    atomic_store_explicit(&repr_cache[i], s, memory_order_relaxed);
  }
  return s;
}

static FtValue bool_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)type;
  if (kwnames && ft_tuple_len(kwnames))
    return ft_err_format(&FtExc_TypeError, "bool() takes no keyword arguments");
  if (ft_args_count("bool", nargs, 0, 1) < 0)
    return 0;
  if (nargs == 0)
    return FT_FALSE;
  int t = ft_truthy(args[0]);
  if (t < 0)
    return 0;
  return ft_bool(t);
}

/* bool & bool, | and ^ stay bool; anything else is int arithmetic. */
static FtValue bool_and(FtValue a, FtValue b) {
  if (is_bool(a) && is_bool(b))
    return ft_bool(a == FT_TRUE && b == FT_TRUE);
  return FtInt_Type.nb[FT_NB_AND](a, b);
}

static FtValue bool_or(FtValue a, FtValue b) {
  if (is_bool(a) && is_bool(b))
    return ft_bool(a == FT_TRUE || b == FT_TRUE);
  return FtInt_Type.nb[FT_NB_OR](a, b);
}

static FtValue bool_xor(FtValue a, FtValue b) {
  if (is_bool(a) && is_bool(b))
    return ft_bool(a != b);
  return FtInt_Type.nb[FT_NB_XOR](a, b);
}

static int bool_bool(FtValue v) { return v == FT_TRUE; }

FtType FtBool_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "bool",
    .basicsize = sizeof(FtObject),
    .tpflags = FT_TPFLAG_INT_SUBCLASS, /* not BASETYPE: bool is final */
    .base = &FtInt_Type,
    .dealloc = NULL, /* immortal: never freed */
    .repr = bool_repr,
    .bool_ = bool_bool,
    .nb[FT_NB_AND] = bool_and,
    .nb[FT_NB_OR] = bool_or,
    .nb[FT_NB_XOR] = bool_xor,
    .new_ = bool_new,
};
