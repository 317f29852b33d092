/* frozen.h -- the pure-Python standard library embedded in the binary.
 *
 * At build time cmake/embed_lib.cmake turns every lib/ .py file into a byte
 * array and a row of ft_frozen_table (generated into the build directory).
 * The import system falls back to this table when sys.path has no match,
 * so files on sys.path can still shadow an embedded module.
 * The table is constant data: reading it needs no synchronization. */
#ifndef FT_FROZEN_H
#define FT_FROZEN_H

#include <stddef.h>

typedef struct FtFrozenModule {
  const char *name;   /* fully qualified: "threading", "pkg.mod" */
  const char *source; /* UTF-8 source text, NUL-terminated */
  size_t length;      /* bytes, without the NUL */
  int is_package;     /* from lib/<name>/__init__.py */
} FtFrozenModule;

/* The generated table, ended by a row whose name is NULL. */
extern const FtFrozenModule ft_frozen_table[];

/* The embedded module called `name`, or NULL. */
const FtFrozenModule *ft_frozen_find(const char *name);

#endif
