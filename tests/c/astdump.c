/*
 * astdump.c - tiny command-line driver for the ftpy parser (test tool).
 *
 * What it holds: main() that reads a Python source file (or stdin), parses
 * it in exec/eval/single mode and prints the tree in CPython `ast.dump()`
 * format, optionally with position attributes; on a syntax error it prints
 * one line "ERROR <kind>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>".
 *
 * How it works: a thin wrapper over ft_parse_* and ft_ast_dump*; used by
 * tests/c/check_parser_vs_cpython.sh to diff our output against CPython's.
 * Invariant: output is exactly one line per input; exit code 0 on success,
 * 1 on syntax error, 2 on usage/IO problems.  No global mutable state.
 *
 * Usage: astdump [-a] [-m exec|eval|single] [-n REPEAT] [FILE|-]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/compiler/ast.h"
#include "../../src/compiler/parser.h"

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int attrs = 0, repeat = 1;
    const char *mode = "exec", *path = "-";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0)
            attrs = 1;
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
            mode = argv[++i];
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else
            path = argv[i];
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t len;
    char *src = read_all(f, &len);
    if (f != stdin)
        fclose(f);
    if (!src)
        return 2;
    int rc = 0;
    for (int r = 0; r < repeat; r++) {
        FtArena *a = ft_arena_new();
        FtSyntaxError err;
        FtMod *m;
        if (strcmp(mode, "eval") == 0)
            m = ft_parse_expression(a, src, len, path, &err);
        else if (strcmp(mode, "single") == 0)
            m = ft_parse_interactive(a, src, len, path, &err);
        else
            m = ft_parse_module(a, src, len, path, &err);
        if (r == repeat - 1) {
            if (!m) {
                printf("ERROR %s|%s|%d|%d|%d|%d\n", err.kind, err.msg, err.lineno, err.col_offset,
                       err.end_lineno, err.end_offset);
                rc = 1;
            } else {
                char *d = attrs ? ft_ast_dump_attrs(a, m) : ft_ast_dump(a, m);
                puts(d ? d : "(dump failed)");
            }
        }
        ft_arena_free(a);
    }
    free(src);
    return rc;
}
