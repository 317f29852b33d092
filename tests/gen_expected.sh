#!/usr/bin/env bash
# Regenerate X.expected for Python test programs, using CPython as the oracle.
#
# Usage: tests/gen_expected.sh [FILE.py|DIR]...
#   With no arguments: every non-underscore .py in tests/lang and tests/threads.
#   PY=/path/to/python3 overrides the oracle (default: python3 on PATH).
#
# The format is the one tests/run_py_tests.sh compares (it does the actual
# running, via its --emit mode, so both agree byte for byte):
#   stdout, then only for a non-zero exit status N: '--- exit N' and the last
#   line of stderr.
# Tests must be deterministic by themselves: PYTHONHASHSEED is deliberately
# NOT fixed here.

set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-python3}"
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1

args=("$@")
[[ ${#args[@]} -gt 0 ]] || args=("$HERE/lang" "$HERE/threads")

files=()
for p in "${args[@]}"; do
    if [[ -d "$p" ]]; then
        while IFS= read -r f; do files+=("$f"); done \
            < <(find "$p" -maxdepth 1 -type f -name '*.py' ! -name '_*' | LC_ALL=C sort)
    elif [[ -f "$p" ]]; then
        files+=("$p")
    else
        echo "gen_expected: no such file or directory: $p" >&2
        exit 2
    fi
done

n=0
for f in "${files[@]}"; do
    out="${f%.py}.expected"
    bash "$HERE/run_py_tests.sh" --interp "$PY" --emit "$f" >"$out.tmp" || { rm -f "$out.tmp"; exit 1; }
    mv "$out.tmp" "$out"
    n=$((n + 1))
done
echo "generated $n expected files with $PY"
