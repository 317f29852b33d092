/*
 * parser.h - public entry points of the ftpy Python 3.11 parser.
 *
 * What it holds: the functions that turn UTF-8 source text into an AST
 * (see ast.h) and the plain-C record describing a syntax error.
 *
 * How it works: a hand-written tokenizer (tokenizer.h) feeds a recursive
 * descent parser with unlimited lookahead over a token buffer; the parser
 * builds nodes in the caller's arena.  On error the functions return NULL
 * and fill *err; the arena may then hold garbage nodes, which the caller
 * frees with the arena.
 *
 * Invariant: the parser is pure and reentrant: no global mutable state, all
 * state lives in a per-call context, so any number of threads may parse at
 * once (with distinct arenas).  Nesting depth is bounded, so hostile input
 * produces a SyntaxError ("too many nested parentheses" / "too complex")
 * instead of a C stack overflow.
 *
 * Checks deliberately left to the code generator (need scope information):
 * 'return'/'yield'/'await' outside function, 'break'/'continue' outside
 * loop, 'nonlocal' at module level or without a binding, name both global
 * and parameter, duplicate argument names, `from __future__` placement,
 * `import *` inside functions.
 */
#ifndef FT_COMPILER_PARSER_H
#define FT_COMPILER_PARSER_H

#include <stddef.h>
#include "ast.h"

typedef struct FtSyntaxError {
    char msg[256];
    const char *kind;     /* "SyntaxError", "IndentationError" or "TabError" (static strings) */
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

#endif /* FT_COMPILER_PARSER_H */
