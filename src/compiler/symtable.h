/* symtable.h -- scopes and name resolution for the code generator. */
#ifndef FT_SYMTABLE_H
#define FT_SYMTABLE_H

#include "ast.h"
#include "parser.h"

enum { FT_SCOPE_MODULE, FT_SCOPE_FUNCTION, FT_SCOPE_CLASS };

/* symbol flags (what the scope does with a name) */
#define FT_SYM_ASSIGNED 1
#define FT_SYM_PARAM 2
#define FT_SYM_USED 4
#define FT_SYM_GLOBAL 8     /* declared global */
#define FT_SYM_NONLOCAL 16  /* declared nonlocal */
#define FT_SYM_ANNOT 32
/* resolution */
enum { FT_RES_LOCAL = 1, FT_RES_GLOBAL_EXPLICIT, FT_RES_GLOBAL_IMPLICIT,
       FT_RES_FREE, FT_RES_CELL };

typedef struct FtSymbol {
  const char *name;
  int flags;
  int res;
  int decl_line, decl_col; /* of its global/nonlocal statement */
} FtSymbol;

typedef struct FtScope {
  int type;
  const char *name;
  const void *node; /* the AST node that opened it */
  struct FtScope *parent;
  struct FtScope **children;
  int nchildren, capchildren;
  int next_child; /* codegen cursor over children, in order */
  FtSymbol *syms;
  int nsyms, capsyms;
  /* ordered name lists produced by analysis */
  const char **varnames; int nvarnames;
  const char **cellvars; int ncellvars;
  const char **freevars; int nfreevars;
  int is_generator, is_comprehension, is_lambda, needs_class_cell;
  const char *private_name; /* innermost enclosing class: mangles __names */
  int argcount, posonly, kwonly, has_varargs, has_varkw;
} FtScope;

typedef struct FtSymtable {
  FtArena *arena;
  FtScope *top;
  FtSyntaxError *err;
  const char *filename;
} FtSymtable;

/* Build and analyze; returns -1 with err filled. */
int ft_symtable_build(FtSymtable *st, FtMod *mod);
FtSymbol *ft_symtable_lookup(FtScope *s, const char *name);
int ft_symtable_index(const char **list, int n, const char *name);
/* Private name mangling: `__x` inside class C is `_C__x`.  Returns name
 * itself when it doesn't apply, else a copy in the arena (NULL: no memory). */
const char *ft_symtable_mangle(FtArena *a, const char *private_name, const char *name);

#endif
