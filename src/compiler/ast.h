/*
 * ast.h - the abstract syntax tree produced by the ftpy parser.
 *
 * What it holds: the node types (modules, statements, expressions, patterns
 * and their helper records), an arena allocator that owns every node, and a
 * dump function printing a tree in the style of CPython's `ast.dump()`.
 *
 * How it works: the node set and field names follow CPython 3.11's `ast`
 * module closely (union members are named like CPython's Python-ast.h, e.g.
 * `e->v.BinOp.left`, `s->v.FunctionDef.body`), so the code generator can be
 * written against CPython's documented semantics.  Every node, sequence
 * array and identifier string lives in one FtArena; freeing the arena frees
 * the whole tree at once.  Constants are runtime independent (plain C data:
 * integer literals keep their digit text so the runtime can build big ints).
 *
 * Invariants: a tree never points outside its arena; identifiers are
 * NUL-terminated UTF-8; optional children are NULL when absent; sequences
 * have n >= 0 and items == NULL only when n == 0.  Positions are 1-based
 * line numbers and 0-based UTF-8 byte column offsets, exactly like CPython's
 * ast (end positions are exclusive).  Nothing here has global mutable state,
 * so any number of threads may build and read separate trees at once.
 *
 * Stability: this header is shared with the code generator; it only ever
 * grows (new fields/kinds are appended), existing names keep their meaning.
 */
#ifndef FT_COMPILER_AST_H
#define FT_COMPILER_AST_H

#include <stddef.h>

/* ------------------------------------------------------------------ */
/* Arena                                                              */
/* ------------------------------------------------------------------ */

typedef struct FtArena FtArena;

/* Create an empty arena; NULL on out-of-memory. */
FtArena *ft_arena_new(void);
/* Zero-filled, max-aligned block of n bytes; NULL on out-of-memory. */
void *ft_arena_alloc(FtArena *a, size_t n);
/* Copy n bytes into the arena and append a NUL; NULL on out-of-memory. */
char *ft_arena_strndup(FtArena *a, const char *s, size_t n);
/* Free every block of the arena and the arena itself (NULL is fine). */
void ft_arena_free(FtArena *a);
/* Total bytes handed out so far (for statistics/tests). */
size_t ft_arena_used(const FtArena *a);

/* ------------------------------------------------------------------ */
/* Forward declarations and sequences                                 */
/* ------------------------------------------------------------------ */

typedef struct FtExpr FtExpr;
typedef struct FtStmt FtStmt;
typedef struct FtArg FtArg;
typedef struct FtArguments FtArguments;
typedef struct FtKeyword FtKeyword;
typedef struct FtAlias FtAlias;
typedef struct FtWithItem FtWithItem;
typedef struct FtExceptHandler FtExceptHandler;
typedef struct FtComprehension FtComprehension;
typedef struct FtMatchCase FtMatchCase;
typedef struct FtPattern FtPattern;

typedef struct { int n; FtExpr **items; } FtExprSeq;   /* items may be NULL only where documented */
typedef struct { int n; FtStmt **items; } FtStmtSeq;
typedef struct { int n; FtArg **items; } FtArgSeq;
typedef struct { int n; FtKeyword **items; } FtKeywordSeq;
typedef struct { int n; FtAlias **items; } FtAliasSeq;
typedef struct { int n; FtWithItem **items; } FtWithItemSeq;
typedef struct { int n; FtExceptHandler **items; } FtExceptHandlerSeq;
typedef struct { int n; FtComprehension **items; } FtComprehensionSeq;
typedef struct { int n; FtMatchCase **items; } FtMatchCaseSeq;
typedef struct { int n; FtPattern **items; } FtPatternSeq;
typedef struct { int n; const char **items; } FtIdentSeq;

/* ------------------------------------------------------------------ */
/* Small enums                                                        */
/* ------------------------------------------------------------------ */

typedef enum { FT_CTX_LOAD = 0, FT_CTX_STORE, FT_CTX_DEL } FtExprContext;

typedef enum { FT_BOOLOP_AND = 0, FT_BOOLOP_OR } FtBoolOp;

typedef enum {
    FT_OP_ADD = 0, FT_OP_SUB, FT_OP_MULT, FT_OP_MATMULT, FT_OP_DIV, FT_OP_MOD,
    FT_OP_POW, FT_OP_LSHIFT, FT_OP_RSHIFT, FT_OP_BITOR, FT_OP_BITXOR,
    FT_OP_BITAND, FT_OP_FLOORDIV
} FtOperator;

typedef enum { FT_UOP_INVERT = 0, FT_UOP_NOT, FT_UOP_UADD, FT_UOP_USUB } FtUnaryOp;

typedef enum {
    FT_CMP_EQ = 0, FT_CMP_NOTEQ, FT_CMP_LT, FT_CMP_LTE, FT_CMP_GT, FT_CMP_GTE,
    FT_CMP_IS, FT_CMP_ISNOT, FT_CMP_IN, FT_CMP_NOTIN
} FtCmpOp;

typedef struct { int n; FtCmpOp *items; } FtCmpOpSeq;

/* ------------------------------------------------------------------ */
/* Constants                                                          */
/* ------------------------------------------------------------------ */

typedef enum {
    FT_CONST_NONE = 0, FT_CONST_TRUE, FT_CONST_FALSE, FT_CONST_ELLIPSIS,
    FT_CONST_INT, FT_CONST_FLOAT, FT_CONST_COMPLEX, FT_CONST_STR, FT_CONST_BYTES
} FtConstKind;

typedef struct {
    FtConstKind kind;
    union {
        /* INT: digits without base prefix and without underscores,
         * NUL-terminated; hex letters keep the case they were written in
         * ("ff", "1F"); decimal digits have no leading zeros ("0" for zero);
         * base is 2, 8, 10 or 16.  Value = digits read in base.  Always
         * non-negative (a leading '-' is a UnaryOp). */
        struct { const char *digits; int base; } i;
        /* FLOAT: the value (strtod of the cleaned literal; inf on overflow
         * like CPython). */
        double f;
        /* COMPLEX: the imaginary part of a pure imaginary literal (1.5j). */
        double imag;
        /* STR: UTF-8 text with escapes processed; lone surrogates (from
         * "\ud800") are encoded as their 3-byte generalized-UTF-8 form.
         * BYTES: raw bytes.  data is NUL-terminated but may contain NULs;
         * len excludes the terminator. */
        struct { const char *data; size_t len; } s;
    } v;
    /* STR only: 1 if the first literal had a u/U prefix (CPython's
     * Constant.kind == 'u'); irrelevant to semantics. */
    int is_u;
} FtConstant;

/* ------------------------------------------------------------------ */
/* Expressions                                                        */
/* ------------------------------------------------------------------ */

typedef enum {
    FT_EXPR_BOOLOP = 1, FT_EXPR_NAMEDEXPR, FT_EXPR_BINOP, FT_EXPR_UNARYOP,
    FT_EXPR_LAMBDA, FT_EXPR_IFEXP, FT_EXPR_DICT, FT_EXPR_SET, FT_EXPR_LISTCOMP,
    FT_EXPR_SETCOMP, FT_EXPR_DICTCOMP, FT_EXPR_GENERATOREXP, FT_EXPR_AWAIT,
    FT_EXPR_YIELD, FT_EXPR_YIELDFROM, FT_EXPR_COMPARE, FT_EXPR_CALL,
    FT_EXPR_FORMATTEDVALUE, FT_EXPR_JOINEDSTR, FT_EXPR_CONSTANT,
    FT_EXPR_ATTRIBUTE, FT_EXPR_SUBSCRIPT, FT_EXPR_STARRED, FT_EXPR_NAME,
    FT_EXPR_LIST, FT_EXPR_TUPLE, FT_EXPR_SLICE
} FtExprKind;

typedef struct { FtExpr *elt; FtComprehensionSeq generators; } FtCompData;

struct FtExpr {
    FtExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    int no_fold; /* the compiler found it doesn't fold to a constant */
    union {
        struct { FtBoolOp op; FtExprSeq values; } BoolOp;        /* n >= 2 */
        struct { FtExpr *target; FtExpr *value; } NamedExpr;     /* target: Name, Store */
        struct { FtExpr *left; FtOperator op; FtExpr *right; } BinOp;
        struct { FtUnaryOp op; FtExpr *operand; } UnaryOp;
        struct { FtArguments *args; FtExpr *body; } Lambda;
        struct { FtExpr *test; FtExpr *body; FtExpr *orelse; } IfExp;
        /* keys.items[i] == NULL means `**values.items[i]`; keys.n == values.n */
        struct { FtExprSeq keys; FtExprSeq values; } Dict;
        struct { FtExprSeq elts; } Set;
        FtCompData ListComp;
        FtCompData SetComp;
        FtCompData GeneratorExp;
        struct { FtExpr *key; FtExpr *value; FtComprehensionSeq generators; } DictComp;
        struct { FtExpr *value; } Await;
        struct { FtExpr *value; } Yield;                         /* value may be NULL */
        struct { FtExpr *value; } YieldFrom;
        /* ops.n == comparators.n >= 1 */
        struct { FtExpr *left; FtCmpOpSeq ops; FtExprSeq comparators; } Compare;
        struct { FtExpr *func; FtExprSeq args; FtKeywordSeq keywords; } Call;
        /* conversion: -1 (none), 's', 'r' or 'a'; format_spec: JoinedStr or NULL */
        struct { FtExpr *value; int conversion; FtExpr *format_spec; } FormattedValue;
        /* values: Constant(STR) and FormattedValue nodes */
        struct { FtExprSeq values; } JoinedStr;
        FtConstant Constant;
        struct { FtExpr *value; const char *attr; FtExprContext ctx; } Attribute;
        struct { FtExpr *value; FtExpr *slice; FtExprContext ctx; } Subscript;
        struct { FtExpr *value; FtExprContext ctx; } Starred;
        struct { const char *id; FtExprContext ctx; } Name;
        struct { FtExprSeq elts; FtExprContext ctx; } List;
        struct { FtExprSeq elts; FtExprContext ctx; } Tuple;
        /* each part may be NULL */
        struct { FtExpr *lower; FtExpr *upper; FtExpr *step; } Slice;
    } v;
};

/* ------------------------------------------------------------------ */
/* Helper records                                                     */
/* ------------------------------------------------------------------ */

struct FtArg {
    const char *arg;
    FtExpr *annotation;                 /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct FtArguments {
    FtArgSeq posonlyargs;
    FtArgSeq args;
    FtArg *vararg;                      /* may be NULL */
    FtArgSeq kwonlyargs;
    FtExprSeq kw_defaults;              /* n == kwonlyargs.n; NULL item = no default */
    FtArg *kwarg;                       /* may be NULL */
    FtExprSeq defaults;                 /* defaults for the last posonlyargs+args */
};

struct FtKeyword {
    const char *arg;                    /* NULL means `**value` */
    FtExpr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct FtAlias {
    const char *name;                   /* dotted name, e.g. "a.b.c", or "*" */
    const char *asname;                 /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct FtWithItem {
    FtExpr *context_expr;
    FtExpr *optional_vars;              /* may be NULL; Store context */
};

struct FtExceptHandler {
    FtExpr *type;                       /* may be NULL (bare except) */
    const char *name;                   /* may be NULL */
    FtStmtSeq body;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct FtComprehension {
    FtExpr *target;                     /* Store context */
    FtExpr *iter;
    FtExprSeq ifs;
    int is_async;
};

/* ------------------------------------------------------------------ */
/* Patterns (match statement)                                         */
/* ------------------------------------------------------------------ */

typedef enum {
    FT_PAT_MATCHVALUE = 1, FT_PAT_MATCHSINGLETON, FT_PAT_MATCHSEQUENCE,
    FT_PAT_MATCHMAPPING, FT_PAT_MATCHCLASS, FT_PAT_MATCHSTAR, FT_PAT_MATCHAS,
    FT_PAT_MATCHOR
} FtPatternKind;

struct FtPattern {
    FtPatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { FtExpr *value; } MatchValue;
        struct { FtConstant value; } MatchSingleton;     /* NONE, TRUE or FALSE */
        struct { FtPatternSeq patterns; } MatchSequence;
        struct { FtExprSeq keys; FtPatternSeq patterns; const char *rest; } MatchMapping;
        struct { FtExpr *cls; FtPatternSeq patterns; FtIdentSeq kwd_attrs;
                 FtPatternSeq kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;          /* name NULL for `*_` */
        struct { FtPattern *pattern; const char *name; } MatchAs; /* both may be NULL (`_`) */
        struct { FtPatternSeq patterns; } MatchOr;
    } v;
};

struct FtMatchCase {
    FtPattern *pattern;
    FtExpr *guard;                      /* may be NULL */
    FtStmtSeq body;
};

/* ------------------------------------------------------------------ */
/* Statements                                                         */
/* ------------------------------------------------------------------ */

typedef enum {
    FT_STMT_FUNCTIONDEF = 1, FT_STMT_ASYNCFUNCTIONDEF, FT_STMT_CLASSDEF,
    FT_STMT_RETURN, FT_STMT_DELETE, FT_STMT_ASSIGN, FT_STMT_AUGASSIGN,
    FT_STMT_ANNASSIGN, FT_STMT_FOR, FT_STMT_ASYNCFOR, FT_STMT_WHILE, FT_STMT_IF,
    FT_STMT_WITH, FT_STMT_ASYNCWITH, FT_STMT_MATCH, FT_STMT_RAISE, FT_STMT_TRY,
    FT_STMT_TRYSTAR, FT_STMT_ASSERT, FT_STMT_IMPORT, FT_STMT_IMPORTFROM,
    FT_STMT_GLOBAL, FT_STMT_NONLOCAL, FT_STMT_EXPR, FT_STMT_PASS,
    FT_STMT_BREAK, FT_STMT_CONTINUE
} FtStmtKind;

typedef struct {
    const char *name; FtArguments *args; FtStmtSeq body;
    FtExprSeq decorator_list; FtExpr *returns;        /* returns may be NULL */
} FtFunctionDefData;
typedef struct {
    FtExpr *target; FtExpr *iter; FtStmtSeq body; FtStmtSeq orelse;
} FtForData;
typedef struct { FtWithItemSeq items; FtStmtSeq body; } FtWithData;
typedef struct {
    FtStmtSeq body; FtExceptHandlerSeq handlers; FtStmtSeq orelse; FtStmtSeq finalbody;
} FtTryData;

struct FtStmt {
    FtStmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        FtFunctionDefData FunctionDef;
        FtFunctionDefData AsyncFunctionDef;           /* same layout */
        struct { const char *name; FtExprSeq bases; FtKeywordSeq keywords;
                 FtStmtSeq body; FtExprSeq decorator_list; } ClassDef;
        struct { FtExpr *value; } Return;              /* value may be NULL */
        struct { FtExprSeq targets; } Delete;          /* Del context */
        struct { FtExprSeq targets; FtExpr *value; } Assign; /* targets.n >= 1 */
        struct { FtExpr *target; FtOperator op; FtExpr *value; } AugAssign;
        /* simple = 1 when target is a bare (unparenthesized) Name */
        struct { FtExpr *target; FtExpr *annotation; FtExpr *value; int simple; } AnnAssign;
        FtForData For;
        FtForData AsyncFor;                            /* same layout */
        struct { FtExpr *test; FtStmtSeq body; FtStmtSeq orelse; } While;
        /* elif chains are nested If statements in orelse, like CPython */
        struct { FtExpr *test; FtStmtSeq body; FtStmtSeq orelse; } If;
        FtWithData With;
        FtWithData AsyncWith;                          /* same layout */
        struct { FtExpr *subject; FtMatchCaseSeq cases; } Match;
        struct { FtExpr *exc; FtExpr *cause; } Raise;  /* both may be NULL */
        FtTryData Try;
        FtTryData TryStar;                             /* same layout (except*) */
        struct { FtExpr *test; FtExpr *msg; } Assert;  /* msg may be NULL */
        struct { FtAliasSeq names; } Import;
        /* module may be NULL (`from . import x`); level = number of dots */
        struct { const char *module; FtAliasSeq names; int level; } ImportFrom;
        struct { FtIdentSeq names; } Global;
        struct { FtIdentSeq names; } Nonlocal;
        struct { FtExpr *value; } Expr;
    } v;
};

/* ------------------------------------------------------------------ */
/* Modules                                                            */
/* ------------------------------------------------------------------ */

typedef enum {
    FT_MOD_MODULE = 1,      /* body */
    FT_MOD_EXPRESSION,      /* expr (eval mode) */
    FT_MOD_INTERACTIVE      /* body (single mode) */
} FtModKind;

typedef struct FtMod {
    FtModKind kind;
    FtStmtSeq body;
    FtExpr *expr;
} FtMod;

/* ------------------------------------------------------------------ */
/* Utilities                                                          */
/* ------------------------------------------------------------------ */

/* Render a tree like CPython's `ast.dump(tree)` (no attributes, no
 * indentation) into an arena string; NULL on out-of-memory.  Floats are
 * printed with repr()-style shortest round-trip formatting so the text can
 * be compared against CPython's output.  Non-ASCII characters in strings
 * are always escaped (\xNN, \uNNNN, \UNNNNNNNN, as ascii() does), so the
 * output equals CPython's ast.dump(...).encode('ascii', 'backslashreplace'). */
char *ft_ast_dump(FtArena *a, const FtMod *m);
char *ft_ast_dump_expr(FtArena *a, const FtExpr *e);
char *ft_ast_dump_stmt(FtArena *a, const FtStmt *s);
/* Same, but also printing lineno/col_offset/end_lineno/end_col_offset of
 * every node that has them (like ast.dump(include_attributes=True)). */
char *ft_ast_dump_attrs(FtArena *a, const FtMod *m);

/* CPython node names ("BinOp", "FunctionDef", "Add", "Eq", ...). */
const char *ft_ast_expr_kind_name(FtExprKind k);
const char *ft_ast_stmt_kind_name(FtStmtKind k);
const char *ft_ast_pattern_kind_name(FtPatternKind k);
const char *ft_ast_operator_name(FtOperator op);
const char *ft_ast_unaryop_name(FtUnaryOp op);
const char *ft_ast_cmpop_name(FtCmpOp op);

#endif /* FT_COMPILER_AST_H */
