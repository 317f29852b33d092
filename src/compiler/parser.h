/*
 * parser.h - public entry points of the ftpy Python 3.11 parser.
 *
 * What it holds: the functions that turn UTF-8 source text into an AST
 * (see ast.h) and the plain-C record describing a syntax error.
 *
 * How it works: a hand-written tokenizer (tokenizer.h) feeds a recursive
 * descent parser with unlimited lookahead over a token buffer; the parser
 * builds nodes in the caller's arena.  On error the functions return NULL
 * and fill *err (message, kind and location matching CPython 3.11 for the
 * common errors, including CPython's rule that a tokenizer error anywhere
 * in the file wins over a parser error); the arena may then hold garbage
 * nodes, which the caller frees with the arena.  The tree never points into
 * the source buffer, which may be freed as soon as the call returns.
 *
 * Invariant: the parser is pure and reentrant: no global mutable state, all
 * state lives in a per-call context, so any number of threads may parse at
 * once (with distinct arenas).  Nesting depth is bounded, so hostile input
 * produces an error ("too many nested parentheses" at 200 brackets like
 * CPython, kind "RecursionError" past FT_PARSE_MAX_DEPTH) instead of a C
 * stack overflow.
 *
 * Checks deliberately left to the code generator (CPython also does them
 * after parsing, in symtable.c/compile.c; messages to use are in quotes):
 * "'return' outside function", "'yield' outside function", "'await' outside
 * function"/"'await' outside async function", "'break' outside loop",
 * "'continue' not properly in loop", "nonlocal declaration not allowed at
 * module level", "no binding for nonlocal 'x' found", "name 'x' is
 * parameter and global", "name 'x' is used prior to global declaration",
 * "duplicate argument 'x' in function definition", "keyword argument
 * repeated: x", "starred assignment target must be in a list or tuple",
 * "multiple starred expressions in assignment", "can't use starred
 * expression here" (e.g. `x = *a`), "cannot assign to __debug__",
 * "'yield' inside list comprehension", "asynchronous comprehension outside
 * of an asynchronous function", "from __future__ imports must occur at the
 * beginning of the file", "import * only allowed at module level", and the
 * pattern-matching checks ("multiple assignments to name 'x' in pattern",
 * "name capture 'x' makes remaining patterns unreachable", "alternative
 * patterns bind different names", "wildcard makes remaining patterns
 * unreachable").
 *
 * Known differences from CPython 3.11: \N{NAME} escapes only know a small
 * built-in table unless FtParseOptions.unicode_name is given; identifiers
 * are NFKC-normalized only for common compatibility characters (fullwidth
 * ASCII, micro sign, ligatures); source encodings other than utf-8,
 * latin-1 and cp1252 are rejected; errors inside f-string replacement
 * fields are reported at their true position (CPython 3.11 reports odd
 * offsets relative to an internal "(expr)" string); a few generic "invalid
 * syntax" errors point at a different token than CPython's (CPython points
 * at the furthest token its backtracking parser looked at).
 */
#ifndef FT_COMPILER_PARSER_H
#define FT_COMPILER_PARSER_H

#include <stddef.h>
#include "ast.h"

/* Deepest expression/pattern nesting accepted.  Bounds the parser's C
 * recursion (about 200 bytes of stack per level) and the depth of the
 * produced tree, so recursive tree walkers (symtable, codegen) can rely on
 * it too.  Deeper input fails with kind "RecursionError". */
#define FT_PARSE_MAX_DEPTH 2500

typedef struct FtSyntaxError {
    char msg[256];
    const char *kind;     /* "SyntaxError", "IndentationError" or "TabError"; also
                             "RecursionError" (nesting deeper than FT_PARSE_MAX_DEPTH)
                             and "MemoryError" (out of memory).  Static strings. */
    int lineno;           /* 1-based line of the error (0 if unknown) */
    int col_offset;       /* 1-based column in code points, like CPython 3.11's
                             SyntaxError.offset (0 if unknown) */
    int end_lineno;       /* 0 if unknown */
    int end_offset;       /* 1-based code-point column, exclusive, like CPython's
                             SyntaxError.end_offset (0 if unknown) */
    const char *filename; /* the filename passed to the parser (not copied) */
} FtSyntaxError;

/* Parse a whole module ("exec" mode).  src need not be NUL-terminated;
 * len is its size in bytes.  A UTF-8 BOM is skipped.  Returns NULL and fills
 * *err on error (err may not be NULL). */
FtMod *ft_parse_module(FtArena *a, const char *src, size_t len,
                       const char *filename, FtSyntaxError *err);

/* Parse one expression ("eval" mode: surrounding whitespace/newlines are
 * allowed).  Result has kind FT_MOD_EXPRESSION and ->expr set. */
FtMod *ft_parse_expression(FtArena *a, const char *src, size_t len,
                           const char *filename, FtSyntaxError *err);

/* Parse one interactive statement ("single" mode).  Result has kind
 * FT_MOD_INTERACTIVE. */
FtMod *ft_parse_interactive(FtArena *a, const char *src, size_t len,
                            const char *filename, FtSyntaxError *err);

/* Optional knobs for ft_parse_ex (zero-initialize; NULL means defaults). */
typedef struct FtParseOptions {
    /* Resolver for \N{NAME} escapes not in the parser's small built-in
     * table (the runtime can plug in its Unicode database).  Must return 1
     * and set *cp when NAME (given as written, not NUL-terminated) names a
     * character, 0 otherwise.  Called from the parsing thread. */
    int (*unicode_name)(void *ctx, const char *name, size_t len, unsigned long *cp);
    void *unicode_name_ctx;
} FtParseOptions;

/* General entry: mode is FT_MOD_MODULE, FT_MOD_EXPRESSION or
 * FT_MOD_INTERACTIVE; opts may be NULL. */
FtMod *ft_parse_ex(FtArena *a, const char *src, size_t len, const char *filename,
                   FtModKind mode, const FtParseOptions *opts, FtSyntaxError *err);

#endif /* FT_COMPILER_PARSER_H */
