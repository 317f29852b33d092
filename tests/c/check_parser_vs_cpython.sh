#!/bin/sh
# check_parser_vs_cpython.sh - differential test of the ftpy parser against
# CPython's ast module (the oracle).
#
# What it does: for every input (a .py file, or a snippet file whose
# snippets are separated by lines "===") it runs `astdump` (tests/c/astdump.c)
# and python3's ast.parse, and compares ast.dump() text, optionally with
# positions (-a), or, for invalid input, the SyntaxError kind, message,
# line and offset.  Prints one line per mismatch and a summary; exits 1 if
# anything differs.
#
# Usage: tests/c/check_parser_vs_cpython.sh [-a] [-e] [-v] [-b ASTDUMP] INPUT...
#   -a  compare position attributes too      -e  compare error end positions too
#   -v  print both outputs for mismatches    -b  astdump binary (default: build one in /tmp)
# Requires python3 (3.11 for exact agreement) and a C compiler.
#
# Typical runs:
#   tests/c/check_parser_vs_cpython.sh -a $(find /work/shared/bench -name '*.py')
#   tests/c/check_parser_vs_cpython.sh -a $(find /usr/lib/python3.11 -name '*.py')
#   test_parser --snippets /tmp/s.txt && tests/c/check_parser_vs_cpython.sh /tmp/s.txt
# A snippet may start with "#mode:eval" or "#mode:single" to pick the mode.
# Known differences are listed in src/compiler/parser.h.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=""
flags=""
while [ $# -gt 0 ]; do
    case "$1" in
        -a|-e|-v) flags="$flags $1"; shift ;;
        -b) bin="$2"; shift 2 ;;
        *) break ;;
    esac
done
if [ -z "$bin" ]; then
    bin=$(mktemp /tmp/ftpy_astdump.XXXXXX)
    ${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -o "$bin" "$here/astdump.c" \
        "$root/src/compiler/ast.c" "$root/src/compiler/tokenizer.c" \
        "$root/src/compiler/parser.c" -lm
fi
exec python3 - "$bin" $flags "$@" <<'PYEOF'
import ast, os, subprocess, sys, tempfile

binary = sys.argv[1]
args = sys.argv[2:]
attrs = '-a' in args
check_end = '-e' in args
verbose = '-v' in args
inputs = [a for a in args if a not in ('-a', '-e', '-v')]

def cpython(src, mode):
    try:
        tree = ast.parse(src, mode=mode)
    except SyntaxError as e:
        kind = type(e).__name__
        return 'ERROR %s|%s|%s|%s|%s|%s' % (kind, e.msg, e.lineno, e.offset,
                                           e.end_lineno, e.end_offset)
    except (ValueError, MemoryError, RecursionError) as e:
        return 'ERROR %s|%s' % (type(e).__name__, e)
    # ft_ast_dump escapes all non-ASCII characters (like ascii())
    return ast.dump(tree, include_attributes=attrs).encode('ascii', 'backslashreplace').decode()

def ours(path, mode):
    cmd = [binary, '-m', mode] + (['-a'] if attrs else []) + [path]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        return 'CRASH rc=%d %s' % (r.returncode, r.stderr.decode(errors='replace')[:200])
    return r.stdout.decode('utf-8', errors='replace').rstrip('\n')

def norm(s):
    if s.startswith('ERROR '):
        parts = s.split('|')
        if not check_end:
            parts = parts[:4]
        return '|'.join(parts)
    return s

def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i

cases = []
for inp in inputs:
    data = open(inp, 'rb').read()
    if inp.endswith('.txt'):
        text = data.decode('utf-8')
        for k, chunk in enumerate(text.split('\n===\n')):
            mode = 'exec'
            while chunk.startswith('#mode:') or chunk.startswith('#attrs'):
                first, _, chunk = chunk.partition('\n')
                if first.startswith('#mode:'):
                    mode = first[6:].strip()
            cases.append(('%s#%d' % (inp, k), chunk.encode('utf-8'), mode))
    else:
        cases.append((inp, data, 'exec'))

fails = 0
with tempfile.TemporaryDirectory() as td:
    for name, src, mode in cases:
        p = os.path.join(td, 'snippet.py')
        with open(p, 'wb') as f:
            f.write(src)
        try:
            exp = cpython(src, mode)
        except Exception as e:          # oracle itself failed
            exp = 'ERROR %s|%s' % (type(e).__name__, e)
        got = ours(p, mode)
        if norm(exp) != norm(got):
            fails += 1
            a, b = norm(exp), norm(got)
            if verbose or a.startswith('ERROR') or b.startswith('ERROR') or len(a) < 300:
                print('MISMATCH %s: %r' % (name, src.decode('utf-8', 'replace')[:120]))
                print('   cpython: %s' % a[:600])
                print('   ftpy:    %s' % b[:600])
            else:
                i = first_diff(a, b)
                print('MISMATCH %s at char %d' % (name, i))
                print('   cpython: ...%s' % a[max(0, i - 150):i + 150])
                print('   ftpy:    ...%s' % b[max(0, i - 150):i + 150])
print('%d cases, %d mismatches' % (len(cases), fails))
sys.exit(1 if fails else 0)
PYEOF
