/*
 * main.c -- the ftpy command line: `ftpy script.py`, `-c`, `-`, `-m`, -V,
 * -h, -u, -X options.  Mirrors python3's behaviour and exit statuses:
 * 0 on success, 1 for an uncaught exception, sys.exit(n)'s n, 2 for a
 * usage error.
 *
 * Synchronization: runs on the main thread; everything it creates is set
 * up before any other thread exists.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ft.h"
#include "vm/exceptions.h"
#include "tstate.h"
#include "vm/code.h"

int ft_runtime_init(void);
FtValue ft_mod_sys_create(int argc, char **argv, const char *script_dir,
                          const char *executable, int gil_flag);
FtValue ft_sys_modules(void);
FtValue ft_runtime_builtins_module(void);

static const char *usage =
    "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (-X gil=0|1)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

/* SystemExit: the exit status CPython would use (and print the message). */
static int handle_system_exit(void) {
  FtValue e = ft_err_fetch();
  FtValue code = ft_getattr_cstr(e, "code");
  int status = 0;
  ft_err_clear();
  if (!code || code == FT_NONE) {
    status = 0;
  } else if (ft_int_check(code)) {
    int64_t v;
    int ovf;
    if (ft_int_as_i64(code, &v, &ovf) < 0 || ovf)
      status = -1;
    else
      status = (int)(v & 0xFF);
    ft_err_clear();
  } else {
    FtValue s = ft_to_str(code);
    FtValue err = ft_sys_stderr();
    if (s && err) {
      ft_file_write_str(err, s);
      FtValue nl = ft_str_from_cstr("\n");
      ft_file_write_str(err, nl);
      ft_xdecref(nl);
    }
    ft_xdecref(s);
    ft_err_clear();
    status = 1;
  }
  ft_xdecref(code);
  ft_decref(e);
  return status;
}

/* An uncaught exception goes to sys.excepthook; the built-in one prints
 * the traceback.  A hook that fails is reported, then the original. */
static void report_uncaught(void) {
  FtValue e = ft_err_fetch();
  if (!e)
    return;
  FtValue sys = ft_dict_get_cstr(ft_sys_modules(), "sys");
  FtValue hook = sys ? ft_getattr_opt(sys, ft_str_intern_cstr("excepthook")) : 0;
  FtValue orig = sys ? ft_getattr_opt(sys, ft_str_intern_cstr("__excepthook__")) : 0;
  ft_err_clear();
  if (hook && hook != orig && hook != FT_NONE) {
    FtValue tb = ft_getattr_opt(e, ft_str_intern_cstr("__traceback__"));
    ft_err_clear();
    FtValue args[3] = {ft_val(ft_type(e)), e, tb ? tb : FT_NONE};
    FtValue r = ft_call(hook, args, 3, 0);
    ft_xdecref(tb);
    if (r) {
      ft_decref(r);
    } else {
      ft_file_flush_std();
      fputs("Error in sys.excepthook:\n", stderr);
      ft_err_print();
      fputs("\nOriginal exception was:\n", stderr);
      ft_exc_print(e);
    }
  } else {
    if (!hook || hook == FT_NONE) {
      ft_file_flush_std();
      fputs("sys.excepthook is missing\n", stderr);
    }
    ft_exc_print(e);
  }
  ft_xdecref(hook);
  ft_xdecref(orig);
  ft_xdecref(sys);
  ft_decref(e);
}

static int finish(int status) {
  int interrupted = 0;
  if (ft_err_occurred()) {
    if (ft_err_matches(&FtExc_SystemExit)) {
      status = handle_system_exit();
    } else {
      interrupted = ft_err_matches(&FtExc_KeyboardInterrupt);
      report_uncaught();
      status = 1;
    }
  }
  /* -- threading shutdown (lib/threading.py): as in CPython, the program
   * ends only when its non-daemon threads have; threading._shutdown()
   * joins them.  Only when threading was imported. -- */
  FtValue threading = ft_dict_get_cstr(ft_sys_modules(), "threading");
  if (threading) {
    FtValue r = ft_call_method(threading, "_shutdown", NULL, 0);
    if (r)
      ft_decref(r);
    else if (ft_err_matches(&FtExc_SystemExit))
      ft_err_clear();
    else
      ft_err_print();
    ft_decref(threading);
  }
  ft_err_clear();
  /* -- end of threading shutdown -- */
  /* Finalize __main__'s globals (their __del__ methods and generators'
   * finally blocks run, as in CPython) -- unless daemon threads are still
   * running and might read them. */
  FtValue main_mod = ft_dict_get_cstr(ft_sys_modules(), "__main__");
  if (main_mod && ft_tstate_count() == 1)
    ft_module_clear_dict(main_mod);
  ft_xdecref(main_mod);
  ft_err_clear();
  ft_file_flush_std();
  fflush(stdout);
  fflush(stderr);
  if (interrupted) {
    /* as CPython: an uncaught KeyboardInterrupt ends the process by
     * SIGINT, so the parent (a shell loop, say) sees the interrupt */
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    status = 128 + SIGINT; /* if the signal did not end us */
  }
  return status;
}

static char *read_all(FILE *f, size_t *len) {
  size_t cap = 8192, n = 0;
  char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb)
        free(buf);
      buf = nb;
    }
  }
  *len = n;
  return buf;
}

static int run_source(const char *src, size_t len, const char *filename) {
  FtValue mods = ft_sys_modules();
  FtValue main_mod = ft_module_new("__main__");
  if (!main_mod)
    return finish(1);
  FtValue d = ft_module_dict(main_mod);
  ft_dict_set_cstr(d, "__builtins__", ft_runtime_builtins_module());
  /* CPython's __main__ starts with an empty __annotations__ */
  FtValue ann = ft_dict_new();
  if (ann) {
    ft_dict_set_cstr(d, "__annotations__", ann);
    ft_decref(ann);
  }
  /* As CPython (3.9+), a relative script path becomes cwd + "/" + path,
   * not normalized, for __file__ and tracebacks (sys.argv[0] keeps it). */
  char *absname = NULL;
  if (filename[0] != '/' && filename[0] != '<') {
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) {
      absname = malloc(strlen(cwd) + strlen(filename) + 2);
      if (absname) {
        sprintf(absname, "%s/%s", cwd, filename);
        filename = absname;
      }
    }
  }
  if (strcmp(filename, "<string>") && strcmp(filename, "<stdin>")) {
    FtValue f = ft_str_from_cstr(filename);
    if (f) {
      ft_dict_set_cstr(d, "__file__", f);
      ft_decref(f);
    }
    ft_dict_set_cstr(d, "__cached__", FT_NONE); /* a script is not cached */
  }
  ft_dict_set_cstr(mods, "__main__", main_mod);
  FtValue code = ft_compile(src, len, filename, 0);
  free(absname);
  if (!code)
    return finish(1);
  FtValue r = ft_eval_code(code, d, d);
  ft_decref(code);
  if (!r)
    return finish(1);
  ft_decref(r);
  return finish(0);
}

int main(int argc, char **argv) {
  const char *command = NULL, *module = NULL, *script = NULL;
  int unbuffered = getenv("PYTHONUNBUFFERED") && *getenv("PYTHONUNBUFFERED");
  int gil = -1;
  const char *genv = getenv("PYTHON_GIL");
  if (genv && (!strcmp(genv, "0") || !strcmp(genv, "1")))
    gil = genv[0] - '0';
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !strcmp(a, "-")) {
      script = a;
      break;
    }
    if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
      printf("Python 3.11.0 (ftpy 0.1.0, free-threaded)\n");
      return 0;
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h") || !strcmp(a, "-?")) {
      fputs(usage, stdout);
      return 0;
    }
    if (!strcmp(a, "--")) {
      i++;
      if (i < argc)
        script = argv[i];
      break;
    }
    if (a[1] == '-') {
      fprintf(stderr, "unknown option %s\n%s", a, "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ftpy -h' for more information.\n");
      return 2;
    }
    /* bundled short options, e.g. -uc CODE */
    for (const char *p = a + 1; *p; p++) {
      if (*p == 'c' || *p == 'm' || *p == 'X') {
        const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val) {
          fprintf(stderr, "Argument expected for the -%c option\nusage: ftpy [option] ... "
                          "[-c cmd | -m mod | file | -] [arg] ...\nTry `ftpy -h' for more "
                          "information.\n", *p);
          return 2;
        }
        if (*p == 'c')
          command = val;
        else if (*p == 'm')
          module = val;
        else {
          if (!strcmp(val, "gil=0") || !strcmp(val, "gil=1"))
            gil = val[4] - '0';
          else if (!strncmp(val, "gil", 3)) {
            fprintf(stderr, "Fatal Python error: config_read_gil: "
                            "-X gil=%s: invalid value; expected 0 or 1\n", val + 4);
            return 1;
          }
        }
        break;
      }
      switch (*p) {
      case 'u': unbuffered = 1; break;
      case 'B': case 'E': case 'I': case 'O': case 'q': case 's': case 'S': case 'b':
      case 'd': case 'v': case 'W': break;
      case 'i':
        break;
      default:
        fprintf(stderr, "Unknown option: -%c\nusage: ftpy [option] ... [-c cmd | -m mod | "
                        "file | -] [arg] ...\nTry `ftpy -h' for more information.\n", *p);
        return 2;
      }
    }
    if (command || module) {
      i++;
      break;
    }
  }
  /* sys.argv */
  int sargc;
  char **sargv;
  char *argv0_buf[1];
  if (command) {
    static char dash_c[] = "-c";
    sargc = argc - i + 1;
    sargv = malloc((size_t)sargc * sizeof(char *));
    sargv[0] = dash_c;
    for (int k = 1; k < sargc; k++)
      sargv[k] = argv[i + k - 1];
  } else if (module) {
    fprintf(stderr, "ftpy: -m is not supported yet (Milestone 2)\n");
    return 2;
  } else if (script) {
    sargc = argc - i;
    sargv = argv + i;
  } else {
    static char empty[] = "";
    argv0_buf[0] = empty;
    sargc = 1;
    sargv = argv0_buf;
  }
  char dir[PATH_MAX] = "";
  if (script && strcmp(script, "-")) {
    const char *slash = strrchr(script, '/');
    if (slash) {
      snprintf(dir, sizeof dir, "%.*s", (int)(slash - script), script);
      if (!dir[0])
        strcpy(dir, "/");
    }
  }
  char exe[PATH_MAX];
  ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
  exe[el > 0 ? el : 0] = 0;
  if (ft_runtime_init() < 0 || !ft_mod_sys_create(sargc, sargv, dir, exe, gil)) {
    fprintf(stderr, "ftpy: start-up failed\n");
    if (ft_ts && ft_err_occurred())
      ft_err_print();
    return 1;
  }
  if (unbuffered)
    ft_file_set_unbuffered(1);
  if (command)
    return run_source(command, strlen(command), "<string>");
  FILE *f = stdin;
  const char *fname = "<stdin>";
  if (script && strcmp(script, "-")) {
    f = fopen(script, "rb");
    if (!f) {
      fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], script, errno,
              strerror(errno));
      return 2;
    }
    fname = script;
  }
  size_t len;
  char *src = read_all(f, &len);
  if (f != stdin)
    fclose(f);
  if (!src) {
    fprintf(stderr, "ftpy: out of memory reading %s\n", fname);
    return 1;
  }
  int status = run_source(src, len, fname);
  free(src);
  return status;
}
