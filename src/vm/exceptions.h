/* exceptions.h -- layout of exception instances and tracebacks, shared by
 * the error API, the eval loop and the traceback printer. */
#ifndef FT_EXCEPTIONS_H
#define FT_EXCEPTIONS_H

#include <limits.h>

#include "ft.h"

/* An exception instance.  Fields are written by the raising thread before
 * the exception can be seen elsewhere; after that, attribute writes follow
 * the same rules as any object (last writer wins, no tearing: each field
 * is one word). */
typedef struct FtException {
  FtObject ob;
  FtValue dict; /* instance __dict__, created on demand */
  FtValue args;
  FtValue traceback; /* FtTraceback chain, outermost first, or 0 */
  FtValue cause;
  FtValue context;
  FtValue hint_names; /* NameError from the VM: the frame's bound local
                         names (tuple) for "Did you mean", or 0 */
  int suppress_context;
} FtException;

/* One entry per frame the exception passed through. Immutable once made. */
typedef struct FtTraceback {
  FtObject ob;
  FtValue next;     /* inner frame's entry, or 0 */
  FtValue filename; /* str */
  FtValue funcname; /* str */
  int lineno;
} FtTraceback;

extern FtType FtTraceback_Type;
/* Prepend a traceback entry for a frame to exc's traceback. */
int ft_exc_add_traceback(FtValue exc, FtValue filename, FtValue funcname,
                         int lineno);
/* Print "Traceback (most recent call last):" ... to stderr. */
void ft_exc_print(FtValue exc);
/* What ft_exc_print prints, as a str: with the cause/context chain when
 * chain, only the exception's own lines (message, notes) when only_exc;
 * limit: FT_TB_ALL, the first `limit` entries of each traceback when
 * >= 0, the last -limit when negative (the traceback module's rule). */
#define FT_TB_ALL LONG_MIN
FtValue ft_exc_format(FtValue exc, int chain, int only_exc, long limit);
/* Build a SyntaxError instance (used by the compiler). */
FtValue ft_exc_syntax_error(FtType *type, const char *msg, const char *filename,
                            int lineno, int offset, const char *text,
                            int end_lineno, int end_offset);
void ft_exceptions_init(void);

#endif
