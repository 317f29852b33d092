/*
 * codegen.c -- AST to bytecode.
 *
 * One compilation unit per scope (module, class body, function, lambda,
 * comprehension), following the scopes the symbol table made, in the same
 * order.  Control flow uses labels resolved at the end of each unit;
 * try/finally bodies are emitted twice (normal and exceptional path) and
 * `return`/`break`/`continue` unwind the enclosing blocks inline, as CPython
 * does, so the VM needs no "pending return" state.  After a unit is
 * emitted, a flow pass computes the exact maximum stack depth.
 *
 * The compiler runs on the calling thread and shares nothing; the code
 * objects it produces are immutable (but for their inline caches) and are
 * made deferred-refcounted so threads share them freely.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ft.h"
#include "strbuf.h"
#include "parser.h"
#include "symtable.h"
#include "vm/code.h"

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
       FB_HANDLER, FB_HANDLER_NAMED, FB_POP_VALUE };

typedef struct FBlock {
  int type;
  int l_continue, l_break;
  FtStmtSeq *finalbody;
  const char *name;
} FBlock;

typedef struct Unit {
  FtScope *scope;
  uint32_t *code;
  int *lines;
  int n, cap;
  int *labels;
  int nlabels, caplabels;
  FtValue consts; /* list */
  FtValue names;  /* list of interned str */
  FtValue names_index; /* dict name -> index */
  FBlock fb[24];
  int nfb;
  int maxblocks;
  int line;
  int is_class;
  const char *qualname;
  struct Unit *parent;
} Unit;

typedef struct Compiler {
  FtSymtable st;
  FtSyntaxError *err;
  const char *filename;
  Unit *u;
  int interactive;
  FtStmtSeq *modbody; /* to check where `from __future__` imports are */
  const char *src;    /* the source text, for postponed annotations */
  size_t srclen;
  int future_annotations; /* `from __future__ import annotations` seen */
  int optimize;           /* compile(..., optimize=N): 1 drops asserts and
                             makes __debug__ False, 2 also docstrings */
} Compiler;

static int cerr(Compiler *c, int line, int col, const char *msg) {
  snprintf(c->err->msg, sizeof c->err->msg, "%s", msg);
  c->err->kind = "SyntaxError";
  c->err->lineno = line;
  c->err->col_offset = col + 1;
  c->err->end_lineno = 0;
  c->err->end_offset = 0;
  c->err->filename = c->filename;
  return -1;
}

/* ---- emission --------------------------------------------------------- */

static int emit(Compiler *c, int op, int arg) {
  Unit *u = c->u;
  if (u->n == u->cap) {
    int nc = u->cap ? u->cap * 2 : 64;
    uint32_t *code = realloc(u->code, (size_t)nc * sizeof *code);
    int *lines = realloc(u->lines, (size_t)nc * sizeof *lines);
    if (!code || !lines) {
      free(code ? code : u->code);
      free(lines ? lines : u->lines);
      u->code = NULL;
      u->lines = NULL;
      ft_err_nomemory();
      return -1;
    }
    u->code = code;
    u->lines = lines;
    u->cap = nc;
  }
  if (arg < 0 || arg > 0xFFFFFF)
    return cerr(c, u->line, 0, "too many constants or names");
  u->lines[u->n] = u->line;
  u->code[u->n++] = (uint32_t)op | ((uint32_t)arg << 8);
  return 0;
}

static int new_label(Compiler *c) {
  Unit *u = c->u;
  if (u->nlabels == u->caplabels) {
    int nc = u->caplabels ? u->caplabels * 2 : 32;
    int *l = realloc(u->labels, (size_t)nc * sizeof *l);
    if (!l)
      return -1;
    u->labels = l;
    u->caplabels = nc;
  }
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

static void bind_label(Compiler *c, int l) { c->u->labels[l] = c->u->n; }

static int is_jump(int op) {
  return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
         op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP ||
         op == OP_FOR_ITER || op == OP_SETUP_FINALLY || op == OP_BEFORE_WITH;
}

#define EMIT(op, arg)                                                        \
  do {                                                                       \
    if (emit(c, OP_##op, (arg)) < 0)                                         \
      return -1;                                                             \
  } while (0)
#define CHECK(x)                                                             \
  do {                                                                       \
    if ((x) < 0)                                                             \
      return -1;                                                             \
  } while (0)

static int add_const(Compiler *c, FtValue v) {
  /* Reuse an identical constant (same type and equal value). */
  FtValue consts = c->u->consts;
  size_t n = ft_list_size(consts);
  FtList *l = (FtList *)ft_obj(consts);
  for (size_t i = 0; i < n; i++) {
    FtValue x = l->items[i];
    if (x == v)
      return (int)i;
    if (ft_type(x) == ft_type(v) &&
        (ft_type(v) == &FtStr_Type || ft_type(v) == &FtBytes_Type ||
         (ft_type(v) == &FtInt_Type && !ft_is_small(v)))) {
      int eq = ft_eq(x, v);
      if (eq < 0)
        return -1;
      if (eq)
        return (int)i;
    }
  }
  if (ft_list_append(consts, v) < 0)
    return -1;
  return (int)n;
}

static FtValue make_constant(Compiler *c, FtConstant *k);

/* ---- constant folding (what CPython's AST optimizer folds) ----------- */

static int binop_nb(FtOperator op);
static FtValue fold_const(Compiler *c, FtExpr *e);

/* The size limits CPython's optimizer puts on folded results, so that a
 * program's constants (and its memory) are the same. */
#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_COLLECTION 256
#define FOLD_MAX_STR 4096
#define FOLD_MAX_TOTAL_ITEMS 1024

/* Bits of an int constant (its bit_length); -1 if it can't be told. */
static int64_t fold_int_bits(FtValue v) {
  if (ft_is_small(v)) {
    intptr_t x = ft_small_val(v);
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    return u ? 64 - __builtin_clzll(u) : 0;
  }
  FtValue r = ft_call_method(v, "bit_length", NULL, 0);
  int64_t n = -1;
  int ovf;
  if (!r || ft_int_as_i64(r, &n, &ovf) < 0 || ovf)
    n = -1;
  ft_xdecref(r);
  return n;
}

static int fold_is_int(FtValue v) {
  return ft_is_small(v) || ft_type(v) == &FtInt_Type || ft_type(v) == &FtBool_Type;
}

static int fold_is_zero(FtValue v) { return fold_is_int(v) && ft_truthy(v) == 0; }

/* Items in a constant tuple, nested tuples counted, up to limit. */
static int64_t fold_items(FtValue t, int64_t limit) {
  int64_t n = 0;
  for (size_t i = 0; i < ft_tuple_len(t) && n <= limit; i++) {
    FtValue x = ft_tuple_get(t, i);
    n += 1 + (!ft_is_small(x) && ft_type(x) == &FtTuple_Type ? fold_items(x, limit - n) : 0);
  }
  return n;
}

/* Would folding a OP b make a constant bigger than CPython allows? */
static int fold_too_big(int nb, FtValue a, FtValue b) {
  if (nb == FT_NB_MUL) {
    if (fold_is_int(b) && !fold_is_int(a)) {
      FtValue t = a;
      a = b;
      b = t;
    }
    if (fold_is_int(a) && fold_is_int(b)) {
      if (fold_is_zero(a) || fold_is_zero(b))
        return 0;
      int64_t x = fold_int_bits(a), y = fold_int_bits(b);
      return x < 0 || y < 0 || x + y > FOLD_MAX_INT_BITS;
    }
    if (!fold_is_int(a) || ft_is_small(b))
      return 0;
    int64_t n, size;
    int ovf;
    FtType *t = ft_type(b);
    size = t == &FtTuple_Type ? (int64_t)ft_tuple_len(b)
           : t == &FtStr_Type ? (int64_t)ft_str_len(b)
           : t == &FtBytes_Type ? (int64_t)ft_bytes_size(b)
                               : 0;
    if (!size)
      return 0;
    if (ft_int_as_i64(a, &n, &ovf) < 0 || ovf) {
      ft_err_clear();
      return 1;
    }
    int64_t cap = t == &FtTuple_Type ? FOLD_MAX_COLLECTION : FOLD_MAX_STR;
    if (n < 0 || n > cap / size)
      return 1;
    return t == &FtTuple_Type && n && fold_items(b, FOLD_MAX_TOTAL_ITEMS / n) > FOLD_MAX_TOTAL_ITEMS / n;
  }
  if (nb == FT_NB_POW || nb == FT_NB_LSHIFT) {
    if (!fold_is_int(a) || !fold_is_int(b) || fold_is_zero(a) || ft_truthy(b) == 0)
      return 0;
    int64_t x = fold_int_bits(a), y;
    int o;
    if (ft_int_as_i64(b, &y, &o) < 0 || o) {
      ft_err_clear();
      return 1;
    }
    if (y < 0)
      return 0; /* a float result, or a ValueError */
    if (nb == FT_NB_POW)
      return x < 0 || (y && x > FOLD_MAX_INT_BITS / y);
    return x < 0 || y > FOLD_MAX_INT_BITS || x > FOLD_MAX_INT_BITS - y;
  }
  if (nb == FT_NB_MOD)
    return !ft_is_small(a) && (ft_type(a) == &FtStr_Type || ft_type(a) == &FtBytes_Type);
  return nb == FT_NB_MATMUL;
}

/* e's value when CPython's optimizer would fold it into a constant: a
 * literal, +x/-x/~x/not x or x OP y of foldable operands within the size
 * limits, a tuple of them.  New reference; 0 (no error set) otherwise --
 * an operation that fails (1/0, -"s") is left for run time to raise. */
static FtValue fold_const(Compiler *c, FtExpr *e) {
  FtValue r = 0;
  if (e->no_fold) /* tried before: keeps folding linear in the tree */
    return 0;
  switch (e->kind) {
  case FT_EXPR_CONSTANT:
    r = make_constant(c, &e->v.Constant);
    if (r && !ft_is_small(r) && ft_obj_is_immortal(ft_obj(r)))
      ft_incref(r);
    break;
  case FT_EXPR_UNARYOP: {
    FtValue a = fold_const(c, e->v.UnaryOp.operand);
    if (!a)
      return 0;
    switch (e->v.UnaryOp.op) {
    case FT_UOP_INVERT: r = ft_invert(a); break;
    case FT_UOP_UADD: r = ft_pos(a); break;
    case FT_UOP_USUB: r = ft_neg(a); break;
    case FT_UOP_NOT: {
      int t = ft_truthy(a);
      r = t < 0 ? 0 : ft_bool(!t);
      break;
    }
    }
    ft_decref(a);
    break;
  }
  case FT_EXPR_BINOP: {
    int nb = binop_nb(e->v.BinOp.op);
    FtValue a = fold_const(c, e->v.BinOp.left);
    FtValue b = a ? fold_const(c, e->v.BinOp.right) : 0;
    if (b && !fold_too_big(nb, a, b))
      r = ft_binop(a, b, nb);
    ft_xdecref(a);
    ft_xdecref(b);
    break;
  }
  case FT_EXPR_TUPLE: {
    FtExprSeq *elts = &e->v.Tuple.elts;
    r = ft_tuple_new((size_t)elts->n);
    for (int i = 0; r && i < elts->n; i++) {
      FtValue v = fold_const(c, elts->items[i]);
      if (!v) {
        ft_decref(r);
        r = 0;
        break;
      }
      ft_tuple_items(r)[i] = v;
    }
    break;
  }
  default:
    return 0;
  }
  if (!r) {
    ft_err_clear();
    e->no_fold = 1;
  }
  return r;
}

/* The values of elts as a tuple when every one folds to a constant (new
 * reference); 0 otherwise (no error set). */
static FtValue const_tuple(Compiler *c, FtExprSeq *elts) {
  for (int i = 0; i < elts->n; i++)
    if (elts->items[i]->kind == FT_EXPR_STARRED)
      return 0;
  FtValue t = ft_tuple_new((size_t)elts->n);
  if (!t) {
    ft_err_clear();
    return 0;
  }
  for (int i = 0; i < elts->n; i++) {
    FtValue v = fold_const(c, elts->items[i]);
    if (!v) {
      ft_decref(t);
      return 0;
    }
    ft_tuple_items(t)[i] = v;
  }
  return t;
}

/* The frozenset constant CPython makes of a set display of constants:
 * frozenset(tuple(frozenset(items))) -- its compiler rebuilds the set
 * when it merges constants, and that decides the iteration order a
 * program sees.  0 when an element is not a constant (no error set). */
static FtValue const_frozenset(Compiler *c, FtExprSeq *elts) {
  FtValue items = const_tuple(c, elts);
  if (!items)
    return 0;
  FtValue fs = ft_frozenset_new(items);
  ft_decref(items);
  if (!fs)
    return 0;
  size_t n = 0, pos = 0;
  FtValue k, order = ft_tuple_new(ft_set_size(fs));
  while (order && ft_set_next(fs, &pos, &k))
    ft_tuple_items(order)[n++] = k; /* ft_set_next's new reference */
  ft_decref(fs);
  if (!order)
    return 0;
  fs = ft_frozenset_new(order);
  ft_decref(order);
  return fs;
}

static int emit_const(Compiler *c, FtValue v) {
  if (!v)
    return -1;
  int i = add_const(c, v);
  ft_decref(v);
  if (i < 0)
    return -1;
  return emit(c, OP_LOAD_CONST, i);
}

static int name_index(Compiler *c, const char *name) {
  FtValue s = ft_str_intern_cstr(name);
  if (!s)
    return -1;
  FtValue idx = ft_dict_get(c->u->names_index, s);
  if (idx)
    return (int)ft_small_val(idx);
  if (ft_err_occurred())
    return -1;
  int i = (int)ft_list_size(c->u->names);
  if (ft_list_append(c->u->names, s) < 0 ||
      ft_dict_set(c->u->names_index, s, ft_small(i)) < 0)
    return -1;
  return i;
}

static int emit_name_op(Compiler *c, int op, const char *name) {
  if (op != OP_IMPORT_NAME && op != OP_IMPORT_FROM) {
    name = ft_symtable_mangle(c->st.arena, c->u->scope->private_name, name);
    if (!name)
      return ft_err_nomemory(), -1;
  }
  int i = name_index(c, name);
  if (i < 0)
    return -1;
  return emit(c, op, i);
}

/* ---- names ------------------------------------------------------------ */

/* The interned str of a name after private-name mangling. */
static FtValue mangled_str(Compiler *c, const char *name) {
  name = ft_symtable_mangle(c->st.arena, c->u->scope->private_name, name);
  return name ? ft_str_intern_cstr(name) : ft_err_nomemory();
}

static int deref_index(Unit *u, const char *name) {
  int i = ft_symtable_index(u->scope->cellvars, u->scope->ncellvars, name);
  if (i >= 0)
    return i;
  i = ft_symtable_index(u->scope->freevars, u->scope->nfreevars, name);
  return i < 0 ? -1 : u->scope->ncellvars + i;
}

static int compile_name(Compiler *c, const char *name, FtExprContext ctx) {
  Unit *u = c->u;
  FtScope *s = u->scope;
  name = ft_symtable_mangle(c->st.arena, s->private_name, name);
  if (!name)
    return ft_err_nomemory(), -1;
  FtSymbol *sym = ft_symtable_lookup(s, name);
  int res = sym ? sym->res : FT_RES_GLOBAL_IMPLICIT;
  if (ctx != FT_CTX_LOAD && !strcmp(name, "__debug__"))
    return cerr(c, u->line, 0, ctx == FT_CTX_DEL ? "cannot delete __debug__"
                                                 : "cannot assign to __debug__");
  if (c->optimize && !strcmp(name, "__debug__"))
    return emit_const(c, FT_FALSE);
  if (s->type == FT_SCOPE_CLASS && !strcmp(name, "__class__") && ctx == FT_CTX_LOAD &&
      s->needs_class_cell && (!sym || !(sym->flags & FT_SYM_ASSIGNED)))
    res = FT_RES_CELL;
  switch (res) {
  case FT_RES_FREE:
  case FT_RES_CELL: {
    int i = deref_index(u, name);
    if (i < 0)
      return cerr(c, u->line, 0, "internal error: missing cell");
    if (s->type == FT_SCOPE_CLASS && ctx == FT_CTX_LOAD && res == FT_RES_FREE) {
      /* class body: its own dict first, then the enclosing cell */
      CHECK(name_index(c, name));
      return emit(c, OP_LOAD_CLASSDEREF, i);
    }
    return emit(c, ctx == FT_CTX_LOAD ? OP_LOAD_DEREF
                   : ctx == FT_CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, i);
  }
  case FT_RES_LOCAL:
    if (s->type == FT_SCOPE_FUNCTION) {
      int i = ft_symtable_index(s->varnames, s->nvarnames, name);
      return emit(c, ctx == FT_CTX_LOAD ? OP_LOAD_FAST
                     : ctx == FT_CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    }
    break;
  case FT_RES_GLOBAL_EXPLICIT:
    return emit_name_op(c, ctx == FT_CTX_LOAD ? OP_LOAD_GLOBAL
                           : ctx == FT_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, name);
  case FT_RES_GLOBAL_IMPLICIT:
    if (s->type == FT_SCOPE_FUNCTION)
      return emit_name_op(c, ctx == FT_CTX_LOAD ? OP_LOAD_GLOBAL
                             : ctx == FT_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
                          name);
    break;
  }
  return emit_name_op(c, ctx == FT_CTX_LOAD ? OP_LOAD_NAME
                         : ctx == FT_CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME, name);
}

/* ---- expressions ------------------------------------------------------ */

static int compile_expr(Compiler *c, FtExpr *e);
static int compile_stmts(Compiler *c, FtStmtSeq *b);
static int compile_store(Compiler *c, FtExpr *t);
static FtValue compile_unit(Compiler *c, FtScope *s, FtStmtSeq *body, FtExpr *expr,
                            int firstline, const char *name);

static FtValue make_constant(Compiler *c, FtConstant *k) {
  switch (k->kind) {
  case FT_CONST_NONE: return FT_NONE;
  case FT_CONST_TRUE: return FT_TRUE;
  case FT_CONST_FALSE: return FT_FALSE;
  case FT_CONST_ELLIPSIS: return FT_ELLIPSIS;
  case FT_CONST_INT:
    return ft_int_from_string(k->v.i.digits, strlen(k->v.i.digits), k->v.i.base);
  case FT_CONST_FLOAT: return ft_float_new(k->v.f);
  case FT_CONST_COMPLEX: return ft_complex_new(0.0, k->v.imag);
  case FT_CONST_STR: {
    FtValue s = ft_str_new(k->v.s.data, k->v.s.len);
    /* Identifier-like constants are interned, as in CPython. */
    int ident = k->v.s.len < 40;
    for (size_t i = 0; ident && i < k->v.s.len; i++) {
      char ch = k->v.s.data[i];
      ident = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_';
    }
    return s && ident ? ft_str_intern(s) : s;
  }
  case FT_CONST_BYTES: return ft_bytes_new(k->v.s.data, k->v.s.len);
  }
  return 0;
}

static int binop_nb(FtOperator op) {
  switch (op) {
  case FT_OP_ADD: return FT_NB_ADD;
  case FT_OP_SUB: return FT_NB_SUB;
  case FT_OP_MULT: return FT_NB_MUL;
  case FT_OP_MATMULT: return FT_NB_MATMUL;
  case FT_OP_DIV: return FT_NB_TRUEDIV;
  case FT_OP_MOD: return FT_NB_MOD;
  case FT_OP_POW: return FT_NB_POW;
  case FT_OP_LSHIFT: return FT_NB_LSHIFT;
  case FT_OP_RSHIFT: return FT_NB_RSHIFT;
  case FT_OP_BITOR: return FT_NB_OR;
  case FT_OP_BITXOR: return FT_NB_XOR;
  case FT_OP_BITAND: return FT_NB_AND;
  case FT_OP_FLOORDIV: return FT_NB_FLOORDIV;
  }
  return 0;
}

static int has_starred(FtExprSeq *s) {
  for (int i = 0; i < s->n; i++)
    if (s->items[i]->kind == FT_EXPR_STARRED)
      return 1;
  return 0;
}

/* Build a list from elts that may contain *starred items; leaves a list.
 * The `before` values already on the stack become its first items. */
static int compile_starred_list_after(Compiler *c, FtExprSeq *elts, int before) {
  int pending = before, built = 0;
  for (int i = 0; i < elts->n; i++) {
    FtExpr *x = elts->items[i];
    if (x->kind == FT_EXPR_STARRED) {
      if (!built) {
        EMIT(BUILD_LIST, pending);
        built = 1;
      } else if (pending) {
        return cerr(c, x->lineno, x->col_offset, "internal: pending");
      }
      pending = 0;
      CHECK(compile_expr(c, x->v.Starred.value));
      EMIT(LIST_EXTEND, 1);
    } else {
      CHECK(compile_expr(c, x));
      if (built)
        EMIT(LIST_APPEND, 1);
      else
        pending++;
    }
  }
  if (!built)
    EMIT(BUILD_LIST, pending);
  return 0;
}

static int compile_starred_list(Compiler *c, FtExprSeq *elts) {
  return compile_starred_list_after(c, elts, 0);
}

static int compile_call_args(Compiler *c, FtExprSeq *args, FtKeywordSeq *kws,
                             int extra_pos, int *opcode_out, int *arg_out) {
  int starred = has_starred(args);
  int dstar = 0;
  for (int i = 0; i < kws->n; i++)
    for (int j = 0; j < i && kws->items[i]->arg; j++)
      if (kws->items[j]->arg && !strcmp(kws->items[i]->arg, kws->items[j]->arg)) {
        char msg[200];
        snprintf(msg, sizeof msg, "keyword argument repeated: %.160s", kws->items[i]->arg);
        return cerr(c, kws->items[i]->lineno, kws->items[i]->col_offset, msg);
      }
  for (int i = 0; i < kws->n; i++)
    if (!kws->items[i]->arg)
      dstar = 1;
  if (!starred && !dstar) {
    for (int i = 0; i < args->n; i++)
      CHECK(compile_expr(c, args->items[i]));
    if (kws->n) {
      FtValue names = ft_tuple_new((size_t)kws->n);
      if (!names)
        return -1;
      for (int i = 0; i < kws->n; i++) {
        CHECK(compile_expr(c, kws->items[i]->value));
        ft_tuple_items(names)[i] = ft_str_intern_cstr(kws->items[i]->arg);
      }
      CHECK(emit_const(c, names));
      *opcode_out = OP_CALL_KW;
    } else {
      *opcode_out = OP_CALL;
    }
    /* the argument counts every value on the stack, keywords included */
    *arg_out = args->n + extra_pos + kws->n;
    return 0;
  }
  /* General case: build a tuple of positionals (with the extra_pos values
   * already pushed first) and a dict of keywords. */
  if (extra_pos) {
    CHECK(compile_starred_list_after(c, args, extra_pos));
    EMIT(LIST_TO_TUPLE, 0);
  } else if (args->n == 1 && args->items[0]->kind == FT_EXPR_STARRED) {
    /* f(*x): CALL_EX takes x as is and makes the tuple itself, so a bad
     * x is reported as "f() argument after * ..." (as CPython does) */
    CHECK(compile_expr(c, args->items[0]->v.Starred.value));
  } else {
    CHECK(compile_starred_list(c, args));
    EMIT(LIST_TO_TUPLE, 0);
  }
  if (kws->n) {
    EMIT(BUILD_MAP, 0);
    int merged = 0;
    for (int i = 0; i < kws->n; i++) {
      FtKeyword *k = kws->items[i];
      if (k->arg && merged) {
        /* after a **mapping, name=value goes through DICT_MERGE too, so
         * a name the mapping already gave is "multiple values" */
        EMIT(BUILD_MAP, 0);
        CHECK(emit_const(c, ft_str_intern_cstr(k->arg)));
        CHECK(compile_expr(c, k->value));
        EMIT(MAP_ADD, 1);
        EMIT(DICT_MERGE, 1);
      } else if (k->arg) {
        CHECK(emit_const(c, ft_str_intern_cstr(k->arg)));
        CHECK(compile_expr(c, k->value));
        EMIT(MAP_ADD, 1);
      } else {
        CHECK(compile_expr(c, k->value));
        EMIT(DICT_MERGE, 1);
        merged = 1;
      }
    }
    *arg_out = 1;
  } else {
    *arg_out = 0;
  }
  *opcode_out = OP_CALL_EX;
  return 0;
}

static int compile_call(Compiler *c, FtExpr *e) {
  FtExpr *f = e->v.Call.func;
  int op, arg;
  int line = c->u->line;
  if (f->kind == FT_EXPR_ATTRIBUTE && !has_starred(&e->v.Call.args)) {
    int dstar = 0;
    for (int i = 0; i < e->v.Call.keywords.n; i++)
      if (!e->v.Call.keywords.items[i]->arg)
        dstar = 1;
    if (!dstar) {
      CHECK(compile_expr(c, f->v.Attribute.value));
      c->u->line = f->end_lineno;
      CHECK(emit_name_op(c, OP_LOAD_METHOD, f->v.Attribute.attr));
      CHECK(compile_call_args(c, &e->v.Call.args, &e->v.Call.keywords, 0, &op, &arg));
      c->u->line = line;
      /* CALL_METHOD: arg = nargs | has_kwnames << 23 */
      return emit(c, OP_CALL_METHOD, arg | (op == OP_CALL_KW ? 1 << 23 : 0));
    }
  }
  CHECK(compile_expr(c, f));
  CHECK(compile_call_args(c, &e->v.Call.args, &e->v.Call.keywords, 0, &op, &arg));
  c->u->line = line;
  return emit(c, op, arg);
}

/* An iterable that is only iterated or searched (a for loop's, a
 * comprehension's, the right of `in`): a display of constants becomes a
 * constant, a list a tuple and a set a frozenset, as CPython's AST
 * optimizer does (so a set iterates in CPython's order). */
static int compile_iterable(Compiler *c, FtExpr *e) {
  FtValue k = 0;
  if (e->kind == FT_EXPR_LIST && e->v.List.elts.n)
    k = const_tuple(c, &e->v.List.elts);
  else if (e->kind == FT_EXPR_SET)
    k = const_frozenset(c, &e->v.Set.elts);
  if (k)
    return emit_const(c, k);
  if (ft_err_occurred())
    return -1;
  return compile_expr(c, e);
}

static int compile_compare_op(Compiler *c, FtCmpOp op) {
  switch (op) {
  case FT_CMP_EQ: return emit(c, OP_COMPARE_OP, FT_EQ);
  case FT_CMP_NOTEQ: return emit(c, OP_COMPARE_OP, FT_NE);
  case FT_CMP_LT: return emit(c, OP_COMPARE_OP, FT_LT);
  case FT_CMP_LTE: return emit(c, OP_COMPARE_OP, FT_LE);
  case FT_CMP_GT: return emit(c, OP_COMPARE_OP, FT_GT);
  case FT_CMP_GTE: return emit(c, OP_COMPARE_OP, FT_GE);
  case FT_CMP_IS: return emit(c, OP_IS_OP, 0);
  case FT_CMP_ISNOT: return emit(c, OP_IS_OP, 1);
  case FT_CMP_IN: return emit(c, OP_CONTAINS_OP, 0);
  case FT_CMP_NOTIN: return emit(c, OP_CONTAINS_OP, 1);
  }
  return -1;
}

static int compile_compare(Compiler *c, FtExpr *e) {
  int n = e->v.Compare.ops.n;
  CHECK(compile_expr(c, e->v.Compare.left));
  FtCmpOp last = e->v.Compare.ops.items[n - 1];
  int fold_last = last == FT_CMP_IN || last == FT_CMP_NOTIN;
  if (n == 1) {
    FtExpr *r = e->v.Compare.comparators.items[0];
    CHECK(fold_last ? compile_iterable(c, r) : compile_expr(c, r));
    return compile_compare_op(c, e->v.Compare.ops.items[0]);
  }
  int cleanup = new_label(c), end = new_label(c);
  for (int i = 0; i < n; i++) {
    FtExpr *r = e->v.Compare.comparators.items[i];
    CHECK(i == n - 1 && fold_last ? compile_iterable(c, r) : compile_expr(c, r));
    if (i < n - 1) {
      EMIT(DUP_TOP, 0);
      EMIT(ROT_THREE, 0);
      CHECK(compile_compare_op(c, e->v.Compare.ops.items[i]));
      EMIT(JUMP_IF_FALSE_OR_POP, cleanup);
    } else {
      CHECK(compile_compare_op(c, e->v.Compare.ops.items[i]));
    }
  }
  EMIT(JUMP, end);
  bind_label(c, cleanup);
  EMIT(ROT_TWO, 0);
  EMIT(POP_TOP, 0);
  bind_label(c, end);
  return 0;
}

/* Jump to `label` if the truth of e equals `cond`. */
static int compile_jump_if(Compiler *c, FtExpr *e, int cond, int label) {
  if (e->kind == FT_EXPR_UNARYOP && e->v.UnaryOp.op == FT_UOP_NOT)
    return compile_jump_if(c, e->v.UnaryOp.operand, !cond, label);
  if (e->kind == FT_EXPR_BOOLOP) {
    int is_and = e->v.BoolOp.op == FT_BOOLOP_AND;
    int n = e->v.BoolOp.values.n;
    if (is_and == cond) {
      /* and-jump-if-true / or-jump-if-false: all must satisfy */
      int skip = new_label(c);
      for (int i = 0; i < n - 1; i++)
        CHECK(compile_jump_if(c, e->v.BoolOp.values.items[i], !cond, skip));
      CHECK(compile_jump_if(c, e->v.BoolOp.values.items[n - 1], cond, label));
      bind_label(c, skip);
    } else {
      for (int i = 0; i < n; i++)
        CHECK(compile_jump_if(c, e->v.BoolOp.values.items[i], cond, label));
    }
    return 0;
  }
  CHECK(compile_expr(c, e));
  return emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

/* Byte offset in the source of (line, col); line is 1-based. */
static size_t src_offset(Compiler *c, int line, int col) {
  size_t off = 0;
  for (int l = 1; l < line && off < c->srclen; off++)
    if (c->src[off] == '\n')
      l++;
  off += (size_t)col;
  return off < c->srclen ? off : c->srclen;
}

/* An annotation: evaluated, or under `from __future__ import annotations`
 * (PEP 563) its text as a string constant -- the source span with line
 * breaks folded to spaces (CPython prints ast.unparse's normal form; for
 * annotations written the usual way the two agree), a string annotation as
 * its repr. */
static int compile_annotation(Compiler *c, FtExpr *e) {
  if (!c->future_annotations || !c->src)
    return compile_expr(c, e);
  if (e->kind == FT_EXPR_CONSTANT && e->v.Constant.kind == FT_CONST_STR) {
    FtValue v = make_constant(c, &e->v.Constant);
    FtValue r = v ? ft_repr(v) : 0;
    ft_xdecref(v);
    return emit_const(c, r);
  }
  size_t a = src_offset(c, e->lineno, e->col_offset);
  size_t b = src_offset(c, e->end_lineno, e->end_col_offset);
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  int in_break = 0;
  for (size_t i = a; i < b; i++) {
    char ch = c->src[i];
    if (ch == '\n' || ch == '\r' || ch == '\\') {
      in_break = 1;
      continue;
    }
    if (in_break && (ch == ' ' || ch == '\t'))
      continue;
    if (in_break && sb.len && sb.data[sb.len - 1] != '(' && sb.data[sb.len - 1] != '[' &&
        ft_strbuf_append_char(&sb, ' ') < 0)
      break;
    in_break = 0;
    if (ft_strbuf_append_char(&sb, ch) < 0)
      break;
  }
  FtValue r = ft_str_new(sb.data, sb.len);
  ft_strbuf_free(&sb);
  return emit_const(c, r);
}

static int compile_annotation_args(Compiler *c, FtArg **items, int n, int *count) {
  for (int i = 0; i < n; i++)
    if (items[i] && items[i]->annotation) {
      CHECK(emit_const(c, mangled_str(c, items[i]->arg)));
      CHECK(compile_annotation(c, items[i]->annotation));
      (*count)++;
    }
  return 0;
}

static int compile_annotations(Compiler *c, FtArguments *args, FtExpr *returns) {
  int n = 0;
  /* CPython's order: positional, *args, keyword-only, **kwargs, return */
  CHECK(compile_annotation_args(c, args->posonlyargs.items, args->posonlyargs.n, &n));
  CHECK(compile_annotation_args(c, args->args.items, args->args.n, &n));
  CHECK(compile_annotation_args(c, &args->vararg, 1, &n));
  CHECK(compile_annotation_args(c, args->kwonlyargs.items, args->kwonlyargs.n, &n));
  CHECK(compile_annotation_args(c, &args->kwarg, 1, &n));
  if (returns) {
    CHECK(emit_const(c, ft_str_intern_cstr("return")));
    CHECK(compile_annotation(c, returns));
    n++;
  }
  if (n)
    EMIT(BUILD_MAP, n);
  return n;
}

static int compile_make_function(Compiler *c, FtValue code, FtArguments *args,
                                 FtScope *child, const char *qualname, FtExpr *returns) {
  int flags = 0;
  if (args && args->defaults.n) {
    for (int i = 0; i < args->defaults.n; i++)
      CHECK(compile_expr(c, args->defaults.items[i]));
    EMIT(BUILD_TUPLE, args->defaults.n);
    flags |= FT_MF_DEFAULTS;
  }
  if (args) {
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++)
      if (args->kw_defaults.items[i]) {
        CHECK(emit_const(c, mangled_str(c, args->kwonlyargs.items[i]->arg)));
        CHECK(compile_expr(c, args->kw_defaults.items[i]));
        nkw++;
      }
    if (nkw) {
      EMIT(BUILD_MAP, nkw);
      flags |= FT_MF_KWDEFAULTS;
    }
    int nann = compile_annotations(c, args, returns);
    if (nann < 0)
      return -1;
    if (nann)
      flags |= FT_MF_ANNOTATIONS;
  }
  if (child->nfreevars) {
    for (int i = 0; i < child->nfreevars; i++) {
      int idx = deref_index(c->u, child->freevars[i]);
      if (idx < 0)
        return cerr(c, c->u->line, 0, "internal error: closure variable");
      EMIT(LOAD_CLOSURE, idx);
    }
    EMIT(BUILD_TUPLE, child->nfreevars);
    flags |= FT_MF_CLOSURE;
  }
  CHECK(emit_const(c, code));
  CHECK(emit_const(c, ft_str_from_cstr(qualname)));
  return emit(c, OP_MAKE_FUNCTION, flags);
}

/* The scope the symbol table opened for node (a def, class, lambda or
 * comprehension) in the current scope.  Usually the next one in order, but
 * code is not always generated in the order the symbol table walked it: a
 * finally body is compiled twice, an augmented assignment's target and
 * value are visited in a different order. */
static FtScope *child_scope(Compiler *c, const void *node) {
  FtScope *s = c->u->scope;
  if (s->next_child < s->nchildren && s->children[s->next_child]->node == node)
    return s->children[s->next_child++];
  for (int i = 0; i < s->nchildren; i++)
    if (s->children[i]->node == node) {
      s->next_child = i + 1;
      return s->children[i];
    }
  return NULL;
}

static char *make_qualname(Compiler *c, const char *name) {
  Unit *u = c->u;
  char buf[512];
  if (u->scope->type == FT_SCOPE_MODULE)
    snprintf(buf, sizeof buf, "%s", name);
  else if (u->scope->type == FT_SCOPE_CLASS)
    snprintf(buf, sizeof buf, "%s.%s", u->qualname, name);
  else
    snprintf(buf, sizeof buf, "%s.<locals>.%s", u->qualname, name);
  return ft_arena_strndup(c->st.arena, buf, strlen(buf));
}

static int compile_comprehension(Compiler *c, FtExpr *e) {
  FtScope *child = child_scope(c, e);
  if (!child)
    return cerr(c, e->lineno, e->col_offset, "internal: scope");
  FtComprehensionSeq *gens;
  switch (e->kind) {
  case FT_EXPR_LISTCOMP: gens = &e->v.ListComp.generators; break;
  case FT_EXPR_SETCOMP: gens = &e->v.SetComp.generators; break;
  case FT_EXPR_DICTCOMP: gens = &e->v.DictComp.generators; break;
  default: gens = &e->v.GeneratorExp.generators; break;
  }
  char *qn = make_qualname(c, child->name);
  FtValue code = compile_unit(c, child, NULL, e, e->lineno, qn);
  if (!code)
    return -1;
  CHECK(compile_make_function(c, code, NULL, child, qn, NULL));
  CHECK(compile_iterable(c, gens->items[0]->iter));
  EMIT(GET_ITER, 0);
  return emit(c, OP_CALL, 1);
}

/* Body of a comprehension function: generator i of gens. */
static int compile_comp_gen(Compiler *c, FtExpr *e, FtComprehensionSeq *gens, int i,
                            int depth) {
  FtComprehension *g = gens->items[i];
  int start = new_label(c), end = new_label(c), skip = new_label(c);
  if (i == 0)
    EMIT(LOAD_FAST, 0); /* .0 */
  else {
    CHECK(compile_iterable(c, g->iter));
    EMIT(GET_ITER, 0);
  }
  bind_label(c, start);
  EMIT(FOR_ITER, end);
  CHECK(compile_store(c, g->target));
  for (int k = 0; k < g->ifs.n; k++)
    CHECK(compile_jump_if(c, g->ifs.items[k], 0, skip));
  if (i + 1 < gens->n) {
    CHECK(compile_comp_gen(c, e, gens, i + 1, depth + 1));
  } else {
    switch (e->kind) {
    case FT_EXPR_LISTCOMP:
      CHECK(compile_expr(c, e->v.ListComp.elt));
      EMIT(LIST_APPEND, depth + 2);
      break;
    case FT_EXPR_SETCOMP:
      CHECK(compile_expr(c, e->v.SetComp.elt));
      EMIT(SET_ADD, depth + 2);
      break;
    case FT_EXPR_DICTCOMP:
      CHECK(compile_expr(c, e->v.DictComp.key));
      CHECK(compile_expr(c, e->v.DictComp.value));
      EMIT(MAP_ADD, depth + 2);
      break;
    default:
      CHECK(compile_expr(c, e->v.GeneratorExp.elt));
      EMIT(YIELD_VALUE, 0);
      EMIT(POP_TOP, 0);
      break;
    }
  }
  bind_label(c, skip);
  EMIT(JUMP, start);
  bind_label(c, end);
  EMIT(END_FOR, 0);
  return 0;
}

static int compile_fstring(Compiler *c, FtExpr *e) {
  int n = e->v.JoinedStr.values.n;
  for (int i = 0; i < n; i++)
    CHECK(compile_expr(c, e->v.JoinedStr.values.items[i]));
  if (n == 1 && e->v.JoinedStr.values.items[0]->kind == FT_EXPR_FORMATTEDVALUE)
    return 0;
  if (n == 0)
    return emit_const(c, ft_str_from_cstr(""));
  return emit(c, OP_BUILD_STRING, n);
}

static int compile_subscript_slice(Compiler *c, FtExpr *s) {
  if (s->kind == FT_EXPR_SLICE) {
    int n = 2;
    if (s->v.Slice.lower)
      CHECK(compile_expr(c, s->v.Slice.lower));
    else
      CHECK(emit_const(c, FT_NONE));
    if (s->v.Slice.upper)
      CHECK(compile_expr(c, s->v.Slice.upper));
    else
      CHECK(emit_const(c, FT_NONE));
    if (s->v.Slice.step) {
      CHECK(compile_expr(c, s->v.Slice.step));
      n = 3;
    }
    return emit(c, OP_BUILD_SLICE, n);
  }
  return compile_expr(c, s);
}

static int compile_expr(Compiler *c, FtExpr *e) {
  int saved = c->u->line;
  c->u->line = e->lineno;
  int r = 0;
  FtValue k;
  switch (e->kind) {
  case FT_EXPR_BOOLOP: {
    int end = new_label(c);
    int n = e->v.BoolOp.values.n;
    for (int i = 0; i < n; i++) {
      CHECK(compile_expr(c, e->v.BoolOp.values.items[i]));
      if (i < n - 1)
        EMIT(JUMP_IF_FALSE_OR_POP + (e->v.BoolOp.op == FT_BOOLOP_OR), end);
    }
    bind_label(c, end);
    break;
  }
  case FT_EXPR_NAMEDEXPR:
    CHECK(compile_expr(c, e->v.NamedExpr.value));
    EMIT(DUP_TOP, 0);
    CHECK(compile_name(c, e->v.NamedExpr.target->v.Name.id, FT_CTX_STORE));
    break;
  case FT_EXPR_BINOP:
    if ((k = fold_const(c, e))) {
      CHECK(emit_const(c, k));
      break;
    }
    CHECK(compile_expr(c, e->v.BinOp.left));
    CHECK(compile_expr(c, e->v.BinOp.right));
    c->u->line = e->lineno;
    EMIT(BINARY_OP, binop_nb(e->v.BinOp.op));
    break;
  case FT_EXPR_UNARYOP:
    if ((k = fold_const(c, e))) {
      CHECK(emit_const(c, k));
      break;
    }
    CHECK(compile_expr(c, e->v.UnaryOp.operand));
    switch (e->v.UnaryOp.op) {
    case FT_UOP_INVERT: EMIT(UNARY_INVERT, 0); break;
    case FT_UOP_NOT: EMIT(UNARY_NOT, 0); break;
    case FT_UOP_UADD: EMIT(UNARY_POS, 0); break;
    case FT_UOP_USUB: EMIT(UNARY_NEG, 0); break;
    }
    break;
  case FT_EXPR_LAMBDA: {
    FtScope *child = child_scope(c, e);
    if (!child)
      return cerr(c, e->lineno, e->col_offset, "internal: scope");
    char *qn = make_qualname(c, "<lambda>");
    FtValue code = compile_unit(c, child, NULL, e, e->lineno, qn);
    if (!code)
      return -1;
    CHECK(compile_make_function(c, code, e->v.Lambda.args, child, qn, NULL));
    break;
  }
  case FT_EXPR_IFEXP: {
    int orelse = new_label(c), end = new_label(c);
    CHECK(compile_jump_if(c, e->v.IfExp.test, 0, orelse));
    CHECK(compile_expr(c, e->v.IfExp.body));
    EMIT(JUMP, end);
    bind_label(c, orelse);
    CHECK(compile_expr(c, e->v.IfExp.orelse));
    bind_label(c, end);
    break;
  }
  case FT_EXPR_DICT: {
    int n = e->v.Dict.keys.n, pending = 0, built = 0;
    for (int i = 0; i < n; i++) {
      FtExpr *k = e->v.Dict.keys.items[i];
      if (!k) {
        if (!built || pending) {
          EMIT(BUILD_MAP, pending);
          if (built)
            EMIT(DICT_UPDATE, 1);
          built = 1;
          pending = 0;
        }
        CHECK(compile_expr(c, e->v.Dict.values.items[i]));
        EMIT(DICT_UPDATE, 1);
      } else {
        CHECK(compile_expr(c, k));
        CHECK(compile_expr(c, e->v.Dict.values.items[i]));
        pending++;
      }
    }
    if (!built) {
      EMIT(BUILD_MAP, pending);
    } else if (pending) {
      EMIT(BUILD_MAP, pending);
      EMIT(DICT_UPDATE, 1);
    }
    break;
  }
  case FT_EXPR_SET: {
    /* Three or more constants: CPython builds the set from a constant
     * frozenset, which decides the iteration order; do the same. */
    FtValue fs = e->v.Set.elts.n >= 3 ? const_frozenset(c, &e->v.Set.elts) : 0;
    if (!fs && ft_err_occurred())
      return -1;
    if (fs) {
      EMIT(BUILD_SET, 0);
      CHECK(emit_const(c, fs));
      EMIT(SET_UPDATE, 1);
      break;
    }
  }
    if (has_starred(&e->v.Set.elts)) {
      EMIT(BUILD_SET, 0);
      for (int i = 0; i < e->v.Set.elts.n; i++) {
        FtExpr *x = e->v.Set.elts.items[i];
        if (x->kind == FT_EXPR_STARRED) {
          CHECK(compile_expr(c, x->v.Starred.value));
          EMIT(SET_UPDATE, 1);
        } else {
          CHECK(compile_expr(c, x));
          EMIT(SET_ADD, 1);
        }
      }
    } else {
      for (int i = 0; i < e->v.Set.elts.n; i++)
        CHECK(compile_expr(c, e->v.Set.elts.items[i]));
      EMIT(BUILD_SET, e->v.Set.elts.n);
    }
    break;
  case FT_EXPR_LISTCOMP:
  case FT_EXPR_SETCOMP:
  case FT_EXPR_DICTCOMP:
  case FT_EXPR_GENERATOREXP:
    CHECK(compile_comprehension(c, e));
    break;
  case FT_EXPR_AWAIT:
    /* async functions are refused earlier, so any await is misplaced */
    return cerr(c, e->lineno, e->col_offset,
                c->u->scope->type == FT_SCOPE_FUNCTION ? "'await' outside async function"
                                                       : "'await' outside function");
  case FT_EXPR_YIELD:
    if (e->v.Yield.value)
      CHECK(compile_expr(c, e->v.Yield.value));
    else
      CHECK(emit_const(c, FT_NONE));
    EMIT(YIELD_VALUE, 0);
    break;
  case FT_EXPR_YIELDFROM:
    CHECK(compile_expr(c, e->v.YieldFrom.value));
    EMIT(GET_YIELD_FROM_ITER, 0);
    CHECK(emit_const(c, FT_NONE));
    EMIT(YIELD_FROM, 0);
    break;
  case FT_EXPR_COMPARE: CHECK(compile_compare(c, e)); break;
  case FT_EXPR_CALL: CHECK(compile_call(c, e)); break;
  case FT_EXPR_FORMATTEDVALUE: {
    CHECK(compile_expr(c, e->v.FormattedValue.value));
    int flags = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': flags = FT_FV_STR; break;
    case 'r': flags = FT_FV_REPR; break;
    case 'a': flags = FT_FV_ASCII; break;
    }
    if (e->v.FormattedValue.format_spec) {
      CHECK(compile_fstring(c, e->v.FormattedValue.format_spec));
      flags |= FT_FV_HAS_SPEC;
    }
    EMIT(FORMAT_VALUE, flags);
    break;
  }
  case FT_EXPR_JOINEDSTR: CHECK(compile_fstring(c, e)); break;
  case FT_EXPR_CONSTANT: {
    FtValue v = make_constant(c, &e->v.Constant);
    if (!v)
      return -1;
    if (!ft_is_small(v) && ft_obj_is_immortal(ft_obj(v)))
      ft_incref(v);
    CHECK(emit_const(c, v));
    break;
  }
  case FT_EXPR_ATTRIBUTE:
    CHECK(compile_expr(c, e->v.Attribute.value));
    c->u->line = e->end_lineno;
    if (e->v.Attribute.ctx == FT_CTX_LOAD)
      CHECK(emit_name_op(c, OP_LOAD_ATTR, e->v.Attribute.attr));
    else
      return cerr(c, e->lineno, e->col_offset, "internal: attribute ctx");
    break;
  case FT_EXPR_SUBSCRIPT:
    CHECK(compile_expr(c, e->v.Subscript.value));
    CHECK(compile_subscript_slice(c, e->v.Subscript.slice));
    c->u->line = e->lineno;
    EMIT(BINARY_SUBSCR, 0);
    break;
  case FT_EXPR_STARRED:
    return cerr(c, e->lineno, e->col_offset, "can't use starred expression here");
  case FT_EXPR_NAME: CHECK(compile_name(c, e->v.Name.id, FT_CTX_LOAD)); break;
  case FT_EXPR_LIST: {
    /* Three or more constants: built from a constant tuple, as CPython
     * does (which also decides the list's capacity). */
    FtValue ct = e->v.List.elts.n >= 3 ? const_tuple(c, &e->v.List.elts) : 0;
    if (ct) {
      EMIT(BUILD_LIST, 0);
      CHECK(emit_const(c, ct));
      EMIT(LIST_EXTEND, 1);
      break;
    }
    if (ft_err_occurred())
      return -1;
    if (has_starred(&e->v.List.elts)) {
      CHECK(compile_starred_list(c, &e->v.List.elts));
    } else {
      for (int i = 0; i < e->v.List.elts.n; i++)
        CHECK(compile_expr(c, e->v.List.elts.items[i]));
      EMIT(BUILD_LIST, e->v.List.elts.n);
    }
    break;
  }
  case FT_EXPR_TUPLE: {
    /* A tuple of constants is itself a constant (folded, as CPython). */
    FtValue ct = e->v.Tuple.elts.n ? const_tuple(c, &e->v.Tuple.elts) : 0;
    if (ct) {
      CHECK(emit_const(c, ct));
      break;
    }
    if (ft_err_occurred())
      return -1;
    if (has_starred(&e->v.Tuple.elts)) {
      CHECK(compile_starred_list(c, &e->v.Tuple.elts));
      EMIT(LIST_TO_TUPLE, 0);
    } else {
      for (int i = 0; i < e->v.Tuple.elts.n; i++)
        CHECK(compile_expr(c, e->v.Tuple.elts.items[i]));
      EMIT(BUILD_TUPLE, e->v.Tuple.elts.n);
    }
    break;
  }
  case FT_EXPR_SLICE: CHECK(compile_subscript_slice(c, e)); break;
  }
  c->u->line = saved;
  return r;
}

/* ---- assignment targets ---------------------------------------------- */

static int compile_unpack(Compiler *c, FtExprSeq *elts, FtExpr *where) {
  int star = -1;
  for (int i = 0; i < elts->n; i++)
    if (elts->items[i]->kind == FT_EXPR_STARRED) {
      if (star >= 0)
        return cerr(c, where->lineno, where->col_offset,
                    "multiple starred expressions in assignment");
      star = i;
    }
  if (star < 0) {
    EMIT(UNPACK_SEQUENCE, elts->n);
  } else {
    int after = elts->n - star - 1;
    EMIT(UNPACK_EX, star | (after << 8));
  }
  for (int i = 0; i < elts->n; i++) {
    FtExpr *t = elts->items[i];
    CHECK(compile_store(c, t->kind == FT_EXPR_STARRED ? t->v.Starred.value : t));
  }
  return 0;
}

static int compile_store(Compiler *c, FtExpr *t) {
  int saved = c->u->line;
  c->u->line = t->lineno;
  switch (t->kind) {
  case FT_EXPR_NAME: CHECK(compile_name(c, t->v.Name.id, FT_CTX_STORE)); break;
  case FT_EXPR_ATTRIBUTE:
    if (!strcmp(t->v.Attribute.attr, "__debug__"))
      return cerr(c, t->lineno, t->col_offset, "cannot assign to __debug__");
    CHECK(compile_expr(c, t->v.Attribute.value));
    CHECK(emit_name_op(c, OP_STORE_ATTR, t->v.Attribute.attr));
    break;
  case FT_EXPR_SUBSCRIPT:
    CHECK(compile_expr(c, t->v.Subscript.value));
    CHECK(compile_subscript_slice(c, t->v.Subscript.slice));
    EMIT(STORE_SUBSCR, 0);
    break;
  case FT_EXPR_TUPLE: CHECK(compile_unpack(c, &t->v.Tuple.elts, t)); break;
  case FT_EXPR_LIST: CHECK(compile_unpack(c, &t->v.List.elts, t)); break;
  case FT_EXPR_STARRED:
    return cerr(c, t->lineno, t->col_offset,
                "starred assignment target must be in a list or tuple");
  default: return cerr(c, t->lineno, t->col_offset, "cannot assign to expression");
  }
  c->u->line = saved;
  return 0;
}

static int compile_delete(Compiler *c, FtExpr *t) {
  c->u->line = t->lineno;
  switch (t->kind) {
  case FT_EXPR_NAME: return compile_name(c, t->v.Name.id, FT_CTX_DEL);
  case FT_EXPR_ATTRIBUTE:
    CHECK(compile_expr(c, t->v.Attribute.value));
    return emit_name_op(c, OP_DELETE_ATTR, t->v.Attribute.attr);
  case FT_EXPR_SUBSCRIPT:
    CHECK(compile_expr(c, t->v.Subscript.value));
    CHECK(compile_subscript_slice(c, t->v.Subscript.slice));
    return emit(c, OP_DELETE_SUBSCR, 0);
  case FT_EXPR_TUPLE:
  case FT_EXPR_LIST: {
    FtExprSeq *elts = t->kind == FT_EXPR_TUPLE ? &t->v.Tuple.elts : &t->v.List.elts;
    for (int i = 0; i < elts->n; i++)
      CHECK(compile_delete(c, elts->items[i]));
    return 0;
  }
  default: return cerr(c, t->lineno, t->col_offset, "cannot delete expression");
  }
}

/* ---- blocks and unwinding ---------------------------------------------- */

static int push_fb(Compiler *c, int type, int l_cont, int l_break, FtStmtSeq *fin,
                   const char *name) {
  Unit *u = c->u;
  if (u->nfb >= 20)
    return cerr(c, u->line, 0, "too many statically nested blocks");
  FBlock *b = &u->fb[u->nfb++];
  b->type = type;
  b->l_continue = l_cont;
  b->l_break = l_break;
  b->finalbody = fin;
  b->name = name;
  if (u->nfb > u->maxblocks)
    u->maxblocks = u->nfb;
  return 0;
}

static int unwind_fb(Compiler *c, FBlock *b, int preserve_tos) {
  switch (b->type) {
  case FB_WHILE: return 0;
  case FB_FOR:
    if (preserve_tos)
      EMIT(ROT_TWO, 0);
    return emit(c, OP_POP_TOP, 0);
  case FB_TRY_EXCEPT: return emit(c, OP_POP_BLOCK, 0);
  case FB_FINALLY_TRY: {
    EMIT(POP_BLOCK, 0);
    /* Run the finally body with the block popped, so a return inside it
     * doesn't run it again. */
    Unit *u = c->u;
    int saved = u->nfb, idx = (int)(b - u->fb);
    /* The body's own blocks reuse the slots from b up; keep them all (our
     * callers lower nfb while unwinding, so some live ones lie above it)
     * for the code after this jump. */
    int nlive = (int)(sizeof u->fb / sizeof *u->fb) - idx;
    FBlock live[sizeof u->fb / sizeof *u->fb];
    memcpy(live, u->fb + idx, (size_t)nlive * sizeof *live);
    u->nfb = idx;
    /* A return's value sits on the stack while the finally body runs; a
     * break/continue/return inside that body must drop it. */
    int r = preserve_tos ? push_fb(c, FB_POP_VALUE, -1, -1, NULL, NULL) : 0;
    if (r == 0)
      r = compile_stmts(c, live[0].finalbody);
    memcpy(u->fb + idx, live, (size_t)nlive * sizeof *live);
    u->nfb = saved;
    return r;
  }
  case FB_FINALLY_END:
  case FB_HANDLER:
    if (preserve_tos)
      EMIT(ROT_THREE, 0);
    return emit(c, OP_POP_EXCEPT, 0);
  case FB_HANDLER_NAMED:
    EMIT(POP_BLOCK, 0);
    CHECK(emit_const(c, FT_NONE));
    CHECK(compile_name(c, b->name, FT_CTX_STORE));
    CHECK(compile_name(c, b->name, FT_CTX_DEL));
    if (preserve_tos)
      EMIT(ROT_THREE, 0);
    return emit(c, OP_POP_EXCEPT, 0);
  case FB_WITH:
    EMIT(POP_BLOCK, 0);
    if (preserve_tos)
      EMIT(ROT_TWO, 0);
    return emit(c, OP_CALL_EXIT_NONE, 0);
  case FB_POP_VALUE:
    if (preserve_tos)
      EMIT(ROT_TWO, 0);
    return emit(c, OP_POP_TOP, 0);
  }
  return 0;
}

/* Unwind blocks down to (not including) a loop for break/continue, or all
 * of them for return.  Returns the loop block or NULL. */
static int unwind_to_loop(Compiler *c, FBlock **loop) {
  Unit *u = c->u;
  for (int i = u->nfb - 1; i >= 0; i--) {
    FBlock *b = &u->fb[i];
    if (b->type == FB_WHILE || b->type == FB_FOR) {
      *loop = b;
      return 0;
    }
    int saved = u->nfb;
    u->nfb = i + 1;
    int r = unwind_fb(c, b, 0);
    u->nfb = saved;
    CHECK(r);
  }
  *loop = NULL;
  return 0;
}

/* ---- statements ------------------------------------------------------- */

static int compile_function_def(Compiler *c, FtStmt *s) {
  FtFunctionDefData *d = &s->v.FunctionDef;
  if (s->kind == FT_STMT_ASYNCFUNCTIONDEF)
    return cerr(c, s->lineno, s->col_offset, "async functions are not supported yet");
  for (int i = 0; i < d->decorator_list.n; i++)
    CHECK(compile_expr(c, d->decorator_list.items[i]));
  FtScope *child = child_scope(c, s);
  if (!child)
    return cerr(c, s->lineno, s->col_offset, "internal: scope");
  char *qn = make_qualname(c, d->name);
  int first = d->decorator_list.n ? d->decorator_list.items[0]->lineno : s->lineno;
  FtValue code = compile_unit(c, child, &d->body, NULL, first, qn);
  if (!code)
    return -1;
  c->u->line = s->lineno;
  CHECK(compile_make_function(c, code, d->args, child, qn, d->returns));
  for (int i = 0; i < d->decorator_list.n; i++)
    EMIT(CALL, 1);
  return compile_name(c, d->name, FT_CTX_STORE);
}

static int compile_class_def(Compiler *c, FtStmt *s) {
  for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++)
    CHECK(compile_expr(c, s->v.ClassDef.decorator_list.items[i]));
  FtScope *child = child_scope(c, s);
  if (!child)
    return cerr(c, s->lineno, s->col_offset, "internal: scope");
  char *qn = make_qualname(c, s->v.ClassDef.name);
  FtValue code = compile_unit(c, child, &s->v.ClassDef.body, NULL, s->lineno, qn);
  if (!code)
    return -1;
  c->u->line = s->lineno;
  EMIT(LOAD_BUILD_CLASS, 0);
  CHECK(compile_make_function(c, code, NULL, child, qn, NULL));
  CHECK(emit_const(c, ft_str_from_cstr(s->v.ClassDef.name)));
  int op, arg;
  /* class C(*bases, **kw) becomes a CALL_EX of __build_class__ */
  CHECK(compile_call_args(c, &s->v.ClassDef.bases, &s->v.ClassDef.keywords, 2, &op, &arg));
  CHECK(emit(c, op, arg));
  for (int i = 0; i < s->v.ClassDef.decorator_list.n; i++)
    EMIT(CALL, 1);
  return compile_name(c, s->v.ClassDef.name, FT_CTX_STORE);
}

static int compile_for(Compiler *c, FtStmt *s) {
  int start = new_label(c), cleanup = new_label(c), end = new_label(c);
  CHECK(compile_iterable(c, s->v.For.iter));
  c->u->line = s->lineno;
  EMIT(GET_ITER, 0);
  bind_label(c, start);
  EMIT(FOR_ITER, cleanup);
  CHECK(compile_store(c, s->v.For.target));
  CHECK(push_fb(c, FB_FOR, start, end, NULL, NULL));
  CHECK(compile_stmts(c, &s->v.For.body));
  c->u->nfb--;
  EMIT(JUMP, start);
  bind_label(c, cleanup);
  EMIT(END_FOR, 0);
  CHECK(compile_stmts(c, &s->v.For.orelse));
  bind_label(c, end);
  return 0;
}

static int compile_while(Compiler *c, FtStmt *s) {
  int start = new_label(c), orelse = new_label(c), end = new_label(c);
  bind_label(c, start);
  CHECK(compile_jump_if(c, s->v.While.test, 0, orelse));
  CHECK(push_fb(c, FB_WHILE, start, end, NULL, NULL));
  CHECK(compile_stmts(c, &s->v.While.body));
  c->u->nfb--;
  EMIT(JUMP, start);
  bind_label(c, orelse);
  CHECK(compile_stmts(c, &s->v.While.orelse));
  bind_label(c, end);
  return 0;
}

static int compile_try_except(Compiler *c, FtStmt *s) {
  FtTryData *t = &s->v.Try;
  int handlers = new_label(c), end = new_label(c), orelse = new_label(c);
  EMIT(SETUP_FINALLY, handlers);
  CHECK(push_fb(c, FB_TRY_EXCEPT, -1, -1, NULL, NULL));
  CHECK(compile_stmts(c, &t->body));
  c->u->nfb--;
  EMIT(POP_BLOCK, 0);
  bind_label(c, orelse);
  CHECK(compile_stmts(c, &t->orelse));
  EMIT(JUMP, end);
  bind_label(c, handlers);
  for (int i = 0; i < t->handlers.n; i++) {
    FtExceptHandler *h = t->handlers.items[i];
    c->u->line = h->lineno;
    int next = new_label(c);
    if (!h->type && i < t->handlers.n - 1)
      return cerr(c, h->lineno, h->col_offset, "default 'except:' must be last");
    if (h->type) {
      /* CHECK_EXC_MATCH keeps the exception and pushes the verdict */
      CHECK(compile_expr(c, h->type));
      EMIT(CHECK_EXC_MATCH, 0);
      EMIT(POP_JUMP_IF_FALSE, next);
    }
    if (h->name) {
      int cleanup = new_label(c);
      EMIT(DUP_TOP, 0);
      CHECK(compile_name(c, h->name, FT_CTX_STORE));
      EMIT(SETUP_FINALLY, cleanup);
      CHECK(push_fb(c, FB_HANDLER_NAMED, -1, -1, NULL, h->name));
      CHECK(compile_stmts(c, &h->body));
      c->u->nfb--;
      EMIT(POP_BLOCK, 0);
      CHECK(emit_const(c, FT_NONE));
      CHECK(compile_name(c, h->name, FT_CTX_STORE));
      CHECK(compile_name(c, h->name, FT_CTX_DEL));
      EMIT(POP_EXCEPT, 0);
      EMIT(JUMP, end);
      bind_label(c, cleanup);
      CHECK(emit_const(c, FT_NONE));
      CHECK(compile_name(c, h->name, FT_CTX_STORE));
      CHECK(compile_name(c, h->name, FT_CTX_DEL));
      EMIT(RERAISE, 0);
    } else {
      CHECK(push_fb(c, FB_HANDLER, -1, -1, NULL, NULL));
      CHECK(compile_stmts(c, &h->body));
      c->u->nfb--;
      EMIT(POP_EXCEPT, 0);
      EMIT(JUMP, end);
    }
    bind_label(c, next);
  }
  EMIT(RERAISE, 0);
  bind_label(c, end);
  return 0;
}

static int compile_try(Compiler *c, FtStmt *s) {
  FtTryData *t = &s->v.Try;
  if (s->kind == FT_STMT_TRYSTAR)
    return cerr(c, s->lineno, s->col_offset, "except* is not supported yet");
  if (!t->finalbody.n)
    return compile_try_except(c, s);
  int exc = new_label(c), end = new_label(c);
  EMIT(SETUP_FINALLY, exc);
  CHECK(push_fb(c, FB_FINALLY_TRY, -1, -1, &t->finalbody, NULL));
  if (t->handlers.n)
    CHECK(compile_try_except(c, s));
  else
    CHECK(compile_stmts(c, &t->body));
  c->u->nfb--;
  EMIT(POP_BLOCK, 0);
  CHECK(compile_stmts(c, &t->finalbody));
  EMIT(JUMP, end);
  bind_label(c, exc);
  CHECK(push_fb(c, FB_FINALLY_END, -1, -1, NULL, NULL));
  CHECK(compile_stmts(c, &t->finalbody));
  c->u->nfb--;
  EMIT(RERAISE, 0);
  bind_label(c, end);
  return 0;
}

static int compile_with(Compiler *c, FtStmt *s, int item) {
  FtWithItem *w = s->v.With.items.items[item];
  if (s->kind == FT_STMT_ASYNCWITH)
    return cerr(c, s->lineno, s->col_offset, "async with is not supported yet");
  int exc = new_label(c), end = new_label(c), suppress = new_label(c);
  CHECK(compile_expr(c, w->context_expr));
  c->u->line = s->lineno;
  /* BEFORE_WITH also sets up the handler block, below __enter__'s result */
  EMIT(BEFORE_WITH, exc);
  if (w->optional_vars)
    CHECK(compile_store(c, w->optional_vars));
  else
    EMIT(POP_TOP, 0);
  CHECK(push_fb(c, FB_WITH, -1, -1, NULL, NULL));
  if (item + 1 < s->v.With.items.n)
    CHECK(compile_with(c, s, item + 1));
  else
    CHECK(compile_stmts(c, &s->v.With.body));
  c->u->nfb--;
  c->u->line = s->lineno;
  EMIT(POP_BLOCK, 0);
  EMIT(CALL_EXIT_NONE, 0);
  EMIT(JUMP, end);
  bind_label(c, exc);
  EMIT(WITH_EXCEPT_START, 0);
  EMIT(POP_JUMP_IF_TRUE, suppress);
  EMIT(RERAISE, 0);
  bind_label(c, suppress);
  EMIT(POP_EXCEPT, 0);
  EMIT(POP_TOP, 0);
  bind_label(c, end);
  return 0;
}

static int compile_import(Compiler *c, FtStmt *s) {
  for (int i = 0; i < s->v.Import.names.n; i++) {
    FtAlias *a = s->v.Import.names.items[i];
    CHECK(emit_const(c, ft_small(0)));
    CHECK(emit_const(c, ft_newref(FT_NONE)));
    CHECK(emit_name_op(c, OP_IMPORT_NAME, a->name));
    if (a->asname) {
      const char *dot = strchr(a->name, '.');
      while (dot) {
        const char *next = strchr(dot + 1, '.');
        size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
        char *part = ft_arena_strndup(c->st.arena, dot + 1, len);
        if (!part)
          return -1;
        CHECK(emit_name_op(c, OP_IMPORT_FROM, part));
        EMIT(ROT_TWO, 0);
        EMIT(POP_TOP, 0);
        dot = next;
      }
      CHECK(compile_name(c, a->asname, FT_CTX_STORE));
    } else {
      const char *dot = strchr(a->name, '.');
      char *first = dot ? ft_arena_strndup(c->st.arena, a->name, (size_t)(dot - a->name))
                        : (char *)a->name;
      if (!first)
        return -1;
      CHECK(compile_name(c, first, FT_CTX_STORE));
    }
  }
  return 0;
}

/* `from __future__ import x`: a compiler directive.  Every feature it can
 * name is mandatory by now, so it only needs checking; the module itself
 * isn't imported. */
static int compile_future(Compiler *c, FtStmt *s) {
  static const char *const known[] = {
      "nested_scopes", "generators", "division", "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
      "annotations"};
  int ok = 0;
  if (c->modbody && c->u->scope->type == FT_SCOPE_MODULE) {
    FtStmtSeq *b = c->modbody;
    int i = 0;
    if (b->n && b->items[0]->kind == FT_STMT_EXPR &&
        b->items[0]->v.Expr.value->kind == FT_EXPR_CONSTANT &&
        b->items[0]->v.Expr.value->v.Constant.kind == FT_CONST_STR)
      i = 1; /* docstring */
    for (; i < b->n && !ok; i++) {
      FtStmt *x = b->items[i];
      if (x->kind != FT_STMT_IMPORTFROM || !x->v.ImportFrom.module ||
          strcmp(x->v.ImportFrom.module, "__future__") || x->v.ImportFrom.level)
        break;
      ok = x == s;
    }
  }
  if (!ok)
    return cerr(c, s->lineno, s->col_offset,
                "from __future__ imports must occur at the beginning of the file");
  for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
    FtAlias *a = s->v.ImportFrom.names.items[i];
    int found = 0;
    for (size_t k = 0; k < sizeof known / sizeof *known; k++)
      found |= !strcmp(a->name, known[k]);
    if (!strcmp(a->name, "annotations"))
      c->future_annotations = 1;
    if (!strcmp(a->name, "braces"))
      return cerr(c, s->lineno, s->col_offset, "not a chance");
    if (!found) {
      char msg[200];
      snprintf(msg, sizeof msg, "future feature %.100s is not defined", a->name);
      return cerr(c, s->lineno, s->col_offset, msg);
    }
  }
  return 0;
}

static int compile_import_from(Compiler *c, FtStmt *s) {
  int n = s->v.ImportFrom.names.n;
  if (s->v.ImportFrom.module && !strcmp(s->v.ImportFrom.module, "__future__") &&
      !s->v.ImportFrom.level)
    return compile_future(c, s);
  FtValue names = ft_tuple_new((size_t)n);
  if (!names)
    return -1;
  for (int i = 0; i < n; i++)
    ft_tuple_items(names)[i] = ft_str_intern_cstr(s->v.ImportFrom.names.items[i]->name);
  CHECK(emit_const(c, ft_small(s->v.ImportFrom.level)));
  CHECK(emit_const(c, names));
  CHECK(emit_name_op(c, OP_IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
  if (n == 1 && !strcmp(s->v.ImportFrom.names.items[0]->name, "*"))
    return emit(c, OP_IMPORT_STAR, 0);
  for (int i = 0; i < n; i++) {
    FtAlias *a = s->v.ImportFrom.names.items[i];
    CHECK(emit_name_op(c, OP_IMPORT_FROM, a->name));
    CHECK(compile_name(c, a->asname ? a->asname : a->name, FT_CTX_STORE));
  }
  return emit(c, OP_POP_TOP, 0);
}

/* ---- match statement -------------------------------------------------- */

/* Runtime helpers, called from the code a pattern compiles to.  Each takes
 * the subject and returns a tuple of the values the sub-patterns match
 * against, None when the subject doesn't fit, or 0 with an error. */

FtValue ft_sys_modules(void); /* modules/sys.c */

/* Is subj an instance of collections.abc.<abc_name>?  That is how other
 * classes (deque, ChainMap, registered user classes) count as sequences
 * or mappings for match, as CPython's ABC-set type flags do.  When
 * collections.abc was never imported, no such class exists.  1, 0 or -1. */
static int match_abc(FtValue subj, const char *abc_name) {
  FtValue mods = ft_sys_modules();
  FtValue m = mods ? ft_dict_get_cstr(mods, "collections.abc") : 0;
  if (!m)
    return ft_err_occurred() ? -1 : 0;
  FtValue abc = ft_getattr_cstr(m, abc_name);
  ft_decref(m);
  if (!abc)
    return -1;
  int r = ft_isinstance(subj, abc);
  ft_decref(abc);
  return r;
}

/* (subject, n, star): a sequence (not str/bytes/bytearray) of exactly n
 * items, or of at least n-1 when star >= 0. */
static FtValue match_seq_fn(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  (void)self, (void)nargs, (void)kw;
  FtValue subj = args[0];
  intptr_t n = ft_small_val(args[1]), star = ft_small_val(args[2]);
  if (!FT_TYPE_HAS(subj, FT_TPFLAG_LIST_SUBCLASS | FT_TPFLAG_TUPLE_SUBCLASS) &&
      !ft_isinstance_type(subj, &FtRange_Type)) {
    if (FT_TYPE_HAS(subj, FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS) ||
        ft_isinstance_type(subj, &FtByteArray_Type))
      return ft_newref(FT_NONE);
    int r = match_abc(subj, "Sequence");
    if (r <= 0)
      return r < 0 ? 0 : ft_newref(FT_NONE);
  }
  intptr_t len = ft_len(subj);
  if (len < 0)
    return 0;
  if (star < 0 ? len != n : len < n - 1)
    return ft_newref(FT_NONE);
  return ft_tuple_from_iterable(subj);
}

/* (subject, keys, has_rest): a mapping holding every key; the values,
 * then (if has_rest) a dict of the other items. */
static FtValue match_map_fn(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  (void)self, (void)nargs, (void)kw;
  FtValue subj = args[0], keys = args[1];
  int rest = args[2] == FT_TRUE;
  if (!FT_TYPE_HAS(subj, FT_TPFLAG_DICT_SUBCLASS)) {
    int r = match_abc(subj, "Mapping");
    if (r <= 0)
      return r < 0 ? 0 : ft_newref(FT_NONE);
  }
  size_t k = ft_tuple_len(keys);
  intptr_t len = ft_len(subj);
  if (len < 0)
    return 0;
  if ((size_t)len < k)
    return ft_newref(FT_NONE);
  FtValue out = ft_tuple_new(k + (size_t)rest);
  if (!out)
    return 0;
  int exact = ft_isinstance_exact(subj, &FtDict_Type);
  FtValue dummy = exact ? 0 : ft_tuple_new(0);
  for (size_t i = 0; i < k; i++) {
    FtValue key = ft_tuple_get(keys, i);
    for (size_t j = 0; j < i; j++) {
      int eq = ft_eq(key, ft_tuple_get(keys, j));
      if (eq != 0) {
        if (eq > 0)
          ft_err_format(&FtExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        goto fail;
      }
    }
    FtValue v;
    if (exact) {
      v = ft_dict_get(subj, key);
      if (!v && ft_err_occurred())
        goto fail;
    } else {
      /* subclasses may override get() */
      FtValue a[2] = {key, dummy};
      v = ft_call_method(subj, "get", a, 2);
      if (!v)
        goto fail;
      if (v == dummy) {
        ft_decref(v);
        v = 0;
      }
    }
    if (!v) {
      ft_xdecref(dummy);
      ft_decref(out);
      return ft_newref(FT_NONE);
    }
    ft_tuple_items(out)[i] = v;
  }
  if (rest) {
    FtValue d = ft_dict_new();
    if (!d || ft_dict_update(d, subj) < 0) {
      ft_xdecref(d);
      goto fail;
    }
    ft_tuple_items(out)[k] = d;
    for (size_t i = 0; i < k; i++)
      if (ft_dict_del(d, ft_tuple_get(keys, i)) < 0)
        goto fail;
  }
  ft_xdecref(dummy);
  return out;
fail:
  ft_xdecref(dummy);
  ft_decref(out);
  return 0;
}

/* (subject, cls, npos, kwnames): an instance of cls; the attributes named
 * by __match_args__ for the positional sub-patterns, then kwnames'. */
static FtValue match_class_fn(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  (void)self, (void)nargs, (void)kw;
  FtValue subj = args[0], cls = args[1], kwn = args[3];
  size_t npos = (size_t)ft_small_val(args[2]), nkw = ft_tuple_len(kwn);
  if (ft_is_small(cls) || !ft_isinstance_type(cls, &FtType_Type))
    return ft_err_format(&FtExc_TypeError, "called match pattern must be a type");
  int r = ft_isinstance(subj, cls);
  if (r <= 0)
    return r < 0 ? 0 : ft_newref(FT_NONE);
  FtType *t = (FtType *)ft_obj(cls);
  FtValue out = ft_tuple_new(npos + nkw), margs = 0;
  if (!out)
    return 0;
  size_t nfilled = 0;
  int match_self = 0;
  if (npos) {
    FtValue name = ft_str_intern_cstr("__match_args__");
    margs = ft_getattr_opt(cls, name);
    if (!margs) {
      if (ft_err_occurred())
        goto fail;
      /* these built-ins match their single positional pattern to the
       * subject itself */
      static FtType *const selfmatch[] = {&FtBool_Type,  &FtByteArray_Type, &FtBytes_Type,
                                          &FtDict_Type,  &FtFloat_Type,     &FtFrozenSet_Type,
                                          &FtInt_Type,   &FtList_Type,      &FtSet_Type,
                                          &FtStr_Type,   &FtTuple_Type};
      for (size_t i = 0; i < sizeof selfmatch / sizeof *selfmatch; i++)
        if (t == selfmatch[i] || ft_type_is_subtype(t, selfmatch[i]))
          match_self = 1;
      margs = ft_tuple_new(0);
      if (!margs)
        goto fail;
    } else if (!ft_isinstance_exact(margs, &FtTuple_Type)) {
      ft_err_format(&FtExc_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name,
                    ft_type_name(margs));
      goto fail;
    }
    size_t allowed = match_self ? 1 : ft_tuple_len(margs);
    if (npos > allowed) {
      ft_err_format(&FtExc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                    t->name, (int)allowed, allowed == 1 ? "" : "s", (int)npos);
      goto fail;
    }
  }
  for (size_t i = 0; i < npos + nkw; i++) {
    FtValue name;
    if (i < npos && match_self) {
      ft_tuple_items(out)[nfilled++] = ft_newref(subj);
      continue;
    }
    name = i < npos ? ft_tuple_get(margs, i) : ft_tuple_get(kwn, i - npos);
    if (!ft_str_check(name)) {
      ft_err_format(&FtExc_TypeError, "__match_args__ elements must be strings (got %s)",
                    ft_type_name(name));
      goto fail;
    }
    for (size_t j = 0; j < i; j++) {
      FtValue prev = j < npos ? (match_self ? 0 : ft_tuple_get(margs, j))
                              : ft_tuple_get(kwn, j - npos);
      if (prev && ft_eq(prev, name) > 0) {
        ft_err_format(&FtExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      t->name, name);
        goto fail;
      }
    }
    FtValue v = ft_getattr_opt(subj, name);
    if (!v) {
      if (ft_err_occurred())
        goto fail;
      ft_xdecref(margs);
      for (size_t j = nfilled; j < npos + nkw; j++)
        ft_tuple_items(out)[j] = ft_newref(FT_NONE);
      ft_decref(out);
      return ft_newref(FT_NONE);
    }
    ft_tuple_items(out)[nfilled++] = v;
  }
  ft_xdecref(margs);
  return out;
fail:
  ft_xdecref(margs);
  for (size_t j = nfilled; j < npos + nkw; j++)
    ft_tuple_items(out)[j] = ft_newref(FT_NONE);
  ft_decref(out);
  return 0;
}

/* (subject, n): is it a mapping of at least n items?  Checked before the
 * keys are evaluated, as CPython does. */
static FtValue match_map_pre_fn(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  (void)self, (void)nargs, (void)kw;
  if (FT_TYPE_HAS(args[0], FT_TPFLAG_DICT_SUBCLASS))
    return ft_newref(ft_bool(ft_dict_size(args[0]) >= (size_t)ft_small_val(args[1])));
  int r = match_abc(args[0], "Mapping");
  if (r <= 0)
    return r < 0 ? 0 : ft_newref(FT_FALSE);
  intptr_t len = ft_len(args[0]);
  return len < 0 ? 0 : ft_newref(ft_bool(len >= ft_small_val(args[1])));
}

static const FtMethodDef match_helper_defs[4] = {
    {"<match sequence>", match_seq_fn, FT_METH_STATIC, NULL},
    {"<match mapping>", match_map_fn, FT_METH_STATIC, NULL},
    {"<match class>", match_class_fn, FT_METH_STATIC, NULL},
    {"<match mapping check>", match_map_pre_fn, FT_METH_STATIC, NULL},
};

/* The helper objects are made once and never freed; a thread that loses
 * the race to publish one just drops its own. */
static FtValue match_helper(int which) {
  static _Atomic FtValue helpers[4];
  FtValue h = atomic_load_explicit(&helpers[which], memory_order_acquire);
  if (h)
    return h;
  FtValue mine = ft_builtin_new(&match_helper_defs[which], 0);
  if (!mine)
    return 0;
  ft_object_make_immortal(ft_obj(mine));
  FtValue expected = 0;
  if (!atomic_compare_exchange_strong(&helpers[which], &expected, mine))
    return expected; /* the loser's copy is immortal: a one-off leak */
  return mine;
}

/* Pattern compilation, after CPython's scheme: the subject is on top of
 * the stack; a pattern consumes it on success, and on failure jumps to
 * fail[k], k being how many items then sit above the case's base, where
 * a chain of POP_TOPs drops them.  Captured names are stored as they
 * match (CPython stores them at the end; only failed matches differ). */
typedef struct PatNames {
  const char **names;
  int n, cap;
} PatNames;

typedef struct PatCtx {
  int *fail;
  int nfail;
  int on_top;
  int allow_irrefutable;
  PatNames *stores;
} PatCtx;

static int pat_fail_label(Compiler *c, PatCtx *pc, int pops) {
  if (pops >= pc->nfail) {
    int *nf = realloc(pc->fail, (size_t)(pops + 1) * sizeof *nf);
    if (!nf) {
      ft_err_nomemory();
      return -1;
    }
    pc->fail = nf;
    while (pc->nfail <= pops) {
      int l = new_label(c);
      if (l < 0)
        return -1;
      pc->fail[pc->nfail++] = l;
    }
  }
  return pc->fail[pops];
}

static int pat_jump_fail(Compiler *c, PatCtx *pc, int op) {
  int l = pat_fail_label(c, pc, pc->on_top);
  return l < 0 ? -1 : emit(c, op, l);
}

static int pat_emit_fail_pops(Compiler *c, PatCtx *pc) {
  for (int i = pc->nfail - 1; i >= 0; i--) {
    bind_label(c, pc->fail[i]);
    if (i)
      EMIT(POP_TOP, 0);
  }
  return 0;
}

static int pat_store(Compiler *c, PatCtx *pc, FtPattern *p, const char *name) {
  PatNames *s = pc->stores;
  if (!name) {
    pc->on_top--;
    return emit(c, OP_POP_TOP, 0);
  }
  for (int i = 0; i < s->n; i++)
    if (!strcmp(s->names[i], name)) {
      char msg[200];
      snprintf(msg, sizeof msg, "multiple assignments to name '%.100s' in pattern", name);
      return cerr(c, p->lineno, p->col_offset, msg);
    }
  if (s->n == s->cap) {
    int cap = s->cap ? s->cap * 2 : 8;
    const char **nn = realloc(s->names, (size_t)cap * sizeof *nn);
    if (!nn) {
      ft_err_nomemory();
      return -1;
    }
    s->names = nn;
    s->cap = cap;
  }
  s->names[s->n++] = name;
  pc->on_top--;
  return compile_name(c, name, FT_CTX_STORE);
}

static int compile_pattern(Compiler *c, FtPattern *p, PatCtx *pc);

static int pat_check_none(Compiler *c, PatCtx *pc) {
  /* [res] -> [res], failing (with res still counted) when res is None */
  EMIT(DUP_TOP, 0);
  CHECK(emit_const(c, FT_NONE));
  EMIT(IS_OP, 0);
  return pat_jump_fail(c, pc, OP_POP_JUMP_IF_TRUE);
}

static int pat_subpatterns(Compiler *c, PatCtx *pc, FtPatternSeq *ps) {
  int saved = pc->allow_irrefutable;
  pc->allow_irrefutable = 1;
  for (int i = 0; i < ps->n; i++) {
    FtPattern *sp = ps->items[i];
    if (sp->kind == FT_PAT_MATCHSTAR)
      CHECK(pat_store(c, pc, sp, sp->v.MatchStar.name));
    else
      CHECK(compile_pattern(c, sp, pc));
  }
  pc->allow_irrefutable = saved;
  return 0;
}

static int pat_helper(Compiler *c, int which) {
  FtValue h = match_helper(which);
  if (!h)
    return -1;
  CHECK(emit_const(c, h));
  return emit(c, OP_ROT_TWO, 0);
}

static int names_same_set(PatNames *a, int abase, const char **b, int nb) {
  if (a->n - abase != nb)
    return 0;
  for (int i = abase; i < a->n; i++) {
    int found = 0;
    for (int j = 0; j < nb && !found; j++)
      found = !strcmp(a->names[i], b[j]);
    if (!found)
      return 0;
  }
  return 1;
}

static int compile_pattern_or(Compiler *c, FtPattern *p, PatCtx *pc) {
  FtPatternSeq *alts = &p->v.MatchOr.patterns;
  int with_subject = new_label(c), done = new_label(c);
  PatNames *st = pc->stores;
  int base = st->n, nfirst = 0;
  const char **first = NULL;
  int r = 0;
  for (int i = 0; i < alts->n && r == 0; i++) {
    int last = i == alts->n - 1;
    st->n = base;
    if (!last) {
      PatCtx sub = {NULL, 0, 1, 0, st};
      r = emit(c, OP_DUP_TOP, 0);
      if (r == 0)
        r = compile_pattern(c, alts->items[i], &sub);
      if (r == 0)
        r = emit(c, OP_JUMP, with_subject);
      if (r == 0)
        r = pat_emit_fail_pops(c, &sub);
      free(sub.fail);
    } else {
      int saved = pc->allow_irrefutable;
      r = compile_pattern(c, alts->items[i], pc);
      pc->allow_irrefutable = saved;
      if (r == 0)
        r = emit(c, OP_JUMP, done);
    }
    if (r)
      break;
    if (i == 0) {
      nfirst = st->n - base;
      first = malloc((size_t)(nfirst + 1) * sizeof *first);
      if (!first) {
        ft_err_nomemory();
        r = -1;
        break;
      }
      if (nfirst) /* st->names may be NULL when nothing is bound */
        memcpy(first, st->names + base, (size_t)nfirst * sizeof *first);
    } else if (!names_same_set(st, base, first, nfirst)) {
      /* CPython points at the alternative that differs */
      r = cerr(c, alts->items[i]->lineno, alts->items[i]->col_offset,
               "alternative patterns bind different names");
    }
  }
  if (r == 0) {
    if (nfirst)
      memcpy(st->names + base, first, (size_t)nfirst * sizeof *first);
    st->n = base + nfirst;
    bind_label(c, with_subject);
    r = emit(c, OP_POP_TOP, 0);
    bind_label(c, done);
  }
  free(first);
  return r;
}

static int compile_pattern(Compiler *c, FtPattern *p, PatCtx *pc) {
  c->u->line = p->lineno;
  switch (p->kind) {
  case FT_PAT_MATCHVALUE:
  case FT_PAT_MATCHSINGLETON:
    if (p->kind == FT_PAT_MATCHVALUE) {
      CHECK(compile_expr(c, p->v.MatchValue.value));
      CHECK(compile_compare_op(c, FT_CMP_EQ));
    } else {
      CHECK(emit_const(c, make_constant(c, &p->v.MatchSingleton.value)));
      EMIT(IS_OP, 0);
    }
    pc->on_top--;
    return pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE);
  case FT_PAT_MATCHAS:
    if (!p->v.MatchAs.pattern) {
      if (!pc->allow_irrefutable) {
        if (!p->v.MatchAs.name)
          return cerr(c, p->lineno, p->col_offset,
                      "wildcard makes remaining patterns unreachable");
        char msg[200];
        snprintf(msg, sizeof msg, "name capture '%.100s' makes remaining patterns unreachable",
                 p->v.MatchAs.name);
        return cerr(c, p->lineno, p->col_offset, msg);
      }
      return pat_store(c, pc, p, p->v.MatchAs.name);
    }
    EMIT(DUP_TOP, 0);
    pc->on_top++;
    CHECK(compile_pattern(c, p->v.MatchAs.pattern, pc));
    return pat_store(c, pc, p, p->v.MatchAs.name);
  case FT_PAT_MATCHSTAR: return pat_store(c, pc, p, p->v.MatchStar.name);
  case FT_PAT_MATCHOR: return compile_pattern_or(c, p, pc);
  case FT_PAT_MATCHSEQUENCE: {
    FtPatternSeq *ps = &p->v.MatchSequence.patterns;
    int n = ps->n, star = -1;
    for (int i = 0; i < n; i++)
      if (ps->items[i]->kind == FT_PAT_MATCHSTAR) {
        if (star >= 0)
          return cerr(c, p->lineno, p->col_offset, /* the whole pattern, as CPython */
                      "multiple starred names in sequence pattern");
        star = i;
      }
    CHECK(pat_helper(c, 0));
    CHECK(emit_const(c, ft_small(n)));
    CHECK(emit_const(c, ft_small(star)));
    EMIT(CALL, 3);
    CHECK(pat_check_none(c, pc));
    if (star < 0)
      EMIT(UNPACK_SEQUENCE, n);
    else
      EMIT(UNPACK_EX, star | ((n - star - 1) << 8));
    pc->on_top += n - 1;
    return pat_subpatterns(c, pc, ps);
  }
  case FT_PAT_MATCHMAPPING: {
    FtExprSeq *keys = &p->v.MatchMapping.keys;
    int rest = p->v.MatchMapping.rest != NULL;
    for (int i = 0; i < keys->n; i++) {
      FtExpr *ki = keys->items[i];
      if (ki->kind != FT_EXPR_CONSTANT)
        continue;
      for (int j = 0; j < i; j++) {
        FtExpr *kj = keys->items[j];
        if (kj->kind != FT_EXPR_CONSTANT)
          continue;
        FtValue a = make_constant(c, &ki->v.Constant), b = a ? make_constant(c, &kj->v.Constant) : 0;
        int eq = b ? ft_eq(a, b) : -1;
        FtValue rep = eq > 0 ? ft_repr(a) : 0;
        ft_xdecref(a);
        ft_xdecref(b);
        if (eq < 0 || (eq > 0 && !rep))
          return -1;
        if (eq > 0) {
          char msg[200];
          snprintf(msg, sizeof msg, "mapping pattern checks duplicate key (%.100s)",
                   ft_str_data(rep));
          ft_decref(rep);
          return cerr(c, p->lineno, p->col_offset, msg); /* the mapping, as CPython */
        }
      }
    }
    /* [subj] -> [subj, check(subj, n)] */
    EMIT(DUP_TOP, 0);
    CHECK(pat_helper(c, 3));
    CHECK(emit_const(c, ft_small(keys->n)));
    EMIT(CALL, 2);
    CHECK(pat_jump_fail(c, pc, OP_POP_JUMP_IF_FALSE));
    CHECK(pat_helper(c, 1));
    for (int i = 0; i < keys->n; i++)
      CHECK(compile_expr(c, keys->items[i]));
    EMIT(BUILD_TUPLE, keys->n);
    CHECK(emit_const(c, ft_newref(rest ? FT_TRUE : FT_FALSE)));
    EMIT(CALL, 3);
    CHECK(pat_check_none(c, pc));
    EMIT(UNPACK_SEQUENCE, keys->n + rest);
    pc->on_top += keys->n + rest - 1;
    CHECK(pat_subpatterns(c, pc, &p->v.MatchMapping.patterns));
    return rest ? pat_store(c, pc, p, p->v.MatchMapping.rest) : 0;
  }
  case FT_PAT_MATCHCLASS: {
    FtIdentSeq *kw = &p->v.MatchClass.kwd_attrs;
    for (int i = 0; i < kw->n; i++)
      for (int j = 0; j < i; j++)
        if (!strcmp(kw->items[i], kw->items[j])) {
          char msg[200];
          snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %.100s",
                   kw->items[i]);
          FtPattern *kp = p->v.MatchClass.kwd_patterns.items[i];
          return cerr(c, kp->lineno, kp->col_offset, msg);
        }
    FtValue names = ft_tuple_new((size_t)kw->n);
    if (!names)
      return -1;
    for (int i = 0; i < kw->n; i++)
      ft_tuple_items(names)[i] = ft_str_intern_cstr(kw->items[i]);
    int npos = p->v.MatchClass.patterns.n;
    CHECK(pat_helper(c, 2));
    CHECK(compile_expr(c, p->v.MatchClass.cls));
    CHECK(emit_const(c, ft_small(npos)));
    CHECK(emit_const(c, names));
    EMIT(CALL, 4);
    CHECK(pat_check_none(c, pc));
    EMIT(UNPACK_SEQUENCE, npos + kw->n);
    pc->on_top += npos + kw->n - 1;
    CHECK(pat_subpatterns(c, pc, &p->v.MatchClass.patterns));
    return pat_subpatterns(c, pc, &p->v.MatchClass.kwd_patterns);
  }
  }
  return cerr(c, p->lineno, p->col_offset, "internal: unknown pattern");
}

static int compile_match(Compiler *c, FtStmt *s) {
  FtMatchCaseSeq *cases = &s->v.Match.cases;
  int end = new_label(c);
  CHECK(compile_expr(c, s->v.Match.subject));
  PatNames names = {NULL, 0, 0};
  int r = 0;
  for (int i = 0; i < cases->n && r == 0; i++) {
    FtMatchCase *mc = cases->items[i];
    /* the subject stays on the stack until a case matches */
    PatCtx pc = {NULL, 0, 1, mc->guard != NULL || i == cases->n - 1, &names};
    names.n = 0;
    c->u->line = mc->pattern->lineno;
    r = emit(c, OP_DUP_TOP, 0);
    if (r == 0)
      r = compile_pattern(c, mc->pattern, &pc);
    if (r == 0 && mc->guard) {
      int l = pat_fail_label(c, &pc, 0);
      r = l < 0 ? -1 : compile_jump_if(c, mc->guard, 0, l);
    }
    if (r == 0)
      r = emit(c, OP_POP_TOP, 0);
    if (r == 0)
      r = compile_stmts(c, &mc->body);
    if (r == 0)
      r = emit(c, OP_JUMP, end);
    if (r == 0)
      r = pat_emit_fail_pops(c, &pc);
    free(pc.fail);
  }
  free(names.names);
  CHECK(r);
  EMIT(POP_TOP, 0);
  bind_label(c, end);
  return 0;
}

static int compile_stmt(Compiler *c, FtStmt *s) {
  c->u->line = s->lineno;
  switch (s->kind) {
  case FT_STMT_FUNCTIONDEF:
  case FT_STMT_ASYNCFUNCTIONDEF: return compile_function_def(c, s);
  case FT_STMT_CLASSDEF: return compile_class_def(c, s);
  case FT_STMT_RETURN: {
    if (s->v.Return.value)
      CHECK(compile_expr(c, s->v.Return.value));
    else
      CHECK(emit_const(c, FT_NONE));
    Unit *u = c->u;
    for (int i = u->nfb - 1; i >= 0; i--) {
      int saved = u->nfb;
      u->nfb = i + 1;
      int r = unwind_fb(c, &u->fb[i], 1);
      u->nfb = saved;
      CHECK(r);
    }
    c->u->line = s->lineno;
    return emit(c, OP_RETURN_VALUE, 0);
  }
  case FT_STMT_DELETE:
    for (int i = 0; i < s->v.Delete.targets.n; i++)
      CHECK(compile_delete(c, s->v.Delete.targets.items[i]));
    return 0;
  case FT_STMT_ASSIGN: {
    int n = s->v.Assign.targets.n;
    FtExpr *tg = s->v.Assign.targets.items[0], *val = s->v.Assign.value;
    FtExprSeq *te = tg->kind == FT_EXPR_TUPLE  ? &tg->v.Tuple.elts
                    : tg->kind == FT_EXPR_LIST ? &tg->v.List.elts
                                               : NULL;
    if (n == 1 && te && val->kind == FT_EXPR_TUPLE && val->v.Tuple.elts.n == te->n &&
        (te->n == 2 || te->n == 3) && !has_starred(te) && !has_starred(&val->v.Tuple.elts)) {
      /* a, b = x, y (and three): the values stay on the stack, reversed
       * by rotations, instead of a tuple built and unpacked (as CPython) */
      for (int i = 0; i < te->n; i++)
        CHECK(compile_expr(c, val->v.Tuple.elts.items[i]));
      if (te->n == 3)
        EMIT(ROT_THREE, 0);
      EMIT(ROT_TWO, 0);
      for (int i = 0; i < te->n; i++)
        CHECK(compile_store(c, te->items[i]));
      return 0;
    }
    CHECK(compile_expr(c, s->v.Assign.value));
    for (int i = 0; i < n; i++) {
      if (i < n - 1)
        EMIT(DUP_TOP, 0);
      CHECK(compile_store(c, s->v.Assign.targets.items[i]));
    }
    return 0;
  }
  case FT_STMT_AUGASSIGN: {
    FtExpr *t = s->v.AugAssign.target;
    int nb = binop_nb(s->v.AugAssign.op);
    switch (t->kind) {
    case FT_EXPR_NAME:
      CHECK(compile_name(c, t->v.Name.id, FT_CTX_LOAD));
      CHECK(compile_expr(c, s->v.AugAssign.value));
      c->u->line = s->lineno;
      EMIT(INPLACE_OP, nb);
      return compile_name(c, t->v.Name.id, FT_CTX_STORE);
    case FT_EXPR_ATTRIBUTE:
      CHECK(compile_expr(c, t->v.Attribute.value));
      EMIT(DUP_TOP, 0);
      CHECK(emit_name_op(c, OP_LOAD_ATTR, t->v.Attribute.attr));
      CHECK(compile_expr(c, s->v.AugAssign.value));
      c->u->line = s->lineno;
      EMIT(INPLACE_OP, nb);
      EMIT(ROT_TWO, 0);
      return emit_name_op(c, OP_STORE_ATTR, t->v.Attribute.attr);
    case FT_EXPR_SUBSCRIPT:
      CHECK(compile_expr(c, t->v.Subscript.value));
      CHECK(compile_subscript_slice(c, t->v.Subscript.slice));
      EMIT(DUP_TOP_TWO, 0);
      EMIT(BINARY_SUBSCR, 0);
      CHECK(compile_expr(c, s->v.AugAssign.value));
      c->u->line = s->lineno;
      EMIT(INPLACE_OP, nb);
      EMIT(ROT_THREE, 0);
      return emit(c, OP_STORE_SUBSCR, 0);
    default: return cerr(c, s->lineno, s->col_offset, "illegal expression for augmented assignment");
    }
  }
  case FT_STMT_ANNASSIGN:
    if (s->v.AnnAssign.value) {
      CHECK(compile_expr(c, s->v.AnnAssign.value));
      CHECK(compile_store(c, s->v.AnnAssign.target));
    }
    /* Module and class bodies record simple-name annotations. */
    if (c->u->scope->type != FT_SCOPE_FUNCTION && s->v.AnnAssign.simple &&
        s->v.AnnAssign.target->kind == FT_EXPR_NAME) {
      CHECK(compile_annotation(c, s->v.AnnAssign.annotation));
      CHECK(emit_name_op(c, OP_LOAD_NAME, "__annotations__"));
      CHECK(emit_const(c, mangled_str(c, s->v.AnnAssign.target->v.Name.id)));
      EMIT(STORE_SUBSCR, 0);
    }
    return 0;
  case FT_STMT_FOR:
    return compile_for(c, s);
  case FT_STMT_ASYNCFOR:
    return cerr(c, s->lineno, s->col_offset, "async for is not supported yet");
  case FT_STMT_WHILE: return compile_while(c, s);
  case FT_STMT_IF: {
    int orelse = new_label(c), end = new_label(c);
    CHECK(compile_jump_if(c, s->v.If.test, 0, orelse));
    CHECK(compile_stmts(c, &s->v.If.body));
    if (s->v.If.orelse.n)
      EMIT(JUMP, end);
    bind_label(c, orelse);
    CHECK(compile_stmts(c, &s->v.If.orelse));
    bind_label(c, end);
    return 0;
  }
  case FT_STMT_WITH:
  case FT_STMT_ASYNCWITH: return compile_with(c, s, 0);
  case FT_STMT_MATCH: return compile_match(c, s);
  case FT_STMT_RAISE:
    if (s->v.Raise.exc) {
      CHECK(compile_expr(c, s->v.Raise.exc));
      if (s->v.Raise.cause) {
        CHECK(compile_expr(c, s->v.Raise.cause));
        return emit(c, OP_RAISE_VARARGS, 2);
      }
      return emit(c, OP_RAISE_VARARGS, 1);
    }
    return emit(c, OP_RAISE_VARARGS, 0);
  case FT_STMT_TRY:
  case FT_STMT_TRYSTAR: return compile_try(c, s);
  case FT_STMT_ASSERT: {
    if (c->optimize)
      return 0;
    int end = new_label(c);
    CHECK(compile_jump_if(c, s->v.Assert.test, 1, end));
    EMIT(LOAD_ASSERTION_ERROR, 0);
    if (s->v.Assert.msg) {
      CHECK(compile_expr(c, s->v.Assert.msg));
      EMIT(CALL, 1);
    }
    EMIT(RAISE_VARARGS, 1);
    bind_label(c, end);
    return 0;
  }
  case FT_STMT_IMPORT: return compile_import(c, s);
  case FT_STMT_IMPORTFROM: return compile_import_from(c, s);
  case FT_STMT_GLOBAL:
  case FT_STMT_NONLOCAL:
  case FT_STMT_PASS: return 0;
  case FT_STMT_EXPR:
    if (s->v.Expr.value->kind == FT_EXPR_CONSTANT && !c->interactive)
      return 0;
    CHECK(compile_expr(c, s->v.Expr.value));
    return emit(c, c->interactive && c->u->scope->type == FT_SCOPE_MODULE ? OP_PRINT_EXPR
                                                                          : OP_POP_TOP, 0);
  case FT_STMT_BREAK:
  case FT_STMT_CONTINUE: {
    FBlock *loop;
    CHECK(unwind_to_loop(c, &loop));
    if (!loop)
      return cerr(c, s->lineno, s->col_offset,
                  s->kind == FT_STMT_BREAK ? "'break' outside loop"
                                           : "'continue' not properly in loop");
    if (s->kind == FT_STMT_BREAK) {
      if (loop->type == FB_FOR)
        EMIT(POP_TOP, 0);
      return emit(c, OP_JUMP, loop->l_break);
    }
    return emit(c, OP_JUMP, loop->l_continue);
  }
  }
  return 0;
}

static int compile_stmts(Compiler *c, FtStmtSeq *b) {
  for (int i = 0; i < b->n; i++)
    CHECK(compile_stmt(c, b->items[i]));
  return 0;
}

/* ---- stack depth ------------------------------------------------------ */

/* Stack effect of an instruction; for jumps, *jump_effect gets the effect
 * when the jump is taken. */
static int stack_effect(int op, int arg, int *jump_effect) {
  *jump_effect = 0;
  switch (op) {
  case OP_NOP: return 0;
  case OP_POP_TOP: return -1;
  case OP_DUP_TOP: return 1;
  case OP_DUP_TOP_TWO: case OP_DUP_TOP_TWO_SUBSCR: return 2;
  case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: case OP_ROT_THREE_STORE_SUBSCR:
    return 0;
  case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
  case OP_LOAD_FAST_ATTR: case OP_LOAD_FAST_SUBSCR: case OP_LOAD_FAST_BINOP:
  case OP_LOAD_FAST_COMPARE: case OP_LOAD_FAST_CONTAINS: case OP_LOAD_FAST_METHOD:
  case OP_LOAD_FAST_STORE_ATTR: case OP_LOAD_FAST_PAIR: case OP_LOAD_CONST_IS: case OP_LOAD_FAST_IS: case OP_LOAD_FAST_JUMP:
  case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
  case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
    return 1;
  case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    return -1;
  case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
    return 0;
  case OP_LOAD_ATTR: return 0;
  case OP_STORE_ATTR: return -2;
  case OP_DELETE_ATTR: return -1;
  case OP_LOAD_METHOD: return 1;
  case OP_CALL_METHOD: return -((arg & 0x7FFFFF) + 1 + ((arg >> 23) & 1));
  /* (CALL_METHOD's count includes keyword values) */
  case OP_CALL: return -arg;
  case OP_CALL_KW: return -arg - 1;
  case OP_CALL_EX: return -1 - arg;
  case OP_BINARY_OP: case OP_INPLACE_OP: case OP_COMPARE_OP: case OP_IS_OP:
  case OP_CONTAINS_OP: case OP_BINARY_SUBSCR:
    return -1;
  case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_INVERT: case OP_UNARY_NOT:
    return 0;
  case OP_STORE_SUBSCR: return -3;
  case OP_DELETE_SUBSCR: return -2;
  case OP_BUILD_SLICE: return 1 - arg;
  case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
    return 1 - arg;
  case OP_BUILD_MAP: return 1 - 2 * arg;
  case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
  case OP_DICT_UPDATE: case OP_DICT_MERGE:
    return -1;
  case OP_MAP_ADD: return -2;
  case OP_LIST_TO_TUPLE: return 0;
  case OP_FORMAT_VALUE: return (arg & FT_FV_HAS_SPEC) ? -1 : 0;
  case OP_UNPACK_SEQUENCE: return arg - 1;
  case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
  case OP_JUMP: return 0;
  case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    *jump_effect = -1;
    return -1;
  case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    *jump_effect = 0;
    return -1;
  case OP_GET_ITER: return 0;
  case OP_FOR_ITER: *jump_effect = 1; return 1; /* exhausted: pushes a marker */
  case OP_END_FOR: return -2;
  case OP_MAKE_FUNCTION:
    return -1 - ((arg & FT_MF_DEFAULTS) != 0) - ((arg & FT_MF_KWDEFAULTS) != 0) -
           ((arg & FT_MF_ANNOTATIONS) != 0) - ((arg & FT_MF_CLOSURE) != 0);
  case OP_RETURN_VALUE: return -1;
  case OP_SETUP_FINALLY: *jump_effect = 2; return 0;
  case OP_POP_BLOCK: return 0;
  case OP_POP_EXCEPT: return -2;
  case OP_RERAISE: return -1;
  case OP_RAISE_VARARGS: return -arg;
  case OP_CHECK_EXC_MATCH: return 0;
  case OP_BEFORE_WITH: *jump_effect = 2; return 1;
  case OP_CALL_EXIT_NONE: return -1;
  case OP_WITH_EXCEPT_START: return 1;
  case OP_IMPORT_NAME: return -1;
  case OP_IMPORT_FROM: return 1;
  case OP_IMPORT_STAR: return -1;
  case OP_YIELD_VALUE: return 0;
  case OP_GET_YIELD_FROM_ITER: return 0;
  case OP_YIELD_FROM: return -1;
  case OP_PRINT_EXPR: return -1;
  default: return 0;
  }
}

static int compute_stacksize(uint32_t *code, int n) {
  int *depth = malloc((size_t)(n + 1) * sizeof *depth);
  int wcap = n + 16;
  int *work = malloc((size_t)wcap * sizeof *work);
  if (!depth || !work) {
    free(depth);
    free(work);
    return -1;
  }
  for (int i = 0; i <= n; i++)
    depth[i] = -1;
  int nw = 0, maxd = 0;
  depth[0] = 0;
  work[nw++] = 0;
  while (nw) {
    int i = work[--nw];
    int d = depth[i];
    while (i < n) {
      int op = code[i] & 0xFF, arg = (int)(code[i] >> 8);
      int je;
      int eff = stack_effect(op, arg, &je);
      if (is_jump(op)) {
        int t = arg, td = d + je;
        if (td > maxd)
          maxd = td;
        if (t <= n && depth[t] < td) {
          depth[t] = td;
          if (nw == wcap) {
            int *nwk = realloc(work, (size_t)(wcap *= 2) * sizeof *work);
            if (!nwk) {
              free(depth);
              free(work);
              return -1;
            }
            work = nwk;
          }
          work[nw++] = t;
        }
      }
      d += eff;
      if (d > maxd)
        maxd = d;
      if (d > 100000 || d < 0) { /* inconsistent effects: a compiler bug */
        free(depth);
        free(work);
        return -2;
      }
      if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE ||
          op == OP_RAISE_VARARGS)
        break;
      i++;
      if (depth[i] >= d)
        break;
      depth[i] = d;
    }
  }
  free(depth);
  free(work);
  return maxd + 2;
}

/* ---- units ------------------------------------------------------------- */

static FtValue names_tuple(const char **names, int n) {
  FtValue t = ft_tuple_new((size_t)n);
  if (!t)
    return 0;
  for (int i = 0; i < n; i++)
    ft_tuple_items(t)[i] = ft_str_intern_cstr(names[i]);
  return t;
}

/* A jump whose target is an unconditional JUMP goes straight to that
 * JUMP's target (`if x: continue` jumps to the loop head, `a and b`
 * chains skip the intermediate jumps).  A conditional jump may become
 * backward this way; its handler then polls the eval breaker as JUMP does.
 * JUMP_IF_*_OR_POP only moves forward: its handler does not poll. */
static void thread_jumps(uint32_t *code, int n) {
  for (int i = 0; i < n; i++) {
    int op = (int)(code[i] & 0xFF);
    if (op != OP_JUMP && op != OP_POP_JUMP_IF_FALSE && op != OP_POP_JUMP_IF_TRUE &&
        op != OP_JUMP_IF_FALSE_OR_POP && op != OP_JUMP_IF_TRUE_OR_POP)
      continue;
    int t = (int)(code[i] >> 8), hops = 0;
    while (t < n && (code[t] & 0xFF) == OP_JUMP && hops++ < 8) {
      int t2 = (int)(code[t] >> 8);
      if (t2 <= i && (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP))
        break;
      t = t2;
    }
    code[i] = (uint32_t)op | ((uint32_t)t << 8);
  }
}

/* Mark instructions that the eval loop runs together with the ones after
 * them (after the stack depth: a marked instruction behaves as the
 * sequence).  The following instructions stay in place, so a jump into the
 * middle still works.  Backwards, so an instruction sees its successor's
 * final opcode.
 *   LOAD_FAST + LOAD_ATTR / LOAD_METHOD / STORE_ATTR
 *   LOAD_FAST + LOAD_CONST|LOAD_FAST + BINARY_SUBSCR / BINARY_OP /
 *     INPLACE_OP / COMPARE_OP / CONTAINS_OP
 *   LOAD_FAST + LOAD_CONST + IS_OP
 *   LOAD_FAST + LOAD_FAST (plain), LOAD_FAST + POP_JUMP_IF_*
 *   LOAD_CONST + IS_OP
 *   DUP_TOP_TWO + BINARY_SUBSCR, ROT_THREE + STORE_SUBSCR (o[k] op= v) */
static void mark_fused(uint32_t *code, int n) {
  for (int i = n - 2; i >= 0; i--) {
    int op = (int)(code[i] & 0xFF), n1 = (int)(code[i + 1] & 0xFF);
    int mark = op;
    if (op == OP_LOAD_CONST) {
      if (n1 == OP_IS_OP)
        mark = OP_LOAD_CONST_IS;
    } else if (op == OP_DUP_TOP_TWO && n1 == OP_BINARY_SUBSCR) {
      mark = OP_DUP_TOP_TWO_SUBSCR;
    } else if (op == OP_ROT_THREE && n1 == OP_STORE_SUBSCR) {
      mark = OP_ROT_THREE_STORE_SUBSCR;
    } else if (op == OP_LOAD_FAST) {
      int n2 = i + 2 < n ? (int)(code[i + 2] & 0xFF) : -1;
      if (n1 == OP_LOAD_ATTR)
        mark = OP_LOAD_FAST_ATTR;
      else if (n1 == OP_LOAD_METHOD)
        mark = OP_LOAD_FAST_METHOD;
      else if (n1 == OP_STORE_ATTR)
        mark = OP_LOAD_FAST_STORE_ATTR;
      else if (n1 == OP_LOAD_CONST_IS) /* marked already: IS_OP follows */
        mark = OP_LOAD_FAST_IS;
      else if (n1 == OP_POP_JUMP_IF_FALSE || n1 == OP_POP_JUMP_IF_TRUE)
        mark = OP_LOAD_FAST_JUMP;
      else if (n1 == OP_LOAD_CONST || n1 == OP_LOAD_FAST)
        mark = n2 == OP_BINARY_SUBSCR                          ? OP_LOAD_FAST_SUBSCR
               : n2 == OP_BINARY_OP || n2 == OP_INPLACE_OP ? OP_LOAD_FAST_BINOP
               : n2 == OP_COMPARE_OP                       ? OP_LOAD_FAST_COMPARE
               : n2 == OP_CONTAINS_OP                      ? OP_LOAD_FAST_CONTAINS
               : n1 == OP_LOAD_FAST                        ? OP_LOAD_FAST_PAIR
                                                           : OP_LOAD_FAST;
    }
    code[i] = (code[i] & ~0xFFu) | (uint32_t)mark;
  }
}

static FtValue finish_unit(Compiler *c, Unit *u, int firstline, const char *name) {
  /* resolve labels */
  for (int i = 0; i < u->n; i++) {
    int op = u->code[i] & 0xFF;
    if (is_jump(op)) {
      int l = (int)(u->code[i] >> 8);
      u->code[i] = (uint32_t)op | ((uint32_t)u->labels[l] << 8);
    }
  }
  FtScope *s = u->scope;
  int stacksize = compute_stacksize(u->code, u->n);
  if (stacksize == -2)
    return ft_err_format(&FtExc_SystemError, "compiler: inconsistent stack depth in %s", name);
  if (stacksize < 0)
    return ft_err_nomemory();
  thread_jumps(u->code, u->n);
  mark_fused(u->code, u->n);
  FtCode *co = (FtCode *)ft_obj(ft_code_new());
  if (!co)
    return 0;
  co->code = u->code;
  co->lines = u->lines;
  co->ncode = (size_t)u->n;
  u->code = NULL;
  u->lines = NULL;
  co->caches = ft_mem_calloc((size_t)u->n + 1, sizeof(FtCache));
  co->consts = ft_list_as_tuple(u->consts);
  /* Constants are immortal: threads running the same code load them
   * without refcount traffic on a shared object (the code object itself is
   * deferred, so they would live as long anyway). */
  for (size_t i = 0; co->consts && i < ft_tuple_len(co->consts); i++) {
    FtValue k = ft_tuple_get(co->consts, i);
    if (!ft_is_small(k) && !ft_obj_is_immortal(ft_obj(k)))
      ft_object_make_immortal(ft_obj(k));
  }
  co->names = ft_list_as_tuple(u->names);
  co->varnames = names_tuple(s->varnames, s->nvarnames);
  co->cellvars = names_tuple(s->cellvars, s->ncellvars);
  co->freevars = names_tuple(s->freevars, s->nfreevars);
  co->name = ft_str_intern_cstr(s->type == FT_SCOPE_MODULE ? "<module>" : s->name);
  co->qualname = ft_str_from_cstr(u->qualname ? u->qualname : s->name);
  co->filename = ft_str_from_cstr(c->filename);
  if (!co->caches || !co->consts || !co->names || !co->varnames || !co->cellvars ||
      !co->freevars || !co->qualname || !co->filename) {
    ft_decref(ft_val(co));
    return 0;
  }
  /* Functions made from this code share its qualname and filename too:
   * immortal, like the constants. */
  if (!ft_obj_is_immortal(ft_obj(co->qualname)))
    ft_object_make_immortal(ft_obj(co->qualname));
  if (!ft_obj_is_immortal(ft_obj(co->filename)))
    ft_object_make_immortal(ft_obj(co->filename));
  co->argcount = s->argcount;
  co->posonlyargcount = s->posonly;
  co->kwonlyargcount = s->kwonly;
  co->flags = (s->has_varargs ? FT_CO_VARARGS : 0) | (s->has_varkw ? FT_CO_VARKEYWORDS : 0) |
              (s->is_generator ? FT_CO_GENERATOR : 0) |
              (s->type != FT_SCOPE_FUNCTION ? FT_CO_MODULE : 0) |
              (s->parent && s->parent->type == FT_SCOPE_FUNCTION ? FT_CO_NESTED : 0);
  if (s->type == FT_SCOPE_FUNCTION && !s->has_varargs && !s->has_varkw && !s->kwonly &&
      !s->is_generator && !s->ncellvars)
    co->flags |= FT_CO_SIMPLE;
  co->nlocals = s->type == FT_SCOPE_FUNCTION ? s->nvarnames : 0;
  co->ncells = s->ncellvars;
  co->nfrees = s->nfreevars;
  co->stacksize = stacksize;
  co->maxblocks = u->maxblocks + 2;
  co->firstlineno = firstline;
  co->cell2arg = NULL;
  if (s->ncellvars && s->type == FT_SCOPE_FUNCTION) {
    co->cell2arg = ft_mem_alloc((size_t)s->ncellvars * sizeof(int));
    if (!co->cell2arg) {
      ft_decref(ft_val(co));
      return 0;
    }
    int nargs = s->argcount + s->kwonly + s->has_varargs + s->has_varkw;
    for (int i = 0; i < s->ncellvars; i++) {
      int k = ft_symtable_index(s->varnames, s->nvarnames, s->cellvars[i]);
      co->cell2arg[i] = k >= 0 && k < nargs ? k : -1;
    }
  }
  ft_object_make_deferred(&co->ob);
  return ft_val(co);
}

static void free_unit(Unit *u) {
  free(u->code);
  free(u->lines);
  free(u->labels);
  ft_xdecref(u->consts);
  ft_xdecref(u->names);
  ft_xdecref(u->names_index);
}

/* Does a module/class body contain annotated assignments (outside nested
 * functions and classes)? */
static int find_ann(FtStmtSeq *b) {
  for (int i = 0; b && i < b->n; i++) {
    FtStmt *s = b->items[i];
    switch (s->kind) {
    case FT_STMT_ANNASSIGN: return 1;
    case FT_STMT_FOR: case FT_STMT_ASYNCFOR:
      if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse)) return 1;
      break;
    case FT_STMT_WHILE:
      if (find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse)) return 1;
      break;
    case FT_STMT_IF:
      if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse)) return 1;
      break;
    case FT_STMT_WITH: case FT_STMT_ASYNCWITH:
      if (find_ann(&s->v.With.body)) return 1;
      break;
    case FT_STMT_TRY: case FT_STMT_TRYSTAR:
      if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.orelse) ||
          find_ann(&s->v.Try.finalbody))
        return 1;
      for (int k = 0; k < s->v.Try.handlers.n; k++)
        if (find_ann(&s->v.Try.handlers.items[k]->body)) return 1;
      break;
    default: break;
    }
  }
  return 0;
}

static FtValue compile_unit(Compiler *c, FtScope *s, FtStmtSeq *body, FtExpr *expr,
                            int firstline, const char *qualname) {
  Unit u;
  memset(&u, 0, sizeof u);
  u.scope = s;
  u.parent = c->u;
  u.qualname = qualname;
  u.line = firstline;
  u.consts = ft_list_new(0);
  u.names = ft_list_new(0);
  u.names_index = ft_dict_new();
  FtValue code = 0;
  c->u = &u;
  if (!u.consts || !u.names || !u.names_index)
    goto done;
  if (s->type == FT_SCOPE_CLASS) {
    /* __module__ = __name__; __qualname__ = '...' */
    if (emit_name_op(c, OP_LOAD_NAME, "__name__") < 0 ||
        emit_name_op(c, OP_STORE_NAME, "__module__") < 0 ||
        emit_const(c, ft_str_from_cstr(qualname)) < 0 ||
        emit_name_op(c, OP_STORE_NAME, "__qualname__") < 0)
      goto done;
  }
  if (s->type != FT_SCOPE_FUNCTION && body && find_ann(body) &&
      emit(c, OP_SETUP_ANNOTATIONS, 0) < 0)
    goto done;
  if (body && body->n && c->optimize < 2 && body->items[0]->kind == FT_STMT_EXPR &&
      body->items[0]->v.Expr.value->kind == FT_EXPR_CONSTANT &&
      body->items[0]->v.Expr.value->v.Constant.kind == FT_CONST_STR) {
    /* docstring */
    FtConstant *k = &body->items[0]->v.Expr.value->v.Constant;
    if (s->type == FT_SCOPE_FUNCTION) {
      if (add_const(c, ft_str_new(k->v.s.data, k->v.s.len)) < 0)
        goto done;
    } else {
      if (emit_const(c, ft_str_new(k->v.s.data, k->v.s.len)) < 0 ||
          emit_name_op(c, OP_STORE_NAME, "__doc__") < 0)
        goto done;
    }
  } else if (s->type == FT_SCOPE_FUNCTION && body) {
    if (add_const(c, FT_NONE) < 0) /* consts[0] is the docstring */
      goto done;
  }
  if (s->is_comprehension) {
    FtComprehensionSeq *gens;
    int kind = expr->kind;
    if (kind == FT_EXPR_LISTCOMP)
      gens = &expr->v.ListComp.generators;
    else if (kind == FT_EXPR_SETCOMP)
      gens = &expr->v.SetComp.generators;
    else if (kind == FT_EXPR_DICTCOMP)
      gens = &expr->v.DictComp.generators;
    else
      gens = &expr->v.GeneratorExp.generators;
    if (kind != FT_EXPR_GENERATOREXP &&
        emit(c, kind == FT_EXPR_LISTCOMP ? OP_BUILD_LIST
                : kind == FT_EXPR_SETCOMP ? OP_BUILD_SET : OP_BUILD_MAP, 0) < 0)
      goto done;
    if (compile_comp_gen(c, expr, gens, 0, 0) < 0)
      goto done;
    if (kind == FT_EXPR_GENERATOREXP && emit_const(c, FT_NONE) < 0)
      goto done;
    if (emit(c, OP_RETURN_VALUE, 0) < 0)
      goto done;
  } else if (expr && expr->kind == FT_EXPR_LAMBDA && s->type == FT_SCOPE_FUNCTION) {
    /* the lambda's own body (eval("lambda: 5") is the module case below) */
    if (add_const(c, FT_NONE) < 0 || compile_expr(c, expr->v.Lambda.body) < 0 ||
        emit(c, OP_RETURN_VALUE, 0) < 0)
      goto done;
  } else if (expr) {
    /* eval mode */
    if (compile_expr(c, expr) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
      goto done;
  } else {
    if (compile_stmts(c, body) < 0)
      goto done;
    if (s->type == FT_SCOPE_CLASS && s->needs_class_cell) {
      /* return the __class__ cell so type creation can fill it */
      int i = deref_index(&u, "__class__");
      if (emit(c, OP_LOAD_CLOSURE, i) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
        goto done;
    } else if (emit_const(c, FT_NONE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0) {
      goto done;
    }
  }
  code = finish_unit(c, &u, firstline, s->name);
done:
  c->u = u.parent;
  free_unit(&u);
  return code;
}

/* mode as for ft_compile: eval (1) and single (2) keep the line as written,
 * without the newline that exec text always gets (CPython's behavior). */
static FtValue syntax_error_from(FtSyntaxError *err, const char *src, size_t len, int mode) {
  /* the offending line's text */
  const char *p = src, *end = src + len;
  for (int line = 1; line < err->lineno && p < end; p++)
    if (*p == '\n')
      line++;
  const char *q = p;
  while (q < end && *q != '\n')
    q++;
  char *text = NULL;
  if (err->lineno > 0 && p <= end) {
    text = malloc((size_t)(q - p) + 2);
    if (text) {
      memcpy(text, p, (size_t)(q - p));
      int nl = mode == 0 || q < end;
      text[q - p] = '\n';
      text[q - p + nl] = 0;
    }
  } else if (err->lineno == 0 && mode != 0) {
    text = calloc(1, 1); /* eval('') and friends carry text '' */
  }
  FtType *t = &FtExc_SyntaxError;
  if (err->kind && !strcmp(err->kind, "IndentationError"))
    t = &FtExc_IndentationError;
  else if (err->kind && !strcmp(err->kind, "TabError"))
    t = &FtExc_TabError;
  extern FtValue ft_exc_syntax_error(FtType *, const char *, const char *, int, int,
                                     const char *, int, int);
  FtValue e = ft_exc_syntax_error(t, err->msg, err->filename ? err->filename : "<string>",
                                  err->lineno, err->col_offset, text,
                                  err->end_lineno ? err->end_lineno : err->lineno,
                                  err->end_offset ? err->end_offset : err->col_offset + 1);
  free(text);
  if (e)
    ft_err_raise(e);
  return 0;
}

FtValue ft_compile(const char *src, size_t len, const char *filename, int mode) {
  int optimize = (mode >> 4) & 3; /* FT_COMPILE_OPTIMIZE(n) */
  mode &= 3;
  FtArena *arena = ft_arena_new();
  if (!arena)
    return ft_err_nomemory();
  FtSyntaxError err;
  memset(&err, 0, sizeof err);
  err.filename = filename;
  FtMod *mod = mode == 1 ? ft_parse_expression(arena, src, len, filename, &err)
               : mode == 2 ? ft_parse_interactive(arena, src, len, filename, &err)
                           : ft_parse_module(arena, src, len, filename, &err);
  FtValue code = 0;
  if (!mod) {
    if (!ft_err_occurred()) {
      if (!err.filename)
        err.filename = filename;
      syntax_error_from(&err, src, len, mode);
    }
    ft_arena_free(arena);
    return 0;
  }
  Compiler c;
  memset(&c, 0, sizeof c);
  c.st.arena = arena;
  c.st.err = &err;
  c.st.filename = filename;
  c.err = &err;
  c.filename = filename;
  c.interactive = mode == 2;
  c.optimize = optimize;
  c.modbody = mod->kind == FT_MOD_EXPRESSION ? NULL : &mod->body;
  c.src = src;
  c.srclen = len;
  if (ft_symtable_build(&c.st, mod) < 0) {
    if (!ft_err_occurred())
      syntax_error_from(&err, src, len, mode);
    ft_arena_free(arena);
    return 0;
  }
  code = compile_unit(&c, c.st.top, mod->kind == FT_MOD_EXPRESSION ? NULL : &mod->body,
                      mod->kind == FT_MOD_EXPRESSION ? mod->expr : NULL, 1, "<module>");
  if (!code && !ft_err_occurred())
    syntax_error_from(&err, src, len, mode);
  ft_arena_free(arena);
  return code;
}
