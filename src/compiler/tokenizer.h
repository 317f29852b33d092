/*
 * tokenizer.h - the ftpy Python 3.11 tokenizer.
 *
 * What it holds: token kinds (one per operator and keyword, so the parser
 * never compares text for them), the FtToken record and the FtTokenizer
 * state with its two entry points.
 *
 * How it works: tokens are produced on demand from a UTF-8 buffer; the
 * tokenizer tracks indentation with a stack (emitting INDENT/DEDENT),
 * bracket nesting (implicit line joining, mismatch errors), backslash
 * continuations and the NEWLINE rules of CPython (blank and comment-only
 * lines produce nothing).  Strings are returned whole (prefix + quotes +
 * body, undecoded); the parser decodes them and parses f-strings.  A
 * sub-tokenizer can be started over a slice of the same source (used for
 * the expression parts of f-strings) so positions stay file-relative.
 *
 * Invariant: positions are 1-based lines and 0-based UTF-8 byte columns,
 * like CPython's tokenize/ast; once an error is reported every later call
 * returns FT_TK_ERROR.  All state is in FtTokenizer: reentrant, no globals.
 */
#ifndef FT_COMPILER_TOKENIZER_H
#define FT_COMPILER_TOKENIZER_H

#include <stddef.h>
#include "parser.h"

#define FT_TOK_MAXINDENT 100    /* CPython: "too many levels of indentation" */
#define FT_TOK_MAXLEVEL 200     /* CPython: "too many nested parentheses" */

typedef enum {
    FT_TK_ENDMARKER = 0, FT_TK_NAME, FT_TK_NUMBER, FT_TK_STRING,
    FT_TK_NEWLINE, FT_TK_INDENT, FT_TK_DEDENT,
    FT_TK_ERRORTOKEN,   /* a stray character such as '$' or '?' (parser: invalid syntax) */
    FT_TK_ERROR,        /* tokenizer error; details are in the FtSyntaxError */
    /* operators */
    FT_TK_LPAR, FT_TK_RPAR, FT_TK_LSQB, FT_TK_RSQB, FT_TK_LBRACE, FT_TK_RBRACE,
    FT_TK_COLON, FT_TK_COMMA, FT_TK_SEMI, FT_TK_PLUS, FT_TK_MINUS, FT_TK_STAR,
    FT_TK_SLASH, FT_TK_VBAR, FT_TK_AMPER, FT_TK_LESS, FT_TK_GREATER,
    FT_TK_EQUAL, FT_TK_DOT, FT_TK_PERCENT, FT_TK_EQEQUAL, FT_TK_NOTEQUAL,
    FT_TK_LESSEQUAL, FT_TK_GREATEREQUAL, FT_TK_TILDE, FT_TK_CIRCUMFLEX,
    FT_TK_LEFTSHIFT, FT_TK_RIGHTSHIFT, FT_TK_DOUBLESTAR, FT_TK_PLUSEQUAL,
    FT_TK_MINEQUAL, FT_TK_STAREQUAL, FT_TK_SLASHEQUAL, FT_TK_PERCENTEQUAL,
    FT_TK_AMPEREQUAL, FT_TK_VBAREQUAL, FT_TK_CIRCUMFLEXEQUAL,
    FT_TK_LEFTSHIFTEQUAL, FT_TK_RIGHTSHIFTEQUAL, FT_TK_DOUBLESTAREQUAL,
    FT_TK_DOUBLESLASH, FT_TK_DOUBLESLASHEQUAL, FT_TK_AT, FT_TK_ATEQUAL,
    FT_TK_RARROW, FT_TK_ELLIPSIS, FT_TK_COLONEQUAL,
    FT_TK_EXCLAMATION,  /* reserved (3.12); a lone '!' is an ERRORTOKEN in 3.11 */
    /* hard keywords (soft keywords match/case/_ stay FT_TK_NAME) */
    FT_KW_FALSE, FT_KW_NONE, FT_KW_TRUE, FT_KW_AND, FT_KW_AS, FT_KW_ASSERT,
    FT_KW_ASYNC, FT_KW_AWAIT, FT_KW_BREAK, FT_KW_CLASS, FT_KW_CONTINUE,
    FT_KW_DEF, FT_KW_DEL, FT_KW_ELIF, FT_KW_ELSE, FT_KW_EXCEPT, FT_KW_FINALLY,
    FT_KW_FOR, FT_KW_FROM, FT_KW_GLOBAL, FT_KW_IF, FT_KW_IMPORT, FT_KW_IN,
    FT_KW_IS, FT_KW_LAMBDA, FT_KW_NONLOCAL, FT_KW_NOT, FT_KW_OR, FT_KW_PASS,
    FT_KW_RAISE, FT_KW_RETURN, FT_KW_TRY, FT_KW_WHILE, FT_KW_WITH, FT_KW_YIELD,
    FT_TK__COUNT
} FtTokType;

typedef struct FtToken {
    FtTokType type;
    const char *start;          /* token text in the source buffer */
    size_t len;
    int lineno, col;            /* start: 1-based line, 0-based byte column */
    int end_lineno, end_col;    /* end (exclusive) */
    const char *line_start;     /* start of the token's first line in the buffer */
    int level;                  /* bracket depth after this token (CPython's tok->level) */
} FtToken;

enum {
    FT_TOK_MODE_FILE = 0,       /* full module: INDENT/DEDENT/NEWLINE */
    FT_TOK_MODE_INNER = 1       /* f-string expression: implicit brackets, no NEWLINE */
};

typedef struct FtTokenizer {
    const char *buf;            /* whole source (for line lookups) */
    const char *buf_end;
    const char *cur;            /* scan position */
    const char *end;            /* end of the scanned region */
    const char *line_start;     /* start of the current physical line */
    int lineno;
    int mode;
    int atbol;                  /* at beginning of a logical line */
    int blankline;              /* current line is blank/comment-only */
    int pendin;                 /* >0: INDENTs to emit, <0: DEDENTs */
    int indent;                 /* index of top of indstack */
    int indstack[FT_TOK_MAXINDENT + 1];
    int altindstack[FT_TOK_MAXINDENT + 1];
    int level;                  /* bracket depth */
    char parenstack[FT_TOK_MAXLEVEL];
    int parenlinenostack[FT_TOK_MAXLEVEL];
    int parencolstack[FT_TOK_MAXLEVEL];           /* byte column */
    const char *parenlinestack[FT_TOK_MAXLEVEL];  /* line start of the bracket */
    int cont_line;              /* previous physical line ended with '\' */
    int last_type;              /* type of the last token returned */
    int done;                   /* 1 after ENDMARKER or an error */
    int eof_in_brackets;        /* hit EOF inside brackets (error pending) */
    FtSyntaxError *err;
} FtTokenizer;

/* Start tokenizing [src, src+len) as a file. */
void ft_tok_init(FtTokenizer *t, const char *src, size_t len, FtSyntaxError *err);

/* Start tokenizing the slice [start, end) of a buffer (inner mode), whose
 * first character is on line `lineno` beginning at `line_start`. */
void ft_tok_init_inner(FtTokenizer *t, const char *buf, const char *buf_end,
                       const char *start, const char *end,
                       const char *line_start, int lineno, FtSyntaxError *err);

/* Produce the next token.  Returns tok->type; FT_TK_ERROR means *err was
 * filled.  At EOF inside brackets in FILE mode, FT_TK_ERROR is returned
 * with t->eof_in_brackets set and *err describing "'(' was never closed". */
FtTokType ft_tok_next(FtTokenizer *t, FtToken *tok);

/* Keyword kind for an identifier, or FT_TK_NAME. */
FtTokType ft_tok_keyword(const char *s, size_t len);

/* Printable text of a token kind ("'('", "NAME", "'if'"...). */
const char *ft_tok_type_name(FtTokType type);

/* Number of code points in [line_start, pos) (for error offsets). */
int ft_tok_char_col(const char *line_start, const char *pos);

/* Fill *err.  Offsets are CPython-internal 1-based *byte* offsets within
 * the given lines (offset b points at byte b-1); they are converted to the
 * 1-based code-point offsets CPython reports.  Values <= 0 are stored
 * unchanged (CPython uses 0/-1 for "unknown"). */
void ft_tok_set_error(FtSyntaxError *err, const char *kind,
                      const char *line_start, int lineno, int byte_offset,
                      int end_lineno, const char *end_line_start, int byte_end_offset,
                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 9, 10)))
#endif
    ;

#endif /* FT_COMPILER_TOKENIZER_H */
