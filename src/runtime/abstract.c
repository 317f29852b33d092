/*
 * abstract.c -- the abstract object protocol: repr/str/hash, rich
 * comparison, truth, attributes, calls, subscription, iteration, number
 * operators, isinstance/issubclass and argument parsing for built-ins.
 *
 * Every function here dispatches through the C slots of the operand types
 * (FtType in runtime/object.h) with CPython 3.11's rules for which slot is
 * tried first and CPython's error messages when none applies.  Binary
 * number slots serve both operand orders (one nb[op] per type, called as
 * slot(a, b) whichever side owns it), exactly like CPython's nb_add.
 *
 * Invariant: these functions never hold a lock; they only read type slots,
 * which are fixed before a type is published (type attribute assignment
 * rewrites slots under the type's mutex, one word at a time), so any
 * thread may call any of them on shared objects.  The only per-thread
 * state is ft_ts->c_depth, the C recursion guard of ft_call.
 */
#include <stdlib.h>

#include "ft.h"
#include "objects/typeslots.h"
#include "tstate.h"

/* ---- recursion guard -------------------------------------------------- */

/* Calls from C back into Python (and nested comparisons/reprs) recurse on
 * the C stack; cap them a little above the Python recursion limit. */
static int enter_call(const char *where) {
  FtThreadState *ts = ft_ts;
  if (!ts)
    return 0;
  if (++ts->c_depth > atomic_load_explicit(&ft_recursion_limit, memory_order_relaxed) + 50 ||
      (uintptr_t)__builtin_frame_address(0) < ts->c_stack_limit) {
    ts->c_depth--;
    ft_err_format(&FtExc_RecursionError, "maximum recursion depth exceeded%s",
                  where);
    return -1;
  }
  return 0;
}
static void leave_call(void) {
  FtThreadState *ts = ft_ts;
  if (ts)
    ts->c_depth--;
}

/* The name error messages use: CPython's tp_name, which for a static
 * type in a module keeps the module ('_io.TextIOWrapper'); __name__
 * (type.c) is the part after the dot. */
const char *ft_type_name(FtValue v) { return ft_type(v)->name; }

/* ---- repr / str / ascii / format -------------------------------------- */

static FtValue default_repr(FtValue v) {
  return ft_str_from_format("<%s object at %p>", ft_type_name(v), (void *)v);
}

FtValue ft_repr(FtValue v) {
  FtType *t = ft_type(v);
  if (!t->repr)
    return default_repr(v);
  if (enter_call(" while getting the repr of an object") < 0)
    return 0;
  FtValue r = t->repr(v);
  leave_call();
  if (r && !ft_str_check(r)) {
    ft_err_format(&FtExc_TypeError, "__repr__ returned non-string (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  return r;
}

FtValue ft_to_str(FtValue v) {
  FtType *t = ft_type(v);
  if (t == &FtStr_Type)
    return ft_newref(v);
  if (!t->str)
    return ft_repr(v);
  if (enter_call(" while getting the str of an object") < 0)
    return 0;
  FtValue r = t->str(v);
  leave_call();
  if (r && !ft_str_check(r)) {
    ft_err_format(&FtExc_TypeError, "__str__ returned non-string (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  return r;
}

/* Append the UTF-8 of code point-escaped text: non-ASCII as \xhh, \uhhhh
 * or \Uhhhhhhhh, as ascii() does. */
FtValue ft_ascii(FtValue v) {
  FtValue r = ft_repr(v);
  if (!r)
    return 0;
  const unsigned char *s = (const unsigned char *)ft_str_data(r);
  size_t n = ft_str_size(r);
  size_t extra = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 0x80)
      extra += 10;
  if (!extra)
    return r;
  char *buf = ft_mem_alloc(n + extra + 1);
  if (!buf) {
    ft_decref(r);
    return 0;
  }
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    if (c < 0x80) {
      buf[o++] = (char)c;
      i++;
      continue;
    }
    uint32_t cp;
    int len;
    if (c >= 0xF0) {
      cp = c & 0x07;
      len = 4;
    } else if (c >= 0xE0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      cp = c & 0x1F;
      len = 2;
    }
    for (int k = 1; k < len && i + (size_t)k < n; k++)
      cp = (cp << 6) | (s[i + (size_t)k] & 0x3F);
    i += (size_t)len;
    if (cp <= 0xFF)
      o += (size_t)sprintf(buf + o, "\\x%02x", cp);
    else if (cp <= 0xFFFF)
      o += (size_t)sprintf(buf + o, "\\u%04x", cp);
    else
      o += (size_t)sprintf(buf + o, "\\U%08x", cp);
  }
  ft_decref(r);
  FtValue out = ft_str_new(buf, o);
  ft_mem_free(buf);
  return out;
}

/* Call special method `m` found on a type with self and extra args,
 * honouring the descriptor protocol for anything but plain functions and
 * C descriptors (which take self as the first argument). */
static FtValue call_special(FtValue m, FtValue self, const FtValue *args,
                            size_t nargs) {
  FtType *mt = ft_type(m);
  if (mt == &FtFunction_Type || mt == &FtMethodDescr_Type ||
      mt == &FtSlotWrapper_Type) {
    FtValue stack[4];
    if (nargs > 3)
      return ft_err_format(&FtExc_SystemError, "call_special: too many args");
    stack[0] = self;
    for (size_t i = 0; i < nargs; i++)
      stack[i + 1] = args[i];
    return ft_call(m, stack, nargs + 1, 0);
  }
  FtValue bound = mt->descr_get ? mt->descr_get(m, self, ft_val(ft_type(self)))
                                : ft_newref(m);
  if (!bound)
    return 0;
  FtValue r = ft_call(bound, args, nargs, 0);
  ft_decref(bound);
  return r;
}

FtValue ft_format(FtValue v, FtValue spec) {
  FtValue own = 0;
  if (!spec)
    spec = own = ft_str_new("", 0);
  if (!spec)
    return 0;
  if (ft_type(v) == &FtStr_Type && ft_type(spec) == &FtStr_Type &&
      ft_str_size(spec) == 0) {
    ft_xdecref(own);
    return ft_newref(v);
  }
  FtValue m = ft_type_lookup(ft_type(v), ft_str_intern_cstr("__format__"));
  if (!m) {
    ft_xdecref(own);
    if (ft_err_occurred())
      return 0;
    return ft_err_format(&FtExc_TypeError,
                         "Type %s doesn't define __format__", ft_type_name(v));
  }
  FtValue r = call_special(m, v, &spec, 1);
  ft_xdecref(own);
  if (r && !ft_str_check(r)) {
    ft_err_format(&FtExc_TypeError, "__format__ must return a str, not %s",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  return r;
}

/* ---- hash / compare / truth ------------------------------------------- */

intptr_t ft_hash(FtValue v) {
  FtType *t = ft_type(v);
  if (!t->hash) {
    ft_err_format(&FtExc_TypeError, "unhashable type: '%s'", ft_type_name(v));
    return -1;
  }
  return t->hash(v);
}

static const int swapped_op[] = {FT_GT, FT_GE, FT_EQ, FT_NE, FT_LT, FT_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static FtValue do_richcompare(FtValue a, FtValue b, int op) {
  FtType *ta = ft_type(a), *tb = ft_type(b);
  int checked_reverse = 0;
  FtValue r;
  if (ta != tb && tb->richcompare && ft_type_is_subtype(tb, ta)) {
    checked_reverse = 1;
    r = tb->richcompare(b, a, swapped_op[op]);
    if (r != FT_NOTIMPL)
      return r;
  }
  if (ta->richcompare) {
    r = ta->richcompare(a, b, op);
    if (r != FT_NOTIMPL)
      return r;
  }
  if (!checked_reverse && tb->richcompare) {
    r = tb->richcompare(b, a, swapped_op[op]);
    if (r != FT_NOTIMPL)
      return r;
  }
  switch (op) {
  case FT_EQ:
    return ft_bool(a == b);
  case FT_NE:
    return ft_bool(a != b);
  default:
    return ft_err_format(&FtExc_TypeError,
                         "'%s' not supported between instances of '%s' and '%s'",
                         op_symbol[op], ft_type_name(a), ft_type_name(b));
  }
}

FtValue ft_richcompare(FtValue a, FtValue b, int op) {
  if (ft_is_small(a) && ft_is_small(b)) {
    intptr_t x = ft_small_val(a), y = ft_small_val(b);
    int res = 0;
    switch (op) {
    case FT_LT: res = x < y; break;
    case FT_LE: res = x <= y; break;
    case FT_EQ: res = x == y; break;
    case FT_NE: res = x != y; break;
    case FT_GT: res = x > y; break;
    default: res = x >= y; break;
    }
    return ft_bool(res);
  }
  if (enter_call(" in comparison") < 0)
    return 0;
  FtValue r = do_richcompare(a, b, op);
  leave_call();
  return r;
}

int ft_richcompare_bool(FtValue a, FtValue b, int op) {
  FtValue r = ft_richcompare(a, b, op);
  if (!r)
    return -1;
  int t;
  if (r == FT_TRUE)
    t = 1;
  else if (r == FT_FALSE)
    t = 0;
  else
    t = ft_truthy(r);
  ft_decref(r);
  return t;
}

int ft_eq(FtValue a, FtValue b) {
  if (a == b)
    return 1;
  if (ft_is_small(a) && ft_is_small(b))
    return 0;
  FtType *ta = ft_type(a), *tb = ft_type(b);
  if (ta == &FtStr_Type && tb == &FtStr_Type)
    return ft_str_eq(a, b);
  return ft_richcompare_bool(a, b, FT_EQ);
}

int ft_truthy(FtValue v) {
  if (v == FT_TRUE)
    return 1;
  if (v == FT_FALSE || v == FT_NONE)
    return 0;
  if (ft_is_small(v))
    return ft_small_val(v) != 0;
  FtType *t = ft_type(v);
  if (t->bool_)
    return t->bool_(v);
  if (t->len) {
    intptr_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

/* ---- attributes -------------------------------------------------------- */

FtValue ft_getattr(FtValue o, FtValue name) {
  if (!ft_str_check(name))
    return ft_err_format(&FtExc_TypeError,
                         "attribute name must be string, not '%s'",
                         ft_type_name(name));
  FtType *t = ft_type(o);
  if (t->getattr)
    return t->getattr(o, name);
  return ft_err_format(&FtExc_AttributeError,
                       "'%s' object has no attribute '%U'", ft_type_name(o), name);
}

FtValue ft_getattr_cstr(FtValue o, const char *name) {
  FtValue n = ft_str_intern_cstr(name);
  if (!n)
    return 0;
  return ft_getattr(o, n);
}

FtValue ft_getattr_opt(FtValue o, FtValue name) {
  /* The common case builds no AttributeError just to drop it. */
  if (ft_type(o)->getattr == ft_object_generic_getattr && ft_str_check(name))
    return ft_object_generic_getattr_opt(o, name);
  FtValue r = ft_getattr(o, name);
  if (!r && ft_err_matches(&FtExc_AttributeError))
    ft_err_clear();
  return r;
}

int ft_setattr(FtValue o, FtValue name, FtValue v) {
  if (!ft_str_check(name)) {
    ft_err_format(&FtExc_TypeError, "attribute name must be string, not '%s'",
                  ft_type_name(name));
    return -1;
  }
  FtType *t = ft_type(o);
  if (t->setattr)
    return t->setattr(o, name, v);
  if (!t->getattr)
    ft_err_format(&FtExc_TypeError, "'%s' object has no attributes (%s .%U)",
                  ft_type_name(o), v ? "assign to" : "del", name);
  else
    ft_err_format(&FtExc_TypeError,
                  "'%s' object has only read-only attributes (%s .%U)",
                  ft_type_name(o), v ? "assign to" : "del", name);
  return -1;
}

int ft_setattr_cstr(FtValue o, const char *name, FtValue v) {
  FtValue n = ft_str_intern_cstr(name);
  if (!n)
    return -1;
  return ft_setattr(o, n, v);
}

/* ---- calls ------------------------------------------------------------- */

FtValue ft_call(FtValue callable, const FtValue *args, size_t nargs,
                FtValue kwnames) {
  FtType *t = ft_type(callable);
  if (!t->call)
    return ft_err_format(&FtExc_TypeError, "'%s' object is not callable",
                         ft_type_name(callable));
  if (enter_call(" while calling a Python object") < 0)
    return 0;
  FtValue r = t->call(callable, args, nargs, kwnames);
  leave_call();
  if (!r && !ft_err_occurred())
    ft_err_format(&FtExc_SystemError,
                  "%R returned NULL without setting an exception", callable);
  return r;
}

FtValue ft_call0(FtValue callable) { return ft_call(callable, NULL, 0, 0); }
FtValue ft_call1(FtValue callable, FtValue a) {
  return ft_call(callable, &a, 1, 0);
}
FtValue ft_call2(FtValue callable, FtValue a, FtValue b) {
  FtValue args[2] = {a, b};
  return ft_call(callable, args, 2, 0);
}

int ft_call_gather_kwargs(FtValue kwargs, FtValue *vals, size_t nkw, FtValue *names) {
  FtValue nt = ft_tuple_new(nkw);
  if (!nt)
    return -1;
  size_t pos = 0, i = 0;
  FtValue k, v;
  /* The dict may change under us (another thread): take what we see, up
   * to the size we allocated for. */
  while (i < nkw && ft_dict_next(kwargs, &pos, &k, &v)) {
    if (!ft_str_check(k)) {
      ft_decref(k);
      ft_decref(v);
      for (size_t j = 0; j < i; j++)
        ft_decref(vals[j]);
      ft_decref(nt);
      ft_err_format(&FtExc_TypeError, "keywords must be strings");
      return -1;
    }
    ft_tuple_items(nt)[i] = k;
    vals[i] = v;
    i++;
  }
  if (i < nkw) { /* shrank meanwhile */
    FtValue t = i ? ft_tuple_from_array(ft_tuple_items(nt), i) : 0;
    ft_decref(nt);
    if (i && !t) {
      for (size_t j = 0; j < i; j++)
        ft_decref(vals[j]);
      return -1;
    }
    nt = t;
  }
  *names = nt;
  return (int)i;
}

FtValue ft_call_tuple_dict(FtValue callable, FtValue args, FtValue kwargs) {
  size_t n = args ? ft_tuple_len(args) : 0;
  const FtValue *items = args ? ft_tuple_items(args) : NULL;
  size_t nkw = kwargs ? ft_dict_size(kwargs) : 0;
  if (!nkw)
    return ft_call(callable, items, n, 0);
  FtValue small[16];
  FtValue *stack = n + nkw <= 16 ? small : ft_mem_alloc((n + nkw) * sizeof(FtValue));
  if (!stack)
    return 0;
  memcpy(stack, items, n * sizeof(FtValue));
  FtValue kwn = 0;
  int got = ft_call_gather_kwargs(kwargs, stack + n, nkw, &kwn);
  FtValue r = got < 0 ? 0 : ft_call(callable, stack, n, kwn);
  for (int j = 0; j < got; j++)
    ft_decref(stack[n + (size_t)j]);
  if (stack != small)
    ft_mem_free(stack);
  ft_xdecref(kwn);
  return r;
}

FtValue ft_call_method(FtValue self, const char *name, const FtValue *args,
                       size_t nargs) {
  FtValue m = ft_getattr_cstr(self, name);
  if (!m)
    return 0;
  FtValue r = ft_call(m, args, nargs, 0);
  ft_decref(m);
  return r;
}

/* ---- subscription ------------------------------------------------------ */

FtValue ft_getitem(FtValue o, FtValue key) {
  FtType *t = ft_type(o);
  if (t->getitem)
    return t->getitem(o, key);
  if (t->tpflags & FT_TPFLAG_TYPE_SUBCLASS) {
    FtValue cg = ft_getattr_opt(o, ft_str_intern_cstr("__class_getitem__"));
    if (cg) {
      FtValue r = ft_call1(cg, key);
      ft_decref(cg);
      return r;
    }
    if (ft_err_occurred())
      return 0;
    /* the built-in generic classes and their subclasses (CPython's
     * classmethod __class_getitem__ is inherited): list[int],
     * dict[str, int], OrderedDict[str, int], ... */
    FtType *ct = (FtType *)ft_obj(o);
    static FtType *const generic[] = {&FtList_Type, &FtDict_Type, &FtTuple_Type, &FtSet_Type,
                                      &FtFrozenSet_Type, &FtType_Type, &FtEnumerate_Type,
                                      &FtMappingProxy_Type};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
      if (ft_type_is_subtype(ct, generic[i]))
        return ft_generic_alias_new(o, key);
    return ft_err_format(&FtExc_TypeError, "type '%s' is not subscriptable",
                         ((FtType *)ft_obj(o))->name);
  }
  return ft_err_format(&FtExc_TypeError, "'%s' object is not subscriptable",
                       ft_type_name(o));
}

int ft_setitem(FtValue o, FtValue key, FtValue v) {
  FtType *t = ft_type(o);
  if (t->setitem)
    return t->setitem(o, key, v);
  ft_err_format(&FtExc_TypeError, "'%s' object does not support item assignment",
                ft_type_name(o));
  return -1;
}

int ft_delitem(FtValue o, FtValue key) {
  FtType *t = ft_type(o);
  if (t->setitem)
    return t->setitem(o, key, 0);
  /* CPython words it by the path taken: "doesn't" from the sequence
   * protocol (an index on a type with sequence methods), else "does not". */
  int seq = (t->tpflags & FT_TPFLAG_HEAPTYPE) || t->getitem || t->len || t->contains;
  int index = ft_int_check(key) || ft_type(key)->index;
  ft_err_format(&FtExc_TypeError, "'%s' object %s support item deletion",
                ft_type_name(o), seq && index ? "doesn't" : "does not");
  return -1;
}

intptr_t ft_len(FtValue o) {
  FtType *t = ft_type(o);
  if (t->len)
    return t->len(o);
  ft_err_format(&FtExc_TypeError, "object of type '%s' has no len()",
                ft_type_name(o));
  return -1;
}

/* ---- iteration --------------------------------------------------------- */

FtValue ft_iter(FtValue o) {
  FtType *t = ft_type(o);
  if (t->iter) {
    FtValue it = t->iter(o);
    if (it && !ft_type(it)->iternext) {
      ft_err_format(&FtExc_TypeError, "iter() returned non-iterator of type '%s'",
                    ft_type_name(it));
      ft_decref(it);
      return 0;
    }
    return it;
  }
  if (t->getitem && !ft_dict_check(o))
    return ft_seqiter_new(o);
  return ft_err_format(&FtExc_TypeError, "'%s' object is not iterable",
                       ft_type_name(o));
}

FtValue ft_next_raw(FtValue it) {
  FtType *t = ft_type(it);
  if (t->iternext)
    return t->iternext(it);
  return ft_err_format(&FtExc_TypeError, "'%s' object is not an iterator",
                       ft_type_name(it));
}

FtValue ft_next(FtValue it) {
  FtValue r = ft_next_raw(it);
  /* the end, whether signalled with or without StopIteration (a
   * generator's return value, a __next__ that raises it) */
  if (!r && ft_err_matches(&FtExc_StopIteration))
    ft_err_clear();
  return r;
}

int ft_contains(FtValue container, FtValue item) {
  FtType *t = ft_type(container);
  if (t->contains)
    return t->contains(container, item);
  if (!t->iter && !t->getitem) {
    ft_err_format(&FtExc_TypeError, "argument of type '%s' is not iterable",
                  ft_type_name(container));
    return -1;
  }
  FtValue it = ft_iter(container);
  if (!it) {
    if (ft_err_matches(&FtExc_TypeError)) {
      ft_err_clear();
      ft_err_format(&FtExc_TypeError, "argument of type '%s' is not iterable",
                    ft_type_name(container));
    }
    return -1;
  }
  for (;;) {
    FtValue x = ft_next(it);
    if (!x) {
      ft_decref(it);
      return ft_err_occurred() ? -1 : 0;
    }
    int eq = ft_eq(x, item);
    ft_decref(x);
    if (eq != 0) {
      ft_decref(it);
      return eq;
    }
  }
}

/* ---- number operators -------------------------------------------------- */

static const char *const binop_symbol[FT_NB_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "divmod()", "** or pow()",
    "<<", ">>", "&", "|", "^"};
static const char *const ibinop_symbol[FT_NB_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "divmod()", "**=",
    "<<=", ">>=", "&=", "|=", "^="};

/* CPython's binary_op1: FT_NOTIMPL (borrowed) when neither side handles. */
static FtValue binop1(FtValue a, FtValue b, int op) {
  FtType *ta = ft_type(a), *tb = ft_type(b);
  FtBinaryFn fa = ta->nb[op];
  FtBinaryFn fb = (ta != tb && tb->nb[op] != fa) ? tb->nb[op] : NULL;
  FtValue r;
  if (fa) {
    if (fb && ft_type_is_subtype(tb, ta)) {
      r = fb(a, b);
      if (r != FT_NOTIMPL)
        return r;
      fb = NULL;
    }
    r = fa(a, b);
    if (r != FT_NOTIMPL)
      return r;
  }
  if (fb)
    return fb(a, b);
  return FT_NOTIMPL;
}

/* The sequence types whose + and * CPython implements as sequence slots. */
static const char *seq_kind(FtValue v) {
  FtType *t = ft_type(v);
  if (t->tpflags & FT_TPFLAG_LIST_SUBCLASS)
    return "list";
  if (t->tpflags & FT_TPFLAG_TUPLE_SUBCLASS)
    return "tuple";
  if (t->tpflags & FT_TPFLAG_STR_SUBCLASS)
    return "str";
  if (t->tpflags & FT_TPFLAG_BYTES_SUBCLASS)
    return "bytes";
  if (ft_isinstance_type(v, &FtByteArray_Type))
    return "bytearray";
  return NULL;
}

/* CPython tries the sequence slots (concat, repeat) after both operands'
 * number slots declined; their errors are what the user sees then.  Sets
 * that error and returns 1, or returns 0 when no sequence is involved. */
static int seq_error(FtValue a, FtValue b, int nb) {
  if (nb == FT_NB_ADD) {
    const char *seq = seq_kind(a);
    if (!seq)
      return 0;
    if (seq[0] == 'b') /* bytes, bytearray */
      ft_err_format(&FtExc_TypeError, "can't concat %s to %s", ft_type_name(b), seq);
    else
      ft_err_format(&FtExc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                    seq, ft_type_name(b), seq);
    return 1;
  }
  if (nb == FT_NB_MUL && (seq_kind(a) || seq_kind(b))) {
    ft_err_format(&FtExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                  ft_type_name(seq_kind(a) ? b : a));
    return 1;
  }
  return 0;
}

static FtValue binop_error(FtValue a, FtValue b, const char *sym) {
  return ft_err_format(&FtExc_TypeError,
                       "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                       ft_type_name(a), ft_type_name(b));
}

FtValue ft_binop_type_error(FtType *ta, FtType *tb, int nb) {
  return ft_err_format(&FtExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                       binop_symbol[nb], ta->name, tb->name);
}

FtValue ft_binop(FtValue a, FtValue b, int nb) {
  FtValue r = binop1(a, b, nb);
  if (r == FT_NOTIMPL) {
    if (seq_error(a, b, nb))
      return 0;
    return binop_error(a, b, binop_symbol[nb]);
  }
  return r;
}

FtValue ft_inplace_binop(FtValue a, FtValue b, int nb) {
  FtType *ta = ft_type(a);
  FtBinaryFn fi = ta->nb_inplace[nb];
  /* list's and bytearray's += and *= are sequence slots in CPython, tried
   * only after the number protocol: the right operand's __radd__/__rmul__
   * goes first */
  if (fi && (fi == FtList_Type.nb_inplace[nb] || fi == FtByteArray_Type.nb_inplace[nb])) {
    FtType *tb = ft_type(b);
    FtBinaryFn fb = tb != ta && !seq_kind(b) ? tb->nb[nb] : NULL; /* (a sequence's
                                                                    + and * aren't number slots) */
    if (fb && fb != ta->nb[nb]) {
      FtValue r = fb(a, b);
      if (r != FT_NOTIMPL)
        return r;
    }
  }
  if (fi) {
    FtValue r = fi(a, b);
    if (r != FT_NOTIMPL)
      return r;
  }
  FtValue r = binop1(a, b, nb);
  if (r == FT_NOTIMPL) {
    if (seq_error(a, b, nb))
      return 0;
    return binop_error(a, b, ibinop_symbol[nb]);
  }
  return r;
}

FtValue ft_neg(FtValue v) {
  FtType *t = ft_type(v);
  if (t->neg)
    return t->neg(v);
  return ft_err_format(&FtExc_TypeError, "bad operand type for unary -: '%s'",
                       ft_type_name(v));
}
FtValue ft_pos(FtValue v) {
  FtType *t = ft_type(v);
  if (t->pos)
    return t->pos(v);
  return ft_err_format(&FtExc_TypeError, "bad operand type for unary +: '%s'",
                       ft_type_name(v));
}
FtValue ft_invert(FtValue v) {
  FtType *t = ft_type(v);
  if (t->invert)
    return t->invert(v);
  return ft_err_format(&FtExc_TypeError, "bad operand type for unary ~: '%s'",
                       ft_type_name(v));
}
FtValue ft_abs(FtValue v) {
  FtType *t = ft_type(v);
  if (t->abs_)
    return t->abs_(v);
  return ft_err_format(&FtExc_TypeError, "bad operand type for abs(): '%s'",
                       ft_type_name(v));
}

FtValue ft_index(FtValue v) {
  if (ft_is_small(v))
    return v;
  FtType *t = ft_type(v);
  if (t == &FtInt_Type)
    return ft_newref(v);
  if (ft_int_check(v)) /* bool and int subclasses: an exact int */
    return ft_int_add(v, ft_small(0));
  if (!t->index)
    return ft_err_format(&FtExc_TypeError,
                         "'%s' object cannot be interpreted as an integer",
                         ft_type_name(v));
  FtValue r = t->index(v);
  if (r && !ft_int_check(r)) {
    ft_err_format(&FtExc_TypeError, "__index__ returned non-int (type %s)",
                  ft_type_name(r));
    ft_decref(r);
    return 0;
  }
  if (r && !ft_is_small(r) && ft_type(r) != &FtInt_Type) {
    FtValue e = ft_int_add(r, ft_small(0));
    ft_decref(r);
    return e;
  }
  return r;
}

FtValue ft_number_int(FtValue v) {
  if (ft_is_small(v) || ft_type(v) == &FtInt_Type)
    return ft_newref(v);
  /* int.__new__ implements the full protocol (__int__, __index__,
   * __trunc__, strings, bytes) without calling back here. */
  return ft_call1(ft_val(&FtInt_Type), v);
}

FtValue ft_number_float(FtValue v) {
  if (!ft_is_small(v) && ft_type(v) == &FtFloat_Type)
    return ft_newref(v);
  return ft_call1(ft_val(&FtFloat_Type), v);
}

/* ---- isinstance / issubclass ------------------------------------------ */

static int is_type(FtValue v) {
  return !ft_is_small(v) && FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS);
}

/* The metaclass override of __instancecheck__/__subclasscheck__, if any
 * (borrowed); 0 when cls's metaclass is type or does not override it. */
static FtValue meta_hook(FtValue cls, const char *name) {
  FtType *meta = ft_type(cls);
  if (meta == &FtType_Type)
    return 0;
  FtValue key = ft_str_intern_cstr(name);
  FtValue m = ft_type_lookup(meta, key);
  if (!m || m == ft_type_lookup(&FtType_Type, key))
    return 0;
  return m;
}

static int call_hook(FtValue hook, FtValue cls, FtValue arg) {
  if (enter_call(" in __instancecheck__") < 0)
    return -1;
  FtValue r = call_special(hook, cls, &arg, 1);
  leave_call();
  if (!r)
    return -1;
  int b = ft_truthy(r);
  ft_decref(r);
  return b;
}

/* isinstance(o, t) for a type t: o's type, or else -- as CPython -- o's
 * __class__ when a class overrides it (a property returning another
 * class, as proxies and mocks do). */
static int isinstance_with_class(FtValue o, FtType *t) {
  if (ft_isinstance_type(o, t))
    return 1;
  FtType *ot = ft_type(o);
  if (!(ot->tpflags & FT_TPFLAG_HEAPTYPE))
    return 0;
  FtValue name = ft_str_intern_cstr("__class__");
  FtValue d = ft_type_lookup(ot, name);
  if (!d || d == ft_type_lookup(&FtObject_Type, name))
    return 0;
  FtValue icls = ft_getattr(o, name);
  if (!icls) {
    if (!ft_err_matches(&FtExc_AttributeError))
      return -1;
    ft_err_clear();
    return 0;
  }
  int r = is_type(icls) && icls != ft_val(ot) &&
          ft_type_is_subtype((FtType *)ft_obj(icls), t);
  ft_decref(icls);
  return r;
}

static int isinstance_impl(FtValue o, FtValue cls, int depth) {
  if (ft_type(o) == (FtType *)ft_obj(cls) && !ft_is_small(cls))
    return 1;
  if (!ft_is_small(cls) && ft_type(cls) == &FtType_Type)
    return isinstance_with_class(o, (FtType *)ft_obj(cls));
  if (FT_TYPE_HAS(cls, FT_TPFLAG_TUPLE_SUBCLASS)) {
    if (depth > 1000) {
      ft_err_format(&FtExc_RecursionError, "maximum recursion depth exceeded");
      return -1;
    }
    size_t n = ft_tuple_len(cls);
    for (size_t i = 0; i < n; i++) {
      int r = isinstance_impl(o, ft_tuple_get(cls, i), depth + 1);
      if (r != 0)
        return r;
    }
    return 0;
  }
  if (ft_type(cls) == &FtUnion_Type) /* int | str: as (int, str) */
    return isinstance_impl(o, ft_union_args(cls), depth + 1);
  if (ft_generic_alias_check(cls)) {
    ft_err_format(&FtExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return -1;
  }
  FtValue hook = meta_hook(cls, "__instancecheck__");
  if (hook)
    return call_hook(hook, cls, o);
  if (is_type(cls))
    return isinstance_with_class(o, (FtType *)ft_obj(cls));
  ft_err_format(&FtExc_TypeError,
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int ft_isinstance(FtValue o, FtValue cls) { return isinstance_impl(o, cls, 0); }

static int issubclass_impl(FtValue sub, FtValue cls, int depth) {
  if (!ft_is_small(cls) && ft_type(cls) == &FtType_Type && is_type(sub))
    return ft_type_is_subtype((FtType *)ft_obj(sub), (FtType *)ft_obj(cls));
  if (FT_TYPE_HAS(cls, FT_TPFLAG_TUPLE_SUBCLASS)) {
    if (depth > 1000) {
      ft_err_format(&FtExc_RecursionError, "maximum recursion depth exceeded");
      return -1;
    }
    size_t n = ft_tuple_len(cls);
    for (size_t i = 0; i < n; i++) {
      int r = issubclass_impl(sub, ft_tuple_get(cls, i), depth + 1);
      if (r != 0)
        return r;
    }
    return 0;
  }
  if (ft_type(cls) == &FtUnion_Type)
    return issubclass_impl(sub, ft_union_args(cls), depth + 1);
  if (ft_generic_alias_check(cls)) {
    ft_err_format(&FtExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return -1;
  }
  FtValue hook = meta_hook(cls, "__subclasscheck__");
  if (hook)
    return call_hook(hook, cls, sub);
  if (!is_type(sub)) {
    ft_err_format(&FtExc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type(cls)) {
    ft_err_format(&FtExc_TypeError,
                  "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return ft_type_is_subtype((FtType *)ft_obj(sub), (FtType *)ft_obj(cls));
}

int ft_issubclass(FtValue sub, FtValue cls) { return issubclass_impl(sub, cls, 0); }

int ft_callable(FtValue v) { return ft_type(v)->call != NULL; }

/* ---- argument parsing for built-ins ------------------------------------ */

int ft_args_parse(const char *fname, const FtValue *args, size_t nargs,
                  FtValue kwnames, const char *const *names, int npos_only,
                  int nrequired, FtValue *out) {
  size_t nparams = 0;
  while (names[nparams])
    nparams++;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  if (nargs > nparams) {
    if (nparams == 0)
      ft_err_format(&FtExc_TypeError, "%s() takes no arguments (%zu given)", fname,
                    nargs);
    else
      ft_err_format(&FtExc_TypeError, "%s() takes %s %zu %sargument%s (%zu given)",
                    fname, (size_t)nrequired == nparams ? "exactly" : "at most",
                    nparams, nkw ? "positional " : "", nparams == 1 ? "" : "s",
                    nargs);
    return -1;
  }
  if (nargs + nkw > nparams) { /* CPython counts before matching names */
    ft_err_format(&FtExc_TypeError, "%s() takes %s %zu %sargument%s (%zu given)", fname,
                  (size_t)nrequired == nparams ? "exactly" : "at most", nparams,
                  nargs ? "" : "keyword ", nparams == 1 ? "" : "s", nargs + nkw);
    return -1;
  }
  for (size_t i = 0; i < nparams; i++)
    out[i] = i < nargs ? args[i] : 0;
  for (size_t j = 0; j < nkw; j++) {
    FtValue k = ft_tuple_get(kwnames, j);
    const char *ks = ft_str_data(k);
    size_t i;
    for (i = 0; i < nparams; i++)
      if (!strcmp(names[i], ks))
        break;
    if (i == nparams) { /* CPython's wording for built-ins */
      ft_err_format(&FtExc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                    fname);
      return -1;
    }
    if ((int)i < npos_only) {
      ft_err_format(&FtExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                    k, fname);
      return -1;
    }
    if (i < nargs) {
      ft_err_format(&FtExc_TypeError,
                    "argument for %s() given by name ('%U') and position (%zu)", fname,
                    k, i + 1);
      return -1;
    }
    out[i] = args[nargs + j];
  }
  for (int i = 0; i < nrequired && (size_t)i < nparams; i++)
    if (!out[i]) {
      if (i < npos_only || !names[i][0])
        ft_err_format(&FtExc_TypeError,
                      "%s() takes %s %d positional argument%s (%zu given)", fname,
                      (size_t)nrequired == nparams ? "exactly" : "at least",
                      nrequired, nrequired == 1 ? "" : "s", nargs);
      else
        ft_err_format(&FtExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                      fname, names[i], i + 1);
      return -1;
    }
  return 0;
}

int ft_args_no_kw(const char *fname, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames)) {
    ft_err_format(&FtExc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  return 0;
}

int ft_args_count(const char *fname, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    ft_err_format(&FtExc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs > max) {
    ft_err_format(&FtExc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}

/* ---- comparisons that run no Python code ------------------------------ */

static int eq_is_pure_depth(FtValue v, int depth) {
  if (ft_is_small(v))
    return 1;
  FtType *t = ft_type(v);
  if (t == &FtStr_Type || t == &FtInt_Type || t == &FtFloat_Type ||
      t == &FtBool_Type || t == &FtBytes_Type || t == &FtNone_Type)
    return 1;
  if (t == &FtTuple_Type && depth < 3) {
    size_t n = ft_tuple_len(v);
    for (size_t i = 0; i < n; i++)
      if (!eq_is_pure_depth(ft_tuple_get(v, i), depth + 1))
        return 0;
    return 1;
  }
  return 0;
}

int ft_eq_is_pure(FtValue v) { return eq_is_pure_depth(v, 0); }

int ft_eq_nopython(FtValue a, FtValue b) {
  if (ft_is_small(a) && ft_is_small(b))
    return 0; /* distinct tags: different ints */
  if (!ft_is_small(a) && !ft_is_small(b) && ft_type(a) == &FtStr_Type &&
      ft_type(b) == &FtStr_Type)
    return ft_str_size(a) == ft_str_size(b) &&
           memcmp(ft_str_data(a), ft_str_data(b), ft_str_size(a)) == 0;
  if (ft_eq_is_pure(a) && ft_eq_is_pure(b)) {
    int k = ft_eq(a, b);
    if (k < 0) { /* cannot happen for these types; be safe */
      ft_err_clear();
      k = 0;
    }
    return k;
  }
  return -1;
}
