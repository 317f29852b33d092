/*
 * test_ivalues.c - the class-creation side of inline instance values
 * (objects/ivalues.c), which Python code cannot observe: a class gets value
 * slots for the `self.NAME = ...` stores in its methods, and instances keep
 * their attributes there until something forces a dict.  A change to how
 * the compiler emits those stores (fused instructions, say) would silently
 * turn every instance back into a dict; this catches it.
 */
#include "../../src/ft.h"
#include "../../src/objects/ivalues.h"

#include <stdio.h>

int ft_runtime_init(void);
FtValue ft_mod_sys_create(int argc, char **argv, const char *script_dir,
                          const char *exe, int gil);

/* The runtime's immortal objects live until exit by design (the Python
 * tests run with detect_leaks=0 for the same reason). */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static int failures;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (!(cond)) {                                                           \
      fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
      failures++;                                                            \
    }                                                                        \
  } while (0)

static FtValue run(FtValue g, const char *src) {
  FtValue s = ft_str_from_cstr(src);
  FtValue r = ft_vm_exec_source(s, g, g, 0);
  ft_decref(s);
  if (!r)
    ft_err_print();
  return r;
}

static FtValue global(FtValue g, const char *name) {
  return ft_dict_get_cstr(g, name);
}

int main(int argc, char **argv) {
  if (ft_runtime_init() < 0 || !ft_mod_sys_create(argc, argv, "", "", 0)) {
    fprintf(stderr, "start-up failed\n");
    return 1;
  }
  FtValue g = ft_dict_new();
  FtValue r = run(g, "class P:\n"
                     "    def __init__(self, a):\n"
                     "        self.a = a\n"
                     "        self.b = [a]\n"
                     "    def set_c(self):\n"
                     "        self.c = 3\n"
                     "class Q(P):\n"
                     "    def __init__(self):\n"
                     "        super().__init__(1)\n"
                     "        self.d = 4\n"
                     "class S:\n"
                     "    __slots__ = ('x',)\n"
                     "p = P(1)\n"
                     "q = Q()\n"
                     "r = P(2)\n"
                     "r.zz = 5\n"
                     "del r.zz\n");
  CHECK(r != 0);
  ft_xdecref(r);
  FtType *P = (FtType *)ft_obj(global(g, "P"));
  FtType *Q = (FtType *)ft_obj(global(g, "Q"));
  FtType *S = (FtType *)ft_obj(global(g, "S"));
  /* a, b, c from P's methods, plus half again for outside stores */
  CHECK(P->ivalues_cap >= 3);
  /* Q counts its bases' stores too */
  CHECK(Q->ivalues_cap >= 4);
  CHECK(S->ivalues_cap == 0);
  CHECK(ft_ivalues_active(ft_obj(global(g, "p"))));
  CHECK(ft_ivalues_active(ft_obj(global(g, "q"))));
  /* del moves the values into a dict for good */
  CHECK(!ft_ivalues_active(ft_obj(global(g, "r"))));
  ft_decref(g);
  if (failures) {
    fprintf(stderr, "%d failures\n", failures);
    return 1;
  }
  printf("all ivalues tests passed\n");
  return 0;
}
