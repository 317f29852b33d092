/*
 * symtable.c -- the symbol-table pass: one scope per module, class,
 * function, lambda and comprehension, and for every name in every scope
 * whether it is local, global, free (from an enclosing function) or a cell
 * (local but captured by an inner function).
 *
 * Pass 1 walks the AST recording how each scope uses each name; pass 2
 * (analyze) resolves names top-down, passing the set of names bound by
 * enclosing function scopes, and bottom-up turns locals captured by a
 * child into cells.  Class bodies don't make their names visible to nested
 * functions, except the implicit __class__ cell used by super().
 * Everything is allocated in the compile's arena; no shared state.
 */
#include <stdio.h>
#include <string.h>

#include "symtable.h"

static int serr(FtSymtable *st, int line, int col, const char *fmt, const char *name) {
  snprintf(st->err->msg, sizeof st->err->msg, fmt, name);
  st->err->kind = "SyntaxError";
  st->err->lineno = line;
  st->err->col_offset = col + 1;
  st->err->end_lineno = 0;
  st->err->end_offset = 0;
  st->err->filename = st->filename;
  return -1;
}

/* Length of the mangled form of name, or 0 when it isn't mangled; *cls
 * gets the class name without its leading underscores. */
static size_t mangled_len(const char *priv, const char *name, const char **cls) {
  if (!priv || name[0] != '_' || name[1] != '_' || strchr(name, '.'))
    return 0;
  size_t n = strlen(name);
  if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_')
    return 0; /* dunder names are left alone */
  while (*priv == '_')
    priv++;
  if (!*priv)
    return 0;
  *cls = priv;
  return 1 + strlen(priv) + n;
}

const char *ft_symtable_mangle(FtArena *a, const char *priv, const char *name) {
  const char *cls;
  size_t n = mangled_len(priv, name, &cls);
  if (!n)
    return name;
  char *m = ft_arena_alloc(a, n + 1);
  if (m)
    snprintf(m, n + 1, "_%s%s", cls, name);
  return m;
}

FtSymbol *ft_symtable_lookup(FtScope *s, const char *name) {
  const char *cls;
  size_t ml = mangled_len(s->private_name, name, &cls);
  size_t cl = ml ? strlen(cls) : 0;
  for (int i = 0; i < s->nsyms; i++) {
    const char *sn = s->syms[i].name;
    if (ml ? (sn[0] == '_' && !strncmp(sn + 1, cls, cl) && !strcmp(sn + 1 + cl, name))
           : !strcmp(sn, name))
      return &s->syms[i];
  }
  return NULL;
}

int ft_symtable_index(const char **list, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (!strcmp(list[i], name))
      return i;
  return -1;
}

static void *grow(FtArena *a, void *old, int n, int *cap, size_t elt) {
  if (n < *cap)
    return old;
  int nc = *cap ? *cap * 2 : 8;
  void *p = ft_arena_alloc(a, (size_t)nc * elt);
  if (!p)
    return NULL;
  if (old)
    memcpy(p, old, (size_t)n * elt);
  *cap = nc;
  return p;
}

static FtSymbol *add_sym(FtSymtable *st, FtScope *s, const char *name, int flags) {
  FtSymbol *sym = ft_symtable_lookup(s, name);
  if (!sym) {
    name = ft_symtable_mangle(st->arena, s->private_name, name);
    if (!name)
      return NULL;
    FtSymbol *ns = grow(st->arena, s->syms, s->nsyms, &s->capsyms, sizeof(FtSymbol));
    if (!ns)
      return NULL;
    s->syms = ns;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->res = 0;
    sym->decl_line = sym->decl_col = 0;
  }
  sym->flags |= flags;
  return sym;
}

static FtScope *new_scope(FtSymtable *st, FtScope *parent, int type, const char *name,
                          const void *node) {
  FtScope *s = ft_arena_alloc(st->arena, sizeof *s);
  if (!s)
    return NULL;
  s->type = type;
  s->name = name;
  s->node = node;
  s->parent = parent;
  s->private_name = type == FT_SCOPE_CLASS ? name : parent ? parent->private_name : NULL;
  if (parent) {
    FtScope **nc = grow(st->arena, parent->children, parent->nchildren,
                        &parent->capchildren, sizeof(FtScope *));
    if (!nc)
      return NULL;
    parent->children = nc;
    parent->children[parent->nchildren++] = s;
  }
  return s;
}

static int visit_expr(FtSymtable *st, FtScope *s, FtExpr *e);
static int visit_stmts(FtSymtable *st, FtScope *s, FtStmtSeq *b);
static int visit_exprs(FtSymtable *st, FtScope *s, FtExprSeq *b) {
  for (int i = 0; i < b->n; i++)
    if (b->items[i] && visit_expr(st, s, b->items[i]) < 0)
      return -1;
  return 0;
}

static int use_name(FtSymtable *st, FtScope *s, const char *name, FtExprContext ctx,
                    int line, int col) {
  FtSymbol *existing = ft_symtable_lookup(s, name);
  if (ctx != FT_CTX_LOAD && existing && (existing->flags & FT_SYM_GLOBAL) == 0 &&
      0)
    return 0;
  if (!add_sym(st, s, name, ctx == FT_CTX_LOAD ? FT_SYM_USED : FT_SYM_ASSIGNED))
    return -1;
  /* super() in a method needs the class cell. */
  if (ctx == FT_CTX_LOAD && !strcmp(name, "super") && s->type == FT_SCOPE_FUNCTION)
    if (!add_sym(st, s, "__class__", FT_SYM_USED))
      return -1;
  return 0;
}

static int add_param(FtSymtable *st, FtScope *s, FtArg *p) {
  FtSymbol *old = ft_symtable_lookup(s, p->arg);
  if (!strcmp(p->arg, "__debug__"))
    return serr(st, p->lineno, p->col_offset, "cannot assign to %s", p->arg);
  if (old && (old->flags & FT_SYM_PARAM))
    return serr(st, p->lineno, p->col_offset,
                "duplicate argument '%s' in function definition", p->arg);
  return add_sym(st, s, p->arg, FT_SYM_PARAM) ? 0 : -1;
}

static int visit_args(FtSymtable *st, FtScope *s, FtArguments *a) {
  /* defaults and annotations belong to the enclosing scope */
  for (int i = 0; i < a->posonlyargs.n; i++)
    if (add_param(st, s, a->posonlyargs.items[i]) < 0)
      return -1;
  for (int i = 0; i < a->args.n; i++)
    if (add_param(st, s, a->args.items[i]) < 0)
      return -1;
  /* CPython's order: positional, keyword-only, then *args, **kwargs */
  for (int i = 0; i < a->kwonlyargs.n; i++)
    if (add_param(st, s, a->kwonlyargs.items[i]) < 0)
      return -1;
  if (a->vararg && add_param(st, s, a->vararg) < 0)
    return -1;
  if (a->kwarg && add_param(st, s, a->kwarg) < 0)
    return -1;
  s->posonly = a->posonlyargs.n;
  s->argcount = a->posonlyargs.n + a->args.n;
  s->kwonly = a->kwonlyargs.n;
  s->has_varargs = a->vararg != NULL;
  s->has_varkw = a->kwarg != NULL;
  return 0;
}

static int visit_arg_defaults(FtSymtable *st, FtScope *s, FtArguments *a) {
  if (visit_exprs(st, s, &a->defaults) < 0 || visit_exprs(st, s, &a->kw_defaults) < 0)
    return -1;
  FtArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < seqs[k]->n; i++)
      if (seqs[k]->items[i]->annotation &&
          visit_expr(st, s, seqs[k]->items[i]->annotation) < 0)
        return -1;
  if (a->vararg && a->vararg->annotation && visit_expr(st, s, a->vararg->annotation) < 0)
    return -1;
  if (a->kwarg && a->kwarg->annotation && visit_expr(st, s, a->kwarg->annotation) < 0)
    return -1;
  return 0;
}

static int visit_comprehension(FtSymtable *st, FtScope *s, FtExpr *e,
                               FtComprehensionSeq *gens, FtExpr *elt, FtExpr *val,
                               const char *name) {
  /* The scope is made first so children are recorded in the order the
   * code generator meets them; the first iterable is evaluated in the
   * enclosing scope. */
  FtScope *c = new_scope(st, s, FT_SCOPE_FUNCTION, name, e);
  if (!c)
    return -1;
  if (visit_expr(st, s, gens->items[0]->iter) < 0)
    return -1;
  c->is_comprehension = 1;
  c->is_generator = e->kind == FT_EXPR_GENERATOREXP;
  c->argcount = 1;
  if (!add_sym(st, c, ".0", FT_SYM_PARAM))
    return -1;
  for (int i = 0; i < gens->n; i++) {
    FtComprehension *g = gens->items[i];
    if (i > 0 && visit_expr(st, c, g->iter) < 0)
      return -1;
    if (visit_expr(st, c, g->target) < 0 || visit_exprs(st, c, &g->ifs) < 0)
      return -1;
  }
  if (elt && visit_expr(st, c, elt) < 0)
    return -1;
  if (val && visit_expr(st, c, val) < 0)
    return -1;
  return 0;
}

static int visit_expr(FtSymtable *st, FtScope *s, FtExpr *e) {
  switch (e->kind) {
  case FT_EXPR_BOOLOP: return visit_exprs(st, s, &e->v.BoolOp.values);
  case FT_EXPR_NAMEDEXPR: {
    if (visit_expr(st, s, e->v.NamedExpr.value) < 0)
      return -1;
    const char *name = e->v.NamedExpr.target->v.Name.id;
    if (s->is_comprehension) {
      /* Binds in the nearest enclosing non-comprehension scope. */
      FtScope *t = s;
      while (t->is_comprehension) {
        if (t->type == FT_SCOPE_FUNCTION && ft_symtable_lookup(t, name) &&
            (ft_symtable_lookup(t, name)->flags & FT_SYM_ASSIGNED) && t == s)
          return serr(st, e->lineno, e->col_offset,
                      "assignment expression cannot rebind comprehension iteration variable '%s'",
                      name);
        t = t->parent;
      }
      if (t->type == FT_SCOPE_CLASS)
        return serr(st, e->lineno, e->col_offset,
                    "assignment expression within a comprehension cannot be used in a class body%s",
                    "");
      if (!add_sym(st, t, name, FT_SYM_ASSIGNED))
        return -1;
      for (FtScope *u = s; u != t; u = u->parent)
        if (!add_sym(st, u, name, t->type == FT_SCOPE_MODULE ? FT_SYM_GLOBAL : FT_SYM_NONLOCAL))
          return -1;
      return 0;
    }
    return use_name(st, s, name, FT_CTX_STORE, e->lineno, e->col_offset);
  }
  case FT_EXPR_BINOP:
    return visit_expr(st, s, e->v.BinOp.left) < 0 ? -1 : visit_expr(st, s, e->v.BinOp.right);
  case FT_EXPR_UNARYOP: return visit_expr(st, s, e->v.UnaryOp.operand);
  case FT_EXPR_LAMBDA: {
    FtScope *f = new_scope(st, s, FT_SCOPE_FUNCTION, "<lambda>", e);
    if (!f)
      return -1;
    if (visit_arg_defaults(st, s, e->v.Lambda.args) < 0)
      return -1;
    f->is_lambda = 1;
    if (visit_args(st, f, e->v.Lambda.args) < 0)
      return -1;
    return visit_expr(st, f, e->v.Lambda.body);
  }
  case FT_EXPR_IFEXP:
    if (visit_expr(st, s, e->v.IfExp.test) < 0 || visit_expr(st, s, e->v.IfExp.body) < 0)
      return -1;
    return visit_expr(st, s, e->v.IfExp.orelse);
  case FT_EXPR_DICT:
    if (visit_exprs(st, s, &e->v.Dict.keys) < 0)
      return -1;
    return visit_exprs(st, s, &e->v.Dict.values);
  case FT_EXPR_SET: return visit_exprs(st, s, &e->v.Set.elts);
  case FT_EXPR_LISTCOMP:
    return visit_comprehension(st, s, e, &e->v.ListComp.generators, e->v.ListComp.elt,
                               NULL, "<listcomp>");
  case FT_EXPR_SETCOMP:
    return visit_comprehension(st, s, e, &e->v.SetComp.generators, e->v.SetComp.elt,
                               NULL, "<setcomp>");
  case FT_EXPR_GENERATOREXP:
    return visit_comprehension(st, s, e, &e->v.GeneratorExp.generators,
                               e->v.GeneratorExp.elt, NULL, "<genexpr>");
  case FT_EXPR_DICTCOMP:
    return visit_comprehension(st, s, e, &e->v.DictComp.generators, e->v.DictComp.key,
                               e->v.DictComp.value, "<dictcomp>");
  case FT_EXPR_AWAIT: return visit_expr(st, s, e->v.Await.value);
  case FT_EXPR_YIELD:
  case FT_EXPR_YIELDFROM:
    if (s->is_comprehension) {
      const char *n = s->name;
      return serr(st, e->lineno, e->col_offset, "'yield' inside %s",
                  !strcmp(n, "<listcomp>")  ? "list comprehension"
                  : !strcmp(n, "<setcomp>") ? "set comprehension"
                  : !strcmp(n, "<dictcomp>") ? "dict comprehension"
                                             : "generator expression");
    }
    if (s->type != FT_SCOPE_FUNCTION)
      return serr(st, e->lineno, e->col_offset, "'yield' outside function%s", "");
    s->is_generator = 1;
    if (e->kind == FT_EXPR_YIELD)
      return e->v.Yield.value ? visit_expr(st, s, e->v.Yield.value) : 0;
    return visit_expr(st, s, e->v.YieldFrom.value);
  case FT_EXPR_COMPARE:
    if (visit_expr(st, s, e->v.Compare.left) < 0)
      return -1;
    return visit_exprs(st, s, &e->v.Compare.comparators);
  case FT_EXPR_CALL:
    if (visit_expr(st, s, e->v.Call.func) < 0 || visit_exprs(st, s, &e->v.Call.args) < 0)
      return -1;
    for (int i = 0; i < e->v.Call.keywords.n; i++)
      if (visit_expr(st, s, e->v.Call.keywords.items[i]->value) < 0)
        return -1;
    return 0;
  case FT_EXPR_FORMATTEDVALUE:
    if (visit_expr(st, s, e->v.FormattedValue.value) < 0)
      return -1;
    return e->v.FormattedValue.format_spec
               ? visit_expr(st, s, e->v.FormattedValue.format_spec) : 0;
  case FT_EXPR_JOINEDSTR: return visit_exprs(st, s, &e->v.JoinedStr.values);
  case FT_EXPR_CONSTANT: return 0;
  case FT_EXPR_ATTRIBUTE: return visit_expr(st, s, e->v.Attribute.value);
  case FT_EXPR_SUBSCRIPT:
    if (visit_expr(st, s, e->v.Subscript.value) < 0)
      return -1;
    return visit_expr(st, s, e->v.Subscript.slice);
  case FT_EXPR_STARRED: return visit_expr(st, s, e->v.Starred.value);
  case FT_EXPR_NAME:
    return use_name(st, s, e->v.Name.id, e->v.Name.ctx, e->lineno, e->col_offset);
  case FT_EXPR_LIST: return visit_exprs(st, s, &e->v.List.elts);
  case FT_EXPR_TUPLE: return visit_exprs(st, s, &e->v.Tuple.elts);
  case FT_EXPR_SLICE:
    if (e->v.Slice.lower && visit_expr(st, s, e->v.Slice.lower) < 0)
      return -1;
    if (e->v.Slice.upper && visit_expr(st, s, e->v.Slice.upper) < 0)
      return -1;
    return e->v.Slice.step ? visit_expr(st, s, e->v.Slice.step) : 0;
  }
  return 0;
}

static int visit_patterns(FtSymtable *st, FtScope *s, FtPatternSeq *ps);

/* Capture names are stores; value, class and key expressions are loads. */
static int visit_pattern(FtSymtable *st, FtScope *s, FtPattern *p) {
  const char *bind = NULL;
  switch (p->kind) {
  case FT_PAT_MATCHVALUE: return visit_expr(st, s, p->v.MatchValue.value);
  case FT_PAT_MATCHSINGLETON: return 0;
  case FT_PAT_MATCHSEQUENCE: return visit_patterns(st, s, &p->v.MatchSequence.patterns);
  case FT_PAT_MATCHMAPPING:
    if (visit_exprs(st, s, &p->v.MatchMapping.keys) < 0 ||
        visit_patterns(st, s, &p->v.MatchMapping.patterns) < 0)
      return -1;
    bind = p->v.MatchMapping.rest;
    break;
  case FT_PAT_MATCHCLASS:
    if (visit_expr(st, s, p->v.MatchClass.cls) < 0 ||
        visit_patterns(st, s, &p->v.MatchClass.patterns) < 0 ||
        visit_patterns(st, s, &p->v.MatchClass.kwd_patterns) < 0)
      return -1;
    break;
  case FT_PAT_MATCHSTAR: bind = p->v.MatchStar.name; break;
  case FT_PAT_MATCHAS:
    if (p->v.MatchAs.pattern && visit_pattern(st, s, p->v.MatchAs.pattern) < 0)
      return -1;
    bind = p->v.MatchAs.name;
    break;
  case FT_PAT_MATCHOR: return visit_patterns(st, s, &p->v.MatchOr.patterns);
  }
  return bind ? use_name(st, s, bind, FT_CTX_STORE, p->lineno, p->col_offset) : 0;
}

static int visit_patterns(FtSymtable *st, FtScope *s, FtPatternSeq *ps) {
  for (int i = 0; i < ps->n; i++)
    if (visit_pattern(st, s, ps->items[i]) < 0)
      return -1;
  return 0;
}

static int declare(FtSymtable *st, FtScope *s, FtStmt *x, FtIdentSeq *names, int flag) {
  for (int i = 0; i < names->n; i++) {
    const char *n = names->items[i];
    FtSymbol *sym = ft_symtable_lookup(s, n);
    const char *what = flag == FT_SYM_GLOBAL ? "global" : "nonlocal";
    if (sym && (sym->flags & (FT_SYM_ASSIGNED | FT_SYM_USED | FT_SYM_PARAM | FT_SYM_ANNOT))) {
      char buf[200];
      /* CPython's precedence: parameter, use, annotation, assignment */
      if (sym->flags & FT_SYM_PARAM)
        snprintf(buf, sizeof buf, "name '%%s' is parameter and %s", what);
      else if (sym->flags & FT_SYM_USED)
        snprintf(buf, sizeof buf, "name '%%s' is used prior to %s declaration", what);
      else if (sym->flags & FT_SYM_ANNOT)
        snprintf(buf, sizeof buf, "annotated name '%%s' can't be %s", what);
      else
        snprintf(buf, sizeof buf, "name '%%s' is assigned to before %s declaration", what);
      return serr(st, x->lineno, x->col_offset, buf, n);
    }
    if (sym && (sym->flags & (flag == FT_SYM_GLOBAL ? FT_SYM_NONLOCAL : FT_SYM_GLOBAL)))
      return serr(st, sym->decl_line, sym->decl_col, "name '%s' is nonlocal and global", n);
    if (flag == FT_SYM_NONLOCAL && s->type == FT_SCOPE_MODULE)
      return serr(st, x->lineno, x->col_offset,
                  "nonlocal declaration not allowed at module level%s", "");
    if (!(sym = add_sym(st, s, n, flag)))
      return -1;
    sym->decl_line = x->lineno;
    sym->decl_col = x->col_offset;
  }
  return 0;
}

static int visit_stmt(FtSymtable *st, FtScope *s, FtStmt *x) {
  switch (x->kind) {
  case FT_STMT_FUNCTIONDEF:
  case FT_STMT_ASYNCFUNCTIONDEF: {
    FtFunctionDefData *d = &x->v.FunctionDef;
    if (visit_exprs(st, s, &d->decorator_list) < 0)
      return -1;
    FtScope *f = new_scope(st, s, FT_SCOPE_FUNCTION, d->name, x);
    if (!f || visit_arg_defaults(st, s, d->args) < 0)
      return -1;
    if (d->returns && visit_expr(st, s, d->returns) < 0)
      return -1;
    if (!add_sym(st, s, d->name, FT_SYM_ASSIGNED))
      return -1;
    if (visit_args(st, f, d->args) < 0)
      return -1;
    return visit_stmts(st, f, &d->body);
  }
  case FT_STMT_CLASSDEF: {
    if (visit_exprs(st, s, &x->v.ClassDef.decorator_list) < 0)
      return -1;
    FtScope *c = new_scope(st, s, FT_SCOPE_CLASS, x->v.ClassDef.name, x);
    if (!c || visit_exprs(st, s, &x->v.ClassDef.bases) < 0)
      return -1;
    for (int i = 0; i < x->v.ClassDef.keywords.n; i++)
      if (visit_expr(st, s, x->v.ClassDef.keywords.items[i]->value) < 0)
        return -1;
    if (!add_sym(st, s, x->v.ClassDef.name, FT_SYM_ASSIGNED))
      return -1;
    return visit_stmts(st, c, &x->v.ClassDef.body);
  }
  case FT_STMT_RETURN:
    if (s->type != FT_SCOPE_FUNCTION)
      return serr(st, x->lineno, x->col_offset, "'return' outside function%s", "");
    return x->v.Return.value ? visit_expr(st, s, x->v.Return.value) : 0;
  case FT_STMT_DELETE: return visit_exprs(st, s, &x->v.Delete.targets);
  case FT_STMT_ASSIGN:
    if (visit_expr(st, s, x->v.Assign.value) < 0)
      return -1;
    return visit_exprs(st, s, &x->v.Assign.targets);
  case FT_STMT_AUGASSIGN:
    if (visit_expr(st, s, x->v.AugAssign.value) < 0)
      return -1;
    if (x->v.AugAssign.target->kind == FT_EXPR_NAME) {
      const char *n = x->v.AugAssign.target->v.Name.id;
      return add_sym(st, s, n, FT_SYM_ASSIGNED | FT_SYM_USED) ? 0 : -1;
    }
    return visit_expr(st, s, x->v.AugAssign.target);
  case FT_STMT_ANNASSIGN:
    if (x->v.AnnAssign.value && visit_expr(st, s, x->v.AnnAssign.value) < 0)
      return -1;
    if (x->v.AnnAssign.target->kind == FT_EXPR_NAME) {
      const char *n = x->v.AnnAssign.target->v.Name.id;
      FtSymbol *old = ft_symtable_lookup(s, n);
      int simple = x->v.AnnAssign.simple;
      if (simple && old && (old->flags & (FT_SYM_GLOBAL | FT_SYM_NONLOCAL)))
        return serr(st, x->lineno, x->col_offset,
                    old->flags & FT_SYM_GLOBAL ? "annotated name '%s' can't be global"
                                               : "annotated name '%s' can't be nonlocal",
                    n);
      /* A simple annotation makes the name local even without a value. */
      int fl = simple ? FT_SYM_ASSIGNED | FT_SYM_ANNOT
                      : (x->v.AnnAssign.value ? FT_SYM_ASSIGNED : 0);
      if (fl && !add_sym(st, s, n, fl))
        return -1;
    } else if (visit_expr(st, s, x->v.AnnAssign.target) < 0) {
      return -1;
    }
    return s->type == FT_SCOPE_FUNCTION ? 0 : visit_expr(st, s, x->v.AnnAssign.annotation);
  case FT_STMT_FOR:
  case FT_STMT_ASYNCFOR:
    if (visit_expr(st, s, x->v.For.iter) < 0 || visit_expr(st, s, x->v.For.target) < 0)
      return -1;
    if (visit_stmts(st, s, &x->v.For.body) < 0)
      return -1;
    return visit_stmts(st, s, &x->v.For.orelse);
  case FT_STMT_WHILE:
    if (visit_expr(st, s, x->v.While.test) < 0 || visit_stmts(st, s, &x->v.While.body) < 0)
      return -1;
    return visit_stmts(st, s, &x->v.While.orelse);
  case FT_STMT_IF:
    if (visit_expr(st, s, x->v.If.test) < 0 || visit_stmts(st, s, &x->v.If.body) < 0)
      return -1;
    return visit_stmts(st, s, &x->v.If.orelse);
  case FT_STMT_WITH:
  case FT_STMT_ASYNCWITH:
    for (int i = 0; i < x->v.With.items.n; i++) {
      FtWithItem *w = x->v.With.items.items[i];
      if (visit_expr(st, s, w->context_expr) < 0)
        return -1;
      if (w->optional_vars && visit_expr(st, s, w->optional_vars) < 0)
        return -1;
    }
    return visit_stmts(st, s, &x->v.With.body);
  case FT_STMT_MATCH:
    if (visit_expr(st, s, x->v.Match.subject) < 0)
      return -1;
    for (int i = 0; i < x->v.Match.cases.n; i++) {
      FtMatchCase *mc = x->v.Match.cases.items[i];
      if (visit_pattern(st, s, mc->pattern) < 0 ||
          (mc->guard && visit_expr(st, s, mc->guard) < 0) || visit_stmts(st, s, &mc->body) < 0)
        return -1;
    }
    return 0;
  case FT_STMT_RAISE:
    if (x->v.Raise.exc && visit_expr(st, s, x->v.Raise.exc) < 0)
      return -1;
    return x->v.Raise.cause ? visit_expr(st, s, x->v.Raise.cause) : 0;
  case FT_STMT_TRY:
  case FT_STMT_TRYSTAR:
    if (visit_stmts(st, s, &x->v.Try.body) < 0)
      return -1;
    for (int i = 0; i < x->v.Try.handlers.n; i++) {
      FtExceptHandler *h = x->v.Try.handlers.items[i];
      if (h->type && visit_expr(st, s, h->type) < 0)
        return -1;
      if (h->name && !add_sym(st, s, h->name, FT_SYM_ASSIGNED))
        return -1;
      if (visit_stmts(st, s, &h->body) < 0)
        return -1;
    }
    if (visit_stmts(st, s, &x->v.Try.orelse) < 0)
      return -1;
    return visit_stmts(st, s, &x->v.Try.finalbody);
  case FT_STMT_ASSERT:
    if (visit_expr(st, s, x->v.Assert.test) < 0)
      return -1;
    return x->v.Assert.msg ? visit_expr(st, s, x->v.Assert.msg) : 0;
  case FT_STMT_IMPORT:
  case FT_STMT_IMPORTFROM: {
    FtAliasSeq *names = x->kind == FT_STMT_IMPORT ? &x->v.Import.names
                                                  : &x->v.ImportFrom.names;
    for (int i = 0; i < names->n; i++) {
      FtAlias *al = names->items[i];
      if (!strcmp(al->name, "*")) {
        if (s->type != FT_SCOPE_MODULE)
          return serr(st, x->lineno, x->col_offset,
                      "import * only allowed at module level%s", "");
        continue;
      }
      const char *bound = al->asname;
      if (!bound) {
        const char *dot = strchr(al->name, '.');
        bound = dot && x->kind == FT_STMT_IMPORT
                    ? ft_arena_strndup(st->arena, al->name, (size_t)(dot - al->name))
                    : al->name;
      }
      if (!bound || !add_sym(st, s, bound, FT_SYM_ASSIGNED))
        return -1;
    }
    return 0;
  }
  case FT_STMT_GLOBAL: return declare(st, s, x, &x->v.Global.names, FT_SYM_GLOBAL);
  case FT_STMT_NONLOCAL: return declare(st, s, x, &x->v.Nonlocal.names, FT_SYM_NONLOCAL);
  case FT_STMT_EXPR: return visit_expr(st, s, x->v.Expr.value);
  default: return 0;
  }
}

static int visit_stmts(FtSymtable *st, FtScope *s, FtStmtSeq *b) {
  for (int i = 0; i < b->n; i++)
    if (visit_stmt(st, s, b->items[i]) < 0)
      return -1;
  return 0;
}

/* ---- analysis -------------------------------------------------------- */

typedef struct NameSet {
  const char **names;
  int n, cap;
} NameSet;

static int set_has(NameSet *s, const char *n) {
  return ft_symtable_index(s->names, s->n, n) >= 0;
}
static int set_add(FtArena *a, NameSet *s, const char *n) {
  if (set_has(s, n))
    return 0;
  const char **p = grow(a, s->names, s->n, &s->cap, sizeof(char *));
  if (!p)
    return -1;
  s->names = p;
  s->names[s->n++] = n;
  return 0;
}

static int list_add(FtArena *a, const char ***list, int *n, const char *name) {
  if (ft_symtable_index(*list, *n, name) >= 0)
    return 0;
  int cap = *n; /* exact-size growth is fine for these short lists */
  const char **p = ft_arena_alloc(a, (size_t)(cap + 1) * sizeof(char *));
  if (!p)
    return -1;
  if (*n)
    memcpy(p, *list, (size_t)*n * sizeof(char *));
  p[(*n)++] = name;
  *list = p;
  return 0;
}

/* bound: names bound in enclosing function scopes (visible as free vars).
 * Collects into `free` the names this scope (and its children) need from
 * outside. */
static int analyze(FtSymtable *st, FtScope *s, NameSet *bound, NameSet *free_out) {
  FtArena *a = st->arena;
  NameSet newbound = {0}, childfree = {0};
  /* params first, in order, as varnames */
  if (s->type == FT_SCOPE_FUNCTION) {
    for (int i = 0; i < s->nsyms; i++)
      if (s->syms[i].flags & FT_SYM_PARAM)
        if (list_add(a, &s->varnames, &s->nvarnames, s->syms[i].name) < 0)
          return -1;
  }
  for (int i = 0; i < s->nsyms; i++) {
    FtSymbol *sym = &s->syms[i];
    int f = sym->flags;
    if (f & FT_SYM_GLOBAL) {
      sym->res = FT_RES_GLOBAL_EXPLICIT;
    } else if (f & FT_SYM_NONLOCAL) {
      if (!bound || !set_has(bound, sym->name))
        return serr(st, sym->decl_line, sym->decl_col, "no binding for nonlocal '%s' found",
                    sym->name);
      sym->res = FT_RES_FREE;
    } else if (f & (FT_SYM_ASSIGNED | FT_SYM_PARAM)) {
      sym->res = FT_RES_LOCAL;
    } else if (bound && set_has(bound, sym->name)) {
      sym->res = FT_RES_FREE;
    } else {
      sym->res = FT_RES_GLOBAL_IMPLICIT;
    }
  }
  if (s->type == FT_SCOPE_CLASS && !(ft_symtable_lookup(s, "__class__") &&
                                     ft_symtable_lookup(s, "__class__")->res != FT_RES_FREE &&
                                     ft_symtable_lookup(s, "__class__")->flags & FT_SYM_ASSIGNED)) {
    /* nothing */
  }
  /* What children can see: our function-bound names plus inherited. */
  if (bound)
    for (int i = 0; i < bound->n; i++)
      if (set_add(a, &newbound, bound->names[i]) < 0)
        return -1;
  if (s->type == FT_SCOPE_FUNCTION) {
    for (int i = 0; i < s->nsyms; i++)
      if (s->syms[i].res == FT_RES_LOCAL && set_add(a, &newbound, s->syms[i].name) < 0)
        return -1;
  }
  if (s->type == FT_SCOPE_CLASS && set_add(a, &newbound, "__class__") < 0)
    return -1;
  /* Names a class binds shadow nothing for its children, but a global
   * declaration in a function hides the outer binding from its children. */
  for (int i = 0; i < s->nsyms; i++)
    if (s->syms[i].res == FT_RES_GLOBAL_EXPLICIT) {
      int k = ft_symtable_index(newbound.names, newbound.n, s->syms[i].name);
      if (k >= 0)
        newbound.names[k] = "";
    }
  for (int c = 0; c < s->nchildren; c++)
    if (analyze(st, s->children[c], &newbound, &childfree) < 0)
      return -1;
  /* Children's free names: cells if we bind them, else free here too. */
  for (int i = 0; i < childfree.n; i++) {
    const char *n = childfree.names[i];
    FtSymbol *sym = ft_symtable_lookup(s, n);
    if (s->type == FT_SCOPE_CLASS && !strcmp(n, "__class__")) {
      s->needs_class_cell = 1;
      if (list_add(a, &s->cellvars, &s->ncellvars, n) < 0)
        return -1;
      continue;
    }
    if (sym && sym->res == FT_RES_LOCAL && s->type == FT_SCOPE_FUNCTION) {
      sym->res = FT_RES_CELL;
      continue;
    }
    if (sym && (sym->res == FT_RES_GLOBAL_EXPLICIT))
      continue;
    if (s->type == FT_SCOPE_MODULE)
      continue;
    if (!sym) {
      sym = add_sym(st, s, n, 0);
      if (!sym)
        return -1;
      sym->res = FT_RES_FREE;
    } else if (s->type == FT_SCOPE_CLASS) {
      /* class binds it locally but children see the outer one: free for
       * the class too (loaded with LOAD_CLASSDEREF). */
      if (list_add(a, &s->freevars, &s->nfreevars, n) < 0)
        return -1;
      if (set_add(a, free_out, n) < 0)
        return -1;
      continue;
    } else if (sym->res != FT_RES_FREE) {
      sym->res = FT_RES_FREE;
    }
  }
  /* Ordered lists. */
  for (int i = 0; i < s->nsyms; i++) {
    FtSymbol *sym = &s->syms[i];
    if (s->type == FT_SCOPE_FUNCTION && (sym->res == FT_RES_LOCAL || sym->res == FT_RES_CELL))
      if (list_add(a, &s->varnames, &s->nvarnames, sym->name) < 0)
        return -1;
    if (sym->res == FT_RES_CELL && list_add(a, &s->cellvars, &s->ncellvars, sym->name) < 0)
      return -1;
    if (sym->res == FT_RES_FREE) {
      if (list_add(a, &s->freevars, &s->nfreevars, sym->name) < 0 ||
          set_add(a, free_out, sym->name) < 0)
        return -1;
    }
  }
  return 0;
}

int ft_symtable_build(FtSymtable *st, FtMod *mod) {
  st->top = new_scope(st, NULL, FT_SCOPE_MODULE, "<module>", mod);
  if (!st->top)
    return -1;
  if (mod->kind == FT_MOD_EXPRESSION) {
    if (visit_expr(st, st->top, mod->expr) < 0)
      return -1;
  } else if (visit_stmts(st, st->top, &mod->body) < 0) {
    return -1;
  }
  NameSet free = {0};
  return analyze(st, st->top, NULL, &free);
}
