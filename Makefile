# ftpy -- top-level driver around CMake.
#   make        release build -> build/ftpy, profile-guided (tools/pgo-build.sh);
#               `make PGO=0` skips the profile (a quicker build while editing)
#   make run    build, then run examples/threads_demo.py (1 vs 2 threads)
#   make test   build, then run every test (C unit tests, tests/lang, tests/threads)
#   make tsan   ThreadSanitizer build (build-tsan/) and its thread tests
#   make asan   AddressSanitizer + UBSan build (build-asan/) and the whole suite
JOBS ?= 2
PGO ?= 1

.PHONY: all deps run test tsan asan clean ctest pytest

all: deps
ifeq ($(PGO),0)
	@cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DFT_PGO= >/dev/null
	@cmake --build build -j$(JOBS)
else
	@sh tools/pgo-build.sh $(JOBS)
endif

deps:
	@sh tools/deps.sh

run: all
	build/ftpy examples/threads_demo.py

ctest-%:
	@for t in $*/ctests/test_*; do echo "== $$t"; $$t || exit 1; done

test: all
	@$(MAKE) --no-print-directory ctest-build
	@bash tests/run_py_tests.sh --interp build/ftpy tests/lang tests/threads

tsan: deps
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DFT_SANITIZE=thread >/dev/null
	@cmake --build build-tsan -j$(JOBS)
	@TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" bash tests/run_py_tests.sh --interp build-tsan/ftpy tests/threads

asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DFT_SANITIZE=address >/dev/null
	@cmake --build build-asan -j$(JOBS)
	@$(MAKE) --no-print-directory ctest-build-asan
	@ASAN_OPTIONS="detect_leaks=0" UBSAN_OPTIONS="halt_on_error=1" bash tests/run_py_tests.sh --interp build-asan/ftpy tests/lang tests/threads

clean:
	rm -rf build build-pgo build-tsan build-asan
