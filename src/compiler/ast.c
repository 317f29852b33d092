/*
 * ast.c - arena allocator and CPython-style dumper for the ftpy AST.
 *
 * What it holds: FtArena (a chunked bump allocator owning every AST node)
 * and ft_ast_dump*, which renders a tree exactly like CPython 3.11's
 * `ast.dump()` so tests can compare our parser against CPython's.
 *
 * How it works: the arena hands out max-aligned pieces of large chunks and
 * allocates a dedicated chunk for oversized requests; nothing is freed
 * individually.  The dumper appends to a growable string buffer (malloc'd,
 * copied into the arena at the end) and mimics Python's ascii() for str,
 * repr() for bytes, int (any size, via a small decimal conversion), float
 * and complex (shortest round-trip digits).
 *
 * Invariant: ft_arena_alloc returns zeroed memory aligned for any type, and
 * a chunk is only released by ft_arena_free.  No global mutable state: an
 * arena must not be used by two threads at once, but different arenas are
 * fully independent.
 */
#include "ast.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* ------------------------------------------------------------------ */
/* Arena                                                              */
/* ------------------------------------------------------------------ */

#define FT_ARENA_CHUNK 65536
#define FT_ARENA_ALIGN 16

typedef struct FtArenaChunk {
    struct FtArenaChunk *next;
    size_t size;                        /* usable bytes after the header */
    size_t used;
    /* data follows, aligned by the header padding */
} FtArenaChunk;

struct FtArena {
    FtArenaChunk *head;                 /* current chunk (bump allocation) */
    FtArenaChunk *big;                  /* dedicated chunks for huge requests */
    size_t total;
};

/* header rounded up so the data after it is aligned */
#define FT_CHUNK_HDR ((sizeof(FtArenaChunk) + FT_ARENA_ALIGN - 1) & ~(size_t)(FT_ARENA_ALIGN - 1))

static FtArenaChunk *ft_arena_chunk_new(size_t size)
{
    FtArenaChunk *c = malloc(FT_CHUNK_HDR + size);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

FtArena *ft_arena_new(void)
{
    FtArena *a = calloc(1, sizeof(*a));
    if (!a)
        return NULL;
    a->head = ft_arena_chunk_new(FT_ARENA_CHUNK);
    if (!a->head) {
        free(a);
        return NULL;
    }
    return a;
}

void *ft_arena_alloc(FtArena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > (SIZE_MAX >> 2))
        return NULL;
    n = (n + FT_ARENA_ALIGN - 1) & ~(size_t)(FT_ARENA_ALIGN - 1);
    a->total += n;
    if (n > FT_ARENA_CHUNK / 4) {
        /* big request: own chunk, so the current chunk's tail isn't wasted */
        FtArenaChunk *c = ft_arena_chunk_new(n);
        if (!c)
            return NULL;
        c->next = a->big;
        a->big = c;
        c->used = n;
        char *p = (char *)c + FT_CHUNK_HDR;
        memset(p, 0, n);
        return p;
    }
    FtArenaChunk *c = a->head;
    if (c->size - c->used < n) {
        c = ft_arena_chunk_new(FT_ARENA_CHUNK);
        if (!c)
            return NULL;
        c->next = a->head;
        a->head = c;
    }
    char *p = (char *)c + FT_CHUNK_HDR + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *ft_arena_strndup(FtArena *a, const char *s, size_t n)
{
    char *p = ft_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void ft_arena_free(FtArena *a)
{
    if (!a)
        return;
    FtArenaChunk *lists[2] = { a->head, a->big };
    for (int i = 0; i < 2; i++) {
        FtArenaChunk *c = lists[i];
        while (c) {
            FtArenaChunk *next = c->next;
            free(c);
            c = next;
        }
    }
    free(a);
}

size_t ft_arena_used(const FtArena *a)
{
    return a ? a->total : 0;
}

/* ------------------------------------------------------------------ */
/* Names                                                              */
/* ------------------------------------------------------------------ */

const char *ft_ast_expr_kind_name(FtExprKind k)
{
    static const char *const names[] = {
        "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp",
        "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp",
        "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
        "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
        "List", "Tuple", "Slice"
    };
    if ((int)k < 0 || (size_t)k >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[k];
}

const char *ft_ast_stmt_kind_name(FtStmtKind k)
{
    static const char *const names[] = {
        "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
        "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If",
        "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
        "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue"
    };
    if ((int)k < 0 || (size_t)k >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[k];
}

const char *ft_ast_pattern_kind_name(FtPatternKind k)
{
    static const char *const names[] = {
        "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
        "MatchClass", "MatchStar", "MatchAs", "MatchOr"
    };
    if ((int)k < 0 || (size_t)k >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[k];
}

const char *ft_ast_operator_name(FtOperator op)
{
    static const char *const names[] = {
        "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
        "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"
    };
    if ((int)op < 0 || (size_t)op >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[op];
}

const char *ft_ast_unaryop_name(FtUnaryOp op)
{
    static const char *const names[] = { "Invert", "Not", "UAdd", "USub" };
    if ((int)op < 0 || (size_t)op >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[op];
}

const char *ft_ast_cmpop_name(FtCmpOp op)
{
    static const char *const names[] = {
        "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"
    };
    if ((int)op < 0 || (size_t)op >= sizeof(names) / sizeof(names[0]))
        return "?";
    return names[op];
}

/* ------------------------------------------------------------------ */
/* Dump buffer                                                        */
/* ------------------------------------------------------------------ */

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
    int attrs;          /* print position attributes too */
} FtDumpBuf;

static void db_grow(FtDumpBuf *b, size_t extra)
{
    if (b->oom)
        return;
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->len + extra + 1)
        ncap *= 2;
    char *nb = realloc(b->buf, ncap);
    if (!nb) {
        b->oom = 1;
        return;
    }
    b->buf = nb;
    b->cap = ncap;
}

static void db_putn(FtDumpBuf *b, const char *s, size_t n)
{
    db_grow(b, n);
    if (b->oom)
        return;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void db_puts(FtDumpBuf *b, const char *s)
{
    db_putn(b, s, strlen(s));
}

static void db_putc(FtDumpBuf *b, char c)
{
    db_putn(b, &c, 1);
}

static void db_printf_int(FtDumpBuf *b, long long v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    db_putn(b, tmp, (size_t)n);
}

/* Decode one UTF-8 sequence (lenient: accepts generalized UTF-8 for
 * surrogates); returns bytes consumed, stores code point or -1. */
static int utf8_decode(const unsigned char *s, size_t n, long *cp)
{
    unsigned c = s[0];
    int need;
    long v;
    if (c < 0x80) { *cp = c; return 1; }
    else if ((c & 0xE0) == 0xC0) { need = 1; v = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { need = 2; v = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { need = 3; v = c & 0x07; }
    else { *cp = -1; return 1; }
    if ((size_t)need >= n) { *cp = -1; return 1; }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) { *cp = -1; return 1; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return need + 1;
}

/* Python ascii() of a str given as (generalized) UTF-8: like repr(), but
 * every non-ASCII character is escaped, so no Unicode tables are needed. */
static void db_repr_str(FtDumpBuf *b, const char *data, size_t len)
{
    int has_sq = memchr(data, '\'', len) != NULL;
    int has_dq = memchr(data, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    db_putc(b, q);
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    char tmp[32];
    while (i < len) {
        long cp;
        int k = utf8_decode(s + i, len - i, &cp);
        if (cp < 0)
            cp = s[i];          /* invalid byte: show as \x.. (can't happen for our str) */
        if (cp == q || cp == '\\') {
            db_putc(b, '\\');
            db_putc(b, (char)cp);
        } else if (cp == '\n') {
            db_puts(b, "\\n");
        } else if (cp == '\r') {
            db_puts(b, "\\r");
        } else if (cp == '\t') {
            db_puts(b, "\\t");
        } else if (cp >= 0x20 && cp < 0x7F) {
            db_putc(b, (char)cp);
        } else if (cp < 0x100) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
            db_puts(b, tmp);
        } else if (cp < 0x10000) {
            snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
            db_puts(b, tmp);
        } else {
            snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
            db_puts(b, tmp);
        }
        i += (size_t)k;
    }
    db_putc(b, q);
}

static void db_repr_bytes(FtDumpBuf *b, const char *data, size_t len)
{
    int has_sq = memchr(data, '\'', len) != NULL;
    int has_dq = memchr(data, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    char tmp[8];
    db_putc(b, 'b');
    db_putc(b, q);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == (unsigned char)q || c == '\\') {
            db_putc(b, '\\');
            db_putc(b, (char)c);
        } else if (c == '\n') {
            db_puts(b, "\\n");
        } else if (c == '\r') {
            db_puts(b, "\\r");
        } else if (c == '\t') {
            db_puts(b, "\\t");
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            db_puts(b, tmp);
        } else {
            db_putc(b, (char)c);
        }
    }
    db_putc(b, q);
}

/* Decimal text of an integer literal in any base (schoolbook conversion:
 * fine for dumping, the runtime does the real big-int work). */
static void db_int(FtDumpBuf *b, const char *digits, int base)
{
    size_t nd = strlen(digits);
    if (base == 10) {
        /* strip leading zeros ("000" -> "0") */
        size_t i = 0;
        while (i + 1 < nd && digits[i] == '0')
            i++;
        db_putn(b, digits + i, nd - i);
        return;
    }
    /* decimal digits, little-endian, base 10^9 limbs */
    size_t cap = nd + 2, n = 1;
    uint32_t *limbs = calloc(cap, sizeof(uint32_t));
    if (!limbs) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0; i < nd; i++) {
        char c = digits[i];
        unsigned d = (c >= '0' && c <= '9') ? (unsigned)(c - '0')
                   : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10)
                   : (c >= 'A' && c <= 'F') ? (unsigned)(c - 'A' + 10) : 0;
        uint64_t carry = d;
        for (size_t j = 0; j < n; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry && n < cap) {
            limbs[n++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    while (n > 1 && limbs[n - 1] == 0)
        n--;
    char tmp[16];
    int k = snprintf(tmp, sizeof tmp, "%u", (unsigned)limbs[n - 1]);
    db_putn(b, tmp, (size_t)k);
    for (size_t j = n - 1; j-- > 0;) {
        k = snprintf(tmp, sizeof tmp, "%09u", (unsigned)limbs[j]);
        db_putn(b, tmp, (size_t)k);
    }
    free(limbs);
}

/* Python's float repr: shortest round-tripping digits, exponent form
 * outside [1e-4, 1e16).  With is_imag the trailing ".0" is dropped (as in
 * complex repr). */
static void db_float(FtDumpBuf *b, double v, int is_imag)
{
    char out[64];
    if (isnan(v)) {
        db_puts(b, "nan");
        return;
    }
    if (isinf(v)) {
        db_puts(b, v < 0 ? "-inf" : "inf");
        return;
    }
    /* find shortest precision that round-trips, in %e form */
    char e[48];
    int prec;
    for (prec = 0; prec < 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, v);
        if (strtod(e, NULL) == v)
            break;
    }
    if (prec == 17)
        snprintf(e, sizeof e, "%.16e", v);
    /* split mantissa digits and exponent */
    char digs[32];
    int nd = 0, neg = 0;
    const char *p = e;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    while (*p && *p != 'e') {
        if (*p >= '0' && *p <= '9')
            digs[nd++] = *p;
        p++;
    }
    int exp10 = atoi(p + 1);
    /* strip trailing zeros from mantissa */
    while (nd > 1 && digs[nd - 1] == '0')
        nd--;
    digs[nd] = '\0';
    int decpt = exp10 + 1;      /* position of decimal point relative to digits */
    size_t o = 0;
    if (neg)
        out[o++] = '-';
    if (decpt > 16 || decpt < -3) {
        out[o++] = digs[0];
        if (nd > 1) {
            out[o++] = '.';
            for (int i = 1; i < nd; i++)
                out[o++] = digs[i];
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "e%c%02d",
                              exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (decpt <= 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[o++] = '0';
        for (int i = 0; i < nd; i++)
            out[o++] = digs[i];
    } else {
        for (int i = 0; i < decpt; i++)
            out[o++] = i < nd ? digs[i] : '0';
        if (nd > decpt) {
            out[o++] = '.';
            for (int i = decpt; i < nd; i++)
                out[o++] = digs[i];
        } else if (!is_imag) {
            out[o++] = '.';
            out[o++] = '0';
        }
    }
    out[o] = '\0';
    db_puts(b, out);
}

static void db_constant(FtDumpBuf *b, const FtConstant *c)
{
    switch (c->kind) {
    case FT_CONST_NONE: db_puts(b, "None"); break;
    case FT_CONST_TRUE: db_puts(b, "True"); break;
    case FT_CONST_FALSE: db_puts(b, "False"); break;
    case FT_CONST_ELLIPSIS: db_puts(b, "Ellipsis"); break;
    case FT_CONST_INT: db_int(b, c->v.i.digits, c->v.i.base); break;
    case FT_CONST_FLOAT: db_float(b, c->v.f, 0); break;
    case FT_CONST_COMPLEX:
        db_float(b, c->v.imag, 1);
        db_putc(b, 'j');
        break;
    case FT_CONST_STR: db_repr_str(b, c->v.s.data, c->v.s.len); break;
    case FT_CONST_BYTES: db_repr_bytes(b, c->v.s.data, c->v.s.len); break;
    }
}

/* ------------------------------------------------------------------ */
/* Tree walk                                                          */
/* ------------------------------------------------------------------ */

/* Field emission helpers: `first` tracks the comma separator. */
typedef struct {
    FtDumpBuf *b;
    int first;
} FtFields;

static void fd_name(FtFields *f, const char *name)
{
    if (!f->first)
        db_puts(f->b, ", ");
    f->first = 0;
    db_puts(f->b, name);
    db_putc(f->b, '=');
}

static void dump_expr(FtDumpBuf *b, const FtExpr *e);
static void dump_stmt(FtDumpBuf *b, const FtStmt *s);
static void dump_pattern(FtDumpBuf *b, const FtPattern *p);

static void db_ident(FtDumpBuf *b, const char *s)
{
    if (!s)
        db_puts(b, "None");
    else
        db_repr_str(b, s, strlen(s));
}

static void db_exprs(FtDumpBuf *b, FtExprSeq s)
{
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        if (i)
            db_puts(b, ", ");
        if (s.items[i])
            dump_expr(b, s.items[i]);
        else
            db_puts(b, "None");
    }
    db_putc(b, ']');
}

static void db_stmts(FtDumpBuf *b, FtStmtSeq s)
{
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        if (i)
            db_puts(b, ", ");
        dump_stmt(b, s.items[i]);
    }
    db_putc(b, ']');
}

static void db_idents(FtDumpBuf *b, FtIdentSeq s)
{
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        if (i)
            db_puts(b, ", ");
        db_ident(b, s.items[i]);
    }
    db_putc(b, ']');
}

static void db_patterns(FtDumpBuf *b, FtPatternSeq s)
{
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        if (i)
            db_puts(b, ", ");
        dump_pattern(b, s.items[i]);
    }
    db_putc(b, ']');
}

static void db_attrs(FtDumpBuf *b, int first, int l, int c, int el, int ec)
{
    if (!b->attrs)
        return;
    if (!first)
        db_puts(b, ", ");
    db_puts(b, "lineno=");
    db_printf_int(b, l);
    db_puts(b, ", col_offset=");
    db_printf_int(b, c);
    db_puts(b, ", end_lineno=");
    db_printf_int(b, el);
    db_puts(b, ", end_col_offset=");
    db_printf_int(b, ec);
}

static void f_expr(FtFields *f, const char *name, const FtExpr *e, int optional)
{
    if (!e && optional)
        return;
    fd_name(f, name);
    if (e)
        dump_expr(f->b, e);
    else
        db_puts(f->b, "None");
}

static void f_exprs(FtFields *f, const char *name, FtExprSeq s)
{
    fd_name(f, name);
    db_exprs(f->b, s);
}

static void f_stmts(FtFields *f, const char *name, FtStmtSeq s)
{
    fd_name(f, name);
    db_stmts(f->b, s);
}

static void f_ident(FtFields *f, const char *name, const char *id, int optional)
{
    if (!id && optional)
        return;
    fd_name(f, name);
    db_ident(f->b, id);
}

static void f_raw(FtFields *f, const char *name, const char *text)
{
    fd_name(f, name);
    db_puts(f->b, text);
}

static void f_int(FtFields *f, const char *name, long long v)
{
    fd_name(f, name);
    db_printf_int(f->b, v);
}

static const char *ctx_name(FtExprContext c)
{
    return c == FT_CTX_STORE ? "Store()" : c == FT_CTX_DEL ? "Del()" : "Load()";
}

static void dump_arg(FtDumpBuf *b, const FtArg *a)
{
    FtFields f = { b, 1 };
    db_puts(b, "arg(");
    f_ident(&f, "arg", a->arg, 0);
    f_expr(&f, "annotation", a->annotation, 1);
    db_attrs(b, f.first, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    db_putc(b, ')');
}

static void f_args(FtFields *f, const char *name, FtArgSeq s)
{
    fd_name(f, name);
    db_putc(f->b, '[');
    for (int i = 0; i < s.n; i++) {
        if (i)
            db_puts(f->b, ", ");
        dump_arg(f->b, s.items[i]);
    }
    db_putc(f->b, ']');
}

static void dump_arguments(FtDumpBuf *b, const FtArguments *a)
{
    FtFields f = { b, 1 };
    db_puts(b, "arguments(");
    f_args(&f, "posonlyargs", a->posonlyargs);
    f_args(&f, "args", a->args);
    if (a->vararg) {
        fd_name(&f, "vararg");
        dump_arg(b, a->vararg);
    }
    f_args(&f, "kwonlyargs", a->kwonlyargs);
    f_exprs(&f, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        fd_name(&f, "kwarg");
        dump_arg(b, a->kwarg);
    }
    f_exprs(&f, "defaults", a->defaults);
    db_putc(b, ')');
}

static void f_keywords(FtFields *f, const char *name, FtKeywordSeq s)
{
    fd_name(f, name);
    FtDumpBuf *b = f->b;
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        const FtKeyword *k = s.items[i];
        FtFields g = { b, 1 };
        if (i)
            db_puts(b, ", ");
        db_puts(b, "keyword(");
        f_ident(&g, "arg", k->arg, 1);
        f_expr(&g, "value", k->value, 0);
        db_attrs(b, g.first, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        db_putc(b, ')');
    }
    db_putc(b, ']');
}

static void f_aliases(FtFields *f, const char *name, FtAliasSeq s)
{
    fd_name(f, name);
    FtDumpBuf *b = f->b;
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        const FtAlias *k = s.items[i];
        FtFields g = { b, 1 };
        if (i)
            db_puts(b, ", ");
        db_puts(b, "alias(");
        f_ident(&g, "name", k->name, 0);
        f_ident(&g, "asname", k->asname, 1);
        db_attrs(b, g.first, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        db_putc(b, ')');
    }
    db_putc(b, ']');
}

static void f_comps(FtFields *f, const char *name, FtComprehensionSeq s)
{
    fd_name(f, name);
    FtDumpBuf *b = f->b;
    db_putc(b, '[');
    for (int i = 0; i < s.n; i++) {
        const FtComprehension *c = s.items[i];
        FtFields g = { b, 1 };
        if (i)
            db_puts(b, ", ");
        db_puts(b, "comprehension(");
        f_expr(&g, "target", c->target, 0);
        f_expr(&g, "iter", c->iter, 0);
        f_exprs(&g, "ifs", c->ifs);
        f_int(&g, "is_async", c->is_async);
        db_putc(b, ')');
    }
    db_putc(b, ']');
}

static void dump_expr(FtDumpBuf *b, const FtExpr *e)
{
    FtFields f = { b, 1 };
    db_puts(b, ft_ast_expr_kind_name(e->kind));
    db_putc(b, '(');
    switch (e->kind) {
    case FT_EXPR_BOOLOP:
        f_raw(&f, "op", e->v.BoolOp.op == FT_BOOLOP_AND ? "And()" : "Or()");
        f_exprs(&f, "values", e->v.BoolOp.values);
        break;
    case FT_EXPR_NAMEDEXPR:
        f_expr(&f, "target", e->v.NamedExpr.target, 0);
        f_expr(&f, "value", e->v.NamedExpr.value, 0);
        break;
    case FT_EXPR_BINOP:
        f_expr(&f, "left", e->v.BinOp.left, 0);
        fd_name(&f, "op");
        db_puts(b, ft_ast_operator_name(e->v.BinOp.op));
        db_puts(b, "()");
        f_expr(&f, "right", e->v.BinOp.right, 0);
        break;
    case FT_EXPR_UNARYOP:
        fd_name(&f, "op");
        db_puts(b, ft_ast_unaryop_name(e->v.UnaryOp.op));
        db_puts(b, "()");
        f_expr(&f, "operand", e->v.UnaryOp.operand, 0);
        break;
    case FT_EXPR_LAMBDA:
        fd_name(&f, "args");
        dump_arguments(b, e->v.Lambda.args);
        f_expr(&f, "body", e->v.Lambda.body, 0);
        break;
    case FT_EXPR_IFEXP:
        f_expr(&f, "test", e->v.IfExp.test, 0);
        f_expr(&f, "body", e->v.IfExp.body, 0);
        f_expr(&f, "orelse", e->v.IfExp.orelse, 0);
        break;
    case FT_EXPR_DICT:
        f_exprs(&f, "keys", e->v.Dict.keys);
        f_exprs(&f, "values", e->v.Dict.values);
        break;
    case FT_EXPR_SET:
        f_exprs(&f, "elts", e->v.Set.elts);
        break;
    case FT_EXPR_LISTCOMP:
    case FT_EXPR_SETCOMP:
    case FT_EXPR_GENERATOREXP:
        f_expr(&f, "elt", e->v.ListComp.elt, 0);
        f_comps(&f, "generators", e->v.ListComp.generators);
        break;
    case FT_EXPR_DICTCOMP:
        f_expr(&f, "key", e->v.DictComp.key, 0);
        f_expr(&f, "value", e->v.DictComp.value, 0);
        f_comps(&f, "generators", e->v.DictComp.generators);
        break;
    case FT_EXPR_AWAIT:
        f_expr(&f, "value", e->v.Await.value, 0);
        break;
    case FT_EXPR_YIELD:
        f_expr(&f, "value", e->v.Yield.value, 1);
        break;
    case FT_EXPR_YIELDFROM:
        f_expr(&f, "value", e->v.YieldFrom.value, 0);
        break;
    case FT_EXPR_COMPARE:
        f_expr(&f, "left", e->v.Compare.left, 0);
        fd_name(&f, "ops");
        db_putc(b, '[');
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            if (i)
                db_puts(b, ", ");
            db_puts(b, ft_ast_cmpop_name(e->v.Compare.ops.items[i]));
            db_puts(b, "()");
        }
        db_putc(b, ']');
        f_exprs(&f, "comparators", e->v.Compare.comparators);
        break;
    case FT_EXPR_CALL:
        f_expr(&f, "func", e->v.Call.func, 0);
        f_exprs(&f, "args", e->v.Call.args);
        f_keywords(&f, "keywords", e->v.Call.keywords);
        break;
    case FT_EXPR_FORMATTEDVALUE:
        f_expr(&f, "value", e->v.FormattedValue.value, 0);
        f_int(&f, "conversion", e->v.FormattedValue.conversion);
        f_expr(&f, "format_spec", e->v.FormattedValue.format_spec, 1);
        break;
    case FT_EXPR_JOINEDSTR:
        f_exprs(&f, "values", e->v.JoinedStr.values);
        break;
    case FT_EXPR_CONSTANT:
        fd_name(&f, "value");
        db_constant(b, &e->v.Constant);
        if (e->v.Constant.kind == FT_CONST_STR && e->v.Constant.is_u)
            f_raw(&f, "kind", "'u'");
        break;
    case FT_EXPR_ATTRIBUTE:
        f_expr(&f, "value", e->v.Attribute.value, 0);
        f_ident(&f, "attr", e->v.Attribute.attr, 0);
        f_raw(&f, "ctx", ctx_name(e->v.Attribute.ctx));
        break;
    case FT_EXPR_SUBSCRIPT:
        f_expr(&f, "value", e->v.Subscript.value, 0);
        f_expr(&f, "slice", e->v.Subscript.slice, 0);
        f_raw(&f, "ctx", ctx_name(e->v.Subscript.ctx));
        break;
    case FT_EXPR_STARRED:
        f_expr(&f, "value", e->v.Starred.value, 0);
        f_raw(&f, "ctx", ctx_name(e->v.Starred.ctx));
        break;
    case FT_EXPR_NAME:
        f_ident(&f, "id", e->v.Name.id, 0);
        f_raw(&f, "ctx", ctx_name(e->v.Name.ctx));
        break;
    case FT_EXPR_LIST:
        f_exprs(&f, "elts", e->v.List.elts);
        f_raw(&f, "ctx", ctx_name(e->v.List.ctx));
        break;
    case FT_EXPR_TUPLE:
        f_exprs(&f, "elts", e->v.Tuple.elts);
        f_raw(&f, "ctx", ctx_name(e->v.Tuple.ctx));
        break;
    case FT_EXPR_SLICE:
        f_expr(&f, "lower", e->v.Slice.lower, 1);
        f_expr(&f, "upper", e->v.Slice.upper, 1);
        f_expr(&f, "step", e->v.Slice.step, 1);
        break;
    }
    db_attrs(b, f.first, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    db_putc(b, ')');
}

static void dump_pattern(FtDumpBuf *b, const FtPattern *p)
{
    FtFields f = { b, 1 };
    db_puts(b, ft_ast_pattern_kind_name(p->kind));
    db_putc(b, '(');
    switch (p->kind) {
    case FT_PAT_MATCHVALUE:
        f_expr(&f, "value", p->v.MatchValue.value, 0);
        break;
    case FT_PAT_MATCHSINGLETON:
        fd_name(&f, "value");
        db_constant(b, &p->v.MatchSingleton.value);
        break;
    case FT_PAT_MATCHSEQUENCE:
        fd_name(&f, "patterns");
        db_patterns(b, p->v.MatchSequence.patterns);
        break;
    case FT_PAT_MATCHMAPPING:
        f_exprs(&f, "keys", p->v.MatchMapping.keys);
        fd_name(&f, "patterns");
        db_patterns(b, p->v.MatchMapping.patterns);
        f_ident(&f, "rest", p->v.MatchMapping.rest, 1);
        break;
    case FT_PAT_MATCHCLASS:
        f_expr(&f, "cls", p->v.MatchClass.cls, 0);
        fd_name(&f, "patterns");
        db_patterns(b, p->v.MatchClass.patterns);
        fd_name(&f, "kwd_attrs");
        db_idents(b, p->v.MatchClass.kwd_attrs);
        fd_name(&f, "kwd_patterns");
        db_patterns(b, p->v.MatchClass.kwd_patterns);
        break;
    case FT_PAT_MATCHSTAR:
        f_ident(&f, "name", p->v.MatchStar.name, 1);
        break;
    case FT_PAT_MATCHAS:
        if (p->v.MatchAs.pattern) {
            fd_name(&f, "pattern");
            dump_pattern(b, p->v.MatchAs.pattern);
        }
        f_ident(&f, "name", p->v.MatchAs.name, 1);
        break;
    case FT_PAT_MATCHOR:
        fd_name(&f, "patterns");
        db_patterns(b, p->v.MatchOr.patterns);
        break;
    }
    db_attrs(b, f.first, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    db_putc(b, ')');
}

static void dump_try(FtFields *f, const FtTryData *t)
{
    FtDumpBuf *b = f->b;
    f_stmts(f, "body", t->body);
    fd_name(f, "handlers");
    db_putc(b, '[');
    for (int i = 0; i < t->handlers.n; i++) {
        const FtExceptHandler *h = t->handlers.items[i];
        FtFields g = { b, 1 };
        if (i)
            db_puts(b, ", ");
        db_puts(b, "ExceptHandler(");
        f_expr(&g, "type", h->type, 1);
        f_ident(&g, "name", h->name, 1);
        f_stmts(&g, "body", h->body);
        db_attrs(b, g.first, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
        db_putc(b, ')');
    }
    db_putc(b, ']');
    f_stmts(f, "orelse", t->orelse);
    f_stmts(f, "finalbody", t->finalbody);
}

static void dump_stmt(FtDumpBuf *b, const FtStmt *s)
{
    FtFields f = { b, 1 };
    db_puts(b, ft_ast_stmt_kind_name(s->kind));
    db_putc(b, '(');
    switch (s->kind) {
    case FT_STMT_FUNCTIONDEF:
    case FT_STMT_ASYNCFUNCTIONDEF:
        f_ident(&f, "name", s->v.FunctionDef.name, 0);
        fd_name(&f, "args");
        dump_arguments(b, s->v.FunctionDef.args);
        f_stmts(&f, "body", s->v.FunctionDef.body);
        f_exprs(&f, "decorator_list", s->v.FunctionDef.decorator_list);
        f_expr(&f, "returns", s->v.FunctionDef.returns, 1);
        break;
    case FT_STMT_CLASSDEF:
        f_ident(&f, "name", s->v.ClassDef.name, 0);
        f_exprs(&f, "bases", s->v.ClassDef.bases);
        f_keywords(&f, "keywords", s->v.ClassDef.keywords);
        f_stmts(&f, "body", s->v.ClassDef.body);
        f_exprs(&f, "decorator_list", s->v.ClassDef.decorator_list);
        break;
    case FT_STMT_RETURN:
        f_expr(&f, "value", s->v.Return.value, 1);
        break;
    case FT_STMT_DELETE:
        f_exprs(&f, "targets", s->v.Delete.targets);
        break;
    case FT_STMT_ASSIGN:
        f_exprs(&f, "targets", s->v.Assign.targets);
        f_expr(&f, "value", s->v.Assign.value, 0);
        break;
    case FT_STMT_AUGASSIGN:
        f_expr(&f, "target", s->v.AugAssign.target, 0);
        fd_name(&f, "op");
        db_puts(b, ft_ast_operator_name(s->v.AugAssign.op));
        db_puts(b, "()");
        f_expr(&f, "value", s->v.AugAssign.value, 0);
        break;
    case FT_STMT_ANNASSIGN:
        f_expr(&f, "target", s->v.AnnAssign.target, 0);
        f_expr(&f, "annotation", s->v.AnnAssign.annotation, 0);
        f_expr(&f, "value", s->v.AnnAssign.value, 1);
        f_int(&f, "simple", s->v.AnnAssign.simple);
        break;
    case FT_STMT_FOR:
    case FT_STMT_ASYNCFOR:
        f_expr(&f, "target", s->v.For.target, 0);
        f_expr(&f, "iter", s->v.For.iter, 0);
        f_stmts(&f, "body", s->v.For.body);
        f_stmts(&f, "orelse", s->v.For.orelse);
        break;
    case FT_STMT_WHILE:
        f_expr(&f, "test", s->v.While.test, 0);
        f_stmts(&f, "body", s->v.While.body);
        f_stmts(&f, "orelse", s->v.While.orelse);
        break;
    case FT_STMT_IF:
        f_expr(&f, "test", s->v.If.test, 0);
        f_stmts(&f, "body", s->v.If.body);
        f_stmts(&f, "orelse", s->v.If.orelse);
        break;
    case FT_STMT_WITH:
    case FT_STMT_ASYNCWITH:
        fd_name(&f, "items");
        db_putc(b, '[');
        for (int i = 0; i < s->v.With.items.n; i++) {
            const FtWithItem *w = s->v.With.items.items[i];
            FtFields g = { b, 1 };
            if (i)
                db_puts(b, ", ");
            db_puts(b, "withitem(");
            f_expr(&g, "context_expr", w->context_expr, 0);
            f_expr(&g, "optional_vars", w->optional_vars, 1);
            db_putc(b, ')');
        }
        db_putc(b, ']');
        f_stmts(&f, "body", s->v.With.body);
        break;
    case FT_STMT_MATCH:
        f_expr(&f, "subject", s->v.Match.subject, 0);
        fd_name(&f, "cases");
        db_putc(b, '[');
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            const FtMatchCase *c = s->v.Match.cases.items[i];
            FtFields g = { b, 1 };
            if (i)
                db_puts(b, ", ");
            db_puts(b, "match_case(");
            fd_name(&g, "pattern");
            dump_pattern(b, c->pattern);
            f_expr(&g, "guard", c->guard, 1);
            f_stmts(&g, "body", c->body);
            db_putc(b, ')');
        }
        db_putc(b, ']');
        break;
    case FT_STMT_RAISE:
        f_expr(&f, "exc", s->v.Raise.exc, 1);
        f_expr(&f, "cause", s->v.Raise.cause, 1);
        break;
    case FT_STMT_TRY:
    case FT_STMT_TRYSTAR:
        dump_try(&f, &s->v.Try);
        break;
    case FT_STMT_ASSERT:
        f_expr(&f, "test", s->v.Assert.test, 0);
        f_expr(&f, "msg", s->v.Assert.msg, 1);
        break;
    case FT_STMT_IMPORT:
        f_aliases(&f, "names", s->v.Import.names);
        break;
    case FT_STMT_IMPORTFROM:
        f_ident(&f, "module", s->v.ImportFrom.module, 1);
        f_aliases(&f, "names", s->v.ImportFrom.names);
        f_int(&f, "level", s->v.ImportFrom.level);
        break;
    case FT_STMT_GLOBAL:
    case FT_STMT_NONLOCAL:
        fd_name(&f, "names");
        db_idents(b, s->v.Global.names);
        break;
    case FT_STMT_EXPR:
        f_expr(&f, "value", s->v.Expr.value, 0);
        break;
    case FT_STMT_PASS:
    case FT_STMT_BREAK:
    case FT_STMT_CONTINUE:
        break;
    }
    db_attrs(b, f.first, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    db_putc(b, ')');
}

static void dump_mod(FtDumpBuf *b, const FtMod *m)
{
    switch (m->kind) {
    case FT_MOD_MODULE:
        db_puts(b, "Module(body=");
        db_stmts(b, m->body);
        db_puts(b, ", type_ignores=[])");
        break;
    case FT_MOD_INTERACTIVE:
        db_puts(b, "Interactive(body=");
        db_stmts(b, m->body);
        db_puts(b, ")");
        break;
    case FT_MOD_EXPRESSION:
        db_puts(b, "Expression(body=");
        dump_expr(b, m->expr);
        db_puts(b, ")");
        break;
    }
}

static char *db_finish(FtArena *a, FtDumpBuf *b)
{
    char *r = NULL;
    if (!b->oom)
        r = ft_arena_strndup(a, b->buf ? b->buf : "", b->len);
    free(b->buf);
    return r;
}

char *ft_ast_dump(FtArena *a, const FtMod *m)
{
    FtDumpBuf b = { 0 };
    dump_mod(&b, m);
    return db_finish(a, &b);
}

char *ft_ast_dump_attrs(FtArena *a, const FtMod *m)
{
    FtDumpBuf b = { 0 };
    b.attrs = 1;
    dump_mod(&b, m);
    return db_finish(a, &b);
}

char *ft_ast_dump_expr(FtArena *a, const FtExpr *e)
{
    FtDumpBuf b = { 0 };
    dump_expr(&b, e);
    return db_finish(a, &b);
}

char *ft_ast_dump_stmt(FtArena *a, const FtStmt *s)
{
    FtDumpBuf b = { 0 };
    dump_stmt(&b, s);
    return db_finish(a, &b);
}
