/*
 * tokenizer.c - turns Python 3.11 source text into tokens.
 *
 * What it holds: the scanner behind ft_tok_next (identifiers, keywords,
 * numbers, strings, operators, INDENT/DEDENT/NEWLINE), the keyword table and
 * the error helper shared with the parser.
 *
 * How it works: one call scans one token starting at t->cur.  At the start
 * of a logical line it measures indentation (tabs advance to the next
 * multiple of 8; a second "alternate" column counts tabs as 1 so that
 * ambiguous tab/space mixes raise TabError, as CPython does) and queues
 * INDENT/DEDENT tokens in t->pendin.  Inside brackets newlines are ignored.
 * String literals are only delimited here (the parser decodes them), and
 * number literals are validated with CPython's messages and caret offsets.
 * The input is expected to use '\n' line endings (ft_parse_* normalizes
 * "\r\n" and "\r" first) and to be valid UTF-8 (checked by the parser).
 *
 * Invariant: t->cur never passes t->end; positions are (1-based line,
 * 0-based byte column) pairs; after an error t->done is set and the
 * tokenizer keeps returning FT_TK_ERROR.  No global mutable state.
 *
 * Synchronization: none needed.  A tokenizer's state is private to the
 * caller; there is no global mutable state, so threads tokenize at once.
 */
#include "tokenizer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Keywords and names                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *text;
    FtTokType type;
} FtKeywordEntry;

static const FtKeywordEntry ft_keywords[] = {
    { "False", FT_KW_FALSE }, { "None", FT_KW_NONE }, { "True", FT_KW_TRUE },
    { "and", FT_KW_AND }, { "as", FT_KW_AS }, { "assert", FT_KW_ASSERT },
    { "async", FT_KW_ASYNC }, { "await", FT_KW_AWAIT }, { "break", FT_KW_BREAK },
    { "class", FT_KW_CLASS }, { "continue", FT_KW_CONTINUE }, { "def", FT_KW_DEF },
    { "del", FT_KW_DEL }, { "elif", FT_KW_ELIF }, { "else", FT_KW_ELSE },
    { "except", FT_KW_EXCEPT }, { "finally", FT_KW_FINALLY }, { "for", FT_KW_FOR },
    { "from", FT_KW_FROM }, { "global", FT_KW_GLOBAL }, { "if", FT_KW_IF },
    { "import", FT_KW_IMPORT }, { "in", FT_KW_IN }, { "is", FT_KW_IS },
    { "lambda", FT_KW_LAMBDA }, { "nonlocal", FT_KW_NONLOCAL }, { "not", FT_KW_NOT },
    { "or", FT_KW_OR }, { "pass", FT_KW_PASS }, { "raise", FT_KW_RAISE },
    { "return", FT_KW_RETURN }, { "try", FT_KW_TRY }, { "while", FT_KW_WHILE },
    { "with", FT_KW_WITH }, { "yield", FT_KW_YIELD },
};

FtTokType ft_tok_keyword(const char *s, size_t len)
{
    /* keywords are 2..8 ASCII letters; a linear scan over 35 entries is cheap
     * and this is only reached for short names */
    if (len < 2 || len > 8)
        return FT_TK_NAME;
    for (size_t i = 0; i < sizeof(ft_keywords) / sizeof(ft_keywords[0]); i++) {
        const char *k = ft_keywords[i].text;
        if (k[0] == s[0] && strlen(k) == len && memcmp(k, s, len) == 0)
            return ft_keywords[i].type;
    }
    return FT_TK_NAME;
}

static const char *const ft_op_names[] = {
    "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'", "'+'",
    "'-'", "'*'", "'/'", "'|'", "'&'", "'<'", "'>'", "'='", "'.'", "'%'",
    "'=='", "'!='", "'<='", "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'",
    "'+='", "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='",
    "'>>='", "'**='", "'//'", "'//='", "'@'", "'@='", "'->'", "'...'",
    "':='", "'!'",
};

const char *ft_tok_type_name(FtTokType type)
{
    switch (type) {
    case FT_TK_ENDMARKER: return "ENDMARKER";
    case FT_TK_NAME: return "NAME";
    case FT_TK_NUMBER: return "NUMBER";
    case FT_TK_STRING: return "STRING";
    case FT_TK_NEWLINE: return "NEWLINE";
    case FT_TK_INDENT: return "INDENT";
    case FT_TK_DEDENT: return "DEDENT";
    case FT_TK_ERRORTOKEN: return "ERRORTOKEN";
    case FT_TK_ERROR: return "ERROR";
    default: break;
    }
    if (type >= FT_TK_LPAR && type <= FT_TK_EXCLAMATION)
        return ft_op_names[type - FT_TK_LPAR];
    if (type >= FT_KW_FALSE && type < FT_TK__COUNT)
        return ft_keywords[type - FT_KW_FALSE].text;
    return "?";
}

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */

int ft_tok_char_col(const char *line_start, const char *pos)
{
    int n = 0;
    for (const char *p = line_start; p < pos; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            n++;
    return n;
}

/* CPython converts a 1-based byte offset b to characters by decoding the
 * first b bytes of the line (clamped to the line).  Only bytes before the
 * error position are read, so no buffer end is needed. */
static int ft_tok_offset_to_chars(const char *line_start, int b)
{
    if (b <= 0 || !line_start)
        return b;
    int n = 0;
    for (int i = 0; i < b - 1; i++) {
        unsigned char c = (unsigned char)line_start[i];
        if (c == '\n')
            break;
        if ((c & 0xC0) != 0x80)
            n++;
    }
    return n + 1;
}

void ft_tok_set_error(FtSyntaxError *err, const char *kind,
                      const char *line_start, int lineno, int byte_offset,
                      int end_lineno, const char *end_line_start, int byte_end_offset,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = kind;
    err->lineno = lineno;
    err->col_offset = ft_tok_offset_to_chars(line_start, byte_offset);
    err->end_lineno = end_lineno;
    err->end_offset = ft_tok_offset_to_chars(end_line_start, byte_end_offset);
}

/* Error at the current scan position: CPython's tokenizer reports the
 * number of characters from the line start to its cursor. */
static FtTokType tok_error_at(FtTokenizer *t, const char *pos, const char *kind, const char *msg)
{
    FtSyntaxError *e = t->err;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->kind = kind;
    e->lineno = e->end_lineno = t->lineno;
    e->col_offset = e->end_offset = ft_tok_char_col(t->line_start, pos);
    t->done = 1;
    return FT_TK_ERROR;
}

static int num_error(FtTokenizer *t, const char *pos, const char *msg)
{
    tok_error_at(t, pos, "SyntaxError", msg);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Init                                                               */
/* ------------------------------------------------------------------ */

void ft_tok_init(FtTokenizer *t, const char *src, size_t len, FtSyntaxError *err)
{
    memset(t, 0, sizeof(*t));
    t->buf = t->cur = t->line_start = src;
    t->buf_end = t->end = src + len;
    t->lineno = 1;
    t->atbol = 1;
    t->mode = FT_TOK_MODE_FILE;
    t->last_type = -1;
    t->err = err;
}

void ft_tok_init_inner(FtTokenizer *t, const char *buf, const char *buf_end,
                       const char *start, const char *end,
                       const char *line_start, int lineno, FtSyntaxError *err)
{
    memset(t, 0, sizeof(*t));
    t->buf = buf;
    t->buf_end = buf_end;
    t->cur = start;
    t->end = end;
    t->line_start = line_start;
    t->lineno = lineno;
    t->mode = FT_TOK_MODE_INNER;
    t->last_type = -1;
    t->err = err;
}

/* ------------------------------------------------------------------ */
/* Character classes                                                  */
/* ------------------------------------------------------------------ */

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static int peekc(const FtTokenizer *t, const char *p)
{
    return p < t->end ? (unsigned char)*p : -1;
}

static long decode_cp(const char *p, const char *end, int *nbytes)
{
    const unsigned char *s = (const unsigned char *)p;
    unsigned c = s[0];
    int need;
    long v;
    if (c < 0x80) { *nbytes = 1; return c; }
    if ((c & 0xE0) == 0xC0) { need = 1; v = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { need = 2; v = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { need = 3; v = c & 0x07; }
    else { *nbytes = 1; return -1; }
    if (end - p <= need) { *nbytes = 1; return -1; }
    for (int i = 1; i <= need; i++)
        v = (v << 6) | (s[i] & 0x3F);
    *nbytes = need + 1;
    return v;
}

/* 0: identifier character (we accept everything not listed, an
 * approximation of XID), 1: invalid printable character, 2: invalid
 * non-printable character.  Covers the common punctuation/symbol blocks so
 * typos like smart quotes get CPython's message. */
static int classify_nonascii(long cp)
{
    if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) ||
        cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xD800 && cp <= 0xDFFF) ||
        (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000)
        return 2;
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
        cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return 2;   /* unicode spaces are not printable for str.isprintable() */
    if ((cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
        cp == 0xD7 || cp == 0xF7)
        return 1;
    if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
        (cp >= 0x20A0 && cp <= 0x20CF) ||                 /* currency */
        (cp >= 0x2190 && cp <= 0x23FF) ||                 /* arrows, math, technical */
        (cp >= 0x2500 && cp <= 0x27BF) ||                 /* boxes, shapes, dingbats */
        (cp >= 0x27C0 && cp <= 0x2BFF) ||
        (cp >= 0x3001 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
        (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
        (cp >= 0xFF5B && cp <= 0xFF65) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF))                 /* emoji & symbols */
        return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Scanner pieces                                                     */
/* ------------------------------------------------------------------ */

static void make_tok(FtTokenizer *t, FtToken *tok, FtTokType type, const char *start,
                     int lineno, const char *line_start)
{
    tok->type = type;
    tok->start = start;
    tok->len = (size_t)(t->cur - start);
    tok->lineno = lineno;
    tok->col = (int)(start - line_start);
    tok->line_start = line_start;
    tok->end_lineno = t->lineno;
    tok->end_col = (int)(t->cur - t->line_start);
    tok->level = t->level;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Does text at p start with word w followed by a non-identifier char? */
static int lookahead_word(const FtTokenizer *t, const char *p, const char *w)
{
    while (*w) {
        if (peekc(t, p) != (unsigned char)*w)
            return 0;
        p++;
        w++;
    }
    return !is_id_char(peekc(t, p));
}

/* After a number: CPython allows a directly following keyword among
 * and/else/for/if/in/is/not/or (with a warning); any other identifier
 * character makes the literal invalid. */
static int verify_end_of_number(FtTokenizer *t, const char *kind)
{
    int c = peekc(t, t->cur);
    const char *p = t->cur;
    int ok = 0;
    switch (c) {
    case 'a': ok = lookahead_word(t, p, "and"); break;
    case 'e': ok = lookahead_word(t, p, "else"); break;
    case 'f': ok = lookahead_word(t, p, "for"); break;
    case 'i': {
        int c2 = peekc(t, p + 1);
        ok = c2 == 'f' || c2 == 'n' || c2 == 's';
        break;
    }
    case 'o': ok = lookahead_word(t, p, "or"); break;
    case 'n': ok = lookahead_word(t, p, "not"); break;
    default: break;
    }
    if (ok)
        return 1;
    if (c >= 0 && is_id_char(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        tok_error_at(t, t->cur, "SyntaxError", msg);
        return 0;
    }
    return 1;
}

/* Decimal digits with single underscores between them.  t->cur is at a
 * digit.  Returns 0 (error reported) on a misplaced underscore. */
static int scan_decimal_tail(FtTokenizer *t)
{
    for (;;) {
        while (is_digit(peekc(t, t->cur)))
            t->cur++;
        if (peekc(t, t->cur) != '_')
            return 1;
        t->cur++;
        if (!is_digit(peekc(t, t->cur)))
            return num_error(t, t->cur, "invalid decimal literal");
    }
}

/* Fraction/exponent/imaginary part after the integer part of a decimal
 * number.  Returns 0 on error. */
static int scan_number_rest(FtTokenizer *t, int seen_dot)
{
    int c = peekc(t, t->cur);
    if (!seen_dot && c == '.') {
        t->cur++;
        seen_dot = 1;
        if (is_digit(peekc(t, t->cur)) && !scan_decimal_tail(t))
            return 0;
        c = peekc(t, t->cur);
    } else if (seen_dot) {
        if (is_digit(c) && !scan_decimal_tail(t))
            return 0;
        c = peekc(t, t->cur);
    }
    if (c == 'e' || c == 'E') {
        const char *e = t->cur;
        t->cur++;
        c = peekc(t, t->cur);
        if (c == '+' || c == '-') {
            t->cur++;
            c = peekc(t, t->cur);
            if (!is_digit(c))
                return num_error(t, t->cur, "invalid decimal literal");
        } else if (!is_digit(c)) {
            /* "1e" / "1else": back up; the 'e' is not part of the number */
            t->cur = e;
            return verify_end_of_number(t, "decimal");
        }
        if (!scan_decimal_tail(t))
            return 0;
        c = peekc(t, t->cur);
    }
    if (c == 'j' || c == 'J') {
        t->cur++;
        return verify_end_of_number(t, "imaginary");
    }
    return verify_end_of_number(t, "decimal");
}

static int scan_number(FtTokenizer *t)
{
    int c = peekc(t, t->cur);
    if (c == '.')
        return scan_number_rest(t, 0);
    if (c == '0') {
        const char *start = t->cur;
        t->cur++;
        c = peekc(t, t->cur);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            char msg[64];
            t->cur++;
            for (;;) {
                c = peekc(t, t->cur);
                if (c == '_') {
                    t->cur++;
                    c = peekc(t, t->cur);
                }
                int ok = base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c <= '7')
                                                                : (c == '0' || c == '1');
                if (!ok) {
                    if (base != 16 && is_digit(c)) {
                        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                        return num_error(t, t->cur + 1, msg);
                    }
                    snprintf(msg, sizeof msg, "invalid %s literal", kind);
                    return num_error(t, t->cur, msg);
                }
                do {
                    t->cur++;
                    c = peekc(t, t->cur);
                    ok = base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c <= '7')
                                                               : (c == '0' || c == '1');
                } while (ok);
                if (c != '_')
                    break;
            }
            if (base != 16 && is_digit(c)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return num_error(t, t->cur + 1, msg);
            }
            return verify_end_of_number(t, kind);
        }
        /* zeros, maybe followed by digits (only valid as float/imaginary) */
        int nonzero = 0;
        const char *zeros_end = NULL;
        for (;;) {
            while (peekc(t, t->cur) == '0')
                t->cur++;
            if (peekc(t, t->cur) == '_') {
                t->cur++;
                if (!is_digit(peekc(t, t->cur)))
                    return num_error(t, t->cur, "invalid decimal literal");
                continue;
            }
            break;
        }
        if (is_digit(peekc(t, t->cur))) {
            nonzero = 1;
            zeros_end = t->cur + 1;
            if (!scan_decimal_tail(t))
                return 0;
        }
        c = peekc(t, t->cur);
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
            return scan_number_rest(t, 0);
        if (nonzero) {
            int b0 = (int)(start - t->line_start) + 1;
            int b1 = (int)(zeros_end - t->line_start);
            ft_tok_set_error(t->err, "SyntaxError", t->line_start, t->lineno, b0,
                             t->lineno, t->line_start, b1,
                             "leading zeros in decimal integer literals are not "
                             "permitted; use an 0o prefix for octal integers");
            t->done = 1;
            return 0;
        }
        return verify_end_of_number(t, "decimal");
    }
    if (!scan_decimal_tail(t))
        return 0;
    return scan_number_rest(t, 0);
}

/* Scan a string literal whose opening quote is at t->cur (prefix already
 * consumed).  start/start_line*: position of the prefix for errors. */
static int scan_string(FtTokenizer *t, const char *start, int start_lineno,
                       const char *start_line)
{
    int q = peekc(t, t->cur);
    int triple = peekc(t, t->cur + 1) == q && peekc(t, t->cur + 2) == q;
    t->cur += triple ? 3 : 1;
    for (;;) {
        int c = peekc(t, t->cur);
        if (c < 0 || (c == '\n' && !triple)) {
            int b = (int)(start - start_line) + 1;
            char msg[128];
            int det = t->lineno;
            /* CPython doesn't count a newline that ends the file */
            if (c < 0 && triple && t->cur == t->line_start && det > start_lineno)
                det--;
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", det);
            ft_tok_set_error(t->err, "SyntaxError", start_line, start_lineno, b,
                             start_lineno, start_line, b, "%s", msg);
            t->done = 1;
            return 0;
        }
        t->cur++;
        if (c == q) {
            if (!triple)
                return 1;
            if (peekc(t, t->cur) == q && peekc(t, t->cur + 1) == q) {
                t->cur += 2;
                return 1;
            }
        } else if (c == '\\') {
            int c2 = peekc(t, t->cur);
            if (c2 >= 0) {
                t->cur++;
                if (c2 == '\n') {
                    t->lineno++;
                    t->line_start = t->cur;
                }
            }
        } else if (c == '\n') {
            t->lineno++;
            t->line_start = t->cur;
        }
    }
}

static int is_string_prefix(const char *s, size_t n)
{
    char a[3] = { 0, 0, 0 };
    if (n == 0 || n > 2)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        a[i] = c;
    }
    if (n == 1)
        return a[0] == 'r' || a[0] == 'u' || a[0] == 'b' || a[0] == 'f';
    return (a[0] == 'r' && (a[1] == 'b' || a[1] == 'f')) ||
           ((a[0] == 'b' || a[0] == 'f') && a[1] == 'r');
}

/* Operators, longest match first. */
static FtTokType scan_operator(FtTokenizer *t)
{
    int c = peekc(t, t->cur), c2 = peekc(t, t->cur + 1), c3 = peekc(t, t->cur + 2);
    FtTokType r = FT_TK_ERRORTOKEN;
    int n = 1;
    switch (c) {
    case '(': r = FT_TK_LPAR; break;
    case ')': r = FT_TK_RPAR; break;
    case '[': r = FT_TK_LSQB; break;
    case ']': r = FT_TK_RSQB; break;
    case '{': r = FT_TK_LBRACE; break;
    case '}': r = FT_TK_RBRACE; break;
    case ',': r = FT_TK_COMMA; break;
    case ';': r = FT_TK_SEMI; break;
    case '~': r = FT_TK_TILDE; break;
    case ':':
        if (c2 == '=') { r = FT_TK_COLONEQUAL; n = 2; } else r = FT_TK_COLON;
        break;
    case '+':
        if (c2 == '=') { r = FT_TK_PLUSEQUAL; n = 2; } else r = FT_TK_PLUS;
        break;
    case '-':
        if (c2 == '=') { r = FT_TK_MINEQUAL; n = 2; }
        else if (c2 == '>') { r = FT_TK_RARROW; n = 2; }
        else r = FT_TK_MINUS;
        break;
    case '*':
        if (c2 == '*') {
            if (c3 == '=') { r = FT_TK_DOUBLESTAREQUAL; n = 3; }
            else { r = FT_TK_DOUBLESTAR; n = 2; }
        } else if (c2 == '=') { r = FT_TK_STAREQUAL; n = 2; }
        else r = FT_TK_STAR;
        break;
    case '/':
        if (c2 == '/') {
            if (c3 == '=') { r = FT_TK_DOUBLESLASHEQUAL; n = 3; }
            else { r = FT_TK_DOUBLESLASH; n = 2; }
        } else if (c2 == '=') { r = FT_TK_SLASHEQUAL; n = 2; }
        else r = FT_TK_SLASH;
        break;
    case '|':
        if (c2 == '=') { r = FT_TK_VBAREQUAL; n = 2; } else r = FT_TK_VBAR;
        break;
    case '&':
        if (c2 == '=') { r = FT_TK_AMPEREQUAL; n = 2; } else r = FT_TK_AMPER;
        break;
    case '^':
        if (c2 == '=') { r = FT_TK_CIRCUMFLEXEQUAL; n = 2; } else r = FT_TK_CIRCUMFLEX;
        break;
    case '%':
        if (c2 == '=') { r = FT_TK_PERCENTEQUAL; n = 2; } else r = FT_TK_PERCENT;
        break;
    case '@':
        if (c2 == '=') { r = FT_TK_ATEQUAL; n = 2; } else r = FT_TK_AT;
        break;
    case '=':
        if (c2 == '=') { r = FT_TK_EQEQUAL; n = 2; } else r = FT_TK_EQUAL;
        break;
    case '!':
        if (c2 == '=') { r = FT_TK_NOTEQUAL; n = 2; }
        else r = FT_TK_ERRORTOKEN;     /* lone '!' is not a 3.11 token */
        break;
    case '<':
        if (c2 == '<') {
            if (c3 == '=') { r = FT_TK_LEFTSHIFTEQUAL; n = 3; }
            else { r = FT_TK_LEFTSHIFT; n = 2; }
        } else if (c2 == '=') { r = FT_TK_LESSEQUAL; n = 2; }
        else r = FT_TK_LESS;    /* "<>" (PEP 401) is '<' then '>': a syntax error */
        break;
    case '>':
        if (c2 == '>') {
            if (c3 == '=') { r = FT_TK_RIGHTSHIFTEQUAL; n = 3; }
            else { r = FT_TK_RIGHTSHIFT; n = 2; }
        } else if (c2 == '=') { r = FT_TK_GREATEREQUAL; n = 2; }
        else r = FT_TK_GREATER;
        break;
    case '.':
        if (c2 == '.' && c3 == '.') { r = FT_TK_ELLIPSIS; n = 3; } else r = FT_TK_DOT;
        break;
    default:
        r = FT_TK_ERRORTOKEN;
        break;
    }
    t->cur += n;
    return r;
}

/* ------------------------------------------------------------------ */
/* Main entry                                                         */
/* ------------------------------------------------------------------ */

static FtTokType finish(FtTokenizer *t, FtToken *tok, FtTokType type)
{
    (void)tok;
    t->last_type = (int)type;
    if (type == FT_TK_ENDMARKER || type == FT_TK_ERROR)
        t->done = 1;
    return type;
}

/* Measure indentation at the start of a logical line and queue
 * INDENT/DEDENT.  Returns 0 on error. */
static int handle_indentation(FtTokenizer *t)
{
    int col = 0, altcol = 0;
    const char *p = t->cur;
    int c;
    for (;;) {
        c = peekc(t, p);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (c == '\014') {
            col = altcol = 0;
        } else {
            break;
        }
        p++;
    }
    t->cur = p;
    /* EOF counts as blank: CPython appends a newline to the last line */
    t->blankline = (c == '#' || c == '\n' || c < 0);
    if (t->blankline || t->level != 0)
        return 1;
    int top = t->indent;
    if (col == t->indstack[top]) {
        if (altcol != t->altindstack[top])
            goto tab_error;
    } else if (col > t->indstack[top]) {
        if (top + 1 >= FT_TOK_MAXINDENT) {
            ft_tok_set_error(t->err, "IndentationError", t->line_start, t->lineno, 1,
                             t->lineno, t->line_start, 0, "too many levels of indentation");
            t->done = 1;
            return 0;
        }
        if (altcol <= t->altindstack[top])
            goto tab_error;
        t->pendin++;
        t->indent = top + 1;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            /* CPython reports the end of the offending line */
            const char *e = t->cur;
            while (e < t->end && *e != '\n')
                e++;
            ft_tok_set_error(t->err, "IndentationError", t->line_start, t->lineno,
                             (int)(e - t->line_start) + 1, t->lineno, t->line_start, -1,
                             "unindent does not match any outer indentation level");
            t->done = 1;
            return 0;
        }
        if (altcol != t->altindstack[t->indent])
            goto tab_error;
    }
    return 1;
tab_error:
    ft_tok_set_error(t->err, "TabError", t->line_start, t->lineno, 1, t->lineno,
                     t->line_start, 0, "inconsistent use of tabs and spaces in indentation");
    t->done = 1;
    return 0;
}

FtTokType ft_tok_next(FtTokenizer *t, FtToken *tok)
{
    memset(tok, 0, sizeof(*tok));
    if (t->done) {
        if (t->last_type == FT_TK_ENDMARKER) {
            tok->type = FT_TK_ENDMARKER;
            tok->start = t->cur;
            tok->lineno = tok->end_lineno = t->lineno;
            tok->col = tok->end_col = (int)(t->cur - t->line_start);
            tok->line_start = t->line_start;
            return FT_TK_ENDMARKER;
        }
        tok->type = FT_TK_ERROR;
        return FT_TK_ERROR;
    }

nextline:
    if (t->atbol && t->mode == FT_TOK_MODE_FILE) {
        t->atbol = 0;
        if (!handle_indentation(t))
            return finish(t, tok, FT_TK_ERROR);
    }
    if (t->pendin != 0) {
        FtTokType type;
        if (t->pendin > 0) {
            t->pendin--;
            type = FT_TK_INDENT;
        } else {
            t->pendin++;
            type = FT_TK_DEDENT;
        }
        make_tok(t, tok, type, t->cur, t->lineno, t->line_start);
        return finish(t, tok, type);
    }

again:
    /* skip whitespace */
    while (t->cur < t->end && (*t->cur == ' ' || *t->cur == '\t' || *t->cur == '\014'))
        t->cur++;
    const char *start = t->cur;
    int start_lineno = t->lineno;
    const char *start_line = t->line_start;
    int c = peekc(t, t->cur);

    /* comment: runs to end of line (newline handled below) */
    if (c == '#') {
        while (t->cur < t->end && *t->cur != '\n')
            t->cur++;
        start = t->cur;
        c = peekc(t, t->cur);
    }

    if (c < 0) {
        /* end of input */
        if (t->mode == FT_TOK_MODE_INNER) {
            make_tok(t, tok, FT_TK_ENDMARKER, t->cur, t->lineno, t->line_start);
            return finish(t, tok, FT_TK_ENDMARKER);
        }
        if (t->cont_line && t->level == 0) {
            /* "\\\n" then EOF; CPython blames the end of the last line */
            t->cont_line = 0;
            const char *ls = t->line_start;
            int ln = t->lineno;
            if (ls > t->buf && ls[-1] == '\n') {
                /* step back to the line holding the backslash */
                const char *q = ls - 1;
                while (q > t->buf && q[-1] != '\n')
                    q--;
                ln--;
                ft_tok_set_error(t->err, "SyntaxError", q, ln, (int)(ls - q), ln, q, -1,
                                 "unexpected EOF while parsing");
            } else {
                ft_tok_set_error(t->err, "SyntaxError", ls, ln, (int)(t->cur - ls) + 1, ln,
                                 ls, -1, "unexpected EOF while parsing");
            }
            t->done = 1;
            return finish(t, tok, FT_TK_ERROR);
        }
        if (t->level > 0) {
            int i = t->level - 1;
            ft_tok_set_error(t->err, "SyntaxError", t->parenlinestack[i],
                             t->parenlinenostack[i], t->parencolstack[i] + 1,
                             t->parenlinenostack[i], t->parenlinestack[i], 0,
                             "'%c' was never closed", t->parenstack[i]);
            t->eof_in_brackets = 1;
            t->done = 1;
            return finish(t, tok, FT_TK_ERROR);
        }
        if (t->last_type != -1 && t->last_type != FT_TK_NEWLINE &&
            t->last_type != FT_TK_INDENT && t->last_type != FT_TK_DEDENT) {
            /* implicit NEWLINE for a last line without '\n' */
            make_tok(t, tok, FT_TK_NEWLINE, t->cur, t->lineno, t->line_start);
            tok->end_col = tok->col + 1;
            t->lineno++;
            t->line_start = t->cur;
            t->atbol = 1;
            return finish(t, tok, FT_TK_NEWLINE);
        }
        if (t->indent > 0) {
            t->pendin = -t->indent;
            t->indent = 0;
            goto nextline;
        }
        make_tok(t, tok, FT_TK_ENDMARKER, t->cur, t->lineno, t->line_start);
        return finish(t, tok, FT_TK_ENDMARKER);
    }

    if (c == '\n') {
        t->cur++;
        int blank = t->blankline || t->level > 0 || t->mode == FT_TOK_MODE_INNER;
        const char *nl_line = t->line_start;
        int nl_lineno = t->lineno;
        t->lineno++;
        t->line_start = t->cur;
        t->cont_line = 0;
        if (blank) {
            if (t->level == 0)
                t->atbol = 1;
            goto nextline;
        }
        t->atbol = 1;
        tok->type = FT_TK_NEWLINE;
        tok->start = start;
        tok->len = 1;
        tok->lineno = tok->end_lineno = nl_lineno;
        tok->col = (int)(start - nl_line);
        tok->end_col = tok->col + 1;
        tok->line_start = nl_line;
        return finish(t, tok, FT_TK_NEWLINE);
    }

    if (c == '\\') {
        int c2 = peekc(t, t->cur + 1);
        if (c2 != '\n') {
            if (c2 < 0 && t->mode == FT_TOK_MODE_FILE) {
                /* backslash at the very end of input: CPython has appended a
                 * newline, so this is a continuation followed by EOF */
                if (t->level > 0) {
                    t->cur++;
                    t->cont_line = 0;
                    goto again;     /* reports the unclosed bracket */
                }
                t->cur++;
                ft_tok_set_error(t->err, "SyntaxError", t->line_start, t->lineno,
                                 (int)(t->cur - t->line_start) + 1, t->lineno,
                                 t->line_start, -1, "unexpected EOF while parsing");
                t->done = 1;
                return finish(t, tok, FT_TK_ERROR);
            }
            int nb = 1;
            if (c2 >= 0x80)
                decode_cp(t->cur + 1, t->end, &nb);
            int b = (int)(t->cur + 1 + nb - t->line_start);
            ft_tok_set_error(t->err, "SyntaxError", t->line_start, t->lineno, b,
                             t->lineno, t->line_start, 0,
                             "unexpected character after line continuation character");
            t->done = 1;
            return finish(t, tok, FT_TK_ERROR);
        }
        t->cur += 2;
        t->lineno++;
        t->line_start = t->cur;
        t->cont_line = 1;
        if (t->cur >= t->end && t->mode == FT_TOK_MODE_FILE) {
            goto again;     /* reports unexpected EOF */
        }
        goto again;
    }
    t->cont_line = 0;

    /* identifiers, keywords, string prefixes */
    if (is_id_start(c)) {
        while (t->cur < t->end) {
            int d = (unsigned char)*t->cur;
            if (d >= 0x80) {
                int nb;
                long cp = decode_cp(t->cur, t->end, &nb);
                int cls = classify_nonascii(cp);
                if (cls) {
                    char msg[96];
                    if (cls == 2)
                        snprintf(msg, sizeof msg, "invalid non-printable character U+%04lX", cp);
                    else
                        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04lX)", nb,
                                 t->cur, cp);
                    tok_error_at(t, t->cur + nb, "SyntaxError", msg);
                    return finish(t, tok, FT_TK_ERROR);
                }
                t->cur += nb;
            } else if (is_id_char(d)) {
                t->cur++;
            } else {
                break;
            }
        }
        int q = peekc(t, t->cur);
        if ((q == '\'' || q == '"') && is_string_prefix(start, (size_t)(t->cur - start))) {
            if (!scan_string(t, start, start_lineno, start_line))
                return finish(t, tok, FT_TK_ERROR);
            make_tok(t, tok, FT_TK_STRING, start, start_lineno, start_line);
            return finish(t, tok, FT_TK_STRING);
        }
        FtTokType kw = ft_tok_keyword(start, (size_t)(t->cur - start));
        make_tok(t, tok, kw, start, start_lineno, start_line);
        return finish(t, tok, kw);
    }

    /* numbers */
    if (is_digit(c) || (c == '.' && is_digit(peekc(t, t->cur + 1)))) {
        if (!scan_number(t))
            return finish(t, tok, FT_TK_ERROR);
        make_tok(t, tok, FT_TK_NUMBER, start, start_lineno, start_line);
        return finish(t, tok, FT_TK_NUMBER);
    }

    /* strings */
    if (c == '\'' || c == '"') {
        if (!scan_string(t, start, start_lineno, start_line))
            return finish(t, tok, FT_TK_ERROR);
        make_tok(t, tok, FT_TK_STRING, start, start_lineno, start_line);
        return finish(t, tok, FT_TK_STRING);
    }

    if (c == 0) {
        ft_tok_set_error(t->err, "SyntaxError", t->line_start, t->lineno, 0, t->lineno,
                         t->line_start, 0, "source code string cannot contain null bytes");
        t->done = 1;
        return finish(t, tok, FT_TK_ERROR);
    }
    if ((c < 0x20 && c != '\t' && c != '\014') || c == 0x7F) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
        tok_error_at(t, t->cur + 1, "SyntaxError", msg);
        return finish(t, tok, FT_TK_ERROR);
    }

    FtTokType op = scan_operator(t);
    if (op == FT_TK_LPAR || op == FT_TK_LSQB || op == FT_TK_LBRACE) {
        if (t->level >= FT_TOK_MAXLEVEL) {
            tok_error_at(t, t->cur, "SyntaxError", "too many nested parentheses");
            return finish(t, tok, FT_TK_ERROR);
        }
        t->parenstack[t->level] = (char)c;
        t->parenlinenostack[t->level] = t->lineno;
        t->parencolstack[t->level] = (int)(start - t->line_start);
        t->parenlinestack[t->level] = t->line_start;
        t->level++;
    } else if (op == FT_TK_RPAR || op == FT_TK_RSQB || op == FT_TK_RBRACE) {
        char msg[128];
        if (t->level <= 0) {
            snprintf(msg, sizeof msg, "unmatched '%c'", c);
            tok_error_at(t, t->cur, "SyntaxError", msg);
            return finish(t, tok, FT_TK_ERROR);
        }
        t->level--;
        char open = t->parenstack[t->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (t->parenlinenostack[t->level] != t->lineno)
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c' on line %d", c, open, t->parenlinenostack[t->level]);
            else
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", c, open);
            tok_error_at(t, t->cur, "SyntaxError", msg);
            return finish(t, tok, FT_TK_ERROR);
        }
    }
    make_tok(t, tok, op, start, start_lineno, start_line);
    return finish(t, tok, op);
}
