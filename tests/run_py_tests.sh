#!/usr/bin/env bash
# Run Python test programs against an interpreter and compare with .expected.
#
# Usage: tests/run_py_tests.sh [DIR|FILE.py]... [--interp PATH] [--jobs N]
#                              [--timeout SECS] [--wrapper 'CMD ARGS']
#
#   DIR        every X.py in DIR whose name does not start with '_' is a test
#   --interp   interpreter to run (default: <repo>/build/ftpy); a bare name
#              such as 'python3' is looked up on PATH; resolved to absolute
#   --jobs     number of tests run in parallel (default 2, env TEST_JOBS)
#   --timeout  per-test timeout in seconds (default 60, env TEST_TIMEOUT)
#   --wrapper  command prefix, e.g. 'valgrind -q --error-exitcode=99 --log-fd=9'
#              (env TEST_WRAPPER). Beware: a wrapper that writes to stderr
#              changes the "last line of stderr" that failing tests compare.
#   --verbose  also print 'ok name' for passing tests
#
# Expected-output contract for test X.py (file X.expected, same dir):
#   the program's stdout, byte for byte; then, ONLY if the exit status N is
#   non-zero: a line '--- exit N' (preceded by a newline if stdout did not
#   end with one), followed by the last line of stderr (if stderr is not
#   empty), newline-terminated.
# Each test runs with its own directory as cwd, as `INTERP X.py </dev/null`.
#
# Internal: `run_py_tests.sh --emit FILE.py` prints the actual output of one
# test in the .expected format (used by gen_expected.sh and by the workers).
#
# Ends with the line 'N passed, M failed'; exit status 1 if M > 0.
# Pure bash + coreutils + diff + xargs (no python needed).

set -u

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
ROOT="$(cd "$(dirname "$SELF")/.." && pwd)"

export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1

resolve_interp() {
    local p="$1"
    if [[ "$p" != */* ]]; then
        local found
        found="$(command -v -- "$p" 2>/dev/null)" || { echo "run_py_tests: interpreter '$p' not found on PATH" >&2; return 1; }
        p="$found"
    fi
    if [[ "$p" != /* ]]; then
        p="$(cd "$(dirname "$p")" 2>/dev/null && pwd)/$(basename "$p")" || return 1
    fi
    if [[ ! -x "$p" ]]; then
        echo "run_py_tests: interpreter '$p' is not an executable file" >&2
        return 1
    fi
    printf '%s\n' "$p"
}

# emit_actual FILE.py  -> actual output in .expected format on stdout
# uses $INTERP, $TEST_TIMEOUT, $TEST_WRAPPER
emit_actual() {
    local file="$1" dir base tmp rc last
    dir="$(cd "$(dirname "$file")" && pwd)"
    base="$(basename "$file")"
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/pytest.XXXXXX")"
    # The outer { } 2>/dev/null keeps bash's "Segmentation fault" job notice
    # out of the runner's output; the test's own stderr goes to $tmp/err.
    # shellcheck disable=SC2086
    { ( cd "$dir" && exec timeout -k 5 "${TEST_TIMEOUT:-60}" ${TEST_WRAPPER:-} "$INTERP" "$base" \
        </dev/null >"$tmp/out" 2>"$tmp/err" ); } 2>/dev/null
    rc=$?
    cat "$tmp/out"
    if [[ $rc -ne 0 ]]; then
        if [[ -s "$tmp/out" && -n "$(tail -c 1 "$tmp/out")" ]]; then
            printf '\n'
        fi
        printf -- '--- exit %d\n' "$rc"
        if [[ -s "$tmp/err" ]]; then
            last="$(tail -n 1 "$tmp/err")"
            printf '%s\n' "$last"
        fi
    fi
    rm -rf "$tmp"
    return 0
}

# worker: run one test, write result files into $RESDIR
#   <key>.pass  or  <key>.fail (containing the report text)
run_one() {
    local file="$1" key exp name act code
    key="$(printf '%s' "$file" | tr '/' '%')"
    name="${file%.py}"
    exp="${file%.py}.expected"
    act="$RESDIR/$key.actual"
    emit_actual "$file" >"$act"
    if [[ ! -f "$exp" ]]; then
        { echo "FAIL $name"; echo "    (missing expected file $exp)"; } >"$RESDIR/$key.fail"
    elif cmp -s "$exp" "$act"; then
        : >"$RESDIR/$key.pass"
    else
        {
            echo "FAIL $name"
            code="$(sed -n 's/^--- exit \([0-9]*\)$/\1/p' "$act" | tail -n 1)"
            if [[ -n "$code" ]] && ! grep -q "^--- exit $code\$" "$exp"; then
                if [[ "$code" == 124 || "$code" == 137 ]]; then
                    echo "    (timed out after ${TEST_TIMEOUT:-60}s)"
                elif [[ "$code" -gt 128 ]]; then
                    echo "    (killed by signal $((code - 128)))"
                fi
            fi
            diff -u --label "$exp" --label "actual" "$exp" "$act" | head -n 20 | sed 's/^/    /'
        } >"$RESDIR/$key.fail"
    fi
    rm -f "$act"
}

if [[ "${1:-}" == "--worker" ]]; then
    shift
    run_one "$1"
    exit 0
fi

INTERP_ARG=""
JOBS="${TEST_JOBS:-2}"
VERBOSE=0
EMIT=""
PATHS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --interp) INTERP_ARG="${2:?--interp needs a value}"; shift 2 ;;
        --interp=*) INTERP_ARG="${1#*=}"; shift ;;
        --jobs|-j) JOBS="${2:?--jobs needs a value}"; shift 2 ;;
        --jobs=*) JOBS="${1#*=}"; shift ;;
        --timeout) TEST_TIMEOUT="${2:?--timeout needs a value}"; shift 2 ;;
        --timeout=*) TEST_TIMEOUT="${1#*=}"; shift ;;
        --wrapper) TEST_WRAPPER="${2?--wrapper needs a value}"; shift 2 ;;
        --wrapper=*) TEST_WRAPPER="${1#*=}"; shift ;;
        --verbose|-v) VERBOSE=1; shift ;;
        --emit) EMIT="${2:?--emit needs a file}"; shift 2 ;;
        -h|--help) sed -n '2,30p' "$SELF" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; PATHS+=("$@"); break ;;
        -*) echo "run_py_tests: unknown option $1" >&2; exit 2 ;;
        *) PATHS+=("$1"); shift ;;
    esac
done

[[ -n "$INTERP_ARG" ]] || INTERP_ARG="$ROOT/build/ftpy"
INTERP="$(resolve_interp "$INTERP_ARG")" || exit 2
export INTERP
export TEST_TIMEOUT="${TEST_TIMEOUT:-60}"
export TEST_WRAPPER="${TEST_WRAPPER:-}"

if [[ -n "$EMIT" ]]; then
    emit_actual "$EMIT"
    exit 0
fi

if [[ ${#PATHS[@]} -eq 0 ]]; then
    PATHS=("$ROOT/tests/lang" "$ROOT/tests/threads")
fi

FILES=()
for p in "${PATHS[@]}"; do
    if [[ -d "$p" ]]; then
        while IFS= read -r f; do
            FILES+=("$f")
        done < <(find "$p" -maxdepth 1 -type f -name '*.py' ! -name '_*' | LC_ALL=C sort)
    elif [[ -f "$p" ]]; then
        FILES+=("$p")
    else
        echo "run_py_tests: no such file or directory: $p" >&2
        exit 2
    fi
done

RESDIR="$(mktemp -d "${TMPDIR:-/tmp}/pyres.XXXXXX")"
export RESDIR
trap 'rm -rf "$RESDIR"' EXIT

if [[ ${#FILES[@]} -gt 0 ]]; then
    printf '%s\0' "${FILES[@]}" | xargs -0 -n 1 -P "$JOBS" bash "$SELF" --worker
fi

passed=0
failed=0
for f in "${FILES[@]}"; do
    key="$(printf '%s' "$f" | tr '/' '%')"
    if [[ -f "$RESDIR/$key.pass" ]]; then
        passed=$((passed + 1))
        [[ $VERBOSE -eq 1 ]] && echo "ok   ${f%.py}"
    elif [[ -f "$RESDIR/$key.fail" ]]; then
        failed=$((failed + 1))
        cat "$RESDIR/$key.fail"
    else
        failed=$((failed + 1))
        echo "FAIL ${f%.py}"
        echo "    (runner produced no result)"
    fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
