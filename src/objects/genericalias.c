/*
 * genericalias.c -- types.GenericAlias, the value of subscripting a
 * built-in class: `list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`.
 * Annotations in modern code are full of them, and they are evaluated when
 * a function or class is defined, so they must at least exist, print like
 * CPython's and call through to their origin class.
 *
 * Representation: the origin class and the arguments as a tuple (a single
 * argument is stored as a 1-tuple).  Attribute lookups other than
 * __origin__, __args__ and __parameters__ go to the origin, so
 * `list[int].__name__` is 'list'.
 *
 * Synchronization: immutable after construction; any thread may read it
 * without locking.
 */
#include "ft.h"
#include "objects/typeslots.h"
#include "strbuf.h"

/* Append a str object's text. */
static int append_str(FtStrBuf *b, FtValue s) {
  return ft_strbuf_append(b, ft_str_data(s), ft_str_size(s));
}

typedef struct FtGenericAlias {
  FtObject ob;
  FtValue origin; /* a class */
  FtValue args;   /* tuple */
} FtGenericAlias;
#define GA(v) ((FtGenericAlias *)ft_obj(v))

int ft_generic_alias_check(FtValue v) {
  return !ft_is_small(v) && ft_type(v) == &FtGenericAlias_Type;
}

FtValue ft_generic_alias_new(FtValue origin, FtValue args) {
  FtValue t = ft_type(args) == &FtTuple_Type ? ft_newref(args) : ft_tuple_pack(1, args);
  if (!t)
    return 0;
  FtGenericAlias *g = (FtGenericAlias *)ft_object_alloc(&FtGenericAlias_Type, sizeof *g);
  if (!g) {
    ft_decref(t);
    return 0;
  }
  g->origin = ft_newref(origin);
  g->args = t;
  return ft_val(g);
}

static void ga_dealloc(FtObject *o) {
  FT_CLEAR(GA(ft_val(o))->origin);
  FT_CLEAR(GA(ft_val(o))->args);
  ft_object_free(o);
}

/* One argument as CPython writes it: `...`, a class by its (module-
 * qualified) name, a list of arguments in brackets (Callable), else its
 * repr. */
static int ga_repr_item(FtStrBuf *b, FtValue v);

static int ga_repr_seq(FtStrBuf *b, FtValue items) {
  size_t n = ft_tuple_len(items);
  for (size_t i = 0; i < n; i++) {
    if (i && ft_strbuf_append_cstr(b, ", ") < 0)
      return -1;
    if (ga_repr_item(b, ft_tuple_get(items, i)) < 0)
      return -1;
  }
  return 0;
}

static int ga_repr_item(FtStrBuf *b, FtValue v) {
  if (v == FT_ELLIPSIS)
    return ft_strbuf_append_cstr(b, "...");
  if (FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS) &&
      !(((FtType *)ft_obj(v))->tpflags & FT_TPFLAG_HEAPTYPE))
    return ft_strbuf_append_cstr(b, ((FtType *)ft_obj(v))->name); /* "int", "_thread.lock" */
  if (FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS) && !ft_generic_alias_check(v)) {
    FtValue qn = ft_getattr_opt(v, ft_str_intern_cstr("__qualname__"));
    FtValue mod = qn ? ft_getattr_opt(v, ft_str_intern_cstr("__module__")) : 0;
    int r = -1;
    if (qn && mod && ft_str_check(qn) && ft_str_check(mod)) {
      if (strcmp(ft_str_data(mod), "builtins") &&
          (append_str(b, mod) < 0 || ft_strbuf_append_cstr(b, ".") < 0))
        r = -1;
      else
        r = append_str(b, qn);
      ft_decref(qn);
      ft_decref(mod);
      return r;
    }
    ft_xdecref(qn);
    ft_xdecref(mod);
    if (ft_err_occurred())
      return -1;
  }
  if (FT_TYPE_HAS(v, FT_TPFLAG_LIST_SUBCLASS)) {
    FtValue t = ft_list_as_tuple(v);
    int r = t ? (ft_strbuf_append_cstr(b, "[") < 0 || ga_repr_seq(b, t) < 0 ||
                         ft_strbuf_append_cstr(b, "]") < 0
                     ? -1
                     : 0)
              : -1;
    ft_xdecref(t);
    return r;
  }
  FtValue s = ft_repr(v);
  if (!s)
    return -1;
  int r = append_str(b, s);
  ft_decref(s);
  return r;
}

static FtValue ga_repr(FtValue self) {
  FtStrBuf b;
  ft_strbuf_init(&b);
  FtValue args = GA(self)->args;
  int r = ga_repr_item(&b, GA(self)->origin);
  if (r == 0)
    r = ft_strbuf_append_cstr(&b, "[");
  if (r == 0)
    r = ft_tuple_len(args) ? ga_repr_seq(&b, args) : ft_strbuf_append_cstr(&b, "()");
  if (r == 0)
    r = ft_strbuf_append_cstr(&b, "]");
  FtValue res = 0;
  if (r == 0)
    res = ft_str_new(b.data, b.len);
  else if (!ft_err_occurred())
    ft_err_nomemory();
  ft_strbuf_free(&b);
  return res;
}

/* Calling the alias calls its origin; the result remembers the alias in
 * __orig_class__ when it can hold attributes (as CPython). */
static FtValue ga_call(FtValue self, const FtValue *args, size_t nargs, FtValue kwnames) {
  FtValue r = ft_call(GA(self)->origin, args, nargs, kwnames);
  if (r && ft_setattr(r, ft_str_intern_cstr("__orig_class__"), self) < 0)
    ft_err_clear();
  return r;
}

static FtValue ga_getattr(FtValue self, FtValue name) {
  const char *n = ft_str_data(name);
  if (!strcmp(n, "__origin__"))
    return ft_newref(GA(self)->origin);
  if (!strcmp(n, "__args__"))
    return ft_newref(GA(self)->args);
  if (!strcmp(n, "__parameters__"))
    return ft_newref(FT_EMPTY_TUPLE);
  if (!strcmp(n, "__class__"))
    return ft_newref(ft_val(ft_type(self)));
  if (!strcmp(n, "__repr__") || !strcmp(n, "__eq__") || !strcmp(n, "__hash__") ||
      !strcmp(n, "__call__") || !strcmp(n, "__or__") || !strcmp(n, "__ror__"))
    return ft_object_generic_getattr(self, name);
  return ft_getattr(GA(self)->origin, name);
}

static FtValue ga_richcompare(FtValue a, FtValue b, int op) {
  if ((op != FT_EQ && op != FT_NE) || !ft_generic_alias_check(b))
    return FT_NOTIMPL;
  int eq = GA(a)->origin == GA(b)->origin;
  if (eq) {
    eq = ft_eq(GA(a)->args, GA(b)->args);
    if (eq < 0)
      return 0;
  }
  return (eq == (op == FT_EQ)) ? FT_TRUE : FT_FALSE;
}

static intptr_t ga_hash(FtValue self) {
  intptr_t h1 = ft_hash(GA(self)->origin);
  if (h1 == -1)
    return -1;
  intptr_t h2 = ft_hash(GA(self)->args);
  if (h2 == -1)
    return -1;
  intptr_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

/* list[int] | None: a union (union.c accepts aliases as members). */
static FtValue ga_or(FtValue a, FtValue b) { return ft_union_or(a, b); }

/* types.GenericAlias(origin, args), which pure-Python classes use as
 * `__class_getitem__ = classmethod(GenericAlias)`. */
static FtValue ga_new(FtType *type, const FtValue *args, size_t nargs, FtValue kwnames) {
  (void)type;
  if (ft_args_no_kw("GenericAlias", kwnames) < 0 ||
      ft_args_count("GenericAlias", nargs, 2, 2) < 0)
    return 0;
  return ft_generic_alias_new(args[0], args[1]);
}

FtType FtGenericAlias_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "types.GenericAlias",
    .basicsize = sizeof(FtGenericAlias),
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .new_ = ga_new,
    .nb[FT_NB_OR] = ga_or,
};
