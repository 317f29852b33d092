/*
 * code.h -- code objects, functions, frames and generators: what the
 * compiler produces and the eval loop runs.
 *
 * Code objects are immutable after creation except for their inline
 * caches, which the eval loop writes with single-word atomic stores (see
 * eval.c); they and module-level functions have deferred reference counts,
 * so every thread may load and call them without touching shared memory.
 * A frame belongs to exactly one thread at a time: the thread running it.
 */
#ifndef FT_CODE_H
#define FT_CODE_H

#include "ft.h"
#include "opcodes.h"

/* code flags */
#define FT_CO_VARARGS 0x04
#define FT_CO_VARKEYWORDS 0x08
#define FT_CO_NESTED 0x10
#define FT_CO_GENERATOR 0x20
#define FT_CO_MODULE 0x1000 /* module/class body: names in a dict */
/* positional parameters only, no cells of its own (free variables are
 * fine): calls copy arguments straight in */
#define FT_CO_SIMPLE 0x2000

/* Inline cache of one instruction.  `tag` is the dict or type version the
 * entry is valid for; `value` the cached object (immortal or deferred, so a
 * stale reader can't see it freed).  Writers store value then tag
 * (release); readers load tag (acquire) then value and re-check the tag, so
 * a torn read is detected and falls back to the slow path. */
typedef struct FtCache {
  _Atomic uint64_t tag;
  _Atomic FtValue value;
  _Atomic uint64_t tag2;
} FtCache;

typedef struct FtCode {
  FtObject ob;
  uint32_t *code;
  size_t ncode;
  int *lines; /* line number of each instruction */
  FtCache *caches;
  FtValue consts, names, varnames, cellvars, freevars; /* tuples */
  FtValue name, qualname, filename;                   /* str */
  int argcount, posonlyargcount, kwonlyargcount;
  int flags;
  int nlocals, ncells, nfrees;
  int stacksize, maxblocks;
  int firstlineno;
  int *cell2arg; /* for each cell: index of the argument it starts as, or -1 */
} FtCode;

/* FtFunction ob.flags: its frames add no traceback entries -- library
 * functions that are C code in CPython (set by _traceback.hide before the
 * function is shared, never cleared). */
#define FT_FUNC_HIDDEN 1

typedef struct FtFunction {
  FtObject ob;
  FtValue code;       /* FtCode */
  FtValue globals;    /* dict */
  FtValue builtins;   /* dict */
  FtValue name, qualname, module, doc;
  FtValue defaults;   /* tuple or 0 */
  FtValue kwdefaults; /* dict or 0 */
  FtValue closure;    /* tuple of cells or 0 */
  FtValue annotations;
  FtValue dict;
} FtFunction;

typedef struct FtCell {
  FtObject ob;
  _Atomic FtValue value; /* 0 = empty; swapped atomically */
} FtCell;

typedef struct FtBoundMethod {
  FtObject ob;
  FtValue func, self;
} FtBoundMethod;

typedef struct FtBuiltin {
  FtObject ob;
  const FtMethodDef *def;
  FtValue self; /* module / bound object, or 0 */
  FtValue module;
} FtBuiltin;

typedef struct FtBlock {
  int type, handler, level;
} FtBlock;

/* A frame: locals, cells, then the value stack, in one allocation on the
 * thread's frame stack (or inside a generator object). */
typedef struct FtFrame {
  struct FtFrame *back;
  FtCode *code;
  FtFunction *func; /* 0 for module code run directly */
  FtValue globals, builtins, locals; /* borrowed from func/module; locals: dict or 0 */
  const uint32_t *ip;  /* next instruction */
  FtValue *sp;
  FtValue *stack;      /* base of the value stack */
  FtBlock *blocks;
  int nblocks;
  int is_entry;        /* returning from it leaves the eval loop */
  int on_heap;         /* owned by a generator */
  int binop;           /* a OP b run inline (the dunder of a heap type):
                          OP + 1, so that NotImplemented raises TypeError
                          on return; else 0 */
  FtType *binop_type;  /* that heap type (deferred: no reference) */
  FtValue init_self;   /* T(...) run inline: the new instance, returned
                          instead of __init__'s None (owned), or 0 */
  struct FtGen *gen;
  FtValue fast[];      /* nlocals + ncells + nfrees, then the stack */
} FtFrame;

typedef struct FtGen {
  FtObject ob;
  FtFrame *frame;   /* heap frame, 0 once finished */
  FtValue name, qualname;
  FtValue code;        /* gi_code (kept after the frame is gone) */
  FtValue handled;     /* the generator's own handled exception while suspended */
  FtValue outer_handled; /* while it runs: the resuming caller's handled
                            exception (borrowed), what the generator sees
                            once it has none of its own */
  _Atomic int running; /* 1 while a thread executes it */
} FtGen;

extern FtType FtGen_Type;

FtValue ft_code_new(void);
FtValue ft_func_new(FtValue code, FtValue globals, FtValue qualname);
/* The eval loop: run `f` until it returns; returns the value (new ref). */
FtValue ft_eval_frame(FtFrame *f);
/* Call a Python function. */
FtValue ft_func_call(FtValue func, const FtValue *args, size_t nargs,
                     FtValue kwnames);
/* Run a module-level code object with the given globals. */
FtValue ft_eval_code(FtValue code, FtValue globals, FtValue locals);
/* Bind arguments into the fast locals of a new frame. */
int ft_func_bind_args(FtFunction *fn, FtFrame *f, const FtValue *args,
                      size_t nargs, FtValue kwnames);
FtValue ft_gen_new(FtFrame *f);

/* compile.c: source text to a code object. mode 0 exec, 1 eval. */
FtValue ft_compile(const char *src, size_t len, const char *filename, int mode);
/* compile()'s optimize level, or-ed into ft_compile's mode */
#define FT_COMPILE_OPTIMIZE(n) ((n) << 4)

#endif
