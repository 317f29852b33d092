/*
 * parser.c - recursive-descent parser for Python 3.11, producing the AST of
 * ast.h.
 *
 * What it holds: the statement and expression grammar, target validation
 * (Store/Del contexts with CPython's "cannot assign to ..." messages),
 * string literal decoding (escapes, implicit concatenation, bytes) and the
 * f-string parser, which re-enters the expression parser on the expression
 * parts via a sub-tokenizer over the same source buffer.
 *
 * How it works: tokens are pulled lazily from the tokenizer into a stable,
 * chunked token buffer, so the parser can look ahead and back up freely.
 * Expressions are parsed mostly "expression first, validate later" (e.g. an
 * assignment parses its targets as expressions and then converts them),
 * which avoids most backtracking; the few places that need it (the "Maybe
 * you meant '=='" and "forgot a comma?" hints, parenthesized with-items,
 * the match soft keyword) use
 * speculative parsing: a setjmp point restores the token position.  All
 * errors longjmp to the innermost such point or to the entry function,
 * which then scans the rest of the input for tokenizer errors (as CPython
 * does, a tokenizer error anywhere wins over a parser error).
 *
 * Invariants: every node is in the caller's arena; temporary buffers that
 * are not in the arena are registered in the root parser and released by
 * the entry function on success and on error alike.  p->depth bounds the
 * nesting of the produced tree (FT_PARSE_MAX_DEPTH), which also bounds the
 * C recursion of the parser and of any recursive tree walker.  The parser
 * is pure and reentrant: no global mutable state.
 *
 * Synchronization: none needed.  The parser keeps all its state in the
 * caller's parser object and arena and has no global mutable state, so any
 * number of threads may parse at once.
 */
#include "parser.h"
#include "tokenizer.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#if defined(__GNUC__)
#define FT_NORETURN __attribute__((noreturn))
#define FT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define FT_NORETURN
#define FT_PRINTF(a, b)
#endif

#define FT_TOKCHUNK 256

typedef struct FtTracked {
    struct FtTracked *next;
} FtTracked;

typedef struct {
    FtToken t[FT_TOKCHUNK];
} FtTokChunk;

typedef struct FtParser FtParser;
struct FtParser {
    FtArena *a;
    FtTokenizer *tok;
    FtTokChunk **chunks;        /* stable token storage */
    int nchunks, chunkcap;
    int ntoks;                  /* tokens fetched so far */
    int pos;                    /* current token index */
    FtSyntaxError *err;
    const char *src, *src_end;
    jmp_buf *jb;                /* where errors go */
    int depth;                  /* current tree nesting */
    int fatal;                  /* error must not be undone by speculation */
    int in_fstring;             /* parsing an f-string replacement field */
    int no_comma_hint;          /* inside CPython's expression_without_invalid */
    int eof_at_last_line;       /* eval/single: EOF errors name the last line, offset 0 */
    FtParser *root;             /* owner of tracked allocations */
    const FtParseOptions *opts; /* (root only) may be NULL */
    FtTracked *tracked;         /* (root only) malloc'd blocks */
};

typedef struct {
    int l, c;
} FtPos;

/* ------------------------------------------------------------------ */
/* Memory                                                             */
/* ------------------------------------------------------------------ */

static FT_NORETURN void ft_parse_oom(FtParser *p);

static void *tracked_alloc(FtParser *p, size_t n)
{
    FtTracked *b = malloc(sizeof(FtTracked) + n);
    if (!b)
        ft_parse_oom(p);
    b->next = p->root->tracked;
    p->root->tracked = b;
    return b + 1;
}

static void tracked_free_all(FtParser *p)
{
    FtTracked *b = p->tracked;
    while (b) {
        FtTracked *n = b->next;
        free(b);
        b = n;
    }
    p->tracked = NULL;
}

static void *alloc(FtParser *p, size_t n)
{
    void *r = ft_arena_alloc(p->a, n);
    if (!r)
        ft_parse_oom(p);
    return r;
}

static char *astrndup(FtParser *p, const char *s, size_t n)
{
    char *r = ft_arena_strndup(p->a, s, n);
    if (!r)
        ft_parse_oom(p);
    return r;
}

/* arena-backed growable pointer vector */
typedef struct {
    void **items;
    int n, cap;
} PVec;

static void pv_push(FtParser *p, PVec *v, void *x)
{
    if (v->n == v->cap) {
        int nc = v->cap ? v->cap * 2 : 4;
        void **ni = alloc(p, (size_t)nc * sizeof(void *));
        if (v->n)
            memcpy(ni, v->items, (size_t)v->n * sizeof(void *));
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
}

/* identifiers are const; the vector stores them as untyped pointers */
static void pv_push_ident(FtParser *p, PVec *v, const char *id)
{
    union {
        const char *c;
        void *v;
    } u;
    u.c = id;
    pv_push(p, v, u.v);
}

#define SEQ(type, vec) ((type){ (vec).n, (void *)(vec).items })

/* growable byte buffer in tracked memory (strings can be large) */
typedef struct {
    char *data;
    size_t len, cap;
} BBuf;

static void bb_reserve(FtParser *p, BBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->len + extra + 1)
        nc *= 2;
    char *nd = tracked_alloc(p, nc);
    if (b->len)
        memcpy(nd, b->data, b->len);
    b->data = nd;
    b->cap = nc;
}

static void bb_putn(FtParser *p, BBuf *b, const char *s, size_t n)
{
    bb_reserve(p, b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void bb_putc(FtParser *p, BBuf *b, char c)
{
    bb_putn(p, b, &c, 1);
}

static void bb_put_utf8(FtParser *p, BBuf *b, unsigned long cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        /* surrogates too: generalized UTF-8, documented in ast.h */
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    bb_putn(p, b, tmp, n);
}


/* Identifiers are NFKC-normalized by CPython.  We only know the common
 * compatibility mappings (fullwidth ASCII, micro sign, long s, Latin
 * ligatures); other non-ASCII identifiers are kept as written. */
static unsigned long decode_utf8_at(const char *s, size_t n, size_t *adv)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned long c = u[0];
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (k > n)
        k = 1;
    if (k > 1) {
        c &= (k == 2) ? 0x1F : (k == 3) ? 0x0F : 0x07;
        for (size_t i = 1; i < k; i++)
            c = (c << 6) | (u[i] & 0x3F);
    }
    *adv = k;
    return c;
}

static void bb_put_ident(FtParser *p, BBuf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            bb_putc(p, b, s[i++]);
            continue;
        }
        size_t adv;
        unsigned long cp = decode_utf8_at(s + i, n - i, &adv);
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            bb_putc(p, b, (char)(cp - 0xFF01 + 0x21));
        else if (cp == 0xB5)
            bb_put_utf8(p, b, 0x3BC);
        else if (cp == 0x17F)
            bb_putc(p, b, 's');
        else if (cp >= 0xFB00 && cp <= 0xFB06) {
            static const char *const lig[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };
            bb_putn(p, b, lig[cp - 0xFB00], strlen(lig[cp - 0xFB00]));
        } else
            bb_putn(p, b, s + i, adv);
        i += adv;
    }
}

static const char *ident_dup(FtParser *p, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            break;
    if (i == n)
        return astrndup(p, s, n);
    BBuf b = { 0 };
    bb_put_ident(p, &b, s, n);
    return astrndup(p, b.data, b.len);
}

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */


static FT_NORETURN void bail(FtParser *p)
{
    longjmp(*p->jb, 1);
}

static FT_NORETURN void ft_parse_oom(FtParser *p)
{
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    p->err->kind = "MemoryError";
    p->err->lineno = p->err->col_offset = p->err->end_lineno = p->err->end_offset = 0;
    p->fatal = 1;
    bail(p);
}

/* Start of a given line in the source (for byte->char conversion). */
static const char *line_start_of(FtParser *p, int lineno)
{
    const char *s = p->src;
    int l = 1;
    while (l < lineno && s < p->src_end) {
        const char *nl = memchr(s, '\n', (size_t)(p->src_end - s));
        if (!nl)
            break;
        s = nl + 1;
        l++;
    }
    return s;
}

static FT_PRINTF(7, 0) void set_error_v(FtParser *p, const char *kind, int l, int off1,
                                        int el, int eoff1, const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    const char *ls = l > 0 ? line_start_of(p, l) : NULL;
    const char *els = el > 0 ? (el == l ? ls : line_start_of(p, el)) : NULL;
    if (p->in_fstring && strncmp(msg, "f-string", 8) != 0) {
        char tmp[300];
        snprintf(tmp, sizeof tmp, "f-string: %s", msg);
        memcpy(msg, tmp, sizeof msg);
        msg[sizeof msg - 1] = '\0';
    }
    ft_tok_set_error(p->err, kind, ls, l, off1, el, els, eoff1, "%s", msg);
}

/* Error spanning byte columns [c, ec) (0-based), CPython's KNOWN_RANGE. */
static FT_NORETURN FT_PRINTF(7, 8) void error_range(FtParser *p, const char *kind, int l, int c,
                                                    int el, int ec, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, kind, l, c + 1, el, ec + 1, fmt, ap);
    va_end(ap);
    bail(p);
}

static FT_NORETURN FT_PRINTF(3, 4) void error_expr(FtParser *p, const FtExpr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, "SyntaxError", e->lineno, e->col_offset + 1, e->end_lineno,
                e->end_col_offset + 1, fmt, ap);
    va_end(ap);
    bail(p);
}

/* ------------------------------------------------------------------ */
/* Token access                                                       */
/* ------------------------------------------------------------------ */

static FtToken *tok_at(FtParser *p, int i)
{
    return &p->chunks[i / FT_TOKCHUNK]->t[i % FT_TOKCHUNK];
}

static void fetch_one(FtParser *p)
{
    if (p->ntoks / FT_TOKCHUNK >= p->nchunks) {
        if (p->nchunks == p->chunkcap) {
            int nc = p->chunkcap ? p->chunkcap * 2 : 8;
            FtTokChunk **nd = tracked_alloc(p, (size_t)nc * sizeof(*nd));
            if (p->nchunks)
                memcpy(nd, p->chunks, (size_t)p->nchunks * sizeof(*nd));
            p->chunks = nd;
            p->chunkcap = nc;
        }
        p->chunks[p->nchunks++] = tracked_alloc(p, sizeof(FtTokChunk));
    }
    FtToken *t = tok_at(p, p->ntoks);
    if (ft_tok_next(p->tok, t) == FT_TK_ERROR) {
        p->fatal = 1;
        bail(p);
    }
    p->ntoks++;
}

/* k-th token from the current one */
static FtToken *peek_tok(FtParser *p, int k)
{
    while (p->pos + k >= p->ntoks)
        fetch_one(p);
    return tok_at(p, p->pos + k);
}

static FtToken *cur(FtParser *p)
{
    return peek_tok(p, 0);
}

static FtTokType cur_type(FtParser *p)
{
    return peek_tok(p, 0)->type;
}

static FtTokType peek_type(FtParser *p, int k)
{
    return peek_tok(p, k)->type;
}

static FtToken *prev(FtParser *p)
{
    return tok_at(p, p->pos - 1);
}

static FtToken *advance(FtParser *p)
{
    FtToken *t = cur(p);
    p->pos++;
    return t;
}

static int accept(FtParser *p, FtTokType type)
{
    if (cur_type(p) == type) {
        p->pos++;
        return 1;
    }
    return 0;
}

static int is_name(FtParser *p, const char *s)
{
    FtToken *t = cur(p);
    size_t n = strlen(s);
    return t->type == FT_TK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

static int tok_is_name(const FtToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == FT_TK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

static FtPos start_pos(FtParser *p)
{
    FtToken *t = cur(p);
    FtPos r = { t->lineno, t->col };
    return r;
}

/* Error at a token, CPython style: offset = col+1, end = end_col+1. */
static FT_NORETURN FT_PRINTF(4, 5) void error_tok(FtParser *p, const FtToken *t, const char *kind,
                                                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, kind, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
    bail(p);
}

/* eval() and 'single' input that ends too early: CPython names the last
 * line of the text (0 for empty text) with offset 0. */
static FT_NORETURN void eof_error(FtParser *p)
{
    int lines = 0;
    for (const char *c = p->src; c < p->src_end; c++)
        if (*c == '\n')
            lines++;
    if (p->src_end > p->src && p->src_end[-1] != '\n')
        lines++;
    ft_tok_set_error(p->err, "SyntaxError", NULL, lines, 0, lines, NULL, 0, "invalid syntax");
    bail(p);
}

/* The generic "invalid syntax" error at the current token. */
static FT_NORETURN void syntax_error(FtParser *p)
{
    FtToken *t = cur(p);
    if (t->type == FT_TK_INDENT) {
        const char *ls = t->line_start;
        ft_tok_set_error(p->err, "IndentationError", ls, t->lineno, t->col, t->lineno, ls, -1,
                         "unexpected indent");
        bail(p);
    }
    if (t->type == FT_TK_DEDENT) {
        const char *ls = t->line_start;
        ft_tok_set_error(p->err, "IndentationError", ls, t->lineno, t->col, t->lineno, ls, -1,
                         "unexpected unindent");
        bail(p);
    }
    /* (the tokenizer's implicit NEWLINE for an unterminated last line
     * counts as the end too) */
    if ((t->type == FT_TK_ENDMARKER || (t->type == FT_TK_NEWLINE && t->start >= p->src_end)) &&
        !p->in_fstring && p->root->eof_at_last_line)
        eof_error(p);
    if (t->type == FT_TK_ENDMARKER && !p->in_fstring) {
        /* CPython points just past the end of the last line */
        FtToken *pt = p->pos > 0 ? prev(p) : t;
        error_range(p, "SyntaxError", pt->lineno, pt->col - 1, pt->lineno, pt->col - 1,
                    "invalid syntax");
    }
    error_tok(p, t, "SyntaxError", "invalid syntax");
}

static FtToken *expect(FtParser *p, FtTokType type)
{
    if (cur_type(p) != type)
        syntax_error(p);
    return advance(p);
}

/* "expected ':'" style error: CPython reports it at the previous token's
 * end when the expected token is missing. */
static FT_NORETURN void expected_after_prev(FtParser *p, const char *what)
{
    FtToken *t = cur(p);
    if (t->type == FT_TK_NEWLINE || t->type == FT_TK_ENDMARKER) {
        error_range(p, "SyntaxError", t->lineno, t->col, t->lineno, t->col, "expected %s", what);
    }
    syntax_error(p);
}

static void expect_colon(FtParser *p)
{
    if (!accept(p, FT_TK_COLON))
        expected_after_prev(p, "':'");
}

/* CPython's forced tokens (&&':'): "expected ':'" at whatever follows */
static void expect_forced(FtParser *p, FtTokType type, const char *what)
{
    if (!accept(p, type))
        error_tok(p, cur(p), "SyntaxError", "expected %s", what);
}

static void depth_inc(FtParser *p)
{
    if (++p->depth > FT_PARSE_MAX_DEPTH) {
        FtToken *t = cur(p);
        snprintf(p->err->msg, sizeof p->err->msg,
                 "maximum recursion depth exceeded during compilation");
        p->err->kind = "RecursionError";
        p->err->lineno = p->err->end_lineno = t->lineno;
        p->err->col_offset = ft_tok_char_col(t->line_start, t->line_start + t->col) + 1;
        p->err->end_offset = p->err->col_offset;
        p->fatal = 1;
        bail(p);
    }
}

/* ------------------------------------------------------------------ */
/* Speculation                                                        */
/* ------------------------------------------------------------------ */

typedef void *(*FtSpecFn)(FtParser *p, void *arg);

/* Run fn; on a (non-fatal) error restore the position and return 0. */
static int speculate(FtParser *p, FtSpecFn fn, void *arg, void **out)
{
    jmp_buf jb;
    jmp_buf *saved_jb = p->jb;
    int saved_pos = p->pos, saved_depth = p->depth;
    FtSyntaxError saved_err = *p->err;
    p->jb = &jb;
    if (setjmp(jb) == 0) {
        void *r = fn(p, arg);
        p->jb = saved_jb;
        if (out)
            *out = r;
        return 1;
    }
    p->jb = saved_jb;
    if (p->fatal)
        bail(p);
    p->pos = saved_pos;
    p->depth = saved_depth;
    *p->err = saved_err;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Node construction                                                  */
/* ------------------------------------------------------------------ */

static FtExpr *new_expr(FtParser *p, FtExprKind k, FtPos s)
{
    FtExpr *e = alloc(p, sizeof(FtExpr));
    e->kind = k;
    e->lineno = s.l;
    e->col_offset = s.c;
    /* end defaults to the last consumed token */
    if (p->pos > 0) {
        FtToken *t = prev(p);
        e->end_lineno = t->end_lineno;
        e->end_col_offset = t->end_col;
    }
    return e;
}

static void end_at_prev(FtParser *p, FtExpr *e)
{
    FtToken *t = prev(p);
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
}

static FtPos pos_of(const FtExpr *e)
{
    FtPos r = { e->lineno, e->col_offset };
    return r;
}

static FtStmt *new_stmt(FtParser *p, FtStmtKind k, FtPos s)
{
    FtStmt *st = alloc(p, sizeof(FtStmt));
    st->kind = k;
    st->lineno = s.l;
    st->col_offset = s.c;
    if (p->pos > 0) {
        FtToken *t = prev(p);
        st->end_lineno = t->end_lineno;
        st->end_col_offset = t->end_col;
    }
    return st;
}

/* Compound statements end at the last significant token consumed (CPython
 * skips NEWLINE/INDENT/DEDENT, so a trailing ';' counts). */
static void last_sig_tok(FtParser *p, int *l, int *c)
{
    int i = p->pos - 1;
    while (i > 0) {
        FtTokType t = tok_at(p, i)->type;
        if (t != FT_TK_NEWLINE && t != FT_TK_INDENT && t != FT_TK_DEDENT && t != FT_TK_ENDMARKER)
            break;
        i--;
    }
    FtToken *t = tok_at(p, i);
    *l = t->end_lineno;
    *c = t->end_col;
}

static void stmt_end_at_seq(FtParser *p, FtStmt *s, FtStmtSeq body)
{
    if (body.n > 0)
        last_sig_tok(p, &s->end_lineno, &s->end_col_offset);
}

static FtExpr *make_name(FtParser *p, const FtToken *t, FtExprContext ctx)
{
    FtExpr *e = alloc(p, sizeof(FtExpr));
    e->kind = FT_EXPR_NAME;
    e->lineno = t->lineno;
    e->col_offset = t->col;
    e->end_lineno = t->end_lineno;
    e->end_col_offset = t->end_col;
    e->v.Name.id = ident_dup(p, t->start, t->len);
    e->v.Name.ctx = ctx;
    return e;
}

static const char *expect_name(FtParser *p)
{
    FtToken *t = cur(p);
    if (t->type != FT_TK_NAME)
        syntax_error(p);
    p->pos++;
    return ident_dup(p, t->start, t->len);
}

/* ------------------------------------------------------------------ */
/* Targets                                                            */
/* ------------------------------------------------------------------ */

static const char *expr_name(const FtExpr *e)
{
    switch (e->kind) {
    case FT_EXPR_ATTRIBUTE: return "attribute";
    case FT_EXPR_SUBSCRIPT: return "subscript";
    case FT_EXPR_STARRED: return "starred";
    case FT_EXPR_NAME: return "name";
    case FT_EXPR_LIST: return "list";
    case FT_EXPR_TUPLE: return "tuple";
    case FT_EXPR_LAMBDA: return "lambda";
    case FT_EXPR_CALL: return "function call";
    case FT_EXPR_BOOLOP: case FT_EXPR_BINOP: case FT_EXPR_UNARYOP: return "expression";
    case FT_EXPR_GENERATOREXP: return "generator expression";
    case FT_EXPR_YIELD: case FT_EXPR_YIELDFROM: return "yield expression";
    case FT_EXPR_AWAIT: return "await expression";
    case FT_EXPR_LISTCOMP: return "list comprehension";
    case FT_EXPR_SETCOMP: return "set comprehension";
    case FT_EXPR_DICTCOMP: return "dict comprehension";
    case FT_EXPR_DICT: return "dict literal";
    case FT_EXPR_SET: return "set display";
    case FT_EXPR_JOINEDSTR: case FT_EXPR_FORMATTEDVALUE: return "f-string expression";
    case FT_EXPR_CONSTANT:
        switch (e->v.Constant.kind) {
        case FT_CONST_NONE: return "None";
        case FT_CONST_TRUE: return "True";
        case FT_CONST_FALSE: return "False";
        case FT_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case FT_EXPR_COMPARE: return "comparison";
    case FT_EXPR_IFEXP: return "conditional expression";
    case FT_EXPR_NAMEDEXPR: return "named expression";
    case FT_EXPR_SLICE: return "slice";
    }
    return "expression";
}

enum { TGT_STAR = 0, TGT_DEL = 1, TGT_FOR = 2 };

/* Innermost sub-expression that makes e an invalid target, or NULL. */
static const FtExpr *invalid_target(const FtExpr *e, int type)
{
    switch (e->kind) {
    case FT_EXPR_LIST:
    case FT_EXPR_TUPLE: {
        FtExprSeq elts = e->kind == FT_EXPR_LIST ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < elts.n; i++) {
            const FtExpr *c = invalid_target(elts.items[i], type);
            if (c)
                return c;
        }
        return NULL;
    }
    case FT_EXPR_STARRED:
        if (type == TGT_DEL)
            return e;
        return invalid_target(e->v.Starred.value, type);
    case FT_EXPR_COMPARE:
        if (type == TGT_FOR) {
            if (e->v.Compare.ops.items[0] == FT_CMP_IN)
                return invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case FT_EXPR_NAME:
    case FT_EXPR_SUBSCRIPT:
    case FT_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static FT_NORETURN void invalid_target_error(FtParser *p, const FtExpr *e, int type)
{
    const FtExpr *bad = invalid_target(e, type);
    if (!bad)
        syntax_error(p);
    error_expr(p, bad, type == TGT_DEL ? "cannot delete %s" : "cannot assign to %s",
               expr_name(bad));
}

/* Set ctx on a valid target tree; returns 0 if e is not a valid target. */
static int set_context(FtExpr *e, FtExprContext ctx)
{
    switch (e->kind) {
    case FT_EXPR_NAME:
        e->v.Name.ctx = ctx;
        return 1;
    case FT_EXPR_ATTRIBUTE:
        e->v.Attribute.ctx = ctx;
        return 1;
    case FT_EXPR_SUBSCRIPT:
        e->v.Subscript.ctx = ctx;
        return 1;
    case FT_EXPR_STARRED:
        if (ctx == FT_CTX_DEL)
            return 0;
        e->v.Starred.ctx = ctx;
        return set_context(e->v.Starred.value, ctx);
    case FT_EXPR_LIST:
    case FT_EXPR_TUPLE: {
        FtExprSeq elts = e->kind == FT_EXPR_LIST ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == FT_EXPR_LIST)
            e->v.List.ctx = ctx;
        else
            e->v.Tuple.ctx = ctx;
        for (int i = 0; i < elts.n; i++)
            if (!set_context(elts.items[i], ctx))
                return 0;
        return 1;
    }
    default:
        return 0;
    }
}

static void make_target(FtParser *p, FtExpr *e, int type)
{
    if (!set_context(e, type == TGT_DEL ? FT_CTX_DEL : FT_CTX_STORE))
        invalid_target_error(p, e, type);
}

/* ------------------------------------------------------------------ */
/* Expressions: declarations                                          */
/* ------------------------------------------------------------------ */

static FtExpr *parse_expression(FtParser *p);
static FtExpr *parse_named_expression(FtParser *p);
static FtExpr *parse_named_expression_ex(FtParser *p, int hints);
static void parse_simple_stmts(FtParser *p, PVec *out);
static FtExpr *parse_star_expressions(FtParser *p);
static FtExpr *parse_star_named_expression(FtParser *p);
static FtExpr *parse_disjunction(FtParser *p);
static FtExpr *parse_bitwise_or(FtParser *p);
static FtExpr *parse_primary(FtParser *p);
static FtExpr *parse_atom(FtParser *p);
static FtExpr *parse_yield_expr(FtParser *p);
static FtExpr *parse_strings(FtParser *p);
static FtArguments *parse_params(FtParser *p, int is_lambda);
static FtExpr *parse_target_list(FtParser *p, int type);
static FtComprehensionSeq parse_comp_for(FtParser *p);
static FtExpr *parse_fstring_inner(FtParser *p, const char *s, const char *e,
                                   const char *line_start, int lineno);

static int starts_expression(FtTokType t)
{
    switch (t) {
    case FT_TK_NAME: case FT_TK_NUMBER: case FT_TK_STRING: case FT_TK_LPAR:
    case FT_TK_LSQB: case FT_TK_LBRACE: case FT_TK_MINUS: case FT_TK_PLUS:
    case FT_TK_TILDE: case FT_TK_ELLIPSIS: case FT_KW_FALSE: case FT_KW_NONE:
    case FT_KW_TRUE: case FT_KW_NOT: case FT_KW_LAMBDA: case FT_KW_AWAIT:
        return 1;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Numbers                                                            */
/* ------------------------------------------------------------------ */

/* strtod honours LC_NUMERIC; Python literals always use '.', so swap in
 * the locale's radix character when it differs. */
static double c_strtod(FtParser *p, char *text)
{
    const char *dp = localeconv()->decimal_point;
    if (dp && (dp[0] != '.' || dp[1] != '\0')) {
        size_t n = strlen(text), dl = strlen(dp);
        char *t = alloc(p, n * (dl + 1) + 1);
        size_t o = 0;
        for (size_t i = 0; i < n; i++) {
            if (text[i] == '.') {
                memcpy(t + o, dp, dl);
                o += dl;
            } else {
                t[o++] = text[i];
            }
        }
        t[o] = '\0';
        text = t;
    }
    return strtod(text, NULL);
}

static FtExpr *parse_number(FtParser *p)
{
    FtToken *t = advance(p);
    FtPos s = { t->lineno, t->col };
    FtExpr *e = new_expr(p, FT_EXPR_CONSTANT, s);
    FtConstant *c = &e->v.Constant;
    /* copy without underscores */
    char *clean = alloc(p, t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            clean[n++] = t->start[i];
    clean[n] = '\0';
    char last = n ? clean[n - 1] : 0;
    if (last == 'j' || last == 'J') {
        clean[n - 1] = '\0';
        c->kind = FT_CONST_COMPLEX;
        c->v.imag = c_strtod(p, clean);
        return e;
    }
    if (n > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' ||
                                     clean[1] == 'O' || clean[1] == 'b' || clean[1] == 'B')) {
        char b = clean[1];
        c->kind = FT_CONST_INT;
        c->v.i.base = (b == 'x' || b == 'X') ? 16 : (b == 'o' || b == 'O') ? 8 : 2;
        c->v.i.digits = clean + 2;
        return e;
    }
    int is_float = 0;
    for (size_t i = 0; i < n; i++)
        if (clean[i] == '.' || clean[i] == 'e' || clean[i] == 'E')
            is_float = 1;
    if (is_float) {
        c->kind = FT_CONST_FLOAT;
        c->v.f = c_strtod(p, clean);
        return e;
    }
    c->kind = FT_CONST_INT;
    c->v.i.base = 10;
    /* strip leading zeros ("000" -> "0") */
    size_t i = 0;
    while (i + 1 < n && clean[i] == '0')
        i++;
    c->v.i.digits = clean + i;
    return e;
}

/* ------------------------------------------------------------------ */
/* Atoms                                                              */
/* ------------------------------------------------------------------ */

/* Comprehension element check: no starred elements. */
static void check_comp_elt(FtParser *p, FtExpr *elt)
{
    if (elt->kind == FT_EXPR_STARRED)
        error_expr(p, elt, "iterable unpacking cannot be used in comprehension");
}

static FtExprSeq vec_exprs(PVec v)
{
    FtExprSeq s = { v.n, (FtExpr **)v.items };
    return s;
}

/* '(' ... ')' : tuple, group, generator expression or yield.  (The
 * implied parentheses of f-string fields are in parse_fstring_inner.) */
static FtExpr *parse_paren(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* '(' */
    if (accept(p, FT_TK_RPAR)) {
        FtExpr *e = new_expr(p, FT_EXPR_TUPLE, s);
        e->v.Tuple.ctx = FT_CTX_LOAD;
        return e;
    }
    if (cur_type(p) == FT_KW_YIELD) {
        FtExpr *y = parse_yield_expr(p);
        expect(p, FT_TK_RPAR);
        return y;
    }
    FtExpr *first = parse_star_named_expression(p);
    FtTokType t = cur_type(p);
    if (t == FT_TK_RPAR) {
        p->pos++;
        if (first->kind == FT_EXPR_STARRED)
            error_expr(p, first, "cannot use starred expression here");
        return first;
    }
    if (t == FT_KW_FOR || t == FT_KW_ASYNC) {
        check_comp_elt(p, first);
        FtComprehensionSeq gens = parse_comp_for(p);
        expect(p, FT_TK_RPAR);
        FtExpr *e = new_expr(p, FT_EXPR_GENERATOREXP, s);
        e->v.GeneratorExp.elt = first;
        e->v.GeneratorExp.generators = gens;
        return e;
    }
    if (t == FT_TK_COMMA) {
        PVec v = { 0 };
        pv_push(p, &v, first);
        while (accept(p, FT_TK_COMMA)) {
            if (cur_type(p) == FT_TK_RPAR)
                break;
            pv_push(p, &v, parse_star_named_expression(p));
        }
        expect(p, FT_TK_RPAR);
        FtExpr *e = new_expr(p, FT_EXPR_TUPLE, s);
        e->v.Tuple.elts = vec_exprs(v);
        e->v.Tuple.ctx = FT_CTX_LOAD;
        return e;
    }
    syntax_error(p);
}

/* `[a, b for c in d]`: CPython's dedicated message */
static void check_comp_parens(FtParser *p, PVec v)
{
    if (cur_type(p) != FT_KW_FOR && cur_type(p) != FT_KW_ASYNC)
        return;
    FtExpr *a = v.items[0], *b = v.items[v.n - 1];
    int el = b->end_lineno, ec = b->end_col_offset;
    if (prev(p)->type == FT_TK_COMMA && v.n == 1) {
        el = prev(p)->end_lineno;
        ec = prev(p)->end_col;
    }
    error_range(p, "SyntaxError", a->lineno, a->col_offset, el, ec,
                "did you forget parentheses around the comprehension target?");
}

static FtExpr *parse_list(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* '[' */
    if (accept(p, FT_TK_RSQB)) {
        FtExpr *e = new_expr(p, FT_EXPR_LIST, s);
        e->v.List.ctx = FT_CTX_LOAD;
        return e;
    }
    FtExpr *first = parse_star_named_expression(p);
    if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
        check_comp_elt(p, first);
        FtComprehensionSeq gens = parse_comp_for(p);
        expect(p, FT_TK_RSQB);
        FtExpr *e = new_expr(p, FT_EXPR_LISTCOMP, s);
        e->v.ListComp.elt = first;
        e->v.ListComp.generators = gens;
        return e;
    }
    PVec v = { 0 };
    pv_push(p, &v, first);
    while (accept(p, FT_TK_COMMA)) {
        if (cur_type(p) == FT_TK_RSQB || cur_type(p) == FT_KW_FOR)
            break;
        pv_push(p, &v, parse_star_named_expression(p));
    }
    check_comp_parens(p, v);
    expect(p, FT_TK_RSQB);
    FtExpr *e = new_expr(p, FT_EXPR_LIST, s);
    e->v.List.elts = vec_exprs(v);
    e->v.List.ctx = FT_CTX_LOAD;
    return e;
}

/* Value after "key:" in a dict display, with CPython's messages. */
static FtExpr *parse_dict_value(FtParser *p)
{
    FtTokType t = cur_type(p);
    if (t == FT_TK_STAR)
        error_tok(p, cur(p), "SyntaxError", "cannot use a starred expression in a dictionary value");
    if (t == FT_TK_COMMA || t == FT_TK_RBRACE)
        error_tok(p, prev(p), "SyntaxError", "expression expected after dictionary key and ':'");
    return parse_expression(p);
}

static FtExpr *parse_brace(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* '{' */
    if (accept(p, FT_TK_RBRACE))
        return new_expr(p, FT_EXPR_DICT, s);
    PVec keys = { 0 }, vals = { 0 };
    if (cur_type(p) == FT_TK_DOUBLESTAR) {
        FtToken *ds = advance(p);
        pv_push(p, &keys, NULL);
        pv_push(p, &vals, parse_bitwise_or(p));
        if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC)
            error_tok(p, ds, "SyntaxError", "dict unpacking cannot be used in dict comprehension");
    } else {
        FtExpr *first = parse_star_named_expression(p);
        if (cur_type(p) == FT_TK_COLON && first->kind != FT_EXPR_STARRED) {
            advance(p);
            FtExpr *val = parse_dict_value(p);
            if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
                FtComprehensionSeq gens = parse_comp_for(p);
                expect(p, FT_TK_RBRACE);
                FtExpr *e = new_expr(p, FT_EXPR_DICTCOMP, s);
                e->v.DictComp.key = first;
                e->v.DictComp.value = val;
                e->v.DictComp.generators = gens;
                return e;
            }
            pv_push(p, &keys, first);
            pv_push(p, &vals, val);
        } else {
            /* set display or set comprehension */
            if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
                check_comp_elt(p, first);
                FtComprehensionSeq gens = parse_comp_for(p);
                expect(p, FT_TK_RBRACE);
                FtExpr *e = new_expr(p, FT_EXPR_SETCOMP, s);
                e->v.SetComp.elt = first;
                e->v.SetComp.generators = gens;
                return e;
            }
            PVec v = { 0 };
            pv_push(p, &v, first);
            while (accept(p, FT_TK_COMMA)) {
                if (cur_type(p) == FT_TK_RBRACE || cur_type(p) == FT_KW_FOR)
                    break;
                pv_push(p, &v, parse_star_named_expression(p));
            }
            check_comp_parens(p, v);
            expect(p, FT_TK_RBRACE);
            FtExpr *e = new_expr(p, FT_EXPR_SET, s);
            e->v.Set.elts = vec_exprs(v);
            return e;
        }
    }
    /* remaining dict items */
    while (accept(p, FT_TK_COMMA)) {
        if (cur_type(p) == FT_TK_RBRACE)
            break;
        if (accept(p, FT_TK_DOUBLESTAR)) {
            pv_push(p, &keys, NULL);
            pv_push(p, &vals, parse_bitwise_or(p));
            continue;
        }
        FtExpr *k = parse_expression(p);
        if (cur_type(p) != FT_TK_COLON) {
            if (cur_type(p) == FT_TK_COMMA || cur_type(p) == FT_TK_RBRACE)
                error_range(p, "SyntaxError", k->lineno, k->col_offset, k->lineno, -1,
                            "':' expected after dictionary key");
            syntax_error(p);
        }
        advance(p);
        pv_push(p, &keys, k);
        pv_push(p, &vals, parse_dict_value(p));
    }
    if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
        FtToken *t = cur(p);
        error_tok(p, t, "SyntaxError", "invalid syntax");
    }
    expect(p, FT_TK_RBRACE);
    FtExpr *e = new_expr(p, FT_EXPR_DICT, s);
    e->v.Dict.keys = vec_exprs(keys);
    e->v.Dict.values = vec_exprs(vals);
    return e;
}

static FtExpr *parse_atom(FtParser *p)
{
    FtToken *t = cur(p);
    FtPos s = { t->lineno, t->col };
    FtExpr *e;
    switch (t->type) {
    case FT_TK_NAME:
        p->pos++;
        return make_name(p, t, FT_CTX_LOAD);
    case FT_TK_NUMBER:
        return parse_number(p);
    case FT_TK_STRING:
        return parse_strings(p);
    case FT_KW_NONE:
    case FT_KW_TRUE:
    case FT_KW_FALSE:
    case FT_TK_ELLIPSIS:
        p->pos++;
        e = new_expr(p, FT_EXPR_CONSTANT, s);
        e->v.Constant.kind = t->type == FT_KW_NONE ? FT_CONST_NONE
                           : t->type == FT_KW_TRUE ? FT_CONST_TRUE
                           : t->type == FT_KW_FALSE ? FT_CONST_FALSE : FT_CONST_ELLIPSIS;
        return e;
    case FT_TK_LPAR:
        return parse_paren(p);
    case FT_TK_LSQB:
        return parse_list(p);
    case FT_TK_LBRACE:
        return parse_brace(p);
    default:
        syntax_error(p);
    }
}

/* ------------------------------------------------------------------ */
/* Primaries: calls, subscripts, attributes                           */
/* ------------------------------------------------------------------ */

static FtKeyword *new_keyword(FtParser *p, const char *arg, FtExpr *value, FtPos s)
{
    FtKeyword *k = alloc(p, sizeof(FtKeyword));
    k->arg = arg;
    k->value = value;
    k->lineno = s.l;
    k->col_offset = s.c;
    k->end_lineno = p->pos > 0 ? prev(p)->end_lineno : value->end_lineno;
    k->end_col_offset = p->pos > 0 ? prev(p)->end_col : value->end_col_offset;
    return k;
}

/* Call arguments after '(' up to and including ')'. */
static void parse_call_args(FtParser *p, FtExpr *call)
{
    PVec args = { 0 }, kws = { 0 };
    int seen_kw = 0, seen_dstar = 0;
    const char *late_error = NULL;   /* reported where CPython does: after the list */
    FtPos lpar = { prev(p)->lineno, prev(p)->col };
    while (cur_type(p) != FT_TK_RPAR) {
        FtToken *t = cur(p);
        FtPos s = { t->lineno, t->col };
        if (t->type == FT_TK_STAR) {
            if (seen_dstar)
                error_range(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col,
                            "iterable argument unpacking follows keyword argument unpacking");
            advance(p);
            FtExpr *v = parse_expression(p);
            FtExpr *st = new_expr(p, FT_EXPR_STARRED, s);
            st->v.Starred.value = v;
            st->v.Starred.ctx = FT_CTX_LOAD;
            pv_push(p, &args, st);
        } else if (t->type == FT_TK_DOUBLESTAR) {
            advance(p);
            FtExpr *v = parse_expression(p);
            pv_push(p, &kws, new_keyword(p, NULL, v, s));
            seen_dstar = 1;
        } else if ((t->type == FT_TK_NAME || t->type == FT_KW_TRUE || t->type == FT_KW_FALSE ||
                    t->type == FT_KW_NONE) && peek_type(p, 1) == FT_TK_EQUAL) {
            if (t->type != FT_TK_NAME) {
                error_range(p, "SyntaxError", t->lineno, t->col, t->end_lineno,
                            peek_tok(p, 2)->end_col, "cannot assign to %.*s", (int)t->len,
                            t->start);
            }
            advance(p);
            advance(p);
            FtExpr *v = parse_expression(p);
            if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC)
                error_range(p, "SyntaxError", t->lineno, t->col, v->end_lineno, v->end_col_offset,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            pv_push(p, &kws, new_keyword(p, ident_dup(p, t->start, t->len), v, s));
            seen_kw = 1;
        } else {
            FtExpr *v = parse_named_expression_ex(p, 0);
            if (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
                /* generator expression argument */
                FtComprehensionSeq gens = parse_comp_for(p);
                FtExpr *g;
                if (args.n == 0 && kws.n == 0 && cur_type(p) == FT_TK_RPAR) {
                    /* sole argument: the call's parentheses are the genexp's */
                    g = new_expr(p, FT_EXPR_GENERATOREXP, lpar);
                    FtToken *rp = cur(p);
                    g->end_lineno = rp->end_lineno;
                    g->end_col_offset = rp->end_col;
                } else {
                    /* CPython's first pass reads on; a tokenizer error there wins */
                    (void)peek_tok(p, 1);
                    g = new_expr(p, FT_EXPR_GENERATOREXP, pos_of(v));
                    error_range(p, "SyntaxError", v->lineno, v->col_offset, g->end_lineno,
                                g->end_col_offset, "Generator expression must be parenthesized");
                }
                g->v.GeneratorExp.elt = v;
                g->v.GeneratorExp.generators = gens;
                v = g;
            } else if (cur_type(p) == FT_TK_EQUAL) {
                FtToken *eq = cur(p);
                error_range(p, "SyntaxError", v->lineno, v->col_offset, eq->end_lineno, eq->end_col,
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (!late_error && seen_dstar)
                late_error = "positional argument follows keyword argument unpacking";
            else if (!late_error && seen_kw)
                late_error = "positional argument follows keyword argument";
            pv_push(p, &args, v);
        }
        if (!accept(p, FT_TK_COMMA))
            break;
    }
    if (late_error)
        error_tok(p, cur(p), "SyntaxError", "%s", late_error);
    expect(p, FT_TK_RPAR);
    call->v.Call.args = vec_exprs(args);
    call->v.Call.keywords = SEQ(FtKeywordSeq, kws);
}

/* slice: [expr] ':' [expr] [':' [expr]] | named_expression */
static FtExpr *parse_slice(FtParser *p)
{
    FtPos s = start_pos(p);
    FtExpr *lower = NULL;
    if (cur_type(p) == FT_TK_STAR) {
        FtToken *t = advance(p);
        FtPos ss = { t->lineno, t->col };
        FtExpr *v = parse_bitwise_or(p);
        FtExpr *st = new_expr(p, FT_EXPR_STARRED, ss);
        st->v.Starred.value = v;
        st->v.Starred.ctx = FT_CTX_LOAD;
        return st;
    }
    if (cur_type(p) != FT_TK_COLON) {
        lower = parse_named_expression(p);
        if (cur_type(p) != FT_TK_COLON)
            return lower;
        if (lower->kind == FT_EXPR_NAMEDEXPR)
            syntax_error(p);
    }
    advance(p);     /* ':' */
    FtExpr *e = new_expr(p, FT_EXPR_SLICE, s);
    e->v.Slice.lower = lower;
    FtTokType t = cur_type(p);
    if (t != FT_TK_COLON && t != FT_TK_COMMA && t != FT_TK_RSQB)
        e->v.Slice.upper = parse_expression(p);
    if (accept(p, FT_TK_COLON)) {
        t = cur_type(p);
        if (t != FT_TK_COMMA && t != FT_TK_RSQB)
            e->v.Slice.step = parse_expression(p);
    }
    end_at_prev(p, e);
    return e;
}

static FtExpr *parse_slices(FtParser *p)
{
    FtPos s = start_pos(p);
    FtExpr *first = parse_slice(p);
    if (cur_type(p) != FT_TK_COMMA) {
        if (first->kind == FT_EXPR_STARRED) {
            FtExpr *tu = new_expr(p, FT_EXPR_TUPLE, s);
            PVec v = { 0 };
            pv_push(p, &v, first);
            tu->v.Tuple.elts = vec_exprs(v);
            tu->v.Tuple.ctx = FT_CTX_LOAD;
            return tu;
        }
        return first;
    }
    PVec v = { 0 };
    pv_push(p, &v, first);
    while (accept(p, FT_TK_COMMA)) {
        if (cur_type(p) == FT_TK_RSQB)
            break;
        pv_push(p, &v, parse_slice(p));
    }
    FtExpr *tu = new_expr(p, FT_EXPR_TUPLE, s);
    tu->v.Tuple.elts = vec_exprs(v);
    tu->v.Tuple.ctx = FT_CTX_LOAD;
    return tu;
}

static FtExpr *parse_primary(FtParser *p)
{
    int saved_depth = p->depth;
    FtPos s = start_pos(p);
    FtExpr *e = parse_atom(p);
    for (;;) {
        FtTokType t = cur_type(p);
        if (t == FT_TK_DOT) {
            advance(p);
            depth_inc(p);
            FtExpr *a = new_expr(p, FT_EXPR_ATTRIBUTE, s);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = expect_name(p);
            a->v.Attribute.ctx = FT_CTX_LOAD;
            end_at_prev(p, a);
            e = a;
        } else if (t == FT_TK_LPAR) {
            advance(p);
            depth_inc(p);
            FtExpr *c = new_expr(p, FT_EXPR_CALL, s);
            c->v.Call.func = e;
            parse_call_args(p, c);
            end_at_prev(p, c);
            e = c;
        } else if (t == FT_TK_LSQB) {
            advance(p);
            depth_inc(p);
            FtExpr *sub = new_expr(p, FT_EXPR_SUBSCRIPT, s);
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = parse_slices(p);
            sub->v.Subscript.ctx = FT_CTX_LOAD;
            expect(p, FT_TK_RSQB);
            end_at_prev(p, sub);
            e = sub;
        } else {
            break;
        }
    }
    p->depth = saved_depth;
    return e;
}

/* ------------------------------------------------------------------ */
/* Operators                                                          */
/* ------------------------------------------------------------------ */

static FtExpr *parse_factor(FtParser *p);

/* power: await_primary ['**' factor] */
static FtExpr *parse_power(FtParser *p)
{
    FtExpr *e;
    FtPos ps = start_pos(p);
    if (cur_type(p) == FT_KW_AWAIT) {
        FtPos s = start_pos(p);
        advance(p);
        depth_inc(p);
        FtExpr *v = parse_primary(p);
        p->depth--;
        e = new_expr(p, FT_EXPR_AWAIT, s);
        e->v.Await.value = v;
    } else {
        e = parse_primary(p);
    }
    if (cur_type(p) == FT_TK_DOUBLESTAR) {
        advance(p);
        depth_inc(p);
        FtExpr *r = parse_factor(p);
        p->depth--;
        FtExpr *b = new_expr(p, FT_EXPR_BINOP, ps);
        b->v.BinOp.left = e;
        b->v.BinOp.op = FT_OP_POW;
        b->v.BinOp.right = r;
        e = b;
    }
    return e;
}

static FtExpr *parse_factor(FtParser *p)
{
    FtTokType t = cur_type(p);
    if (t == FT_TK_PLUS || t == FT_TK_MINUS || t == FT_TK_TILDE) {
        FtPos s = start_pos(p);
        advance(p);
        depth_inc(p);
        FtExpr *v = parse_factor(p);
        p->depth--;
        FtExpr *e = new_expr(p, FT_EXPR_UNARYOP, s);
        e->v.UnaryOp.op = t == FT_TK_PLUS ? FT_UOP_UADD : t == FT_TK_MINUS ? FT_UOP_USUB
                                                                          : FT_UOP_INVERT;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return parse_power(p);
}

static int binop_prec(FtTokType t, FtOperator *op)
{
    switch (t) {
    case FT_TK_VBAR: *op = FT_OP_BITOR; return 1;
    case FT_TK_CIRCUMFLEX: *op = FT_OP_BITXOR; return 2;
    case FT_TK_AMPER: *op = FT_OP_BITAND; return 3;
    case FT_TK_LEFTSHIFT: *op = FT_OP_LSHIFT; return 4;
    case FT_TK_RIGHTSHIFT: *op = FT_OP_RSHIFT; return 4;
    case FT_TK_PLUS: *op = FT_OP_ADD; return 5;
    case FT_TK_MINUS: *op = FT_OP_SUB; return 5;
    case FT_TK_STAR: *op = FT_OP_MULT; return 6;
    case FT_TK_SLASH: *op = FT_OP_DIV; return 6;
    case FT_TK_DOUBLESLASH: *op = FT_OP_FLOORDIV; return 6;
    case FT_TK_PERCENT: *op = FT_OP_MOD; return 6;
    case FT_TK_AT: *op = FT_OP_MATMULT; return 6;
    default: return 0;
    }
}

/* Binary operators by precedence climbing (all left associative). */
static FtExpr *parse_binary(FtParser *p, int minprec)
{
    int saved_depth = p->depth;
    FtPos s = start_pos(p);
    FtExpr *left = parse_factor(p);
    for (;;) {
        FtOperator op;
        int prec = binop_prec(cur_type(p), &op);
        if (prec < minprec || prec == 0)
            break;
        advance(p);
        depth_inc(p);
        FtExpr *right = parse_binary(p, prec + 1);
        FtExpr *b = new_expr(p, FT_EXPR_BINOP, s);
        b->v.BinOp.left = left;
        b->v.BinOp.op = op;
        b->v.BinOp.right = right;
        left = b;
    }
    p->depth = saved_depth;
    return left;
}

static FtExpr *parse_bitwise_or(FtParser *p)
{
    return parse_binary(p, 1);
}

static int comp_op(FtParser *p, FtCmpOp *op)
{
    switch (cur_type(p)) {
    case FT_TK_EQEQUAL: *op = FT_CMP_EQ; p->pos++; return 1;
    case FT_TK_NOTEQUAL: *op = FT_CMP_NOTEQ; p->pos++; return 1;
    case FT_TK_LESS: *op = FT_CMP_LT; p->pos++; return 1;
    case FT_TK_LESSEQUAL: *op = FT_CMP_LTE; p->pos++; return 1;
    case FT_TK_GREATER: *op = FT_CMP_GT; p->pos++; return 1;
    case FT_TK_GREATEREQUAL: *op = FT_CMP_GTE; p->pos++; return 1;
    case FT_KW_IN: *op = FT_CMP_IN; p->pos++; return 1;
    case FT_KW_IS:
        p->pos++;
        if (accept(p, FT_KW_NOT))
            *op = FT_CMP_ISNOT;
        else
            *op = FT_CMP_IS;
        return 1;
    case FT_KW_NOT:
        if (peek_type(p, 1) == FT_KW_IN) {
            p->pos += 2;
            *op = FT_CMP_NOTIN;
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

static FtExpr *parse_comparison(FtParser *p)
{
    FtPos s = start_pos(p);
    FtExpr *left = parse_bitwise_or(p);
    FtCmpOp op;
    if (!comp_op(p, &op))
        return left;
    PVec comps = { 0 };
    int n = 0;
    FtCmpOp *opbuf = NULL;
    int opcap = 0;
    do {
        if (n == opcap) {
            int nc = opcap ? opcap * 2 : 4;
            FtCmpOp *nb = alloc(p, (size_t)nc * sizeof(FtCmpOp));
            if (n)
                memcpy(nb, opbuf, (size_t)n * sizeof(FtCmpOp));
            opbuf = nb;
            opcap = nc;
        }
        opbuf[n++] = op;
        pv_push(p, &comps, parse_bitwise_or(p));
    } while (comp_op(p, &op));
    FtExpr *e = new_expr(p, FT_EXPR_COMPARE, s);
    e->v.Compare.left = left;
    e->v.Compare.ops.n = n;
    e->v.Compare.ops.items = opbuf;
    e->v.Compare.comparators = vec_exprs(comps);
    return e;
}

static FtExpr *parse_inversion(FtParser *p)
{
    if (cur_type(p) == FT_KW_NOT) {
        FtPos s = start_pos(p);
        advance(p);
        depth_inc(p);
        FtExpr *v = parse_inversion(p);
        p->depth--;
        FtExpr *e = new_expr(p, FT_EXPR_UNARYOP, s);
        e->v.UnaryOp.op = FT_UOP_NOT;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return parse_comparison(p);
}

static FtExpr *parse_boolop(FtParser *p, int is_or)
{
    FtPos s = start_pos(p);
    FtExpr *first = is_or ? parse_boolop(p, 0) : parse_inversion(p);
    FtTokType kw = is_or ? FT_KW_OR : FT_KW_AND;
    if (cur_type(p) != kw)
        return first;
    PVec v = { 0 };
    pv_push(p, &v, first);
    while (accept(p, kw))
        pv_push(p, &v, is_or ? parse_boolop(p, 0) : parse_inversion(p));
    FtExpr *e = new_expr(p, FT_EXPR_BOOLOP, s);
    e->v.BoolOp.op = is_or ? FT_BOOLOP_OR : FT_BOOLOP_AND;
    e->v.BoolOp.values = vec_exprs(v);
    return e;
}

static FtExpr *parse_disjunction(FtParser *p)
{
    return parse_boolop(p, 1);
}

static FtExpr *parse_lambda(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* 'lambda' */
    FtArguments *args = parse_params(p, 1);
    expect_colon(p);
    FtExpr *body = parse_expression(p);
    FtExpr *e = new_expr(p, FT_EXPR_LAMBDA, s);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

static void *spec_expression(FtParser *p, void *arg)
{
    (void)arg;
    return parse_expression(p);
}

/* CPython's "Perhaps you forgot a comma?": inside brackets, a disjunction
 * directly followed by another expression. */
static void check_missing_comma(FtParser *p, FtExpr *a, int a_first_tok)
{
    FtTokType t = cur_type(p);
    if (p->no_comma_hint || !starts_expression(t) || t == FT_TK_PLUS || t == FT_TK_MINUS)
        return;
    FtToken *ft = tok_at(p, a_first_tok);
    if (ft->type == FT_TK_NAME) {
        if (tok_at(p, a_first_tok + 1)->type == FT_TK_STRING)
            return;
        if (tok_is_name(ft, "match") || tok_is_name(ft, "case") || tok_is_name(ft, "_"))
            return;
    }
    if (a->kind == FT_EXPR_NAME &&
        (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0))
        return;
    int save = p->pos;
    void *r;
    p->no_comma_hint++;
    int ok = speculate(p, spec_expression, NULL, &r);
    p->no_comma_hint--;
    if (!ok)
        return;
    int level = p->in_fstring ? 1 : prev(p)->level;
    p->pos = save;
    if (level == 0)
        return;
    FtExpr *b = r;
    error_range(p, "SyntaxError", a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                "invalid syntax. Perhaps you forgot a comma?");
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static FtExpr *parse_expression(FtParser *p)
{
    depth_inc(p);
    FtExpr *e;
    FtPos s = start_pos(p);
    if (cur_type(p) == FT_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        int first_tok = p->pos;
        e = parse_disjunction(p);
        if (cur_type(p) != FT_KW_IF)
            check_missing_comma(p, e, first_tok);
        if (cur_type(p) == FT_KW_IF) {
            advance(p);
            FtExpr *test = parse_disjunction(p);
            if (cur_type(p) != FT_KW_ELSE) {
                if (cur_type(p) != FT_TK_COLON)
                    error_range(p, "SyntaxError", e->lineno, e->col_offset, test->end_lineno,
                                test->end_col_offset, "expected 'else' after 'if' expression");
                syntax_error(p);
            }
            advance(p);
            FtExpr *orelse = parse_expression(p);
            FtExpr *ie = new_expr(p, FT_EXPR_IFEXP, s);
            ie->v.IfExp.test = test;
            ie->v.IfExp.body = e;
            ie->v.IfExp.orelse = orelse;
            e = ie;
        }
    }
    p->depth--;
    return e;
}

static void *spec_bitwise_or(FtParser *p, void *arg)
{
    (void)arg;
    return parse_bitwise_or(p);
}

/* Do tokens [first, end) form one parenthesized group "( ... )"? */
static int is_group(FtParser *p, int first, int end)
{
    if (first >= end || tok_at(p, first)->type != FT_TK_LPAR)
        return 0;
    int depth = 0;
    for (int i = first; i < end; i++) {
        FtTokType ty = tok_at(p, i)->type;
        if (ty == FT_TK_LPAR || ty == FT_TK_LSQB || ty == FT_TK_LBRACE)
            depth++;
        else if (ty == FT_TK_RPAR || ty == FT_TK_RSQB || ty == FT_TK_RBRACE)
            depth--;
        if (depth == 0)
            return i == end - 1;
    }
    return 0;
}

/* CPython's invalid_named_expression hints for `a = b` where a comparison
 * was probably meant.  p->pos is at the '='; returns only if no hint
 * applies. */
static void eq_hint(FtParser *p, FtExpr *e, int first_tok)
{
    if (p->no_comma_hint)
        return;
    int save = p->pos;
    p->pos++;
    void *r;
    p->no_comma_hint++;
    int ok = speculate(p, spec_bitwise_or, NULL, &r);
    p->no_comma_hint--;
    FtTokType after = ok ? cur_type(p) : FT_TK_EQUAL;
    p->pos = save;
    if (!ok || after == FT_TK_EQUAL || after == FT_TK_COLONEQUAL)
        return;
    FtExpr *rhs = r;
    FtToken *ft = tok_at(p, first_tok);
    if (e->kind == FT_EXPR_NAME && ft->type == FT_TK_NAME && save == first_tok + 1)
        error_range(p, "SyntaxError", e->lineno, e->col_offset, rhs->end_lineno,
                    rhs->end_col_offset,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (ft->type == FT_KW_TRUE || ft->type == FT_KW_NONE || ft->type == FT_KW_FALSE ||
        ft->type == FT_TK_LSQB)
        return;
    /* a parenthesized group is a bitwise_or whatever it holds */
    int grouped = is_group(p, first_tok, save);
    switch (e->kind) {
    case FT_EXPR_TUPLE: case FT_EXPR_GENERATOREXP: case FT_EXPR_STARRED:
        return;
    case FT_EXPR_COMPARE: case FT_EXPR_BOOLOP: case FT_EXPR_IFEXP: case FT_EXPR_LAMBDA:
    case FT_EXPR_NAMEDEXPR:
        if (!grouped)
            return;
        break;
    case FT_EXPR_UNARYOP:
        if (e->v.UnaryOp.op == FT_UOP_NOT && !grouped)
            return;
        break;
    default:
        break;
    }
    error_expr(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
               expr_name(e));
}

/* named_expression: NAME ':=' expression | expression !':='
 * hints=0 where CPython parses a plain expression (call arguments). */
static FtExpr *parse_named_expression_ex(FtParser *p, int hints)
{
    FtPos s = start_pos(p);
    int first_tok = p->pos;
    FtExpr *e = parse_expression(p);
    if (cur_type(p) == FT_TK_COLONEQUAL) {
        if (e->kind != FT_EXPR_NAME || p->pos != first_tok + 1)
            error_expr(p, e, "cannot use assignment expressions with %s", expr_name(e));
        advance(p);
        FtExpr *v = parse_expression(p);
        FtExpr *n = new_expr(p, FT_EXPR_NAMEDEXPR, s);
        e->v.Name.ctx = FT_CTX_STORE;
        n->v.NamedExpr.target = e;
        n->v.NamedExpr.value = v;
        return n;
    }
    if (hints && cur_type(p) == FT_TK_EQUAL)
        eq_hint(p, e, first_tok);
    return e;
}

static FtExpr *parse_named_expression(FtParser *p)
{
    return parse_named_expression_ex(p, 1);
}

static FtExpr *parse_starred_bitwise_or(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* '*' */
    FtExpr *v = parse_bitwise_or(p);
    FtExpr *e = new_expr(p, FT_EXPR_STARRED, s);
    e->v.Starred.value = v;
    e->v.Starred.ctx = FT_CTX_LOAD;
    return e;
}

static FtExpr *parse_star_named_expression(FtParser *p)
{
    if (cur_type(p) == FT_TK_STAR)
        return parse_starred_bitwise_or(p);
    return parse_named_expression(p);
}

static FtExpr *parse_star_expression(FtParser *p)
{
    if (cur_type(p) == FT_TK_STAR)
        return parse_starred_bitwise_or(p);
    return parse_expression(p);
}

/* Can the current token end a star_expressions list (after a comma)? */
static int ends_expr_list(FtTokType t)
{
    return !(starts_expression(t) || t == FT_TK_STAR);
}

/* star_expressions: star_expression (',' star_expression)* [','] */
static FtExpr *parse_star_expressions(FtParser *p)
{
    FtPos s = start_pos(p);
    FtExpr *first = parse_star_expression(p);
    if (cur_type(p) != FT_TK_COMMA)
        return first;
    PVec v = { 0 };
    pv_push(p, &v, first);
    while (accept(p, FT_TK_COMMA)) {
        if (ends_expr_list(cur_type(p)))
            break;
        pv_push(p, &v, parse_star_expression(p));
    }
    FtExpr *t = new_expr(p, FT_EXPR_TUPLE, s);
    t->v.Tuple.elts = vec_exprs(v);
    t->v.Tuple.ctx = FT_CTX_LOAD;
    return t;
}

/* Same with named expressions allowed (return/yield values are plain). */
static FtExpr *parse_yield_expr(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* 'yield' */
    if (accept(p, FT_KW_FROM)) {
        FtExpr *v = parse_expression(p);
        FtExpr *e = new_expr(p, FT_EXPR_YIELDFROM, s);
        e->v.YieldFrom.value = v;
        return e;
    }
    FtExpr *e = new_expr(p, FT_EXPR_YIELD, s);
    FtTokType t = cur_type(p);
    if (starts_expression(t) || t == FT_TK_STAR) {
        FtExpr *v = parse_star_expressions(p);
        e->v.Yield.value = v;
        end_at_prev(p, e);
    }
    return e;
}

/* ------------------------------------------------------------------ */
/* Comprehensions and targets                                         */
/* ------------------------------------------------------------------ */

/* One star_target element, parsed permissively and validated later. */
static FtExpr *parse_target_elem(FtParser *p)
{
    if (cur_type(p) == FT_TK_STAR)
        return parse_starred_bitwise_or(p);
    return parse_bitwise_or(p);
}

/* star_targets for 'for' loops and comprehensions. */
static FtExpr *parse_target_list(FtParser *p, int type)
{
    FtPos s = start_pos(p);
    FtExpr *first = parse_target_elem(p);
    FtExpr *res = first;
    if (cur_type(p) == FT_TK_COMMA) {
        PVec v = { 0 };
        pv_push(p, &v, first);
        while (accept(p, FT_TK_COMMA)) {
            FtTokType t = cur_type(p);
            if (t == FT_KW_IN || t == FT_TK_EQUAL || ends_expr_list(t))
                break;
            pv_push(p, &v, parse_target_elem(p));
        }
        res = new_expr(p, FT_EXPR_TUPLE, s);
        res->v.Tuple.elts = vec_exprs(v);
        res->v.Tuple.ctx = FT_CTX_LOAD;
    }
    if (cur_type(p) != FT_KW_IN) {
        /* CPython reparses the target as an expression to blame it */
        if (invalid_target(res, type))
            invalid_target_error(p, res, type);
    }
    make_target(p, res, type);
    return res;
}

static FtComprehensionSeq parse_comp_for(FtParser *p)
{
    PVec gens = { 0 };
    while (cur_type(p) == FT_KW_FOR || cur_type(p) == FT_KW_ASYNC) {
        FtComprehension *c = alloc(p, sizeof(FtComprehension));
        if (accept(p, FT_KW_ASYNC))
            c->is_async = 1;
        expect(p, FT_KW_FOR);
        c->target = parse_target_list(p, TGT_FOR);
        expect(p, FT_KW_IN);
        c->iter = parse_disjunction(p);
        PVec ifs = { 0 };
        while (accept(p, FT_KW_IF))
            pv_push(p, &ifs, parse_disjunction(p));
        c->ifs = vec_exprs(ifs);
        pv_push(p, &gens, c);
    }
    return SEQ(FtComprehensionSeq, gens);
}

/* ------------------------------------------------------------------ */
/* Parameters                                                         */
/* ------------------------------------------------------------------ */

static FtArg *parse_param(FtParser *p, int is_lambda, int allow_star_annotation)
{
    FtToken *t = cur(p);
    if (t->type != FT_TK_NAME)
        syntax_error(p);
    p->pos++;
    FtArg *a = alloc(p, sizeof(FtArg));
    a->arg = ident_dup(p, t->start, t->len);
    a->lineno = t->lineno;
    a->col_offset = t->col;
    a->end_lineno = t->end_lineno;
    a->end_col_offset = t->end_col;
    if (!is_lambda && accept(p, FT_TK_COLON)) {
        FtExpr *ann;
        if (allow_star_annotation && cur_type(p) == FT_TK_STAR)
            ann = parse_starred_bitwise_or(p);
        else
            ann = parse_expression(p);
        a->annotation = ann;
        a->end_lineno = prev(p)->end_lineno;
        a->end_col_offset = prev(p)->end_col;
    }
    return a;
}

/* Parameter list up to ')' (def) or ':' (lambda); the closer is not
 * consumed. */
static FtArguments *parse_params(FtParser *p, int is_lambda)
{
    FtArguments *args = alloc(p, sizeof(FtArguments));
    FtTokType closer = is_lambda ? FT_TK_COLON : FT_TK_RPAR;
    PVec plain = { 0 }, defaults = { 0 }, kwonly = { 0 }, kwdefs = { 0 };
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    FtToken *star_tok = NULL;
    while (cur_type(p) != closer) {
        FtToken *t = cur(p);
        if (t->type == FT_TK_SLASH) {
            if (seen_slash)
                error_tok(p, t, "SyntaxError", "/ may appear only once");
            if (seen_star)
                error_tok(p, t, "SyntaxError", "/ must be ahead of *");
            if (plain.n == 0) {
                if (peek_type(p, 1) == FT_TK_COMMA)
                    error_tok(p, t, "SyntaxError", "at least one argument must precede /");
                syntax_error(p);
            }
            advance(p);
            if (cur_type(p) == FT_TK_STAR)
                error_tok(p, cur(p), "SyntaxError", "expected comma between / and *");
            seen_slash = 1;
            args->posonlyargs = SEQ(FtArgSeq, plain);
            plain.n = plain.cap = 0;
            plain.items = NULL;
        } else if (t->type == FT_TK_STAR) {
            if (seen_star)
                error_tok(p, t, "SyntaxError", "* argument may appear only once");
            star_tok = t;
            advance(p);
            seen_star = 1;
            if (cur_type(p) == FT_TK_COMMA || cur_type(p) == closer) {
                FtTokType nt = cur_type(p) == FT_TK_COMMA ? peek_type(p, 1) : closer;
                if (nt == closer || nt == FT_TK_DOUBLESTAR) {
                    if (is_lambda) {
                        /* CPython blames the token after the '*' (or its comma) */
                        if (cur_type(p) == FT_TK_COMMA)
                            advance(p);
                        error_tok(p, cur(p), "SyntaxError", "named arguments must follow bare *");
                    }
                    error_tok(p, star_tok, "SyntaxError", "named arguments must follow bare *");
                }
            } else {
                args->vararg = parse_param(p, is_lambda, 1);
                if (cur_type(p) == FT_TK_EQUAL)
                    error_tok(p, cur(p), "SyntaxError",
                              "var-positional argument cannot have default value");
            }
        } else if (t->type == FT_TK_DOUBLESTAR) {
            advance(p);
            args->kwarg = parse_param(p, is_lambda, 0);
            if (cur_type(p) == FT_TK_EQUAL)
                error_tok(p, cur(p), "SyntaxError",
                          "var-keyword argument cannot have default value");
            if (cur_type(p) == FT_TK_COMMA) {
                advance(p);
                if (cur_type(p) != closer)
                    error_tok(p, cur(p), "SyntaxError",
                              "arguments cannot follow var-keyword argument");
                break;
            }
            break;
        } else {
            if (t->type == FT_TK_LPAR && peek_type(p, 1) == FT_TK_NAME)
                error_tok(p, t, "SyntaxError", is_lambda
                          ? "Lambda expression parameters cannot be parenthesized"
                          : "Function parameters cannot be parenthesized");
            FtArg *a = parse_param(p, is_lambda, 0);
            FtExpr *def = NULL;
            if (cur_type(p) == FT_TK_EQUAL) {
                FtToken *eq = advance(p);
                FtTokType nt = cur_type(p);
                if (nt == FT_TK_COMMA || nt == closer)
                    error_tok(p, eq, "SyntaxError", "expected default value expression");
                def = parse_expression(p);
            }
            if (seen_star) {
                pv_push(p, &kwonly, a);
                pv_push(p, &kwdefs, def);
            } else {
                if (def) {
                    seen_default = 1;
                    pv_push(p, &defaults, def);
                } else if (seen_default) {
                    error_range(p, "SyntaxError", a->lineno, a->col_offset, a->end_lineno,
                                a->end_col_offset, "non-default argument follows default argument");
                }
                pv_push(p, &plain, a);
            }
        }
        if (!accept(p, FT_TK_COMMA))
            break;
    }
    if (cur_type(p) != closer) {
        if (cur_type(p) == FT_TK_EQUAL && seen_star && !args->vararg && !args->kwarg)
            syntax_error(p);
        syntax_error(p);
    }
    args->args = SEQ(FtArgSeq, plain);
    args->defaults = vec_exprs(defaults);
    args->kwonlyargs = SEQ(FtArgSeq, kwonly);
    args->kw_defaults = vec_exprs(kwdefs);
    return args;
}

/* ------------------------------------------------------------------ */
/* Strings                                                            */
/* ------------------------------------------------------------------ */

typedef struct {
    int raw, bytes, fstr, u;
    const char *body;       /* between the quotes */
    size_t len;
    int quote_len;
} FtStrInfo;

static void str_info(const FtToken *t, FtStrInfo *si)
{
    memset(si, 0, sizeof(*si));
    const char *s = t->start;
    size_t i = 0;
    while (s[i] != '\'' && s[i] != '"') {
        char c = s[i];
        if (c == 'r' || c == 'R') si->raw = 1;
        else if (c == 'b' || c == 'B') si->bytes = 1;
        else if (c == 'f' || c == 'F') si->fstr = 1;
        else if (c == 'u' || c == 'U') si->u = 1;
        i++;
    }
    char q = s[i];
    int triple = i + 2 < t->len && s[i + 1] == q && s[i + 2] == q && t->len - i >= 6;
    si->quote_len = triple ? 3 : 1;
    si->body = s + i + si->quote_len;
    si->len = t->len - i - 2 * (size_t)si->quote_len;
}

typedef struct {
    const char *name;
    unsigned long cp;
} FtUniName;

/* A small table of \N{...} names (full Unicode name database is out of
 * scope; unknown names raise a SyntaxError saying so). */
static const FtUniName ft_uninames[] = {
    { "AMPERSAND", 0x26 }, { "APOSTROPHE", 0x27 }, { "ASTERISK", 0x2A },
    { "BULLET", 0x2022 }, { "CARRIAGE RETURN", 0x0D }, { "CENT SIGN", 0xA2 },
    { "CHECK MARK", 0x2713 }, { "COLON", 0x3A }, { "COMMA", 0x2C },
    { "COPYRIGHT SIGN", 0xA9 }, { "DEGREE SIGN", 0xB0 }, { "DIGIT ZERO", 0x30 },
    { "DOLLAR SIGN", 0x24 }, { "EM DASH", 0x2014 }, { "EN DASH", 0x2013 },
    { "EURO SIGN", 0x20AC }, { "FULL STOP", 0x2E }, { "GREEK CAPITAL LETTER DELTA", 0x394 },
    { "GREEK CAPITAL LETTER OMEGA", 0x3A9 }, { "GREEK SMALL LETTER ALPHA", 0x3B1 },
    { "GREEK SMALL LETTER BETA", 0x3B2 }, { "GREEK SMALL LETTER GAMMA", 0x3B3 },
    { "GREEK SMALL LETTER DELTA", 0x3B4 }, { "GREEK SMALL LETTER EPSILON", 0x3B5 },
    { "GREEK SMALL LETTER LAMDA", 0x3BB }, { "GREEK SMALL LETTER MU", 0x3BC },
    { "GREEK SMALL LETTER PI", 0x3C0 }, { "GREEK SMALL LETTER SIGMA", 0x3C3 },
    { "HORIZONTAL ELLIPSIS", 0x2026 }, { "HYPHEN-MINUS", 0x2D }, { "INFINITY", 0x221E },
    { "LATIN CAPITAL LETTER A", 0x41 }, { "LATIN SMALL LETTER A", 0x61 },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 }, { "LATIN SMALL LETTER SHARP S", 0xDF },
    { "LEFT CURLY BRACKET", 0x7B }, { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB },
    { "LINE FEED", 0x0A }, { "MICRO SIGN", 0xB5 }, { "MULTIPLICATION SIGN", 0xD7 },
    { "NO-BREAK SPACE", 0xA0 }, { "NULL", 0x00 }, { "PILCROW SIGN", 0xB6 },
    { "PLUS-MINUS SIGN", 0xB1 }, { "POUND SIGN", 0xA3 }, { "QUOTATION MARK", 0x22 },
    { "REGISTERED SIGN", 0xAE }, { "REPLACEMENT CHARACTER", 0xFFFD },
    { "RIGHT CURLY BRACKET", 0x7D }, { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "SECTION SIGN", 0xA7 }, { "SNOWMAN", 0x2603 }, { "SPACE", 0x20 },
    { "TRADE MARK SIGN", 0x2122 }, { "YEN SIGN", 0xA5 }, { "ZERO WIDTH SPACE", 0x200B },
    { "DIVISION SIGN", 0xF7 }, { "BLACK STAR", 0x2605 }, { "WHITE STAR", 0x2606 },
    { "RIGHTWARDS ARROW", 0x2192 }, { "LEFTWARDS ARROW", 0x2190 }, { "TAB", 0x09 },
    { "CHARACTER TABULATION", 0x09 }, { "ESCAPE", 0x1B }, { "BELL", 0x07 },
    { "BACKSPACE", 0x08 }, { "DELETE", 0x7F }, { "GRINNING FACE", 0x1F600 },
    { "THUMBS UP SIGN", 0x1F44D }, { "HEAVY BLACK HEART", 0x2764 },
};

static int lookup_uniname(const char *s, size_t n, unsigned long *cp)
{
    char up[64];
    if (n == 0 || n >= sizeof up)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        up[i] = c;
    }
    up[n] = '\0';
    for (size_t i = 0; i < sizeof(ft_uninames) / sizeof(ft_uninames[0]); i++) {
        if (strcmp(ft_uninames[i].name, up) == 0) {
            *cp = ft_uninames[i].cp;
            return 1;
        }
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Where string decoding errors are reported (the whole token, CPython
 * style: offset = col+1 of token start... end). */
typedef struct {
    int lineno, col, end_lineno, end_col;
} FtSpan;

/* CPython 3.11 reports string errors at the token following the string
 * group (the last token its parser fetched). */
static FT_NORETURN FT_PRINTF(3, 4) void str_error(FtParser *p, const FtSpan *sp,
                                                  const char *fmt, ...)
{
    (void)sp;
    FtToken *t = cur(p);
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, "SyntaxError", t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
    bail(p);
}

/* Decode body [s, s+n) with escapes into b.  For f-string literal parts
 * (is_fpart) a backslash-N escape must keep its braces. */
static void decode_into(FtParser *p, BBuf *b, const char *s, size_t n, int raw, int bytes,
                        const FtSpan *sp)
{
    size_t i = 0;
    if (bytes) {
        for (size_t k = 0; k < n; k++)
            if ((unsigned char)s[k] >= 0x80)
                error_range(p, "SyntaxError", sp->lineno, sp->col, sp->end_lineno, sp->end_col,
                            "bytes can only contain ASCII literal characters");
    }
    if (raw) {
        bb_putn(p, b, s, n);
        return;
    }
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        if (run) {
            bb_putn(p, b, s + i, run);
            i += run;
        }
        if (!bs)
            break;
        size_t esc_start = b->len;    /* position in the decoded output */
        i++;                           /* skip backslash */
        if (i >= n) {
            bb_putc(p, b, '\\');
            break;
        }
        char c = s[i++];
        switch (c) {
        case '\n': break;             /* line continuation */
        case '\\': bb_putc(p, b, '\\'); break;
        case '\'': bb_putc(p, b, '\''); break;
        case '"': bb_putc(p, b, '"'); break;
        case 'a': bb_putc(p, b, '\a'); break;
        case 'b': bb_putc(p, b, '\b'); break;
        case 'f': bb_putc(p, b, '\f'); break;
        case 'n': bb_putc(p, b, '\n'); break;
        case 'r': bb_putc(p, b, '\r'); break;
        case 't': bb_putc(p, b, '\t'); break;
        case 'v': bb_putc(p, b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes)
                bb_putc(p, b, (char)(v & 0xFF));
            else
                bb_put_utf8(p, b, v);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes)
                    str_error(p, sp, "(value error) invalid \\x escape at position %zu",
                              esc_start);
                str_error(p, sp, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %zu-%zu: truncated \\xXX escape", esc_start,
                          esc_start + 1 + (h1 >= 0 ? 1 : 0));
            }
            i += 2;
            unsigned v = (unsigned)(h1 * 16 + h2);
            if (bytes)
                bb_putc(p, b, (char)v);
            else
                bb_put_utf8(p, b, v);
            break;
        }
        case 'u':
        case 'U':
        case 'N':
            if (bytes) {
                bb_putc(p, b, '\\');
                bb_putc(p, b, c);
                break;
            }
            if (c == 'N') {
                unsigned long cp;
                const char *close = (i < n && s[i] == '{') ? memchr(s + i, '}', n - i) : NULL;
                if (!close)
                    str_error(p, sp, "(unicode error) 'unicodeescape' codec can't decode bytes "
                              "in position %zu-%zu: malformed \\N character escape", esc_start,
                              (i < n && s[i] == '{') ? esc_start + (n - (i - 2)) - 1
                                                     : esc_start + 1);
                const char *nm = s + i + 1;
                size_t nlen = (size_t)(close - nm);
                const FtParseOptions *op = p->root->opts;
                if (!lookup_uniname(nm, nlen, &cp)) {
                    if (op && op->unicode_name) {
                        if (!op->unicode_name(op->unicode_name_ctx, nm, nlen, &cp) ||
                            cp > 0x10FFFF)
                            str_error(p, sp, "(unicode error) 'unicodeescape' codec can't "
                                      "decode bytes in position %zu-%zu: unknown Unicode "
                                      "character name", esc_start, esc_start + nlen + 3);
                    } else {
                        str_error(p, sp, "unicode \\N escapes are not supported yet "
                                  "(unknown name '%.*s')", nlen > 60 ? 60 : (int)nlen, nm);
                    }
                }
                bb_put_utf8(p, b, cp);
                i = (size_t)(close - s) + 1;
                break;
            } else {
                int nd = c == 'u' ? 4 : 8;
                unsigned long v = 0;
                int k;
                for (k = 0; k < nd && i + (size_t)k < n; k++) {
                    int h = hexval((unsigned char)s[i + (size_t)k]);
                    if (h < 0)
                        break;
                    v = v * 16 + (unsigned long)h;
                }
                if (k < nd)
                    str_error(p, sp, "(unicode error) 'unicodeescape' codec can't decode bytes "
                              "in position %zu-%zu: truncated \\%cXXXX%s escape", esc_start,
                              esc_start + 1 + (size_t)k, c, c == 'U' ? "XXXX" : "");
                if (v > 0x10FFFF)
                    str_error(p, sp, "(unicode error) 'unicodeescape' codec can't decode bytes "
                              "in position %zu-%zu: illegal Unicode character", esc_start,
                              esc_start + 1 + (size_t)nd);
                i += (size_t)nd;
                bb_put_utf8(p, b, v);
            }
            break;
        default:
            /* invalid escape: kept verbatim (a DeprecationWarning in CPython) */
            bb_putc(p, b, '\\');
            bb_putc(p, b, c);
            break;
        }
    }
}

/* ---- f-strings ---- */

typedef struct {
    PVec parts;             /* Constant / FormattedValue nodes */
    BBuf lit;               /* pending literal text */
    FtSpan span;            /* whole string group */
    int is_u;               /* group starts with a lower-case u prefix */
} FtFStrBuilder;

/* Turn pending literal text into a Constant located at *sp (CPython gives
 * literal parts the span of the whole string group, except the trailing
 * part of a format spec, which gets its token's span). */
static void fs_flush_at(FtParser *p, FtFStrBuilder *fb, const FtSpan *sp)
{
    if (fb->lit.len == 0)
        return;
    FtPos s = { sp->lineno, sp->col };
    FtExpr *c = new_expr(p, FT_EXPR_CONSTANT, s);
    c->end_lineno = sp->end_lineno;
    c->end_col_offset = sp->end_col;
    c->v.Constant.kind = FT_CONST_STR;
    c->v.Constant.is_u = fb->is_u;
    c->v.Constant.v.s.data = astrndup(p, fb->lit.data, fb->lit.len);
    c->v.Constant.v.s.len = fb->lit.len;
    pv_push(p, &fb->parts, c);
    fb->lit.len = 0;
}

static void fs_flush(FtParser *p, FtFStrBuilder *fb)
{
    fs_flush_at(p, fb, &fb->span);
}

/* Line/column of a byte inside the source (for f-string expressions). */
static void locate(FtParser *p, const char *pos, const FtToken *t, int *lineno,
                   const char **line_start)
{
    int l = t->lineno;
    const char *ls = t->line_start;
    for (const char *q = t->start; q < pos; q++)
        if (*q == '\n') {
            l++;
            ls = q + 1;
        }
    (void)p;
    *lineno = l;
    *line_start = ls;
}

/* f-string errors: like CPython 3.11, at the token after the string group */
static FT_NORETURN FT_PRINTF(2, 3) void fstr_error(FtParser *p, const char *fmt, ...)
{
    FtToken *nt = cur(p);
    va_list ap;
    va_start(ap, fmt);
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ft_tok_set_error(p->err, "SyntaxError", nt->line_start, nt->lineno, nt->col + 1,
                     nt->end_lineno, nt->line_start, nt->end_col + 1, "%s", msg);
    bail(p);
}

static void parse_fstring_body(FtParser *p, FtFStrBuilder *fb, const FtToken *t,
                               const FtStrInfo *si, const char **pp, const char *end,
                               int nested, const FtSpan *sp);

/* Parse one replacement field starting after '{'; *pp ends after '}'. */
static void parse_fstring_field(FtParser *p, FtFStrBuilder *fb, const FtToken *t,
                                const FtStrInfo *si, const char **pp, const char *end,
                                int nested, const FtSpan *sp)
{
    const char *s = *pp;
    const char *q = s;
    char stack[FT_TOK_MAXLEVEL];
    int depth = 0;
    int in_str = 0, str_q = 0, str_triple = 0;
    if (nested >= 2)
        fstr_error(p, "f-string: expressions nested too deeply");
    /* find the end of the expression */
    while (q < end) {
        char c = *q;
        if (c == '\\')
            fstr_error(p, "f-string expression part cannot include a backslash");
        if (in_str) {
            if (c == str_q) {
                if (!str_triple) {
                    in_str = 0;
                } else if (q + 2 < end && q[1] == str_q && q[2] == str_q) {
                    in_str = 0;
                    q += 2;
                }
            }
            q++;
            continue;
        }
        if (c == '\'' || c == '"') {
            in_str = 1;
            str_q = c;
            str_triple = q + 2 < end && q[1] == c && q[2] == c;
            q += str_triple ? 3 : 1;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= FT_TOK_MAXLEVEL)
                fstr_error(p, "f-string: too many nested parenthesis");
            stack[depth++] = c;
            q++;
            continue;
        }
        if (c == '#')
            fstr_error(p, "f-string expression part cannot include '#'");
        if (depth == 0 && (c == '}' || c == ':'))
            break;
        if (depth == 0 && c == '!' && !(q + 1 < end && q[1] == '='))
            break;
        if (depth == 0 && c == '=' && (q + 1 >= end || q[1] != '=') &&
            !(q > s && (q[-1] == '=' || q[-1] == '!' || q[-1] == '<' || q[-1] == '>')))
            break;
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0)
                fstr_error(p, "f-string: unmatched '%c'", c);
            char open = stack[--depth];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
                  (open == '{' && c == '}')))
                fstr_error(p, "f-string: closing parenthesis '%c' does not match "
                           "opening parenthesis '%c'", c, open);
        }
        if (c == '=' && q + 1 < end && q[1] == '=') {
            q += 2;
            continue;
        }
        q++;
    }
    if (in_str)
        fstr_error(p, "f-string: unterminated string");
    if (q >= end) {
        if (depth > 0)
            fstr_error(p, "f-string: unmatched '%c'", stack[depth - 1]);
        fstr_error(p, "f-string: expecting '}'");
    }
    const char *expr_end = q;
    /* empty (whitespace-only) expression? */
    int empty = 1;
    for (const char *r = s; r < expr_end; r++)
        if (*r != ' ' && *r != '\t' && *r != '\n' && *r != '\f' && *r != '\r')
            empty = 0;
    if (empty) {
        if (*expr_end == '}')
            fstr_error(p, "f-string: empty expression not allowed");
        fstr_error(p, "f-string: expression required before '%c'", *expr_end);
    }
    int l;
    const char *ls;
    locate(p, s, t, &l, &ls);
    FtExpr *value = parse_fstring_inner(p, s, expr_end, ls, l);
    int conversion = -1;
    int debug = 0;
    const char *debug_end = NULL;
    if (*q == '=') {
        debug = 1;
        q++;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r'))
            q++;
        debug_end = q;
        if (q >= end)
            fstr_error(p, "f-string: expecting '}'");
    }
    if (*q == '!') {
        q++;
        if (q >= end)
            fstr_error(p, "f-string: expecting '}'");
        char cv = *q;
        if (cv != 's' && cv != 'r' && cv != 'a')
            fstr_error(p, "f-string: invalid conversion character: expected 's', "
                       "'r', or 'a'");
        conversion = cv;
        q++;
        if (q >= end || (*q != ':' && *q != '}'))
            fstr_error(p, "f-string: expecting '}'");
    }
    FtExpr *spec = NULL;
    if (q < end && *q == ':') {
        q++;
        FtFStrBuilder sub;
        memset(&sub, 0, sizeof sub);
        sub.span = *sp;
        sub.is_u = fb->is_u;
        parse_fstring_body(p, &sub, t, si, &q, end, nested + 1, sp);
        FtSpan tsp = { t->lineno, t->col, t->end_lineno, t->end_col };
        fs_flush_at(p, &sub, &tsp);
        FtPos ps = { tsp.lineno, tsp.col };
        spec = new_expr(p, FT_EXPR_JOINEDSTR, ps);
        spec->end_lineno = tsp.end_lineno;
        spec->end_col_offset = tsp.end_col;
        spec->v.JoinedStr.values = vec_exprs(sub.parts);
    }
    if (q >= end || *q != '}')
        fstr_error(p, "f-string: expecting '}'");
    q++;
    if (debug) {
        bb_putn(p, &fb->lit, s, (size_t)(debug_end - s));
        if (conversion == -1 && !spec)
            conversion = 'r';
    }
    fs_flush(p, fb);
    FtPos fs = { sp->lineno, sp->col };
    FtExpr *fv = new_expr(p, FT_EXPR_FORMATTEDVALUE, fs);
    fv->end_lineno = sp->end_lineno;
    fv->end_col_offset = sp->end_col;
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    pv_push(p, &fb->parts, fv);
    *pp = q;
}

/* Literal text and fields of an f-string body; when nested (format spec)
 * stops before the closing '}'. */
static void parse_fstring_body(FtParser *p, FtFStrBuilder *fb, const FtToken *t,
                               const FtStrInfo *si, const char **pp, const char *end,
                               int nested, const FtSpan *sp)
{
    const char *q = *pp;
    while (q < end) {
        const char *r = q;
        /* literal run up to a brace (skipping over \N{...} in non-raw) */
        while (r < end && *r != '{' && *r != '}') {
            if (*r == '\\' && !si->raw && r + 1 < end && r[1] != '{' && r[1] != '}') {
                if (r[1] == 'N' && r + 2 < end && r[2] == '{') {
                    const char *close = memchr(r, '}', (size_t)(end - r));
                    r = close ? close + 1 : end;
                    continue;
                }
                r += 2;
                continue;
            }
            r++;
        }
        if (r > q)
            decode_into(p, &fb->lit, q, (size_t)(r - q), si->raw, 0, sp);
        q = r;
        if (q >= end)
            break;
        if (*q == '{') {
            if (!nested && q + 1 < end && q[1] == '{') {
                bb_putc(p, &fb->lit, '{');
                q += 2;
                continue;
            }
            q++;
            parse_fstring_field(p, fb, t, si, &q, end, nested, sp);
            continue;
        }
        /* '}' */
        if (nested)
            break;
        if (q + 1 < end && q[1] == '}') {
            bb_putc(p, &fb->lit, '}');
            q += 2;
            continue;
        }
        fstr_error(p, "f-string: single '}' is not allowed");
    }
    *pp = q;
}

/* STRING+ : concatenated literals -> Constant or JoinedStr. */
static FtExpr *parse_strings(FtParser *p)
{
    int first = p->pos;
    int any_f = 0, any_bytes = 0, any_str = 0;
    while (cur_type(p) == FT_TK_STRING) {
        FtStrInfo si;
        str_info(cur(p), &si);
        any_f |= si.fstr;
        if (si.bytes)
            any_bytes = 1;
        else
            any_str = 1;
        p->pos++;
    }
    int last = p->pos;
    FtToken *ft = tok_at(p, first), *lt = tok_at(p, last - 1);
    FtSpan sp = { ft->lineno, ft->col, lt->end_lineno, lt->end_col };
    FtPos s = { ft->lineno, ft->col };
    if (any_bytes && any_str)
        str_error(p, &sp, "cannot mix bytes and nonbytes literals");
    if (!any_f) {
        BBuf b = { 0 };
        for (int i = first; i < last; i++) {
            FtToken *t = tok_at(p, i);
            FtStrInfo si;
            str_info(t, &si);
            FtSpan tsp = { t->lineno, t->col, t->end_lineno, t->end_col };
            decode_into(p, &b, si.body, si.len, si.raw, si.bytes, &tsp);
        }
        FtExpr *e = new_expr(p, FT_EXPR_CONSTANT, s);
        e->v.Constant.kind = any_bytes ? FT_CONST_BYTES : FT_CONST_STR;
        e->v.Constant.v.s.data = astrndup(p, b.data ? b.data : "", b.len);
        e->v.Constant.v.s.len = b.len;
        e->v.Constant.is_u = ft->start[0] == 'u';
        return e;
    }
    FtFStrBuilder fb;
    memset(&fb, 0, sizeof fb);
    fb.span = sp;
    fb.is_u = ft->start[0] == 'u';
    for (int i = first; i < last; i++) {
        FtToken *t = tok_at(p, i);
        FtStrInfo si;
        str_info(t, &si);
        FtSpan tsp = { t->lineno, t->col, t->end_lineno, t->end_col };
        if (!si.fstr) {
            decode_into(p, &fb.lit, si.body, si.len, si.raw, 0, &tsp);
            continue;
        }
        const char *q = si.body;
        parse_fstring_body(p, &fb, t, &si, &q, si.body + si.len, 0, &sp);
    }
    fs_flush(p, &fb);
    FtExpr *e = new_expr(p, FT_EXPR_JOINEDSTR, s);
    e->end_lineno = sp.end_lineno;
    e->end_col_offset = sp.end_col;
    e->v.JoinedStr.values = vec_exprs(fb.parts);
    return e;
}

/* ------------------------------------------------------------------ */
/* Statements                                                         */
/* ------------------------------------------------------------------ */

static void parse_statement(FtParser *p, PVec *out);
static FtStmtSeq parse_block(FtParser *p, const char *what, int line);

static int is_augassign(FtTokType t, FtOperator *op)
{
    switch (t) {
    case FT_TK_PLUSEQUAL: *op = FT_OP_ADD; return 1;
    case FT_TK_MINEQUAL: *op = FT_OP_SUB; return 1;
    case FT_TK_STAREQUAL: *op = FT_OP_MULT; return 1;
    case FT_TK_ATEQUAL: *op = FT_OP_MATMULT; return 1;
    case FT_TK_SLASHEQUAL: *op = FT_OP_DIV; return 1;
    case FT_TK_PERCENTEQUAL: *op = FT_OP_MOD; return 1;
    case FT_TK_AMPEREQUAL: *op = FT_OP_BITAND; return 1;
    case FT_TK_VBAREQUAL: *op = FT_OP_BITOR; return 1;
    case FT_TK_CIRCUMFLEXEQUAL: *op = FT_OP_BITXOR; return 1;
    case FT_TK_LEFTSHIFTEQUAL: *op = FT_OP_LSHIFT; return 1;
    case FT_TK_RIGHTSHIFTEQUAL: *op = FT_OP_RSHIFT; return 1;
    case FT_TK_DOUBLESTAREQUAL: *op = FT_OP_POW; return 1;
    case FT_TK_DOUBLESLASHEQUAL: *op = FT_OP_FLOORDIV; return 1;
    default: return 0;
    }
}

static FtExpr *parse_rhs(FtParser *p)
{
    if (cur_type(p) == FT_KW_YIELD)
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* CPython's invalid_named_expression hint for a first target `a = b`:
 * applies when a is a bitwise_or-level expression (not a display or
 * True/None/False) and `= bitwise_or` follows, not followed by '=' or ':='. */
static int maybe_eq_hint(FtParser *p, const FtExpr *target, int first_tok)
{
    FtToken *ft = tok_at(p, first_tok);
    if (ft->type == FT_KW_TRUE || ft->type == FT_KW_NONE || ft->type == FT_KW_FALSE)
        return 0;
    /* (a < b) = 1: a parenthesized group is a bitwise_or too */
    int grouped = is_group(p, first_tok, p->pos);
    switch (target->kind) {
    case FT_EXPR_LIST: case FT_EXPR_TUPLE: case FT_EXPR_GENERATOREXP: case FT_EXPR_STARRED:
        return 0;
    case FT_EXPR_COMPARE: case FT_EXPR_BOOLOP: case FT_EXPR_IFEXP: case FT_EXPR_LAMBDA:
    case FT_EXPR_NAMEDEXPR:
        if (!grouped)
            return 0;
        break;
    case FT_EXPR_UNARYOP:
        if (target->v.UnaryOp.op == FT_UOP_NOT && !grouped)
            return 0;
        break;
    default:
        break;
    }
    if (ft->type == FT_TK_LSQB && target->kind == FT_EXPR_LIST)
        return 0;
    int saved = p->pos;
    /* p->pos is at '=' */
    p->pos++;
    int ok = speculate(p, spec_bitwise_or, NULL, NULL);
    int r = ok && cur_type(p) != FT_TK_EQUAL && cur_type(p) != FT_TK_COLONEQUAL;
    p->pos = saved;
    return r;
}

/* Expression statement, assignment, annotated or augmented assignment. */
static FtStmt *parse_expr_stmt(FtParser *p)
{
    FtPos s = start_pos(p);
    int first_tok = p->pos;
    FtExpr *e = parse_rhs(p);
    FtTokType t = cur_type(p);
    FtOperator op;
    if (t == FT_TK_COLON) {
        /* annotated assignment; CPython only blames the target once the
         * annotation has parsed */
        if (e->kind == FT_EXPR_STARRED || e->kind == FT_EXPR_YIELD ||
            e->kind == FT_EXPR_YIELDFROM)
            syntax_error(p);
        advance(p);
        FtExpr *ann = parse_expression(p);
        if (e->kind == FT_EXPR_TUPLE)
            error_expr(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == FT_EXPR_LIST)
            error_expr(p, e, "only single target (not list) can be annotated");
        if (e->kind != FT_EXPR_NAME && e->kind != FT_EXPR_ATTRIBUTE &&
            e->kind != FT_EXPR_SUBSCRIPT)
            error_expr(p, e, "illegal target for annotation");
        FtExpr *val = NULL;
        if (accept(p, FT_TK_EQUAL))
            val = parse_rhs(p);
        set_context(e, FT_CTX_STORE);
        FtStmt *st = new_stmt(p, FT_STMT_ANNASSIGN, s);
        st->v.AnnAssign.target = e;
        st->v.AnnAssign.annotation = ann;
        st->v.AnnAssign.value = val;
        st->v.AnnAssign.simple = e->kind == FT_EXPR_NAME && tok_at(p, first_tok)->type == FT_TK_NAME;
        return st;
    }
    if (is_augassign(t, &op)) {
        if (e->kind != FT_EXPR_NAME && e->kind != FT_EXPR_ATTRIBUTE &&
            e->kind != FT_EXPR_SUBSCRIPT)
            error_expr(p, e, "'%s' is an illegal expression for augmented assignment",
                       expr_name(e));
        advance(p);
        FtExpr *val = parse_rhs(p);
        set_context(e, FT_CTX_STORE);
        FtStmt *st = new_stmt(p, FT_STMT_AUGASSIGN, s);
        st->v.AugAssign.target = e;
        st->v.AugAssign.op = op;
        st->v.AugAssign.value = val;
        return st;
    }
    if (t == FT_TK_EQUAL) {
        PVec targets = { 0 };
        FtExpr *val = e;
        int idx = 0, val_tok = first_tok;
        while (cur_type(p) == FT_TK_EQUAL) {
            if ((val->kind == FT_EXPR_YIELD || val->kind == FT_EXPR_YIELDFROM) &&
                tok_at(p, val_tok)->type == FT_KW_YIELD)
                error_expr(p, val, "assignment to yield expression not possible");
            if (!set_context(val, FT_CTX_STORE)) {
                if (idx == 0 && maybe_eq_hint(p, val, first_tok) && invalid_target(val, TGT_STAR) == val)
                    error_expr(p, val, "cannot assign to %s here. Maybe you meant '==' instead "
                               "of '='?", expr_name(val));
                invalid_target_error(p, val, TGT_STAR);
            }
            pv_push(p, &targets, val);
            advance(p);     /* '=' */
            idx++;
            val_tok = p->pos;
            val = parse_rhs(p);
        }
        FtStmt *st = new_stmt(p, FT_STMT_ASSIGN, s);
        st->v.Assign.targets = vec_exprs(targets);
        st->v.Assign.value = val;
        return st;
    }
    FtStmt *st = new_stmt(p, FT_STMT_EXPR, s);
    st->v.Expr.value = e;
    return st;
}

static void parse_dotted_name(FtParser *p, BBuf *b)
{
    FtToken *t = cur(p);
    if (t->type != FT_TK_NAME)
        syntax_error(p);
    p->pos++;
    bb_put_ident(p, b, t->start, t->len);
    while (cur_type(p) == FT_TK_DOT) {
        p->pos++;
        t = cur(p);
        if (t->type != FT_TK_NAME)
            syntax_error(p);
        p->pos++;
        bb_putc(p, b, '.');
        bb_put_ident(p, b, t->start, t->len);
    }
}

static FtAlias *new_alias(FtParser *p, const char *name, FtPos s)
{
    FtAlias *a = alloc(p, sizeof(FtAlias));
    a->name = name;
    a->lineno = s.l;
    a->col_offset = s.c;
    if (accept(p, FT_KW_AS))
        a->asname = expect_name(p);
    FtToken *t = prev(p);
    a->end_lineno = t->end_lineno;
    a->end_col_offset = t->end_col;
    return a;
}

static FtStmt *parse_import(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* 'import' */
    PVec names = { 0 };
    do {
        FtPos as = start_pos(p);
        BBuf b = { 0 };
        parse_dotted_name(p, &b);
        pv_push(p, &names, new_alias(p, astrndup(p, b.data, b.len), as));
    } while (accept(p, FT_TK_COMMA));
    FtStmt *st = new_stmt(p, FT_STMT_IMPORT, s);
    st->v.Import.names = SEQ(FtAliasSeq, names);
    return st;
}

static FtStmt *parse_from_import(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* 'from' */
    int level = 0;
    for (;;) {
        if (accept(p, FT_TK_DOT))
            level++;
        else if (accept(p, FT_TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (cur_type(p) == FT_TK_NAME) {
        BBuf b = { 0 };
        parse_dotted_name(p, &b);
        module = astrndup(p, b.data, b.len);
    } else if (level == 0) {
        syntax_error(p);
    }
    expect(p, FT_KW_IMPORT);
    PVec names = { 0 };
    if (cur_type(p) == FT_TK_STAR) {
        FtPos as = start_pos(p);
        advance(p);
        pv_push(p, &names, new_alias(p, astrndup(p, "*", 1), as));
    } else if (accept(p, FT_TK_LPAR)) {
        do {
            if (cur_type(p) == FT_TK_RPAR && names.n > 0)
                break;
            FtPos as = start_pos(p);
            const char *n = expect_name(p);
            pv_push(p, &names, new_alias(p, n, as));
        } while (accept(p, FT_TK_COMMA));
        expect(p, FT_TK_RPAR);
    } else {
        do {
            FtPos as = start_pos(p);
            const char *n = expect_name(p);
            pv_push(p, &names, new_alias(p, n, as));
            if (cur_type(p) == FT_TK_COMMA &&
                (peek_type(p, 1) == FT_TK_NEWLINE || peek_type(p, 1) == FT_TK_SEMI ||
                 peek_type(p, 1) == FT_TK_ENDMARKER)) {
                FtToken *c = peek_tok(p, 1);
                error_tok(p, c, "SyntaxError",
                          "trailing comma not allowed without surrounding parentheses");
            }
        } while (accept(p, FT_TK_COMMA));
    }
    FtStmt *st = new_stmt(p, FT_STMT_IMPORTFROM, s);
    st->v.ImportFrom.module = module;
    st->v.ImportFrom.names = SEQ(FtAliasSeq, names);
    st->v.ImportFrom.level = level;
    return st;
}

static FtStmt *parse_simple_stmt(FtParser *p)
{
    FtPos s = start_pos(p);
    FtStmt *st;
    switch (cur_type(p)) {
    case FT_KW_PASS:
        advance(p);
        return new_stmt(p, FT_STMT_PASS, s);
    case FT_KW_BREAK:
        advance(p);
        return new_stmt(p, FT_STMT_BREAK, s);
    case FT_KW_CONTINUE:
        advance(p);
        return new_stmt(p, FT_STMT_CONTINUE, s);
    case FT_KW_RETURN: {
        advance(p);
        FtExpr *v = NULL;
        FtTokType t = cur_type(p);
        if (starts_expression(t) || t == FT_TK_STAR)
            v = parse_star_expressions(p);
        st = new_stmt(p, FT_STMT_RETURN, s);
        st->v.Return.value = v;
        return st;
    }
    case FT_KW_RAISE: {
        advance(p);
        st = new_stmt(p, FT_STMT_RAISE, s);
        if (starts_expression(cur_type(p))) {
            st->v.Raise.exc = parse_expression(p);
            if (accept(p, FT_KW_FROM))
                st->v.Raise.cause = parse_expression(p);
        }
        FtToken *t = prev(p);
        st->end_lineno = t->end_lineno;
        st->end_col_offset = t->end_col;
        return st;
    }
    case FT_KW_GLOBAL:
    case FT_KW_NONLOCAL: {
        int is_global = cur_type(p) == FT_KW_GLOBAL;
        advance(p);
        PVec names = { 0 };
        do {
            pv_push_ident(p, &names, expect_name(p));
        } while (accept(p, FT_TK_COMMA));
        st = new_stmt(p, is_global ? FT_STMT_GLOBAL : FT_STMT_NONLOCAL, s);
        st->v.Global.names = SEQ(FtIdentSeq, names);
        return st;
    }
    case FT_KW_DEL: {
        advance(p);
        PVec targets = { 0 };
        do {
            FtTokType t = cur_type(p);
            if (targets.n > 0 && (t == FT_TK_NEWLINE || t == FT_TK_SEMI))
                break;
            FtExpr *e = cur_type(p) == FT_TK_STAR ? parse_starred_bitwise_or(p)
                                                   : parse_expression(p);
            pv_push(p, &targets, e);
        } while (accept(p, FT_TK_COMMA));
        for (int i = 0; i < targets.n; i++) {
            FtExpr *e = targets.items[i];
            if (!set_context(e, FT_CTX_DEL))
                invalid_target_error(p, e, TGT_DEL);
        }
        st = new_stmt(p, FT_STMT_DELETE, s);
        st->v.Delete.targets = vec_exprs(targets);
        return st;
    }
    case FT_KW_ASSERT: {
        advance(p);
        st = new_stmt(p, FT_STMT_ASSERT, s);
        st->v.Assert.test = parse_expression(p);
        if (accept(p, FT_TK_COMMA))
            st->v.Assert.msg = parse_expression(p);
        FtToken *t = prev(p);
        st->end_lineno = t->end_lineno;
        st->end_col_offset = t->end_col;
        return st;
    }
    case FT_KW_IMPORT:
        return parse_import(p);
    case FT_KW_FROM:
        return parse_from_import(p);
    default:
        return parse_expr_stmt(p);
    }
}

static void *spec_star_expressions(FtParser *p, void *arg)
{
    (void)arg;
    return parse_star_expressions(p);
}

/* legacy `print x` / `exec x`: CPython's dedicated message */
static void check_legacy(FtParser *p, int stmt_start)
{
    FtToken *t = tok_at(p, stmt_start);
    if (p->pos != stmt_start + 1)
        return;
    if (!(tok_is_name(t, "print") || tok_is_name(t, "exec")))
        return;
    FtTokType nt = cur_type(p);
    if (!starts_expression(nt) || nt == FT_TK_LPAR)
        return;
    /* find the end of the following expression for the range */
    int save = p->pos;
    FtExpr *e = NULL;
    void *r = NULL;
    if (speculate(p, spec_star_expressions, NULL, &r))
        e = r;
    p->pos = save;
    int el = e ? e->end_lineno : t->end_lineno;
    int ec = e ? e->end_col_offset : t->end_col;
    error_range(p, "SyntaxError", t->lineno, t->col, el, ec,
                "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", (int)t->len,
                t->start, (int)t->len, t->start);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void parse_simple_stmts(FtParser *p, PVec *out)
{
    for (;;) {
        int start = p->pos;
        pv_push(p, out, parse_simple_stmt(p));
        if (accept(p, FT_TK_SEMI)) {
            if (cur_type(p) == FT_TK_NEWLINE)
                break;
            continue;
        }
        if (cur_type(p) != FT_TK_NEWLINE) {
            check_legacy(p, start);
            syntax_error(p);
        }
        break;
    }
    if (cur_type(p) == FT_TK_ENDMARKER)
        return;     /* the implicit NEWLINE was missing: only in inner mode */
    expect(p, FT_TK_NEWLINE);
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static FtStmtSeq parse_block(FtParser *p, const char *what, int line)
{
    PVec body = { 0 };
    if (accept(p, FT_TK_NEWLINE)) {
        if (cur_type(p) != FT_TK_INDENT) {
            FtToken *t = cur(p);
            if (t->type == FT_TK_DEDENT) {
                /* CPython's DEDENT has no column: offset 0 on its line */
                ft_tok_set_error(p->err, "IndentationError", t->line_start, t->lineno, 0,
                                 t->lineno, t->line_start, -1,
                                 "expected an indented block after %s on line %d", what, line);
                bail(p);
            }
            if (t->type == FT_TK_ENDMARKER) {
                FtToken *nl = prev(p);
                ft_tok_set_error(p->err, "IndentationError", nl->line_start, nl->lineno,
                                 nl->end_col, nl->lineno, nl->line_start, -1,
                                 "expected an indented block after %s on line %d", what, line);
                bail(p);
            }
            error_tok(p, t, "IndentationError", "expected an indented block after %s on line %d",
                      what, line);
        }
        advance(p);
        do {
            parse_statement(p, &body);
        } while (cur_type(p) != FT_TK_DEDENT && cur_type(p) != FT_TK_ENDMARKER);
        accept(p, FT_TK_DEDENT);
    } else {
        parse_simple_stmts(p, &body);
    }
    return SEQ(FtStmtSeq, body);
}

static FtStmt *parse_if(FtParser *p, int is_elif)
{
    FtPos s = start_pos(p);
    int line = cur(p)->lineno;
    advance(p);     /* 'if' / 'elif' */
    FtExpr *test = parse_named_expression(p);
    expect_colon(p);
    FtStmt *st = new_stmt(p, FT_STMT_IF, s);
    st->v.If.test = test;
    st->v.If.body = parse_block(p, is_elif ? "'elif' statement" : "'if' statement", line);
    stmt_end_at_seq(p, st, st->v.If.body);
    if (cur_type(p) == FT_KW_ELIF) {
        /* elif chains nest (If in orelse) at one indentation level: bound them */
        depth_inc(p);
        FtStmt *e = parse_if(p, 1);
        p->depth--;
        PVec v = { 0 };
        pv_push(p, &v, e);
        st->v.If.orelse = SEQ(FtStmtSeq, v);
    } else if (cur_type(p) == FT_KW_ELSE) {
        int eline = cur(p)->lineno;
        advance(p);
        expect_forced(p, FT_TK_COLON, "':'");
        st->v.If.orelse = parse_block(p, "'else' statement", eline);
    }
    stmt_end_at_seq(p, st, st->v.If.orelse);
    return st;
}

static FtStmtSeq parse_else_block(FtParser *p)
{
    FtStmtSeq empty = { 0, NULL };
    if (cur_type(p) != FT_KW_ELSE)
        return empty;
    int line = cur(p)->lineno;
    advance(p);
    expect_forced(p, FT_TK_COLON, "':'");
    return parse_block(p, "'else' statement", line);
}

static FtStmt *parse_while(FtParser *p)
{
    FtPos s = start_pos(p);
    int line = cur(p)->lineno;
    advance(p);
    FtExpr *test = parse_named_expression(p);
    expect_colon(p);
    FtStmt *st = new_stmt(p, FT_STMT_WHILE, s);
    st->v.While.test = test;
    st->v.While.body = parse_block(p, "'while' statement", line);
    stmt_end_at_seq(p, st, st->v.While.body);
    st->v.While.orelse = parse_else_block(p);
    stmt_end_at_seq(p, st, st->v.While.orelse);
    return st;
}

static FtStmt *parse_for(FtParser *p, FtPos s, int is_async)
{
    int line = cur(p)->lineno;
    advance(p);     /* 'for' */
    FtExpr *target = parse_target_list(p, TGT_FOR);
    expect(p, FT_KW_IN);
    FtExpr *iter = parse_star_expressions(p);
    expect_colon(p);
    FtStmt *st = new_stmt(p, is_async ? FT_STMT_ASYNCFOR : FT_STMT_FOR, s);
    st->v.For.target = target;
    st->v.For.iter = iter;
    st->v.For.body = parse_block(p, "'for' statement", line);
    stmt_end_at_seq(p, st, st->v.For.body);
    st->v.For.orelse = parse_else_block(p);
    stmt_end_at_seq(p, st, st->v.For.orelse);
    return st;
}

static FtWithItem *parse_with_item(FtParser *p)
{
    FtWithItem *w = alloc(p, sizeof(FtWithItem));
    w->context_expr = parse_expression(p);
    if (accept(p, FT_KW_AS)) {
        FtExpr *t = parse_target_elem(p);
        FtTokType nt = cur_type(p);
        if (nt != FT_TK_COMMA && nt != FT_TK_RPAR && nt != FT_TK_COLON && nt != FT_TK_NEWLINE)
            syntax_error(p);
        make_target(p, t, TGT_STAR);
        w->optional_vars = t;
    }
    return w;
}

static void *spec_with_parens(FtParser *p, void *arg)
{
    PVec *items = arg;
    advance(p);     /* '(' */
    do {
        if (cur_type(p) == FT_TK_RPAR && items->n > 0)
            break;
        pv_push(p, items, parse_with_item(p));
    } while (accept(p, FT_TK_COMMA));
    expect(p, FT_TK_RPAR);
    if (cur_type(p) != FT_TK_COLON && cur_type(p) != FT_TK_NEWLINE)
        syntax_error(p);
    return items;
}

static FtStmt *parse_with(FtParser *p, FtPos s, int is_async)
{
    int line = cur(p)->lineno;
    advance(p);     /* 'with' */
    PVec items = { 0 };
    int done = 0;
    if (cur_type(p) == FT_TK_LPAR) {
        /* with (a as b, c as d): ... -- try the parenthesized form first */
        if (speculate(p, spec_with_parens, &items, NULL))
            done = 1;
        else
            items.n = 0;
    }
    if (!done) {
        do {
            pv_push(p, &items, parse_with_item(p));
        } while (accept(p, FT_TK_COMMA));
    }
    expect_colon(p);
    FtStmt *st = new_stmt(p, is_async ? FT_STMT_ASYNCWITH : FT_STMT_WITH, s);
    st->v.With.items = SEQ(FtWithItemSeq, items);
    st->v.With.body = parse_block(p, "'with' statement", line);
    stmt_end_at_seq(p, st, st->v.With.body);
    return st;
}

static FtStmt *parse_try(FtParser *p)
{
    FtPos s = start_pos(p);
    int line = cur(p)->lineno;
    advance(p);
    expect_forced(p, FT_TK_COLON, "':'");
    FtStmt *st = new_stmt(p, FT_STMT_TRY, s);
    st->v.Try.body = parse_block(p, "'try' statement", line);
    stmt_end_at_seq(p, st, st->v.Try.body);
    PVec handlers = { 0 };
    int star = -1;
    while (cur_type(p) == FT_KW_EXCEPT) {
        FtPos hs = start_pos(p);
        int hline = cur(p)->lineno;
        advance(p);
        int is_star = 0;
        if (cur_type(p) == FT_TK_STAR) {
            advance(p);
            is_star = 1;
        }
        if (star >= 0 && star != is_star)
            error_range(p, "SyntaxError", hs.l, hs.c, hs.l, hs.c + 6,
                        "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        FtExceptHandler *h = alloc(p, sizeof(FtExceptHandler));
        h->lineno = hs.l;
        h->col_offset = hs.c;
        if (cur_type(p) == FT_TK_NEWLINE) {
            if (is_star)
                error_tok(p, cur(p), "SyntaxError", "expected one or more exception types");
            expected_after_prev(p, "':'");
        }
        if (cur_type(p) != FT_TK_COLON) {
            FtExpr *type = parse_expression(p);
            if (cur_type(p) == FT_TK_COMMA) {
                /* except A, B: -> needs parentheses */
                FtPos ts = pos_of(type);
                PVec v = { 0 };
                pv_push(p, &v, type);
                while (accept(p, FT_TK_COMMA))
                    pv_push(p, &v, parse_expression(p));
                FtExpr *last = v.items[v.n - 1];
                error_range(p, "SyntaxError", ts.l, ts.c, last->end_lineno, last->end_col_offset,
                            "multiple exception types must be parenthesized");
            }
            h->type = type;
            if (accept(p, FT_KW_AS))
                h->name = expect_name(p);
        } else if (is_star) {
            error_tok(p, cur(p), "SyntaxError", "expected one or more exception types");
        }
        expect_colon(p);
        h->body = parse_block(p, is_star ? "'except*' statement" : "'except' statement", hline);
        last_sig_tok(p, &h->end_lineno, &h->end_col_offset);
        st->end_lineno = h->end_lineno;
        st->end_col_offset = h->end_col_offset;
        pv_push(p, &handlers, h);
    }
    if (star == 1)
        st->kind = FT_STMT_TRYSTAR;
    st->v.Try.handlers = SEQ(FtExceptHandlerSeq, handlers);
    if (handlers.n > 0 && cur_type(p) == FT_KW_ELSE) {
        st->v.Try.orelse = parse_else_block(p);
        stmt_end_at_seq(p, st, st->v.Try.orelse);
    }
    if (cur_type(p) == FT_KW_FINALLY) {
        int fline = cur(p)->lineno;
        advance(p);
        expect_forced(p, FT_TK_COLON, "':'");
        st->v.Try.finalbody = parse_block(p, "'finally' statement", fline);
        stmt_end_at_seq(p, st, st->v.Try.finalbody);
    }
    if (handlers.n == 0 && st->v.Try.finalbody.n == 0) {
        FtToken *t = cur(p);
        if (t->type == FT_TK_ENDMARKER || (t->type == FT_TK_DEDENT && t->col == 0 &&
                                           peek_type(p, 1) != FT_TK_NAME)) {
            int l, c;
            last_sig_tok(p, &l, &c);
            error_range(p, "SyntaxError", l, c, l, -2, "expected 'except' or 'finally' block");
        }
        error_tok(p, t, "SyntaxError", "expected 'except' or 'finally' block");
    }
    return st;
}

static FtStmt *parse_funcdef(FtParser *p, FtPos s, int is_async, FtExprSeq decos)
{
    int line = cur(p)->lineno;
    advance(p);     /* 'def' */
    const char *name = expect_name(p);
    expect_forced(p, FT_TK_LPAR, "'('");
    FtArguments *args = parse_params(p, 0);
    expect(p, FT_TK_RPAR);
    FtExpr *returns = NULL;
    if (cur_type(p) == FT_TK_RARROW &&
        (starts_expression(peek_type(p, 1)) || peek_type(p, 1) == FT_KW_YIELD)) {
        advance(p);
        returns = parse_expression(p);
    }
    expect_forced(p, FT_TK_COLON, "':'");
    FtStmt *st = new_stmt(p, is_async ? FT_STMT_ASYNCFUNCTIONDEF : FT_STMT_FUNCTIONDEF, s);
    st->v.FunctionDef.name = name;
    st->v.FunctionDef.args = args;
    st->v.FunctionDef.returns = returns;
    st->v.FunctionDef.decorator_list = decos;
    st->v.FunctionDef.body = parse_block(p, "function definition", line);
    stmt_end_at_seq(p, st, st->v.FunctionDef.body);
    return st;
}

static FtStmt *parse_classdef(FtParser *p, FtExprSeq decos)
{
    FtPos s = start_pos(p);
    int line = cur(p)->lineno;
    advance(p);     /* 'class' */
    const char *name = expect_name(p);
    FtStmt *st = new_stmt(p, FT_STMT_CLASSDEF, s);
    if (cur_type(p) == FT_TK_LPAR) {
        FtPos cs = start_pos(p);
        advance(p);
        FtExpr *fake = new_expr(p, FT_EXPR_CALL, cs);
        parse_call_args(p, fake);
        for (int i = 0; i < fake->v.Call.args.n; i++)
            if (fake->v.Call.args.items[i]->kind == FT_EXPR_GENERATOREXP) {
                FtExpr *g = fake->v.Call.args.items[i];
                error_range(p, "SyntaxError", g->v.GeneratorExp.elt->end_lineno,
                            g->v.GeneratorExp.elt->end_col_offset + 1, g->end_lineno,
                            g->end_col_offset, "invalid syntax");
            }
        st->v.ClassDef.bases = fake->v.Call.args;
        st->v.ClassDef.keywords = fake->v.Call.keywords;
    }
    expect_colon(p);
    st->v.ClassDef.name = name;
    st->v.ClassDef.decorator_list = decos;
    st->v.ClassDef.body = parse_block(p, "class definition", line);
    stmt_end_at_seq(p, st, st->v.ClassDef.body);
    return st;
}

static FtStmt *parse_decorated(FtParser *p)
{
    PVec decos = { 0 };
    while (accept(p, FT_TK_AT)) {
        pv_push(p, &decos, parse_named_expression(p));
        expect(p, FT_TK_NEWLINE);
    }
    FtExprSeq ds = vec_exprs(decos);
    FtPos s = start_pos(p);
    if (cur_type(p) == FT_KW_DEF)
        return parse_funcdef(p, s, 0, ds);
    if (cur_type(p) == FT_KW_ASYNC && peek_type(p, 1) == FT_KW_DEF) {
        advance(p);
        return parse_funcdef(p, s, 1, ds);
    }
    if (cur_type(p) == FT_KW_CLASS)
        return parse_classdef(p, ds);
    syntax_error(p);
}

/* ---- match statement ---- */

static FtPattern *parse_pattern(FtParser *p);
static FtPattern *parse_closed_pattern(FtParser *p);

static FtPattern *new_pattern(FtParser *p, FtPatternKind k, FtPos s)
{
    FtPattern *pt = alloc(p, sizeof(FtPattern));
    pt->kind = k;
    pt->lineno = s.l;
    pt->col_offset = s.c;
    FtToken *t = prev(p);
    pt->end_lineno = t->end_lineno;
    pt->end_col_offset = t->end_col;
    return pt;
}

/* star_pattern: '*' (capture | '_') */
static FtPattern *parse_star_pattern(FtParser *p)
{
    FtPos s = start_pos(p);
    advance(p);     /* '*' */
    FtToken *t = cur(p);
    if (t->type != FT_TK_NAME)
        syntax_error(p);
    p->pos++;
    FtPattern *pt = new_pattern(p, FT_PAT_MATCHSTAR, s);
    if (!tok_is_name(t, "_"))
        pt->v.MatchStar.name = ident_dup(p, t->start, t->len);
    return pt;
}

static FtPattern *parse_maybe_star_pattern(FtParser *p)
{
    if (cur_type(p) == FT_TK_STAR)
        return parse_star_pattern(p);
    return parse_pattern(p);
}

/* Literal value for patterns: signed numbers, complex, strings. */
static FtExpr *parse_pattern_literal(FtParser *p)
{
    FtPos s = start_pos(p);
    FtExpr *e;
    if (cur_type(p) == FT_TK_MINUS) {
        advance(p);
        if (cur_type(p) != FT_TK_NUMBER)
            syntax_error(p);
        FtExpr *num = parse_number(p);
        e = new_expr(p, FT_EXPR_UNARYOP, s);
        e->v.UnaryOp.op = FT_UOP_USUB;
        e->v.UnaryOp.operand = num;
    } else if (cur_type(p) == FT_TK_NUMBER) {
        e = parse_number(p);
    } else {
        return parse_strings(p);
    }
    if (cur_type(p) == FT_TK_PLUS || cur_type(p) == FT_TK_MINUS) {
        FtTokType t = advance(p)->type;
        if (cur_type(p) != FT_TK_NUMBER)
            syntax_error(p);
        FtExpr *im = parse_number(p);
        if (im->v.Constant.kind != FT_CONST_COMPLEX)
            error_expr(p, im, "imaginary number required in complex literal");
        FtExpr *b = new_expr(p, FT_EXPR_BINOP, s);
        b->v.BinOp.left = e;
        b->v.BinOp.op = t == FT_TK_PLUS ? FT_OP_ADD : FT_OP_SUB;
        b->v.BinOp.right = im;
        e = b;
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* */
static FtExpr *parse_name_or_attr(FtParser *p)
{
    FtToken *t = advance(p);
    FtExpr *e = make_name(p, t, FT_CTX_LOAD);
    FtPos s = pos_of(e);
    while (accept(p, FT_TK_DOT)) {
        FtExpr *a = new_expr(p, FT_EXPR_ATTRIBUTE, s);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = expect_name(p);
        a->v.Attribute.ctx = FT_CTX_LOAD;
        end_at_prev(p, a);
        e = a;
    }
    return e;
}

static FtPattern *parse_class_pattern_args(FtParser *p, FtExpr *cls, FtPos s)
{
    advance(p);     /* '(' */
    PVec pats = { 0 }, kwnames = { 0 }, kwpats = { 0 };
    while (cur_type(p) != FT_TK_RPAR) {
        if (cur_type(p) == FT_TK_NAME && peek_type(p, 1) == FT_TK_EQUAL) {
            pv_push_ident(p, &kwnames, expect_name(p));
            advance(p);
            pv_push(p, &kwpats, parse_pattern(p));
        } else {
            FtPattern *pt = parse_pattern(p);
            if (kwnames.n > 0)
                error_range(p, "SyntaxError", pt->lineno, pt->col_offset, pt->end_lineno,
                            pt->end_col_offset, "positional patterns follow keyword patterns");
            pv_push(p, &pats, pt);
        }
        if (!accept(p, FT_TK_COMMA))
            break;
    }
    expect(p, FT_TK_RPAR);
    FtPattern *pt = new_pattern(p, FT_PAT_MATCHCLASS, s);
    pt->v.MatchClass.cls = cls;
    pt->v.MatchClass.patterns = SEQ(FtPatternSeq, pats);
    pt->v.MatchClass.kwd_attrs = SEQ(FtIdentSeq, kwnames);
    pt->v.MatchClass.kwd_patterns = SEQ(FtPatternSeq, kwpats);
    return pt;
}

static FtPattern *parse_closed_pattern(FtParser *p)
{
    FtPos s = start_pos(p);
    FtToken *t = cur(p);
    depth_inc(p);
    FtPattern *res = NULL;
    switch (t->type) {
    case FT_TK_MINUS:
    case FT_TK_NUMBER:
    case FT_TK_STRING: {
        FtExpr *v = parse_pattern_literal(p);
        res = new_pattern(p, FT_PAT_MATCHVALUE, s);
        res->v.MatchValue.value = v;
        break;
    }
    case FT_KW_NONE:
    case FT_KW_TRUE:
    case FT_KW_FALSE:
        advance(p);
        res = new_pattern(p, FT_PAT_MATCHSINGLETON, s);
        res->v.MatchSingleton.value.kind = t->type == FT_KW_NONE ? FT_CONST_NONE
                                         : t->type == FT_KW_TRUE ? FT_CONST_TRUE : FT_CONST_FALSE;
        break;
    case FT_TK_NAME: {
        if (peek_type(p, 1) != FT_TK_DOT && peek_type(p, 1) != FT_TK_LPAR) {
            advance(p);
            res = new_pattern(p, FT_PAT_MATCHAS, s);
            if (!tok_is_name(t, "_"))
                res->v.MatchAs.name = ident_dup(p, t->start, t->len);
            break;
        }
        FtExpr *e = parse_name_or_attr(p);
        if (cur_type(p) == FT_TK_LPAR) {
            res = parse_class_pattern_args(p, e, s);
        } else {
            res = new_pattern(p, FT_PAT_MATCHVALUE, s);
            res->v.MatchValue.value = e;
        }
        break;
    }
    case FT_TK_LPAR:
    case FT_TK_LSQB: {
        FtTokType close = t->type == FT_TK_LPAR ? FT_TK_RPAR : FT_TK_RSQB;
        advance(p);
        PVec pats = { 0 };
        int comma = 0;
        while (cur_type(p) != close) {
            pv_push(p, &pats, parse_maybe_star_pattern(p));
            if (!accept(p, FT_TK_COMMA))
                break;
            comma = 1;
        }
        expect(p, close);
        if (t->type == FT_TK_LPAR && pats.n == 1 && !comma &&
            ((FtPattern *)pats.items[0])->kind != FT_PAT_MATCHSTAR) {
            res = pats.items[0];   /* group pattern */
            break;
        }
        res = new_pattern(p, FT_PAT_MATCHSEQUENCE, s);
        res->v.MatchSequence.patterns = SEQ(FtPatternSeq, pats);
        break;
    }
    case FT_TK_LBRACE: {
        advance(p);
        PVec keys = { 0 }, pats = { 0 };
        const char *rest = NULL;
        while (cur_type(p) != FT_TK_RBRACE) {
            if (accept(p, FT_TK_DOUBLESTAR)) {
                if (is_name(p, "_"))
                    syntax_error(p);
                rest = expect_name(p);
                accept(p, FT_TK_COMMA);
                break;
            }
            FtExpr *k;
            FtTokType kt = cur_type(p);
            if (kt == FT_KW_NONE || kt == FT_KW_TRUE || kt == FT_KW_FALSE)
                k = parse_atom(p);
            else if (kt == FT_TK_NAME)
                k = parse_name_or_attr(p);
            else
                k = parse_pattern_literal(p);
            expect(p, FT_TK_COLON);
            pv_push(p, &keys, k);
            pv_push(p, &pats, parse_pattern(p));
            if (!accept(p, FT_TK_COMMA))
                break;
        }
        expect(p, FT_TK_RBRACE);
        res = new_pattern(p, FT_PAT_MATCHMAPPING, s);
        res->v.MatchMapping.keys = vec_exprs(keys);
        res->v.MatchMapping.patterns = SEQ(FtPatternSeq, pats);
        res->v.MatchMapping.rest = rest;
        break;
    }
    default:
        syntax_error(p);
    }
    p->depth--;
    return res;
}

/* pattern: or_pattern ['as' NAME] */
static FtPattern *parse_pattern(FtParser *p)
{
    FtPos s = start_pos(p);
    FtPattern *first = parse_closed_pattern(p);
    FtPattern *res = first;
    if (cur_type(p) == FT_TK_VBAR) {
        PVec alts = { 0 };
        pv_push(p, &alts, first);
        while (accept(p, FT_TK_VBAR))
            pv_push(p, &alts, parse_closed_pattern(p));
        res = new_pattern(p, FT_PAT_MATCHOR, s);
        res->v.MatchOr.patterns = SEQ(FtPatternSeq, alts);
    }
    if (accept(p, FT_KW_AS)) {
        FtToken *t = cur(p);
        if (t->type != FT_TK_NAME) {
            void *r;
            if (starts_expression(t->type) && speculate(p, spec_expression, NULL, &r))
                error_expr(p, r, "invalid pattern target");
            syntax_error(p);
        }
        if (tok_is_name(t, "_"))
            error_tok(p, t, "SyntaxError", "cannot use '_' as a target");
        p->pos++;
        FtPattern *as = new_pattern(p, FT_PAT_MATCHAS, s);
        as->v.MatchAs.pattern = res;
        as->v.MatchAs.name = ident_dup(p, t->start, t->len);
        res = as;
    }
    return res;
}

/* patterns: open_sequence_pattern | pattern */
static FtPattern *parse_patterns(FtParser *p)
{
    FtPos s = start_pos(p);
    FtPattern *first = parse_maybe_star_pattern(p);
    if (cur_type(p) != FT_TK_COMMA && first->kind != FT_PAT_MATCHSTAR)
        return first;
    PVec pats = { 0 };
    pv_push(p, &pats, first);
    while (accept(p, FT_TK_COMMA)) {
        if (cur_type(p) == FT_TK_COLON || cur_type(p) == FT_KW_IF)
            break;
        pv_push(p, &pats, parse_maybe_star_pattern(p));
    }
    FtPattern *pt = new_pattern(p, FT_PAT_MATCHSEQUENCE, s);
    pt->v.MatchSequence.patterns = SEQ(FtPatternSeq, pats);
    return pt;
}

static void *spec_match_header(FtParser *p, void *arg)
{
    advance(p);     /* 'match' */
    FtExpr *subject;
    FtPos s = start_pos(p);
    FtExpr *first = parse_star_named_expression(p);
    if (cur_type(p) == FT_TK_COMMA) {
        PVec v = { 0 };
        pv_push(p, &v, first);
        while (accept(p, FT_TK_COMMA)) {
            if (cur_type(p) == FT_TK_COLON)
                break;
            pv_push(p, &v, parse_star_named_expression(p));
        }
        subject = new_expr(p, FT_EXPR_TUPLE, s);
        subject->v.Tuple.elts = vec_exprs(v);
        subject->v.Tuple.ctx = FT_CTX_LOAD;
    } else {
        if (first->kind == FT_EXPR_STARRED)
            syntax_error(p);
        subject = first;
    }
    if (cur_type(p) != FT_TK_COLON) {
        if (cur_type(p) == FT_TK_NEWLINE)
            *(int *)arg = p->pos;   /* "match x" + NEWLINE: maybe "expected ':'" */
        syntax_error(p);
    }
    advance(p);
    return subject;
}

static FtStmt *parse_match(FtParser *p, FtExpr *subject, FtPos s, int line)
{
    FtStmt *st = new_stmt(p, FT_STMT_MATCH, s);
    st->v.Match.subject = subject;
    expect(p, FT_TK_NEWLINE);
    if (cur_type(p) != FT_TK_INDENT) {
        FtToken *t = cur(p);
        error_tok(p, t, "IndentationError",
                  "expected an indented block after 'match' statement on line %d", line);
    }
    advance(p);
    PVec cases = { 0 };
    do {
        if (!is_name(p, "case"))
            syntax_error(p);
        int cline = cur(p)->lineno;
        advance(p);
        FtMatchCase *mc = alloc(p, sizeof(FtMatchCase));
        mc->pattern = parse_patterns(p);
        if (accept(p, FT_KW_IF))
            mc->guard = parse_named_expression(p);
        expect_colon(p);
        mc->body = parse_block(p, "'case' statement", cline);
        pv_push(p, &cases, mc);
        stmt_end_at_seq(p, st, mc->body);
    } while (cur_type(p) != FT_TK_DEDENT && cur_type(p) != FT_TK_ENDMARKER);
    accept(p, FT_TK_DEDENT);
    st->v.Match.cases = SEQ(FtMatchCaseSeq, cases);
    return st;
}

static FtStmt *parse_compound(FtParser *p)
{
    FtPos s = start_pos(p);
    switch (cur_type(p)) {
    case FT_KW_IF:
        return parse_if(p, 0);
    case FT_KW_WHILE:
        return parse_while(p);
    case FT_KW_FOR:
        return parse_for(p, s, 0);
    case FT_KW_WITH:
        return parse_with(p, s, 0);
    case FT_KW_TRY:
        return parse_try(p);
    case FT_KW_DEF: {
        FtExprSeq none = { 0, NULL };
        return parse_funcdef(p, s, 0, none);
    }
    case FT_KW_CLASS: {
        FtExprSeq none = { 0, NULL };
        return parse_classdef(p, none);
    }
    case FT_TK_AT:
        return parse_decorated(p);
    case FT_KW_ASYNC: {
        advance(p);
        FtTokType t = cur_type(p);
        if (t == FT_KW_DEF) {
            FtExprSeq none = { 0, NULL };
            return parse_funcdef(p, s, 1, none);
        }
        if (t == FT_KW_FOR)
            return parse_for(p, s, 1);
        if (t == FT_KW_WITH)
            return parse_with(p, s, 1);
        syntax_error(p);
    }
    default:
        return NULL;
    }
}

static void *spec_simple_stmts(FtParser *p, void *arg)
{
    parse_simple_stmts(p, arg);
    return arg;
}

static void parse_statement(FtParser *p, PVec *out)
{
    FtTokType t = cur_type(p);
    if (t == FT_TK_NAME && is_name(p, "match")) {
        FtTokType nt = peek_type(p, 1);
        if (nt != FT_TK_EQUAL && nt != FT_TK_DOT && nt != FT_TK_NEWLINE &&
            nt != FT_TK_COLON && nt != FT_TK_COMMA && !is_augassign(nt, &(FtOperator){0})) {
            FtPos s = start_pos(p);
            int line = cur(p)->lineno;
            void *subject;
            int nl_pos = -1;
            if (speculate(p, spec_match_header, &nl_pos, &subject)) {
                pv_push(p, out, parse_match(p, subject, s, line));
                return;
            }
            if (nl_pos >= 0) {
                /* CPython's second pass: a failing statement that looks like a
                 * match header without ':' is reported as such */
                int n0 = out->n;
                if (speculate(p, spec_simple_stmts, out, NULL))
                    return;
                out->n = n0;
                error_tok(p, tok_at(p, nl_pos), "SyntaxError", "expected ':'");
            }
        }
    }
    FtStmt *st = parse_compound(p);
    if (st) {
        pv_push(p, out, st);
        return;
    }
    parse_simple_stmts(p, out);
}

/* ------------------------------------------------------------------ */
/* f-string inner expressions                                         */
/* ------------------------------------------------------------------ */

static FtExpr *parse_fstring_inner(FtParser *p, const char *s, const char *e,
                                   const char *line_start, int lineno)
{
    FtTokenizer tok;
    ft_tok_init_inner(&tok, p->src, p->src_end, s, e, line_start, lineno, p->err);
    FtParser sub;
    memset(&sub, 0, sizeof sub);
    sub.a = p->a;
    sub.tok = &tok;
    sub.err = p->err;
    sub.src = p->src;
    sub.src_end = p->src_end;
    sub.jb = p->jb;
    sub.depth = p->depth;
    sub.in_fstring = 1;
    sub.root = p->root;
    /* CPython compiles the field as "(" expr ")" */
    FtExpr *r;
    int wrapped = 0;
    FtPos st = start_pos(&sub);
    if (cur_type(&sub) == FT_KW_YIELD) {
        r = parse_yield_expr(&sub);
    } else {
        FtExpr *first = parse_star_named_expression(&sub);
        FtTokType t = cur_type(&sub);
        if (t == FT_KW_FOR || t == FT_KW_ASYNC) {
            check_comp_elt(&sub, first);
            FtComprehensionSeq gens = parse_comp_for(&sub);
            r = new_expr(&sub, FT_EXPR_GENERATOREXP, st);
            wrapped = 1;
            r->v.GeneratorExp.elt = first;
            r->v.GeneratorExp.generators = gens;
        } else if (t == FT_TK_COMMA) {
            PVec v = { 0 };
            pv_push(&sub, &v, first);
            while (accept(&sub, FT_TK_COMMA)) {
                if (cur_type(&sub) == FT_TK_ENDMARKER)
                    break;
                pv_push(&sub, &v, parse_star_named_expression(&sub));
            }
            r = new_expr(&sub, FT_EXPR_TUPLE, st);
            wrapped = 1;
            r->v.Tuple.elts = vec_exprs(v);
            r->v.Tuple.ctx = FT_CTX_LOAD;
        } else {
            if (first->kind == FT_EXPR_STARRED)
                error_expr(&sub, first, "cannot use starred expression here");
            r = first;
        }
    }
    if (cur_type(&sub) != FT_TK_ENDMARKER)
        syntax_error(&sub);
    if (wrapped) {
        /* made here, not parenthesized in the source: CPython parses
         * "(" expr ")" with the parentheses standing on the '{' and on the
         * character that ends the expression */
        int el = lineno;
        const char *els = line_start;
        for (const char *q = s; q < e; q++)
            if (*q == '\n') {
                el++;
                els = q + 1;
            }
        r->lineno = lineno;
        r->col_offset = (int)(s - 1 - line_start);
        r->end_lineno = el;
        r->end_col_offset = (int)(e - els) + 1;
    }
    if (sub.fatal)
        p->fatal = 1;
    return r;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                       */
/* ------------------------------------------------------------------ */

/* First invalid UTF-8 byte, or NULL. */
static const char *find_bad_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        unsigned long v;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; v = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; v = c & 0x07; }
        else return s + i;
        if (i + (size_t)need >= n)
            return s + i;
        for (int k = 1; k <= need; k++) {
            if ((u[i + (size_t)k] & 0xC0) != 0x80)
                return s + i;
            v = (v << 6) | (u[i + (size_t)k] & 0x3F);
        }
        if ((need == 2 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
            (need == 3 && (v < 0x10000 || v > 0x10FFFF)))
            return s + i;
        i += (size_t)need + 1;
    }
    return NULL;
}

/* PEP 263 coding declaration on line 1 or 2.  utf-8 and ascii need no
 * work; latin-1 and cp1252 are transcoded to UTF-8 (positions then count
 * UTF-8 bytes, as CPython's do); anything else is reported as unsupported.
 * The transcoded copy is tracked memory, alive until the parse returns;
 * nodes never point into the source (strings are copied to the arena). */
static int apply_coding_declaration(FtParser *p, const char **srcp, size_t *lenp,
                                    const char *filename)
{
    const char *src = *srcp, *end = src + *lenp, *line = src;
    (void)filename;
    for (int ln = 1; ln <= 2 && line < end; ln++) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        if (!eol)
            eol = end;
        const char *q = line;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q >= eol || *q != '#') {
            if (q < eol)
                return 1;       /* code line: no declaration possible after it */
            line = eol + 1;
            continue;
        }
        for (const char *c = q; c + 7 < eol; c++) {
            if (memcmp(c, "coding", 6) != 0 || (c[6] != ':' && c[6] != '='))
                continue;
            const char *n = c + 7;
            while (n < eol && (*n == ' ' || *n == '\t'))
                n++;
            char name[64];
            size_t k = 0;
            while (n < eol && k + 1 < sizeof name &&
                   ((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') ||
                    (*n >= '0' && *n <= '9') || *n == '-' || *n == '_' || *n == '.')) {
                char ch = *n++;
                if (ch >= 'A' && ch <= 'Z')
                    ch = (char)(ch - 'A' + 'a');
                if (ch == '_')
                    ch = '-';
                name[k++] = ch;
            }
            name[k] = '\0';
            if (k == 0)
                break;
            if (strcmp(name, "utf-8") == 0 || strncmp(name, "utf-8-", 6) == 0 ||
                strcmp(name, "utf8") == 0 || strcmp(name, "ascii") == 0 ||
                strcmp(name, "us-ascii") == 0)
                return 1;
            int cp1252 = strcmp(name, "cp1252") == 0 || strcmp(name, "windows-1252") == 0;
            if (cp1252 || strcmp(name, "latin-1") == 0 || strcmp(name, "latin1") == 0 ||
                strcmp(name, "iso-8859-1") == 0 || strcmp(name, "iso8859-1") == 0 ||
                strcmp(name, "iso-latin-1") == 0 || strncmp(name, "latin-1-", 8) == 0 ||
                strncmp(name, "iso-8859-1-", 11) == 0 || strcmp(name, "l1") == 0) {
                /* cp1252 differs from latin-1 only in 0x80-0x9F */
                static const unsigned short w1252[32] = {
                    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
                };
                BBuf out = { 0 };
                bb_reserve(p, &out, *lenp + *lenp / 2);
                for (const char *r = src; r < end; r++) {
                    unsigned char ch = (unsigned char)*r;
                    if (ch < 0x80)
                        bb_putc(p, &out, (char)ch);
                    else if (cp1252 && ch < 0xA0)
                        bb_put_utf8(p, &out, w1252[ch - 0x80]);
                    else
                        bb_put_utf8(p, &out, ch);
                }
                *srcp = out.data ? out.data : "";
                *lenp = out.len;
                return 1;
            }
            snprintf(p->err->msg, sizeof p->err->msg,
                     "encoding '%s' is not supported (only utf-8, latin-1 and cp1252 "
                     "source files)",
                     name);
            p->err->lineno = 0;
            p->err->col_offset = -1;
            p->fatal = 1;
            return 0;
        }
        line = eol + 1;
    }
    return 1;
}


/* Body of ft_parse_ex, run under its setjmp. */
static FtMod *parse_entry_body(FtParser *p, FtTokenizer *tok, const char *src, size_t len,
                               const char *filename, FtModKind mode)
{
    FtSyntaxError *err = p->err;
    if (!src) {
        src = "";
        len = 0;
    }
    if (mode != FT_MOD_MODULE && mode != FT_MOD_EXPRESSION && mode != FT_MOD_INTERACTIVE)
        mode = FT_MOD_MODULE;
    /* BOM */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
    }
    if (!apply_coding_declaration(p, &src, &len, filename))
        bail(p);
    const char *bad = find_bad_utf8(src, len);
    if (bad) {
        int line = 1;
        for (const char *q = src; q < bad; q++)
            if (*q == '\n')
                line++;
        snprintf(err->msg, sizeof err->msg,
                 "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                 "encoding declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)*bad, filename ? filename : "<string>", line);
        err->lineno = line;
        p->fatal = 1;
        bail(p);
    }
    /* normalize newlines so the tokenizer only sees '\n' */
    if (memchr(src, '\r', len)) {
        char *n = tracked_alloc(p, len + 1);
        size_t o = 0;
        for (size_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                n[o++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
            } else {
                n[o++] = src[i];
            }
        }
        n[o] = '\0';
        src = n;
        len = o;
    }
    p->src = src;
    p->src_end = src + len;
    ft_tok_init(tok, src, len, err);
    p->tok = tok;
    FtMod *m = alloc(p, sizeof(FtMod));
    if (mode == FT_MOD_EXPRESSION) {
        m->kind = FT_MOD_EXPRESSION;
        while (accept(p, FT_TK_NEWLINE))
            ;
        /* eval: expressions (no starred items, no yield) */
        p->eof_at_last_line = 1;
        FtPos es = start_pos(p);
        FtExpr *first = parse_expression(p);
        m->expr = first;
        if (cur_type(p) == FT_TK_COMMA) {
            PVec v = { 0 };
            pv_push(p, &v, first);
            while (accept(p, FT_TK_COMMA)) {
                if (!starts_expression(cur_type(p)))
                    break;
                pv_push(p, &v, parse_expression(p));
            }
            FtExpr *t = new_expr(p, FT_EXPR_TUPLE, es);
            t->v.Tuple.elts = vec_exprs(v);
            t->v.Tuple.ctx = FT_CTX_LOAD;
            m->expr = t;
        }
        while (accept(p, FT_TK_NEWLINE))
            ;
        if (cur_type(p) != FT_TK_ENDMARKER)
            syntax_error(p);
        return m;
    }
    m->kind = mode == FT_MOD_INTERACTIVE ? FT_MOD_INTERACTIVE : FT_MOD_MODULE;
    if (mode == FT_MOD_INTERACTIVE)
        p->eof_at_last_line = 1;
    PVec body = { 0 };
    while (cur_type(p) != FT_TK_ENDMARKER) {
        if (accept(p, FT_TK_NEWLINE))
            continue;
        parse_statement(p, &body);
        if (mode == FT_MOD_INTERACTIVE)
            break;
    }
    if (mode == FT_MOD_INTERACTIVE) {
        if (body.n == 0)
            eof_error(p); /* 'single' needs a statement */
        /* reported where the first statement ends, as CPython does */
        FtToken *t = p->pos > 0 ? prev(p) : cur(p);
        /* a compound statement must end the input: what follows its
         * block is plain invalid syntax (CPython's statement_newline) */
        if (t->type == FT_TK_DEDENT && cur_type(p) != FT_TK_ENDMARKER)
            error_tok(p, cur(p), "SyntaxError", "invalid syntax");
        while (accept(p, FT_TK_NEWLINE))
            ;
        if (cur_type(p) != FT_TK_ENDMARKER) {
            error_tok(p, t, "SyntaxError",
                      "multiple statements found while compiling a single statement");
        }
    }
    m->body = SEQ(FtStmtSeq, body);
    return m;
}

FtMod *ft_parse_ex(FtArena *a, const char *src, size_t len, const char *filename,
                   FtModKind mode, const FtParseOptions *opts, FtSyntaxError *err)
{
    memset(err, 0, sizeof(*err));
    err->kind = "SyntaxError";
    err->filename = filename;
    FtParser p;
    memset(&p, 0, sizeof p);
    p.a = a;
    p.err = err;
    p.root = &p;
    p.opts = opts;
    jmp_buf jb;
    p.jb = &jb;
    FtTokenizer tok;
    FtMod *volatile result = NULL;

    if (setjmp(jb) == 0) {
        result = parse_entry_body(&p, &tok, src, len, filename, mode);
    } else if (!p.fatal && p.tok) {
        /* a tokenizer error later in the file takes priority (CPython) */
        FtSyntaxError terr;
        memset(&terr, 0, sizeof terr);
        tok.err = &terr;
        FtToken t;
        /* CPython compares with the line of the furthest token fetched */
        int err_line = p.ntoks > 0 ? tok_at(&p, p.ntoks - 1)->lineno : err->lineno;
        for (;;) {
            FtTokType ty = ft_tok_next(&tok, &t);
            if (ty == FT_TK_ENDMARKER)
                break;
            if (ty == FT_TK_ERROR) {
                if (!tok.eof_in_brackets || terr.lineno < err_line) {
                    terr.filename = err->filename;
                    *err = terr;
                }
                break;
            }
        }
    }
    tracked_free_all(&p);
    return result;
}

FtMod *ft_parse_module(FtArena *a, const char *src, size_t len, const char *filename,
                       FtSyntaxError *err)
{
    return ft_parse_ex(a, src, len, filename, FT_MOD_MODULE, NULL, err);
}

FtMod *ft_parse_expression(FtArena *a, const char *src, size_t len, const char *filename,
                           FtSyntaxError *err)
{
    return ft_parse_ex(a, src, len, filename, FT_MOD_EXPRESSION, NULL, err);
}

FtMod *ft_parse_interactive(FtArena *a, const char *src, size_t len, const char *filename,
                            FtSyntaxError *err)
{
    return ft_parse_ex(a, src, len, filename, FT_MOD_INTERACTIVE, NULL, err);
}
