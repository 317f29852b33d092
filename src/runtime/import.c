/*
 * import.c -- the import system: native modules, .py modules and packages
 * found on sys.path, relative imports, from-import and import *.
 *
 * sys.modules is the registry.  One process-wide recursive lock serializes
 * the finding and executing of modules, so two threads importing the same
 * module see it executed once (the second waits, then finds it in
 * sys.modules); a module importing another on the same thread re-enters
 * the lock.  Lookups of already-imported modules take the lock too, which
 * is cheap next to running an import statement.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ft.h"
#include "vm/code.h"
#include "frozen.h"

extern const FtNativeModule ft_native_modules[];
FtValue ft_sys_modules(void);
FtValue ft_sys_path(void);

static FtRecursiveMutex import_lock;

/* Set the `name` attribute of the pending ImportError. */
static FtValue set_import_name(const char *name) {
  FtValue e = ft_err_occurred();
  if (e) {
    FtValue n = ft_str_from_cstr(name);
    FtValue saved = ft_err_fetch();
    if (n)
      ft_setattr_cstr(saved, "name", n);
    ft_xdecref(n);
    ft_err_clear();
    ft_err_raise(saved);
  }
  return 0;
}

/* "pkg.name" from the first blen bytes of base, or just the package when
 * name is empty (from . import x). */
static FtValue join_name(const char *base, size_t blen, FtValue name) {
  if (!ft_str_size(name))
    return ft_str_new(base, blen);
  size_t nl = ft_str_size(name);
  char *buf = malloc(blen + nl + 2);
  if (!buf)
    return ft_err_nomemory();
  memcpy(buf, base, blen);
  buf[blen] = '.';
  memcpy(buf + blen + 1, ft_str_data(name), nl);
  FtValue r = ft_str_new(buf, blen + 1 + nl);
  free(buf);
  return r;
}

static FtValue *path_snapshot(FtValue path, size_t *n) {
  if (!FT_TYPE_HAS(path, FT_TPFLAG_LIST_SUBCLASS)) {
    ft_err_format(&FtExc_ImportError, "sys.path must be a list of directory names");
    return NULL;
  }
  return ft_list_snapshot(path, n);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb) {
        free(buf);
        buf = NULL;
      }
      buf = nb;
    }
  }
  fclose(f);
  if (buf)
    *len = n;
  return buf;
}

/* Execute source text src[0:len] as module `name`; returns the module.
 * `path` is the file name shown in tracebacks and stored as __file__; a
 * pseudo-path in angle brackets ("<frozen threading>") marks an embedded
 * module, which gets no __file__ and, as a package, an empty __path__
 * (its submodules are found in the embedded table too). */
static FtValue exec_source(const char *name, const char *src, size_t len, const char *path,
                           int is_package) {
  int frozen = path[0] == '<';
  /* CPython's sys.path[0] is absolute, so __file__ and tracebacks show
   * absolute paths: do the same for a relative sys.path entry. */
  char abspath[4096];
  if (!frozen && path[0] != '/' && getcwd(abspath, sizeof abspath - 1)) {
    while (path[0] == '.' && path[1] == '/')
      path += 2;
    size_t cl = strlen(abspath);
    if (cl + 1 + strlen(path) < sizeof abspath) {
      snprintf(abspath + cl, sizeof abspath - cl, "%s%s",
               cl && abspath[cl - 1] == '/' ? "" : "/", path);
      path = abspath;
    }
  }
  FtValue mod = ft_module_new(name);
  if (!mod)
    return 0;
  FtValue d = ft_module_dict(mod);
  if (!frozen) {
    FtValue file = ft_str_from_cstr(path);
    if (!file || ft_dict_set_cstr(d, "__file__", file) < 0) {
      ft_xdecref(file);
      ft_decref(mod);
      return 0;
    }
    ft_decref(file);
  }
  if (is_package) {
    FtValue pl = ft_list_new(0);
    if (pl && !frozen) {
      char dir[4096];
      snprintf(dir, sizeof dir, "%s", path);
      char *slash = strrchr(dir, '/');
      if (slash)
        *slash = 0;
      FtValue p = ft_str_from_cstr(dir);
      if (!p || ft_list_append(pl, p) < 0) {
        ft_decref(pl);
        pl = 0;
      }
      ft_xdecref(p);
    }
    if (!pl || ft_dict_set_cstr(d, "__path__", pl) < 0) {
      ft_xdecref(pl);
      ft_decref(mod);
      return 0;
    }
    ft_decref(pl);
    FtValue pkg = ft_str_from_cstr(name);
    ft_dict_set_cstr(d, "__package__", pkg);
    ft_xdecref(pkg);
  } else {
    const char *dot = strrchr(name, '.');
    FtValue pkg = ft_str_new(name, dot ? (size_t)(dot - name) : 0);
    ft_dict_set_cstr(d, "__package__", pkg);
    ft_xdecref(pkg);
  }
  ft_dict_set_cstr(d, "__builtins__", ft_vm_builtins());
  FtValue code = ft_compile(src, len, path, 0);
  if (!code) {
    ft_decref(mod);
    return 0;
  }
  /* Publish before running, so circular imports find the partial module. */
  FtValue mods = ft_sys_modules();
  FtValue key = ft_str_from_cstr(name);
  if (!key || ft_dict_set(mods, key, mod) < 0) {
    ft_xdecref(key);
    ft_decref(code);
    ft_decref(mod);
    return 0;
  }
  FtValue r = ft_eval_code(code, d, d);
  ft_decref(code);
  if (!r) {
    ft_dict_del(mods, key);
    ft_decref(key);
    ft_decref(mod);
    return 0;
  }
  ft_decref(r);
  ft_decref(key);
  return mod;
}

/* Execute source file `path` as module `name`; returns the module. */
FtValue ft_import_exec_file(const char *name, const char *path, int is_package) {
  size_t len;
  char *src = read_file(path, &len);
  if (!src)
    return ft_err_format(&FtExc_ImportError, "cannot read '%s'", path);
  FtValue mod = exec_source(name, src, len, path, is_package);
  free(src);
  return mod;
}

/* Execute the embedded (lib/) module `name`, or return 0 without an
 * exception set when there is none. */
static FtValue exec_frozen(const char *name) {
  const FtFrozenModule *fm = ft_frozen_find(name);
  if (!fm)
    return 0;
  char path[600];
  snprintf(path, sizeof path, "<frozen %s>", name);
  return exec_source(name, fm->source, fm->length, path, fm->is_package);
}

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Find and load one fully-qualified module whose parent (if any) is
 * already imported.  Returns a new ref, or 0 (ModuleNotFoundError). */
static FtValue load_module(const char *fullname) {
  FtValue mods = ft_sys_modules();
  FtValue m = ft_dict_get_cstr(mods, fullname);
  if (m == FT_NONE) { /* sys.modules[name] = None blocks the import */
    ft_decref(m);
    ft_err_format(&FtExc_ModuleNotFoundError, "import of %s halted; None in sys.modules",
                  fullname);
    set_import_name(fullname);
    return 0;
  }
  if (m || ft_err_occurred())
    return m;
  const char *dot = strrchr(fullname, '.');
  const char *last = dot ? dot + 1 : fullname;
  FtValue path;
  if (dot) {
    FtValue parent = ft_dict_get(mods, ft_str_new(fullname, (size_t)(dot - fullname)));
    /* (the temporary key leaks one str on the error path only) */
    if (!parent)
      return ft_err_occurred() ? 0 : ft_err_format(&FtExc_ModuleNotFoundError, "No module named '%s'", fullname);
    path = ft_getattr_cstr(parent, "__path__");
    ft_decref(parent);
    if (!path) {
      ft_err_clear();
      char pn[512];
      snprintf(pn, sizeof pn, "%.*s", (int)(dot - fullname), fullname);
      return ft_err_format(&FtExc_ModuleNotFoundError,
                           "No module named '%s'; '%s' is not a package", fullname, pn);
    }
  } else {
    for (const FtNativeModule *nm = ft_native_modules; nm->name; nm++)
      if (!strcmp(nm->name, fullname)) {
        FtValue mod = nm->init();
        if (!mod)
          return 0;
        if (ft_dict_set_cstr(mods, fullname, mod) < 0) {
          ft_decref(mod);
          return 0;
        }
        return mod;
      }
    path = ft_newref(ft_sys_path());
  }
  size_t n;
  FtValue *dirs = path_snapshot(path, &n);
  ft_decref(path);
  if (!dirs)
    return 0;
  FtValue result = 0;
  for (size_t i = 0; i < n && !result; i++) {
    if (!ft_str_check(dirs[i]))
      continue;
    const char *d = ft_str_data(dirs[i]);
    char buf[4096];
    snprintf(buf, sizeof buf, "%s%s%s/__init__.py", d, *d ? "/" : "", last);
    if (!*d)
      snprintf(buf, sizeof buf, "%s/__init__.py", last);
    if (is_file(buf)) {
      result = ft_import_exec_file(fullname, buf, 1);
      if (!result)
        break;
      continue;
    }
    if (*d)
      snprintf(buf, sizeof buf, "%s/%s.py", d, last);
    else
      snprintf(buf, sizeof buf, "%s.py", last);
    if (is_file(buf)) {
      result = ft_import_exec_file(fullname, buf, 0);
      if (!result)
        break;
    }
  }
  int failed = ft_err_occurred() != 0;
  for (size_t i = 0; i < n; i++)
    ft_decref(dirs[i]);
  ft_mem_free(dirs);
  if (!result && !failed) {
    /* Not on sys.path: the standard library embedded from lib/. */
    result = exec_frozen(fullname);
    failed = ft_err_occurred() != 0;
  }
  if (!result && !failed) {
    ft_err_format(&FtExc_ModuleNotFoundError, "No module named '%s'", fullname);
    set_import_name(fullname);
  }
  if (result && dot) {
    /* bind as attribute of the parent package */
    FtValue parent = ft_dict_get(mods, ft_str_new(fullname, (size_t)(dot - fullname)));
    if (parent) {
      ft_setattr_cstr(parent, last, result);
      ft_decref(parent);
    }
    ft_err_clear();
  }
  return result;
}

static FtValue resolve_name(FtValue name, FtValue globals, int level) {
  if (level == 0)
    return ft_newref(name);
  FtValue pkg = ft_dict_get_cstr(globals, "__package__");
  if (!pkg || pkg == FT_NONE || !ft_str_check(pkg)) {
    ft_xdecref(pkg);
    FtValue modname = ft_dict_get_cstr(globals, "__name__");
    if (!modname)
      return ft_err_format(&FtExc_ImportError,
                           "attempted relative import with no known parent package");
    FtValue path = ft_dict_get_cstr(globals, "__path__");
    if (path) {
      pkg = modname;
      ft_decref(path);
    } else {
      const char *s = ft_str_data(modname);
      const char *dot = strrchr(s, '.');
      pkg = ft_str_new(s, dot ? (size_t)(dot - s) : 0);
      ft_decref(modname);
    }
    ft_err_clear();
  }
  const char *base = ft_str_data(pkg);
  size_t blen = ft_str_size(pkg);
  if (!blen) {
    ft_decref(pkg);
    return ft_err_format(&FtExc_ImportError,
                         "attempted relative import with no known parent package");
  }
  for (int i = 1; i < level; i++) {
    const char *dot = NULL;
    for (size_t k = blen; k > 0; k--)
      if (base[k - 1] == '.') {
        dot = base + k - 1;
        break;
      }
    if (!dot) {
      ft_decref(pkg);
      return ft_err_format(&FtExc_ImportError, "attempted relative import beyond top-level package");
    }
    blen = (size_t)(dot - base);
  }
  FtValue r = join_name(base, blen, name);
  ft_decref(pkg);
  return r;
}

FtValue ft_import_name(FtValue name, FtValue globals, FtValue fromlist, int level) {
  FtValue full = resolve_name(name, globals, level);
  if (!full)
    return 0;
  ft_rmutex_lock(&import_lock);
  /* import each prefix a, a.b, a.b.c */
  const char *s = ft_str_data(full);
  FtValue top = 0, last = 0;
  char buf[1024];
  size_t n = ft_str_size(full);
  if (n >= sizeof buf) {
    ft_rmutex_unlock(&import_lock);
    ft_decref(full);
    return ft_err_format(&FtExc_ImportError, "module name too long");
  }
  for (size_t i = 0; i <= n; i++) {
    if (i == n || s[i] == '.') {
      memcpy(buf, s, i);
      buf[i] = 0;
      FtValue m = load_module(buf);
      if (!m) {
        ft_xdecref(top);
        ft_xdecref(last);
        ft_rmutex_unlock(&import_lock);
        ft_decref(full);
        return 0;
      }
      if (!top)
        top = ft_newref(m);
      ft_xdecref(last);
      last = m;
    }
  }
  ft_rmutex_unlock(&import_lock);
  int has_from = fromlist && fromlist != FT_NONE && ft_len(fromlist) > 0;
  ft_decref(full);
  if (has_from || level > 0) {
    ft_decref(top);
    /* from pkg import submodule: import it when it's not an attribute */
    if (has_from && ft_getattr_opt(last, ft_str_intern_cstr("__path__"))) {
      size_t nf = ft_tuple_len(fromlist);
      for (size_t i = 0; i < nf; i++) {
        FtValue item = ft_tuple_get(fromlist, i);
        if (!strcmp(ft_str_data(item), "*"))
          continue;
        FtValue have = ft_getattr_opt(last, item);
        if (have) {
          ft_decref(have);
          continue;
        }
        ft_err_clear();
        char sub[1024];
        FtValue mn = ft_getattr_cstr(last, "__name__");
        if (!mn)
          continue;
        snprintf(sub, sizeof sub, "%s.%s", ft_str_data(mn), ft_str_data(item));
        ft_decref(mn);
        ft_rmutex_lock(&import_lock);
        FtValue m = load_module(sub);
        ft_rmutex_unlock(&import_lock);
        if (m)
          ft_decref(m);
        else if (ft_err_matches(&FtExc_ModuleNotFoundError))
          ft_err_clear();
        else
          return 0;
      }
    }
    ft_err_clear();
    return last;
  }
  ft_decref(last);
  return top;
}

FtValue ft_import_from(FtValue module, FtValue name) {
  FtValue v = ft_getattr_opt(module, name);
  if (v || ft_err_occurred())
    return v;
  FtValue mn = ft_getattr_cstr(module, "__name__");
  if (!mn || !ft_str_check(mn)) {
    ft_err_clear();
    ft_xdecref(mn);
    return ft_err_format(&FtExc_ImportError, "cannot import name '%U'", name);
  }
  const char *modname = ft_str_data(mn);
  /* a submodule whose import is still running (a circular `from . import
   * x`) is in sys.modules though not yet an attribute of its package */
  FtValue full = ft_str_from_format("%U.%U", mn, name);
  FtValue mods = ft_sys_modules();
  FtValue sub = full && mods ? ft_dict_get(mods, full) : 0;
  ft_xdecref(full);
  if (sub || ft_err_occurred()) {
    ft_decref(mn);
    return sub;
  }
  FtValue file = ft_getattr_opt(module, ft_str_intern_cstr("__file__"));
  ft_err_clear();
  if (file && ft_str_check(file))
    ft_err_format(&FtExc_ImportError, "cannot import name '%U' from '%U' (%U)", name, mn, file);
  else
    ft_err_format(&FtExc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                  name, mn);
  set_import_name(modname);
  ft_xdecref(file);
  ft_decref(mn);
  return 0;
}

int ft_import_star(FtValue module, FtValue locals) {
  FtValue all = ft_getattr_opt(module, ft_str_intern_cstr("__all__"));
  if (!all && ft_err_occurred())
    return -1;
  FtValue d = ft_getattr_cstr(module, "__dict__");
  if (!d) {
    ft_xdecref(all);
    return -1;
  }
  FtValue names = all ? ft_list_from_iterable(all) : ft_dict_keys_list(d);
  ft_xdecref(all);
  if (!names) {
    ft_decref(d);
    return -1;
  }
  size_t n = ft_list_size(names);
  int r = 0;
  for (size_t i = 0; i < n && r == 0; i++) {
    FtValue k = ft_list_get(names, (intptr_t)i);
    if (!k) {
      r = -1;
      break;
    }
    if (!all && ft_str_check(k) && ft_str_data(k)[0] == '_') {
      ft_decref(k);
      continue;
    }
    FtValue v = ft_getattr(module, k);
    if (!v || ft_setitem(locals, k, v) < 0)
      r = -1;
    ft_xdecref(v);
    ft_decref(k);
  }
  ft_decref(names);
  ft_decref(d);
  return r;
}
