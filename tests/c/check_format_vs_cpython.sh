#!/bin/sh
# check_format_vs_cpython.sh - wider differential test of strbuf/dtoa/
# formatspec against the local CPython 3.11: generates a fresh random case
# table (seed, scale), builds test_format against it with gcc and
# -fsanitize=address,undefined, and runs it.  Not part of CI (it needs
# python3 == 3.11 and takes a while); the committed table covers CI.
# Usage: [CC=clang] [EXTRA_CFLAGS=-DFT_DTOA_NO_LDBL] \
#        tests/c/check_format_vs_cpython.sh [SEED] [SCALE]
set -eu
seed=${1:-$$}
scale=${2:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/tests/c/gen_format_cases.py" "$seed" "$scale" > "$tmp/cases.inc"
head -2 "$tmp/cases.inc" | tail -1
${CC:-gcc} -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g \
  -fsanitize=address,undefined -fno-sanitize-recover=undefined \
  ${EXTRA_CFLAGS:-} -DFORMAT_CASES_INC="\"$tmp/cases.inc\"" -I"$root/src" \
  "$root/tests/c/test_format.c" "$root/src/runtime/strbuf.c" \
  "$root/src/runtime/dtoa.c" "$root/src/objects/formatspec.c" \
  -lm -pthread -o "$tmp/test_format"
echo "seed $seed scale $scale"
FT_TEST_REPR_N=${FT_TEST_REPR_N:-200000} "$tmp/test_format"
