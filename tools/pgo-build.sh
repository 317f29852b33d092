#!/bin/sh
# tools/pgo-build.sh JOBS -- the release build that `make` does: a
# profile-guided (PGO) build of build/ftpy.
#
# 1. build-pgo/: an instrumented interpreter (FT_PGO=gen).
# 2. Training: it runs the tests/lang programs (the language test suite,
#    not the benchmarks), which writes the profile to build-pgo/profile/.
# 3. build/: the release build optimized with that profile (FT_PGO=use).
#
# Training reruns only when the instrumented interpreter changed; then
# build/ is rebuilt from scratch, since CMake does not know that objects
# depend on the profile.  `make PGO=0` builds without any of this.
set -e
JOBS=${1:-2}
GEN=build-pgo
PROF="$(pwd)/$GEN/profile"
cmake -S . -B "$GEN" -DCMAKE_BUILD_TYPE=Release -DFT_PGO=gen -DFT_PGO_DIR="$PROF" >/dev/null
cmake --build "$GEN" -j"$JOBS" --target ftpy
fresh=
if [ ! -f "$GEN/profile.stamp" ] || [ "$GEN/ftpy" -nt "$GEN/profile.stamp" ]; then
  echo "pgo: training the instrumented interpreter on tests/lang"
  rm -rf "$PROF"
  # The outcome does not matter here, only the profile: `make test` checks.
  bash tests/run_py_tests.sh --interp "$GEN/ftpy" tests/lang >/dev/null 2>&1 || true
  touch "$GEN/profile.stamp"
  fresh=1
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DFT_PGO=use -DFT_PGO_DIR="$PROF" >/dev/null
if [ -n "$fresh" ] || [ ! -x build/ftpy ]; then
  cmake --build build -j"$JOBS" --clean-first
else
  cmake --build build -j"$JOBS"
fi
