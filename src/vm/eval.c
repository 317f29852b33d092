/*
 * eval.c -- the bytecode interpreter loop.
 *
 * One C activation of ft_eval_frame runs Python frames until the entry
 * frame returns: a Python-to-Python call pushes a frame on the thread's
 * frame stack and continues in the same loop (no C recursion), so deep
 * Python recursion costs no C stack.  Dispatch is computed-goto.
 *
 * Exceptions unwind through a per-frame block stack (SETUP_FINALLY
 * handlers and EXCEPT_HANDLER markers that restore the "currently handled"
 * exception), then out of the frame into its caller, adding a traceback
 * entry for each frame they leave.
 *
 * Thread safety: a frame is touched only by the thread running it.  Shared
 * things the loop reads -- code objects, function objects, globals and
 * builtins dicts -- are either immutable or read through their own
 * thread-safe APIs; inline caches in code objects are written with atomic
 * stores (value, then tag) and validated after reading, and only cache
 * objects that can't be freed under a reader (immortal or deferred).  The
 * loop polls the thread's eval_breaker at backward jumps and calls.
 */
#include <math.h>
#include <stdlib.h>

#include "code.h"
#include "exceptions.h"
#include "ft.h"
#include "objects/dict.h"
#include "objects/ivalues.h"
#include "objects/list.h"
#include "objects/typeslots.h"
#include "tstate.h"

/* ---- frame allocation ------------------------------------------------ */

typedef struct FrameChunk {
  struct FrameChunk *prev;
  char *top, *end;
  char data[];
} FrameChunk;

#define CHUNK_SIZE (256 * 1024)

static size_t frame_size(FtCode *co) {
  return sizeof(FtFrame) +
         (size_t)(co->nlocals + co->ncells + co->nfrees + co->stacksize) * sizeof(FtValue) +
         (size_t)co->maxblocks * sizeof(FtBlock);
}

static FtFrame *frame_alloc_chunk(FtThreadState *ts, size_t size);

/* Frames are pushed and popped on every call: the common case inline. */
static inline __attribute__((always_inline)) FtFrame *frame_alloc(FtThreadState *ts,
                                                                  FtCode *co) {
  size_t size = (frame_size(co) + 15) & ~(size_t)15;
  FrameChunk *c = (FrameChunk *)ts->stack_chunk;
  if (__builtin_expect(!c || c->top + size > c->end, 0))
    return frame_alloc_chunk(ts, size);
  FtFrame *f = (FtFrame *)c->top;
  c->top += size;
  return f;
}

/* A new chunk for the frame stack, then the frame in it. */
static FtFrame *frame_alloc_chunk(FtThreadState *ts, size_t size) {
  size_t cs = size + sizeof(FrameChunk) > CHUNK_SIZE ? size + sizeof(FrameChunk) : CHUNK_SIZE;
  FrameChunk *n = malloc(cs);
  if (!n) {
    ft_err_nomemory();
    return NULL;
  }
  n->prev = (FrameChunk *)ts->stack_chunk;
  n->top = n->data + size;
  n->end = (char *)n + cs;
  ts->stack_chunk = (char *)n;
  return (FtFrame *)n->data;
}

static inline void frame_release_memory(FtThreadState *ts, FtFrame *f) {
  FrameChunk *c = (FrameChunk *)ts->stack_chunk;
  c->top = (char *)f;
  if (c->top == c->data && c->prev) {
    ts->stack_chunk = (char *)c->prev;
    free(c);
  }
}

static void frame_init(FtFrame *f, FtCode *co, FtFunction *fn, FtValue globals,
                       FtValue builtins, FtValue locals) {
  f->back = NULL;
  f->code = co;
  f->func = fn;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->ip = co->code;
  int nfast = co->nlocals + co->ncells + co->nfrees;
  memset(f->fast, 0, (size_t)nfast * sizeof(FtValue));
  f->stack = f->fast + nfast;
  f->sp = f->stack;
  f->blocks = (FtBlock *)(f->stack + co->stacksize);
  f->nblocks = 0;
  f->is_entry = 0;
  f->on_heap = 0;
  f->init_self = 0;
  f->binop = 0;
  f->gen = NULL;
}

/* Drop everything a frame holds. */
static inline __attribute__((always_inline)) void frame_clear(FtFrame *f) {
  FtCode *co = f->code;
  int nfast = co->nlocals + co->ncells + co->nfrees;
  for (int i = 0; i < nfast; i++)
    FT_CLEAR(f->fast[i]);
  while (f->sp > f->stack) {
    FtValue v = *--f->sp;
    ft_xdecref(v);
  }
  if (f->locals && !(co->flags & FT_CO_MODULE))
    FT_CLEAR(f->locals);
}

/* ---- argument binding ------------------------------------------------ */

static FtValue fn_name(FtFunction *fn) { return fn->qualname ? fn->qualname : fn->name; }

static int too_many_positional(FtFunction *fn, FtCode *co, size_t given, size_t kwonly_given) {
  int ndef = fn->defaults ? (int)ft_tuple_len(fn->defaults) : 0;
  int argc = co->argcount;
  char sig[64], kwsig[96] = "";
  if (ndef)
    snprintf(sig, sizeof sig, "from %d to %d", argc - ndef, argc);
  else
    snprintf(sig, sizeof sig, "%d", argc);
  int plural = ndef || argc != 1;
  if (kwonly_given)
    snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  ft_err_format(&FtExc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
                fn_name(fn), sig, plural ? "s" : "", given, kwsig,
                given == 1 && !kwonly_given ? "was" : "were");
  return -1;
}

static int missing_args(FtFunction *fn, FtCode *co, FtValue *fast, int start, int end,
                        const char *kind) {
  FtValue names = ft_list_new(0);
  if (!names)
    return -1;
  for (int i = start; i < end; i++)
    if (!fast[i])
      ft_list_append(names, ft_tuple_get(co->varnames, (size_t)i));
  size_t n = ft_list_size(names);
  /* 'a', 'b' and 'c' */
  FtValue msg = ft_str_from_cstr("");
  for (size_t i = 0; msg && i < n; i++) {
    FtValue item = ft_list_get(names, (intptr_t)i);
    FtValue part = ft_str_from_format("%s'%U'", i == 0 ? "" : i == n - 1 ? (n == 2 ? " and " : ", and ") : ", ", item);
    ft_decref(item);
    FtValue m2 = part ? ft_str_concat(msg, part) : 0;
    ft_xdecref(part);
    ft_decref(msg);
    msg = m2;
  }
  ft_decref(names);
  if (!msg)
    return -1;
  ft_err_format(&FtExc_TypeError, "%U() missing %zu required %s argument%s: %U", fn_name(fn),
                n, kind, n == 1 ? "" : "s", msg);
  ft_decref(msg);
  return -1;
}

int ft_func_bind_args(FtFunction *fn, FtFrame *f, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  FtCode *co = (FtCode *)ft_obj(fn->code);
  FtValue *fast = f->fast;
  int argc = co->argcount;
  int kwonly = co->kwonlyargcount;
  int total = argc + kwonly;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  int has_varkw = (co->flags & FT_CO_VARKEYWORDS) != 0;
  int varkw_slot = total + ((co->flags & FT_CO_VARARGS) ? 1 : 0);
  /* **kwargs: the extra keywords are collected, then become the dict in
   * one go (few of them, all exact strs), else are stored one by one */
  FtValue varkw = 0, xk[8], xv[8];
  size_t nx = 0;
  if (has_varkw && nkw > 8) {
    varkw = ft_dict_new();
    if (!varkw)
      return -1;
    fast[varkw_slot] = varkw;
  }
  size_t npos = nargs < (size_t)argc ? nargs : (size_t)argc;
  for (size_t i = 0; i < npos; i++)
    fast[i] = ft_newref(args[i]);
  if (co->flags & FT_CO_VARARGS) {
    FtValue t = nargs > (size_t)argc ? ft_tuple_from_array(args + argc, nargs - (size_t)argc)
                                     : ft_newref(FT_EMPTY_TUPLE);
    if (!t)
      return -1;
    fast[total] = t;
  } else if (nargs > (size_t)argc) {
    size_t kwonly_given = 0;
    for (size_t k = 0; k < nkw; k++) {
      FtValue name = ft_tuple_get(kwnames, k);
      for (int j = argc; j < total; j++)
        if (ft_str_eq(name, ft_tuple_get(co->varnames, (size_t)j)))
          kwonly_given++;
    }
    return too_many_positional(fn, co, nargs, kwonly_given);
  }
  for (size_t k = 0; k < nkw; k++) {
    FtValue name = ft_tuple_get(kwnames, k);
    FtValue val = args[nargs + k];
    int j;
    for (j = co->posonlyargcount; j < total; j++) {
      FtValue vn = ft_tuple_get(co->varnames, (size_t)j);
      if (vn == name || ft_str_eq(vn, name))
        break;
    }
    if (j < total) {
      if (fast[j])
        return (int)(intptr_t)ft_err_format(&FtExc_TypeError,
                                            "%U() got multiple values for argument '%U'",
                                            fn_name(fn), name) - 1;
      fast[j] = ft_newref(val);
      continue;
    }
    if (!has_varkw) {
      for (j = 0; j < co->posonlyargcount; j++)
        if (ft_str_eq(ft_tuple_get(co->varnames, (size_t)j), name)) {
          /* name every positional-only parameter passed by keyword */
          FtValue names = ft_list_new(0);
          for (int p = 0; names && p < co->posonlyargcount; p++)
            for (size_t q = 0; q < nkw; q++)
              if (ft_str_eq(ft_tuple_get(co->varnames, (size_t)p), ft_tuple_get(kwnames, q))) {
                ft_list_append(names, ft_tuple_get(kwnames, q));
                break;
              }
          FtValue sep = ft_str_from_cstr(", ");
          FtValue joined = names && sep ? ft_str_join(sep, names) : 0;
          if (joined)
            ft_err_format(&FtExc_TypeError,
                          "%U() got some positional-only arguments passed as keyword "
                          "arguments: '%U'",
                          fn_name(fn), joined);
          ft_xdecref(joined);
          ft_xdecref(sep);
          ft_xdecref(names);
          return -1;
        }
      ft_err_format(&FtExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                    fn_name(fn), name);
      return -1;
    }
    if (!varkw) {
      xk[nx] = name;
      xv[nx++] = val;
    } else if (ft_dict_set(varkw, name, val) < 0) {
      return -1;
    }
  }
  if (has_varkw && !varkw) {
    int exact = 1;
    for (size_t i = 0; i < nx; i++)
      exact &= !ft_is_small(xk[i]) && ft_obj(xk[i])->type == &FtStr_Type;
    if (exact) {
      varkw = ft_dict_from_distinct_strs(xk, xv, nx);
    } else if ((varkw = ft_dict_new())) {
      for (size_t i = 0; i < nx; i++)
        if (ft_dict_set(varkw, xk[i], xv[i]) < 0) {
          ft_decref(varkw);
          return -1;
        }
    }
    if (!varkw)
      return -1;
    fast[varkw_slot] = varkw;
  }
  /* defaults */
  if (nargs < (size_t)argc) {
    int ndef = fn->defaults ? (int)ft_tuple_len(fn->defaults) : 0;
    int first_def = argc - ndef;
    for (int i = (int)nargs; i < argc; i++) {
      if (fast[i])
        continue;
      if (i >= first_def)
        fast[i] = ft_newref(ft_tuple_get(fn->defaults, (size_t)(i - first_def)));
    }
    for (int i = (int)nargs; i < first_def; i++)
      if (!fast[i])
        return missing_args(fn, co, fast, (int)nargs, first_def, "positional");
  }
  for (int i = argc; i < total; i++) {
    if (fast[i])
      continue;
    FtValue d = fn->kwdefaults ? ft_dict_get(fn->kwdefaults, ft_tuple_get(co->varnames, (size_t)i)) : 0;
    if (d) {
      fast[i] = d;
      continue;
    }
    if (ft_err_occurred())
      return -1;
  }
  for (int i = argc; i < total; i++)
    if (!fast[i])
      return missing_args(fn, co, fast, argc, total, "keyword-only");
  return 0;
}

/* Cells and free variables of a fresh frame. */
static int frame_setup_cells(FtFrame *f, FtFunction *fn) {
  FtCode *co = f->code;
  if (!co->ncells && !co->nfrees)
    return 0;
  FtValue *cells = f->fast + co->nlocals;
  for (int i = 0; i < co->ncells; i++) {
    FtValue init = 0;
    if (co->cell2arg && co->cell2arg[i] >= 0) {
      init = f->fast[co->cell2arg[i]];
      f->fast[co->cell2arg[i]] = 0;
    }
    FtValue c = ft_cell_new(init);
    ft_xdecref(init);
    if (!c)
      return -1;
    cells[i] = c;
  }
  if (co->nfrees) {
    FtValue closure = fn ? fn->closure : 0;
    for (int i = 0; i < co->nfrees; i++)
      cells[co->ncells + i] = ft_newref(ft_tuple_get(closure, (size_t)i));
  }
  return 0;
}

/* ---- generators ------------------------------------------------------- */

static FtValue gen_from_frame(FtThreadState *ts, FtFrame *f) {
  /* Move the frame off the thread's stack into its own allocation. */
  size_t size = frame_size(f->code);
  FtFrame *h = ft_mem_alloc(size);
  if (!h)
    return 0;
  memcpy(h, f, size);
  ptrdiff_t delta = (char *)h - (char *)f;
  h->stack = (FtValue *)((char *)f->stack + delta);
  h->sp = (FtValue *)((char *)f->sp + delta);
  h->blocks = (FtBlock *)((char *)f->blocks + delta);
  h->on_heap = 1;
  frame_release_memory(ts, f);
  FtValue g = ft_gen_new(h);
  if (!g) {
    frame_clear(h);
    if (h->func)
      ft_decref(ft_val(h->func));
    ft_mem_free(h);
  }
  return g;
}

/* ---- calls ------------------------------------------------------------- */

static FtValue eval(FtThreadState *ts, FtFrame *f);

static int recursion_check(FtThreadState *ts) {
  if (ts->py_depth >= atomic_load_explicit(&ft_recursion_limit, memory_order_relaxed)) {
    ft_err_format(&FtExc_RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

/* Prepare a frame for calling fn; returns NULL on error. */
/* Fast path for FT_CO_SIMPLE code called with exactly its positional
 * arguments: the caller's stack references move into the frame, and so
 * does its reference to fn when fn_moves (otherwise the frame takes one). */
static inline __attribute__((always_inline)) FtFrame *
push_simple_frame(FtThreadState *ts, FtFunction *fn, FtValue *args, int nargs, int fn_moves) {
  FtCode *co = (FtCode *)ft_obj(fn->code);
  FtFrame *f = frame_alloc(ts, co);
  if (!f)
    return NULL;
  f->back = NULL;
  f->code = co;
  f->func = fn;
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->locals = 0;
  f->ip = co->code;
  int argc = co->argcount;
  for (int i = 0; i < nargs; i++) /* a few words: no memcpy call */
    f->fast[i] = args[i];
  if (nargs < argc) { /* the caller checked the defaults cover the rest */
    size_t ndef = ft_tuple_len(fn->defaults);
    for (int i = nargs; i < argc; i++)
      f->fast[i] = ft_newref(ft_tuple_get(fn->defaults, ndef - (size_t)(argc - i)));
  }
  for (int i = argc; i < co->nlocals; i++)
    f->fast[i] = 0;
  for (int i = 0; i < co->nfrees; i++)
    f->fast[co->nlocals + i] = ft_newref(ft_tuple_get(fn->closure, (size_t)i));
  f->stack = f->fast + co->nlocals + co->nfrees;
  f->sp = f->stack;
  f->blocks = (FtBlock *)(f->stack + co->stacksize);
  f->nblocks = 0;
  f->is_entry = 0;
  f->on_heap = 0;
  f->init_self = 0;
  f->binop = 0;
  f->gen = NULL;
  if (!fn_moves)
    ft_incref(ft_val(fn));
  return f;
}

static FtFrame *push_call_frame(FtThreadState *ts, FtFunction *fn, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  FtCode *co = (FtCode *)ft_obj(fn->code);
  FtFrame *f = frame_alloc(ts, co);
  if (!f)
    return NULL;
  frame_init(f, co, fn, fn->globals, fn->builtins, 0);
  ft_incref(ft_val(fn));
  if (ft_func_bind_args(fn, f, args, nargs, kwnames) < 0 || frame_setup_cells(f, fn) < 0) {
    frame_clear(f);
    ft_decref(ft_val(fn));
    frame_release_memory(ts, f);
    return NULL;
  }
  return f;
}

FtValue ft_func_call(FtValue func, const FtValue *args, size_t nargs, FtValue kwnames) {
  FtThreadState *ts = ft_ts;
  FtFunction *fn = (FtFunction *)ft_obj(func);
  FtFrame *f = push_call_frame(ts, fn, args, nargs, kwnames);
  if (!f)
    return 0;
  if (((FtCode *)ft_obj(fn->code))->flags & FT_CO_GENERATOR)
    return gen_from_frame(ts, f);
  f->is_entry = 1;
  return eval(ts, f);
}

FtValue ft_eval_frame(FtFrame *f) { return eval(ft_ts, f); }

FtValue ft_eval_code(FtValue code, FtValue globals, FtValue locals) {
  FtThreadState *ts = ft_ts;
  FtCode *co = (FtCode *)ft_obj(code);
  FtValue builtins = ft_dict_get_cstr(globals, "__builtins__");
  if (!builtins) {
    if (ft_err_occurred())
      return 0;
    builtins = ft_newref(ft_vm_builtins());
    if (ft_dict_set_cstr(globals, "__builtins__", builtins) < 0) {
      ft_decref(builtins);
      return 0;
    }
  }
  if (ft_type(builtins) == &FtModule_Type) {
    FtValue d = ft_newref(ft_module_dict(builtins));
    ft_decref(builtins);
    builtins = d;
  }
  FtFrame *f = frame_alloc(ts, co);
  if (!f) {
    ft_decref(builtins);
    return 0;
  }
  frame_init(f, co, NULL, globals, builtins, locals ? locals : globals);
  f->is_entry = 1;
  FtValue r = eval(ts, f);
  ft_decref(builtins);
  return r;
}

/* ---- helpers used by instructions ------------------------------------- */

/* NameError for name, raised in frame f (0: no frame locals to offer),
 * with e.name and the frame's bound local names for the suggestion. */
static FtValue load_name_error_in(FtFrame *f, FtValue name) {
  ft_err_format(&FtExc_NameError, "name '%U' is not defined", name);
  FtValue names = 0;
  if (f && !f->locals) {
    FtCode *co = f->code;
    int nl = co->nlocals, nc = co->ncells, nf = co->nfrees;
    FtValue l = ft_list_new(0);
    FtValue pending = ft_err_fetch(); /* building the list must not see it */
    for (int i = 0; l && i < nl + nc + nf; i++) {
      FtValue v = f->fast[i];
      if (i >= nl && v) /* a cell: bound when the cell holds a value */
        v = atomic_load_explicit(&((FtCell *)ft_obj(v))->value, memory_order_acquire);
      if (v)
        ft_list_append(l, i < nl ? ft_tuple_get(co->varnames, (size_t)i)
                       : i < nl + nc ? ft_tuple_get(co->cellvars, (size_t)(i - nl))
                                     : ft_tuple_get(co->freevars, (size_t)(i - nl - nc)));
    }
    names = l ? ft_list_as_tuple(l) : 0;
    ft_xdecref(l);
    ft_err_clear();
    ft_err_raise(pending);
  }
  ft_exc_name_error_info(name, names);
  ft_xdecref(names);
  return 0;
}
static FtValue load_name_error(FtValue name) { return load_name_error_in(NULL, name); }

/* del name: a missing name is a NameError, not a KeyError. */
/* A namespace that is an exact dict is used directly; anything else (a
 * __prepare__ result, exec's mapping) through its __getitem__ & co. */
static inline int exact_dict(FtValue ns) { return ft_type(ns) == &FtDict_Type; }

static int delete_name(FtValue ns, FtValue name) {
  if ((exact_dict(ns) ? ft_dict_del(ns, name) : ft_delitem(ns, name)) == 0)
    return 0;
  if (ft_err_matches(&FtExc_KeyError)) {
    ft_err_clear();
    load_name_error(name);
  }
  return -1;
}

static int unpack_iterable(FtValue v, int before, int after, FtValue *sp_top) {
  /* Writes items so that the first item ends up on top of the stack. */
  FtValue it = ft_iter(v);
  if (!it) {
    if (ft_err_matches(&FtExc_TypeError) && !ft_type(v)->iter && !ft_type(v)->getitem) {
      ft_err_clear();
      ft_err_format(&FtExc_TypeError, "cannot unpack non-iterable %s object", ft_type_name(v));
    }
    return -1;
  }
  int total = before + (after >= 0 ? after + 1 : 0);
  FtValue *items = sp_top + total - 1; /* items go downward */
  int i = 0;
  for (; i < before; i++) {
    FtValue x = ft_next(it);
    if (!x) {
      if (!ft_err_occurred()) {
        if (after < 0)
          ft_err_format(&FtExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                        before, i);
        else
          ft_err_format(&FtExc_ValueError,
                        "not enough values to unpack (expected at least %d, got %d)",
                        before + after, i);
      }
      goto fail;
    }
    *(items - i) = x;
  }
  if (after < 0) {
    FtValue x = ft_next(it);
    if (x) {
      ft_decref(x);
      ft_err_format(&FtExc_ValueError, "too many values to unpack (expected %d)", before);
      goto fail;
    }
    if (ft_err_occurred())
      goto fail;
    ft_decref(it);
    return 0;
  }
  FtValue rest = ft_list_from_iterable(it);
  if (!rest)
    goto fail;
  size_t n = ft_list_size(rest);
  if (n < (size_t)after) {
    ft_err_format(&FtExc_ValueError,
                  "not enough values to unpack (expected at least %d, got %zu)",
                  before + after, (size_t)before + n);
    ft_decref(rest);
    goto fail;
  }
  FtList *l = (FtList *)ft_obj(rest);
  for (int k = 0; k < after; k++) {
    *(items - before - 1 - k) = l->items[n - (size_t)after + (size_t)k];
    l->items[n - (size_t)after + (size_t)k] = 0;
  }
  l->n = n - (size_t)after;
  *(items - before) = rest;
  ft_decref(it);
  return 0;
fail:
  for (int k = 0; k < i; k++)
    ft_decref(*(items - k));
  ft_decref(it);
  return -1;
}

static FtValue format_value(FtValue v, int flags, FtValue spec) {
  FtValue conv = 0;
  switch (flags & FT_FV_CONV_MASK) {
  case FT_FV_STR: conv = ft_to_str(v); break;
  case FT_FV_REPR: conv = ft_repr(v); break;
  case FT_FV_ASCII: conv = ft_ascii(v); break;
  default: conv = ft_newref(v); break;
  }
  if (!conv)
    return 0;
  if (!spec && ft_isinstance_exact(conv, &FtStr_Type))
    return conv;
  FtValue empty = 0;
  if (!spec)
    spec = empty = ft_str_from_cstr("");
  FtValue r = spec ? ft_format(conv, spec) : 0;
  ft_xdecref(empty);
  ft_decref(conv);
  return r;
}

static FtValue exc_from_raise_arg(FtValue v) {
  if (FT_TYPE_HAS(v, FT_TPFLAG_TYPE_SUBCLASS) &&
      ft_type_is_subtype((FtType *)ft_obj(v), &FtExc_BaseException)) {
    FtValue e = ft_call0(v);
    if (e && !ft_exc_is_instance(e)) {
      ft_decref(e);
      return ft_err_format(&FtExc_TypeError,
                           "calling %R should have returned an instance of BaseException, "
                           "not %s",
                           v, ft_type_name(e));
    }
    return e;
  }
  if (ft_exc_is_instance(v))
    return ft_newref(v);
  return ft_err_format(&FtExc_TypeError, "exceptions must derive from BaseException");
}

static int do_raise(FtThreadState *ts, FtValue exc, FtValue cause) {
  FtValue e = exc_from_raise_arg(exc);
  if (!e)
    return -1;
  if (cause) {
    FtValue c;
    if (cause == FT_NONE) {
      c = 0;
    } else {
      c = exc_from_raise_arg(cause);
      if (!c) {
        ft_decref(e);
        if (ft_err_matches(&FtExc_TypeError)) {
          ft_err_clear();
          ft_err_format(&FtExc_TypeError, "exception causes must derive from BaseException");
        }
        return -1;
      }
    }
    FtException *x = (FtException *)ft_obj(e);
    ft_setref(&x->cause, c);
    x->suppress_context = 1;
  }
  ft_err_raise(e);
  return -1;
}

/* LOAD_GLOBAL with its cache. */
static FtValue load_global_slow(FtFrame *f, FtCode *co, int idx, FtCache *c, uint64_t gv,
                                uint64_t bv);

static inline __attribute__((always_inline)) FtValue load_global(FtFrame *f, FtCode *co,
                                                                 int idx, int cache_i) {
  FtCache *c = &co->caches[cache_i];
  uint64_t gv = ft_dict_version_inline(f->globals), bv = ft_dict_version_inline(f->builtins);
  uint64_t tag = atomic_load_explicit(&c->tag, memory_order_acquire);
  if (tag == gv && atomic_load_explicit(&c->tag2, memory_order_acquire) == bv && tag) {
    FtValue v = atomic_load_explicit(&c->value, memory_order_relaxed);
    if (atomic_load_explicit(&c->tag, memory_order_acquire) == gv && v)
      return v; /* immortal/deferred or small int: no reference needed */
  }
  return load_global_slow(f, co, idx, c, gv, bv);
}

static FtValue load_global_slow(FtFrame *f, FtCode *co, int idx, FtCache *c, uint64_t gv,
                                uint64_t bv) {
  FtValue name = ft_tuple_get(co->names, (size_t)idx);
  FtValue v = ft_dict_get_str(f->globals, name);
  if (!v) {
    if (ft_err_occurred())
      return 0;
    v = ft_dict_get_str(f->builtins, name);
    if (!v) {
      if (!ft_err_occurred())
        load_name_error_in(f, name);
      return 0;
    }
  }
  if (ft_is_small(v) || ft_obj_is_immortal(ft_obj(v))) {
    /* Versions re-read after the lookup: if either changed meanwhile the
     * entry is simply never valid. */
    atomic_store_explicit(&c->tag, 0, memory_order_relaxed);
    atomic_store_explicit(&c->value, v, memory_order_relaxed);
    atomic_store_explicit(&c->tag2, bv, memory_order_release);
    atomic_store_explicit(&c->tag, gv, memory_order_release);
  }
  return v; /* the lookup's new reference */
}

/* "mod.qualname()" naming a callable in call errors, as CPython's
 * _PyObject_FunctionStr: the module is left out for builtins, and an
 * object without __qualname__ is shown by str().  0 on error. */
static FtValue func_desc(FtValue f) {
  FtValue qn = ft_getattr_cstr(f, "__qualname__");
  if (!qn) {
    ft_err_clear();
    return ft_to_str(f);
  }
  FtValue mod = ft_getattr_cstr(f, "__module__");
  if (!mod)
    ft_err_clear();
  FtValue r;
  if (mod && ft_str_check(mod) && strcmp(ft_str_data(mod), "builtins"))
    r = ft_str_from_format("%U.%U()", mod, qn);
  else
    r = ft_str_from_format("%U()", qn);
  ft_xdecref(mod);
  ft_decref(qn);
  return r;
}

/* ---- the loop ----------------------------------------------------------- */

FtValue ft_import_name(FtValue name, FtValue globals, FtValue fromlist, int level);
FtValue ft_import_from(FtValue module, FtValue name);
int ft_import_star(FtValue module, FtValue locals);

static int line_of(FtFrame *f) {
  ptrdiff_t i = f->ip - f->code->code - 1;
  if (i < 0)
    i = 0;
  return f->code->lines[i];
}

/* x OP y for two small ints when the result is a small int and needs no
 * error: the result, or 0 (then the generic path decides). */
static inline __attribute__((always_inline)) FtValue small_binop(int op, intptr_t x,
                                                                intptr_t y) {
  intptr_t r;
  /* the common operators as conditional branches (see double_binop) */
  if (op == FT_NB_ADD) {
    r = x + y; /* 62-bit operands can't overflow a 64-bit add */
    return ft_small_fits(r) ? ft_small(r) : 0;
  }
  if (op == FT_NB_SUB) {
    r = x - y;
    return ft_small_fits(r) ? ft_small(r) : 0;
  }
  if (op == FT_NB_MUL)
    return !__builtin_mul_overflow(x, y, &r) && ft_small_fits(r) ? ft_small(r) : 0;
  switch (op) {
  case FT_NB_AND: return ft_small(x & y);
  case FT_NB_OR: return ft_small(x | y);
  case FT_NB_XOR: return ft_small(x ^ y);
  case FT_NB_FLOORDIV:
    if (y > 0) {
      r = x / y;
      if ((x % y) < 0)
        r--;
      return ft_small(r);
    }
    return 0;
  case FT_NB_MOD:
    if (y > 0) {
      r = x % y;
      if (r < 0)
        r += y;
      return ft_small(r);
    }
    return 0;
  }
  return 0;
}

static inline __attribute__((always_inline)) FtValue fast_binop(int op, FtValue a, FtValue b) {
  if (ft_is_small(a) && ft_is_small(b)) {
    FtValue r = small_binop(op, ft_small_val(a), ft_small_val(b));
    if (r)
      return r;
  }
  /* two floats were tried first by float_binop in the handlers */
  return ft_binop(a, b, op);
}

/* x OP y in double arithmetic for the operators done inline; 0 when op is
 * not one of them or would raise (division by zero). */
static inline __attribute__((always_inline)) int double_binop(int op, double x, double y,
                                                             double *r) {
  /* the common operators as conditional branches, not a jump table: one
   * indirect jump shared by every site of an instruction mispredicts
   * whenever the sites' operators alternate, while these branches are
   * predicted from the dispatch history */
  if (op == FT_NB_MUL) {
    *r = x * y;
    return 1;
  }
  if (op == FT_NB_ADD) {
    *r = x + y;
    return 1;
  }
  if (op == FT_NB_SUB) {
    *r = x - y;
    return 1;
  }
  switch (op) {
  case FT_NB_TRUEDIV:
    if (y == 0)
      return 0;
    *r = x / y;
    return 1;
  case FT_NB_POW:
    /* a positive finite base and a finite exponent: C's pow is Python's
     * unless the result overflows (OverflowError); underflow to 0.0 is
     * not an error in Python either */
    if (!(x > 0) || !isfinite(x) || !isfinite(y))
      return 0;
    *r = pow(x, y);
    return isfinite(*r);
  }
  return 0;
}

/* The value of a small int or exact float as a double, for mixed
 * arithmetic (a 62-bit int converts with round-half-even, as CPython's
 * int-to-float does); 0 for anything else. */
static inline int num_as_double(FtValue v, double *d) {
  if (ft_is_small(v)) {
    *d = (double)ft_small_val(v);
    return 1;
  }
  if (ft_obj(v)->type == &FtFloat_Type) {
    *d = ft_float_val(v);
    return 1;
  }
  return 0;
}

/* True when the stack holds the only reference to float v (owned by this
 * thread, local count 1, no shared count): nobody else can see it, so an
 * arithmetic result may be written into it instead of a new object. */
static inline int float_is_temp(FtValue v) {
  FtObject *o = ft_obj(v);
  return ft_ref_local(o) == 1 && ft_obj_is_owned(o) &&
         atomic_load_explicit(&o->ref_shared, memory_order_relaxed) == 0;
}

/* Drop a reference to exact float v; a temporary goes straight back to
 * the freelist. */
static inline void float_drop(FtValue v) {
  if (float_is_temp(v) && ft_float_push_free(ft_obj(v)))
    return;
  ft_decref(v);
}

/* a OP b for an exact float and a small int (either order), consuming
 * both references; 0 when not done inline (references untouched). */
static inline FtValue mixed_binop(int op, FtValue a, FtValue b) {
  double x, y, r;
  FtValue fl = ft_is_small(a) ? b : a;
  if (ft_is_small(fl) || ft_obj(fl)->type != &FtFloat_Type || !num_as_double(a, &x) ||
      !num_as_double(b, &y) || !double_binop(op, x, y, &r))
    return 0;
  if (float_is_temp(fl)) {
    ((FtFloat *)ft_obj(fl))->value = r;
    return fl;
  }
  FtValue v = ft_float_new_fast(r);
  if (v)
    ft_decref(fl);
  else
    ft_err_clear(); /* out of memory: the generic path tries again */
  return v;
}

/* a OP b for two exact floats, consuming both references; 0 with
 * *handled == 0 when the operator is not one done inline (the caller
 * falls back to the generic path, references untouched). */
static inline __attribute__((always_inline)) FtValue float_binop(int op, FtValue a, FtValue b,
                                                                int *handled) {
  double r;
  if (!double_binop(op, ft_float_val(a), ft_float_val(b), &r)) {
    *handled = 0;
    return 0;
  }
  *handled = 1;
  if (float_is_temp(a)) {
    ((FtFloat *)ft_obj(a))->value = r;
    float_drop(b);
    return a;
  }
  if (a != b && float_is_temp(b)) {
    ((FtFloat *)ft_obj(b))->value = r;
    ft_decref(a);
    return b;
  }
  ft_decref(a);
  ft_decref(b);
  return ft_float_new_fast(r);
}

/* x OP y as True/False for any C numbers (for doubles NaN compares
 * unequal to everything, as in Python). */
#define COMPARE_BOOL(op, x, y)                                               \
  (((op) == FT_LT   ? (x) < (y)                                              \
    : (op) == FT_LE ? (x) <= (y)                                             \
    : (op) == FT_EQ ? (x) == (y)                                             \
    : (op) == FT_NE ? (x) != (y)                                             \
    : (op) == FT_GT ? (x) > (y)                                              \
                    : (x) >= (y))                                            \
       ? FT_TRUE                                                             \
       : FT_FALSE)

/* a CMP b for two small ints or two exact floats, else 0 (not handled). */
static inline FtValue inline_compare(int op, FtValue a, FtValue b) {
  if (ft_is_small(a) && ft_is_small(b)) /* the tags preserve order */
    return COMPARE_BOOL(op, (intptr_t)a, (intptr_t)b);
  if (!ft_is_small(a) && !ft_is_small(b) && ft_obj(a)->type == &FtFloat_Type &&
      ft_obj(b)->type == &FtFloat_Type)
    return COMPARE_BOOL(op, ft_float_val(a), ft_float_val(b));
  return 0;
}

static FtValue fast_compare(int op, FtValue a, FtValue b) {
  FtValue r = inline_compare(op, a, b);
  return r ? r : ft_richcompare(a, b, op);
}

/* Attribute caches (one FtCache per instruction), keyed on the type's
 * version tag, which changes whenever the type or a base is modified.
 * INSTANCE: the name is not found along the MRO, so only the instance dict
 * matters.  METHOD: `value` is the (immortal or deferred) function or method
 * descriptor found along the MRO. */
#define CK_INSTANCE (1ull << 32)
#define CK_METHOD (2ull << 32)
#define CK_STORE (3ull << 32)
#define CK_DESCR (4ull << 32) /* value: an immortal data descriptor */
#define CK_SLOT (5ull << 32)  /* value: offset of a __slots__ member */
#define CK_BINOP (6ull << 32) /* value: binop_function's result, or 0 */
#define CK_IVALUE (7ull << 32) /* value: offset of an inline instance value */

/* Read the __slots__ member at offset off of o with a new reference, when
 * that needs no lock (see member_get in descr.c): the value is a small
 * int, immortal or owned by this thread.  0 otherwise, or when unset (the
 * caller then takes the descriptor path, which raises or locks). */
static inline FtValue slot_load(FtValue o, size_t off) {
  FtValue v = atomic_load_explicit((_Atomic FtValue *)((char *)ft_obj(o) + off),
                                   memory_order_acquire);
  if (!v || ft_is_small(v))
    return v;
  FtObject *vo = ft_obj(v);
  uint32_t rl = ft_ref_local(vo);
  if (ft_obj_is_owned(vo)) {
    atomic_store_explicit(&vo->ref_local, rl + 1, memory_order_relaxed);
    return v;
  }
  return rl == FT_REF_IMMORTAL ? v : 0;
}

/* Store v (stolen, never 0) into the
 * __slots__ member at offset off, as member_set does: under the object's
 * mutex, so a locked reader's incref is ordered before the swap. */
static inline void slot_store(FtValue o, size_t off, FtValue v) {
  FtObject *ob = ft_obj(o);
  _Atomic FtValue *slot = (_Atomic FtValue *)((char *)ob + off);
  ft_mutex_lock(&ob->mutex);
  FtValue old = atomic_load_explicit(slot, memory_order_relaxed);
  atomic_store_explicit(slot, v, memory_order_release);
  ft_mutex_unlock(&ob->mutex);
  ft_xdecref(old);
}

static inline uint32_t type_version(FtType *t) {
  return atomic_load_explicit(&t->version, memory_order_acquire);
}

static inline void cache_store(FtCache *c, uint64_t tag, FtValue v) {
  atomic_store_explicit(&c->tag, 0, memory_order_relaxed);
  atomic_store_explicit(&c->value, v, memory_order_relaxed);
  atomic_store_explicit(&c->tag, tag, memory_order_release);
}

/* A CK_SLOT or CK_IVALUE entry: the offset goes in `value` while the tag
 * is 0 (not in tag2, where the instance-dict kinds keep a mere hint that
 * they update without the tag protocol: an offset is trusted, so it must
 * never be one of those).  value is stored with release and loaded with
 * acquire, so a reader that got a newer writer's offset then sees that
 * writer's tag = 0 (or later) when it re-reads the tag: a seqlock without
 * fences. */
static inline void cache_store_slot(FtCache *c, uint64_t tag, size_t off) {
  atomic_store_explicit(&c->tag, 0, memory_order_relaxed);
  atomic_store_explicit(&c->value, (FtValue)off, memory_order_release);
  atomic_store_explicit(&c->tag, tag, memory_order_release);
}

/* The offset of a CK_SLOT or CK_IVALUE entry whose tag was just loaded
 * (acquire) as `tag`, if the tag still holds after it, else 0. */
static inline size_t cached_offset_after(FtCache *c, uint64_t tag) {
  size_t off = (size_t)atomic_load_explicit(&c->value, memory_order_acquire);
  return atomic_load_explicit(&c->tag, memory_order_relaxed) == tag ? off : 0;
}

/* The offset of c's CK_SLOT or CK_IVALUE entry when its tag is `want`,
 * else 0. */
static inline size_t cached_slot_offset(FtCache *c, uint64_t want) {
  uint64_t tag = atomic_load_explicit(&c->tag, memory_order_acquire);
  return tag == want ? cached_offset_after(c, tag) : 0;
}

/* The instance dict of o if it has one (borrowed), else 0. */
static inline __attribute__((always_inline)) FtValue instance_dict(FtValue o) {
  FtType *t = ft_type(o);
  if (t->dictoffset <= 0)
    return 0;
  FtValue *ds;
  if (!(t->tpflags & (FT_TPFLAG_STR_SUBCLASS | FT_TPFLAG_BYTES_SUBCLASS |
                      FT_TPFLAG_TUPLE_SUBCLASS)))
    ds = (FtValue *)((char *)ft_obj(o) + t->dictoffset); /* fixed-size layout */
  else
    ds = ft_object_dict_slot(o);
  return atomic_load_explicit((_Atomic FtValue *)ds, memory_order_acquire);
}

/* o.name through a CK_IVALUE entry (offset off): the inline value while o
 * has no __dict__, when slot_load can take it; else 0. */
static inline FtValue ivalue_load(FtValue o, size_t off) {
  return ft_ivalues_active(ft_obj(o)) ? slot_load(o, off) : 0;
}

/* Cache a name found in the instance (not along t's MRO) after the
 * generic lookup or store: its inline value's offset while o uses them,
 * else "look in the instance dict" (tag kind). */
static void cache_instance(FtCache *c, uint64_t kind, FtValue o, FtType *t, FtValue name,
                           uint32_t ver) {
  intptr_t i;
  if (t->ivalues_cap && ft_ivalues_active(ft_obj(o)) && (i = ft_ivalues_index(t, name)) >= 0)
    cache_store_slot(c, CK_IVALUE | ver, t->ivalues_offset + (size_t)i * sizeof(FtValue));
  else if (kind == CK_INSTANCE || instance_dict(o))
    cache_store(c, kind | ver, 0);
}

/* The __init__ of class t when T(...) may be run inline: t's instances
 * come from object.__new__, t is not abstract and __init__ is a Python
 * function taking positional parameters only (FT_CO_SIMPLE).  Borrowed
 * (classes' functions are deferred); cached per type version. */
static FtFunction *init_function(FtType *t) {
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE) || t->new_ != FtObject_Type.new_)
    return NULL;
  uint32_t ver = type_version(t);
  if (!ver)
    return NULL;
  if (atomic_load_explicit(&t->init_tag, memory_order_acquire) == ver) {
    FtValue fn = atomic_load_explicit(&t->init_fn, memory_order_relaxed);
    if (atomic_load_explicit(&t->init_tag, memory_order_acquire) == ver)
      return fn ? (FtFunction *)ft_obj(fn) : NULL;
  }
  /* interned (immortal): threads racing here store the same values */
  static _Atomic FtValue init_name_, abstract_name_;
  FtValue init_name = atomic_load_explicit(&init_name_, memory_order_relaxed);
  FtValue abstract_name = atomic_load_explicit(&abstract_name_, memory_order_relaxed);
  if (!init_name || !abstract_name) {
    init_name = ft_str_intern_cstr("__init__");
    abstract_name = ft_str_intern_cstr("__abstractmethods__");
    if (!init_name || !abstract_name) {
      ft_err_clear();
      return NULL;
    }
    atomic_store_explicit(&init_name_, init_name, memory_order_relaxed);
    atomic_store_explicit(&abstract_name_, abstract_name, memory_order_relaxed);
  }
  FtValue fn = ft_type_lookup(t, init_name);
  if (fn && (ft_is_small(fn) || ft_type(fn) != &FtFunction_Type ||
             !ft_obj_is_immortal(ft_obj(fn)) ||
             !(((FtCode *)ft_obj(((FtFunction *)ft_obj(fn))->code))->flags & FT_CO_SIMPLE)))
    fn = 0;
  if (fn) {
    FtValue am = t->dict ? ft_dict_get_str(t->dict, abstract_name) : 0;
    if (am || ft_err_occurred()) {
      ft_xdecref(am);
      ft_err_clear();
      fn = 0;
    }
  }
  atomic_store_explicit(&t->init_tag, 0, memory_order_relaxed);
  atomic_store_explicit(&t->init_fn, fn, memory_order_relaxed);
  atomic_store_explicit(&t->init_tag, ver, memory_order_release);
  return fn ? (FtFunction *)ft_obj(fn) : NULL;
}

/* d[name] for an INSTANCE attribute-cache entry: tag2 holds the dict entry
 * number where the name was last found (instances of a class usually share
 * the layout), tried first.  New reference, or 0 (error set or absent). */
static inline __attribute__((always_inline)) FtValue cached_instance_attr(FtCache *c, FtValue d,
                                                                         FtValue name) {
  size_t h0 = (size_t)atomic_load_explicit(&c->tag2, memory_order_relaxed), h = h0;
  FtValue v = ft_dict_owned_hint_get(d, name, h0);
  if (v)
    return v;
  v = ft_dict_get_str_hint(d, name, &h);
  if (h != h0)
    atomic_store_explicit(&c->tag2, h, memory_order_relaxed);
  return v;
}

static inline FtValue builtin_call_direct(FtValue callable, const FtValue *args, size_t n,
                                          FtValue kwnames) {
  FtBuiltin *b = (FtBuiltin *)ft_obj(callable);
  FtValue r = b->def->fn(b->self, args, n, kwnames);
  if (!r && !ft_err_occurred())
    ft_err_format(&FtExc_SystemError, "%R returned NULL without setting an exception",
                  callable);
  return r;
}

/* The Python function that a OP b runs for two instances of heap type t,
 * when it can be run inline (FT_CO_SIMPLE, two parameters, not a
 * generator), else NULL; cached per instruction and type version.
 * Borrowed (immortal). */
static FtFunction *binop_function(FtCache *c, FtType *t, int op) {
  uint32_t ver = type_version(t);
  if (!ver)
    return NULL;
  uint64_t want = CK_BINOP | ver;
  if (atomic_load_explicit(&c->tag, memory_order_acquire) == want) {
    FtValue fn = atomic_load_explicit(&c->value, memory_order_relaxed);
    if (atomic_load_explicit(&c->tag, memory_order_acquire) == want)
      return fn ? (FtFunction *)ft_obj(fn) : NULL;
  }
  FtValue fn = ft_type_binop_function(t, op);
  if (fn) {
    FtCode *fco = (FtCode *)ft_obj(((FtFunction *)ft_obj(fn))->code);
    if (!(fco->flags & FT_CO_SIMPLE) || fco->argcount != 2 || (fco->flags & FT_CO_GENERATOR))
      fn = 0;
  }
  cache_store(c, want, fn);
  return fn ? (FtFunction *)ft_obj(fn) : NULL;
}

static FtValue unbound_local_error(FtCode *co, int i) {
  return ft_err_format(&FtExc_UnboundLocalError,
                       "cannot access local variable '%U' where it is not associated with a value",
                       ft_tuple_get(co->varnames, (size_t)i));
}

#define BREAKER_CHECK()                                                      \
  do {                                                                       \
    if (atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed) ||     \
        ++ticks >= 4096) {                                                   \
      ticks = 0;                                                             \
      f->ip = ip;                                                            \
      if (ft_tstate_handle_breaker(ts) < 0)                                  \
        goto error;                                                          \
    }                                                                        \
  } while (0)

/* LOAD_DEREF / LOAD_CLASSDEREF of an empty cell (oparg indexes cells,
 * then free variables). */
static void unbound_deref_error(FtCode *co, int oparg) {
  if (oparg < co->ncells)
    ft_err_format(&FtExc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  ft_tuple_get(co->cellvars, (size_t)oparg));
  else
    ft_err_format(&FtExc_NameError,
                  "cannot access free variable '%U' where it is not associated with a value "
                  "in enclosing scope",
                  ft_tuple_get(co->freevars, (size_t)(oparg - co->ncells)));
}

static FtValue eval(FtThreadState *ts, FtFrame *f) {
  static void *const dispatch[256] = {
#define FT_OP_LABEL(name) [OP_##name] = &&op_##name,
      FT_OPCODES(FT_OP_LABEL)
#undef FT_OP_LABEL
  };
  FtCode *co;
  const uint32_t *ip;
  FtValue *sp;
  FtValue *consts;
  uint32_t instr;
  int oparg;
  unsigned ticks = 0;
  FtValue retval = 0;

  f->back = ts->frame;
  ts->frame = f;
  ts->py_depth++;
  if (recursion_check(ts) < 0) {
    ip = f->ip;
    sp = f->sp;
    co = f->code;
    goto exit_frame_error;
  }

#define LOAD_FRAME()                                                         \
  do {                                                                       \
    co = f->code;                                                            \
    ip = f->ip;                                                              \
    sp = f->sp;                                                              \
    consts = ft_tuple_items(co->consts);                                     \
  } while (0)
#define SAVE_FRAME()                                                         \
  do {                                                                       \
    f->ip = ip;                                                              \
    f->sp = sp;                                                              \
  } while (0)
#define DISPATCH()                                                           \
  do {                                                                       \
    instr = *ip++;                                                           \
    oparg = (int)(instr >> 8);                                               \
    goto *dispatch[instr & 0xFF];                                            \
  } while (0)
/* Continue in a callee frame that was just pushed (no C recursion). */
#define ENTER_FRAME(nf)                                                      \
  do {                                                                       \
    (nf)->back = f;                                                          \
    ts->frame = (nf);                                                        \
    ts->py_depth++;                                                          \
    f = (nf);                                                                \
    LOAD_FRAME();                                                            \
    if (recursion_check(ts) < 0)                                             \
      goto error;                                                            \
    BREAKER_CHECK();                                                         \
    DISPATCH();                                                              \
  } while (0)
/* The second operand of a fused LOAD_FAST pair (borrowed): the
 * LOAD_CONST or LOAD_FAST at ip; 0 for an unbound local. */
#define FUSED_OPERAND()                                                      \
  ((ip[0] & 0xFF) == OP_LOAD_CONST ? consts[ip[0] >> 8] : f->fast[ip[0] >> 8])

/* Finish an instruction whose result is the truth value t (an int): a
 * POP_JUMP_IF_* right after it is done here, else True/False is pushed. */
/* Push bool t -- or, when a conditional jump follows, do that jump on t
 * here: POP_JUMP_IF_* consumes the bool, JUMP_IF_*_OR_POP keeps it when
 * it jumps (`not a and b` in a value context). */
#define JUMP_ON_BOOL(t)                                                      \
  do {                                                                       \
    int t_ = (t);                                                            \
    uint32_t nx_ = *ip;                                                      \
    int nop_ = (int)(nx_ & 0xFF);                                            \
    if (nop_ == OP_POP_JUMP_IF_FALSE || nop_ == OP_POP_JUMP_IF_TRUE) {       \
      if (t_ == (nop_ == OP_POP_JUMP_IF_TRUE)) {                             \
        const uint32_t *tg_ = co->code + (nx_ >> 8);                         \
        if (tg_ < ip) /* a threaded jump may go back (thread_jumps) */     \
          BREAKER_CHECK();                                                   \
        ip = tg_;                                                            \
      } else {                                                               \
        ip++;                                                                \
      }                                                                      \
    } else if (nop_ == OP_JUMP_IF_FALSE_OR_POP || nop_ == OP_JUMP_IF_TRUE_OR_POP) { \
      if (t_ == (nop_ == OP_JUMP_IF_TRUE_OR_POP)) {                          \
        *sp++ = t_ ? FT_TRUE : FT_FALSE;                                     \
        ip = co->code + (nx_ >> 8); /* always forward */                   \
      } else {                                                               \
        ip++;                                                                \
      }                                                                      \
    } else {                                                                 \
      *sp++ = t_ ? FT_TRUE : FT_FALSE;                                       \
    }                                                                        \
    DISPATCH();                                                              \
  } while (0)
/* s += t (or s = s + t) stored back into the local s, in INPLACE_OP /
 * BINARY_OP with a and b exact strs and STORE_FAST of a's local next: once
 * the stack's reference is dropped the local may hold the only one, and
 * the str then grows in place -- a loop of appends is linear, as CPython
 * makes it. */
#define STR_APPEND_IN_LOCAL()                                                \
  do {                                                                       \
    ft_decref(a);                                                            \
    sp--;                                                                    \
    int r_ = ft_str_append_inplace(&f->fast[*ip >> 8], b);                   \
    ft_decref(b);                                                            \
    if (r_ < 0)                                                              \
      goto error;                                                            \
    ip++; /* the STORE_FAST is done */                                       \
    DISPATCH();                                                              \
  } while (0)
#define STR_APPEND_CASE(a, b)                                                \
  (oparg == FT_NB_ADD && ft_isinstance_exact(a, &FtStr_Type) &&              \
   ft_isinstance_exact(b, &FtStr_Type) && (*ip & 0xFF) == OP_STORE_FAST &&   \
   f->fast[*ip >> 8] == (a))
/* Push r, the result of a fused sequence -- or, when a STORE_FAST follows,
 * store it into that local right away (one dispatch less). */
#define PUSH_OR_STORE(r)                                                     \
  do {                                                                       \
    uint32_t nx_ = *ip;                                                      \
    if ((nx_ & 0xFF) == OP_STORE_FAST) {                                     \
      FtValue old_ = f->fast[nx_ >> 8];                                      \
      f->fast[nx_ >> 8] = (r);                                               \
      ip++;                                                                  \
      ft_xdecref(old_);                                                      \
    } else {                                                                 \
      *sp++ = (r);                                                           \
    }                                                                        \
    DISPATCH();                                                              \
  } while (0)
/* The start of every LOAD_FAST-like handler: v, the local at oparg, must
 * be bound, else UnboundLocalError. */
#define BOUND_OR_RAISE(v)                                                    \
  do {                                                                       \
    if (!(v)) {                                                              \
      unbound_local_error(co, oparg);                                        \
      goto error;                                                            \
    }                                                                        \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define CACHE_INDEX() ((int)(ip - co->code - 1))

  LOAD_FRAME();
  if (f->gen && f->nblocks < 0) {
    /* resumed with an exception to throw */
    f->nblocks = -f->nblocks - 1;
    goto error;
  }
  DISPATCH();

op_NOP:
  DISPATCH();
op_POP_TOP: {
  FtValue v = POP();
  ft_xdecref(v);
  DISPATCH();
}
op_DUP_TOP: {
  FtValue v = TOP();
  ft_incref(v);
  PUSH(v);
  DISPATCH();
}
op_DUP_TOP_TWO: {
  FtValue a = SECOND(), b = TOP();
  ft_incref(a);
  ft_incref(b);
  PUSH(a);
  PUSH(b);
  DISPATCH();
}
op_DUP_TOP_TWO_SUBSCR: {
  /* o[k] op= v starts with DUP_TOP_TWO + BINARY_SUBSCR: the load of an
   * exact list's item by a small int without the duplicates */
  FtValue o = SECOND(), k = TOP(), r;
  if (ft_is_small(k) && !ft_is_small(o) && ft_obj(o)->type == &FtList_Type &&
      ft_small_val(k) >= 0 &&
      (r = ft_list_item_fast((FtList *)ft_obj(o), (size_t)ft_small_val(k)))) {
    PUSH(r);
    ip++;
    DISPATCH();
  }
  ft_incref(o);
  ft_incref(k);
  PUSH(o);
  PUSH(k);
  DISPATCH();
}
op_ROT_THREE_STORE_SUBSCR: {
  /* ... and ends with ROT_THREE + STORE_SUBSCR: straight into the store */
  FtValue t = TOP();
  TOP() = SECOND();
  SECOND() = THIRD();
  THIRD() = t;
  instr = *ip++;
  oparg = (int)(instr >> 8);
  goto op_STORE_SUBSCR;
}
op_ROT_TWO: {
  FtValue t = TOP();
  TOP() = SECOND();
  SECOND() = t;
  DISPATCH();
}
op_ROT_THREE: {
  FtValue t = TOP();
  TOP() = SECOND();
  SECOND() = THIRD();
  THIRD() = t;
  DISPATCH();
}
op_ROT_FOUR: {
  FtValue t = TOP();
  TOP() = SECOND();
  SECOND() = THIRD();
  THIRD() = sp[-4];
  sp[-4] = t;
  DISPATCH();
}
op_LOAD_CONST: {
  FtValue v = consts[oparg];
  ft_incref(v);
  PUSH(v);
  DISPATCH();
}
op_LOAD_FAST: {
  FtValue v = f->fast[oparg];
  BOUND_OR_RAISE(v);
  ft_incref(v);
  PUSH(v);
  DISPATCH();
}
op_LOAD_FAST_ATTR: {
  FtValue v = f->fast[oparg];
  BOUND_OR_RAISE(v);
  FtType *t;
  uint32_t ver;
  if (!ft_is_small(v) && (t = ft_obj(v)->type)->getattr == ft_object_generic_getattr &&
      (ver = type_version(t))) {
    /* local.attr (self.x): the instance cases of LOAD_ATTR done here on
     * the local's borrowed reference -- no refcount traffic on the object
     * (which other threads may share) and one dispatch less. */
    FtCache *c = &co->caches[ip - co->code];
    uint64_t tag = atomic_load_explicit(&c->tag, memory_order_acquire);
    size_t off;
    FtValue r = 0;
    if (tag == (CK_IVALUE | ver)) {
      if ((off = cached_offset_after(c, tag)))
        r = ivalue_load(v, off);
    } else if (tag == (CK_SLOT | ver)) {
      if ((off = cached_offset_after(c, tag)))
        r = slot_load(v, off);
    } else if (tag == (CK_INSTANCE | ver)) {
      FtValue d = instance_dict(v);
      if (d) {
        r = cached_instance_attr(c, d, ft_tuple_get(co->names, (size_t)(*ip >> 8)));
        if (!r && ft_err_occurred()) {
          ip++;
          goto error;
        }
      }
    } else if (tag == (CK_DESCR | ver)) {
      /* a data descriptor (__slots__ member, property): the local keeps v
       * alive while it runs */
      FtValue dsc = atomic_load_explicit(&c->value, memory_order_relaxed);
      if (atomic_load_explicit(&c->tag, memory_order_acquire) == tag) {
        ip++;
        SAVE_FRAME();
        r = ft_type(dsc)->descr_get(dsc, v, ft_val(t));
        if (!r)
          goto error;
        PUSH(r);
        DISPATCH();
      }
    }
    if (r) {
      ip++;
      PUSH(r);
      DISPATCH();
    }
  }
  ft_incref(v);
  PUSH(v);
  DISPATCH();
}
op_LOAD_FAST_SUBSCR: {
  FtValue v = f->fast[oparg];
  BOUND_OR_RAISE(v);
  if (!ft_is_small(v) &&
      (ft_obj(v)->type == &FtList_Type || ft_obj(v)->type == &FtTuple_Type)) {
    /* local[const] / local[local] with a small-int index: done here on
     * the container's borrowed reference, skipping two instructions. */
    FtValue k = FUSED_OPERAND();
    if (k && ft_is_small(k)) {
      intptr_t i = ft_small_val(k);
      FtValue r = 0;
      if (ft_obj(v)->type == &FtList_Type) {
        if (i < 0 || !(r = ft_list_item_fast((FtList *)ft_obj(v), (size_t)i)))
          r = ft_list_get(v, i);
        if (!r) {
          ip += 2;
          goto error;
        }
      } else {
        intptr_t n = (intptr_t)ft_tuple_len(v);
        if (i < 0)
          i += n;
        if (i >= 0 && i < n)
          r = ft_newref(ft_tuple_get(v, (size_t)i));
      }
      if (r) {
        ip += 2;
        PUSH_OR_STORE(r);
      }
    }
  }
  ft_incref(v);
  PUSH(v);
  DISPATCH();
}
op_LOAD_FAST_BINOP: {
  /* local OP local/const (BINARY_OP or INPLACE_OP, which are the same for
   * ints and floats) on borrowed references: two small ints, or small
   * ints and floats mixed, computed here; anything else runs the
   * sequence.  Nothing here can fail but the float allocation. */
  FtValue a = f->fast[oparg];
  BOUND_OR_RAISE(a);
  FtValue b = FUSED_OPERAND();
  int op = (int)(ip[1] >> 8);
  if (b) {
    FtValue r = 0;
    double x, y, d;
    if (ft_is_small(a) && ft_is_small(b))
      r = small_binop(op, ft_small_val(a), ft_small_val(b));
    else if (num_as_double(a, &x) && num_as_double(b, &y) && double_binop(op, x, y, &d)) {
      r = ft_float_new_fast(d);
      if (!r) {
        ip += 2;
        goto error;
      }
    }
    if (r) {
      ip += 2;
      PUSH_OR_STORE(r);
    }
  }
  ft_incref(a);
  PUSH(a);
  DISPATCH();
}
op_LOAD_FAST_COMPARE: {
  /* local CMP local/const for two small ints or two floats on borrowed
   * references; a POP_JUMP_IF_* right after is done here too. */
  FtValue a = f->fast[oparg];
  BOUND_OR_RAISE(a);
  FtValue b = FUSED_OPERAND();
  FtValue r = b ? inline_compare((int)(ip[1] >> 8), a, b) : 0;
  if (r) {
    ip += 2; /* past the COMPARE_OP: JUMP_ON_BOOL looks at what follows */
    JUMP_ON_BOOL(r == FT_TRUE);
  }
  ft_incref(a);
  PUSH(a);
  DISPATCH();
}
op_LOAD_FAST_CONTAINS: {
  /* local in local/const on borrowed references (the locals keep both
   * alive; __contains__ or __eq__ code can't rebind this frame's locals) */
  FtValue a = f->fast[oparg];
  BOUND_OR_RAISE(a);
  FtValue b = FUSED_OPERAND();
  if (!b) {
    ft_incref(a);
    PUSH(a);
    DISPATCH();
  }
  int inv = (int)(ip[1] >> 8);
  ip += 2; /* errors are reported at the CONTAINS_OP */
  SAVE_FRAME();
  int r = ft_contains(b, a);
  if (r < 0)
    goto error;
  JUMP_ON_BOOL(r ^ inv);
}
op_LOAD_FAST_IS: {
  /* local is CONST / is not CONST: no reference taken at all */
  FtValue a = f->fast[oparg];
  BOUND_OR_RAISE(a);
  int r = (a == consts[*ip >> 8]) ^ (int)(ip[1] >> 8);
  ip += 2;
  JUMP_ON_BOOL(r);
}
op_LOAD_FAST_JUMP: {
  /* `while k:` / `if x:` on a local that is a bool, None or small int:
   * the test and the jump without a reference */
  FtValue v = f->fast[oparg];
  BOUND_OR_RAISE(v);
  int t = v == FT_TRUE ? 1 : v == FT_FALSE || v == FT_NONE ? 0 : ft_is_small(v) ? v != ft_small(0) : -1;
  if (t < 0) {
    ft_incref(v);
    PUSH(v);
    DISPATCH();
  }
  uint32_t nx = *ip;
  if (t == ((nx & 0xFF) == OP_POP_JUMP_IF_TRUE)) {
    const uint32_t *target = co->code + (nx >> 8);
    if (target < ip) /* a threaded jump may go back (thread_jumps) */
      BREAKER_CHECK();
    ip = target;
  } else {
    ip++;
  }
  DISPATCH();
}
op_LOAD_FAST_PAIR: {
  FtValue a = f->fast[oparg], b = f->fast[*ip >> 8];
  if (!a) {
    unbound_local_error(co, oparg);
    goto error;
  }
  ft_incref(a);
  PUSH(a);
  if (b) {
    ft_incref(b);
    PUSH(b);
    ip++;
  }
  DISPATCH(); /* b unbound: its LOAD_FAST raises */
}
/* LOAD_FAST_METHOD / LOAD_FAST_STORE_ATTR: straight into the next
 * handler, by a direct jump instead of LOAD_FAST's shared indirect one,
 * which these sequences made unpredictable. */
#define LOAD_FAST_THEN(next_label)                                           \
  do {                                                                       \
    FtValue v_ = f->fast[oparg];                                             \
    BOUND_OR_RAISE(v_);                                                      \
    ft_incref(v_);                                                           \
    PUSH(v_);                                                                \
    instr = *ip++;                                                           \
    oparg = (int)(instr >> 8);                                               \
    goto next_label;                                                         \
  } while (0)
op_LOAD_FAST_METHOD:
  LOAD_FAST_THEN(op_LOAD_METHOD);
op_LOAD_FAST_STORE_ATTR:
  LOAD_FAST_THEN(op_STORE_ATTR);
op_LOAD_CONST_IS: {
  /* TOP is CONST / is not CONST (usually None), and a jump on it */
  FtValue a = TOP();
  int r = (a == consts[oparg]) ^ (int)(*ip >> 8);
  sp--;
  ft_decref(a);
  ip++;
  JUMP_ON_BOOL(r);
}
op_STORE_FAST: {
  FtValue old = f->fast[oparg];
  f->fast[oparg] = POP();
  ft_xdecref(old);
  DISPATCH();
}
op_DELETE_FAST: {
  FtValue old = f->fast[oparg];
  BOUND_OR_RAISE(old);
  f->fast[oparg] = 0;
  ft_decref(old);
  DISPATCH();
}
op_LOAD_CLOSURE: {
  FtValue c = f->fast[co->nlocals + oparg];
  ft_incref(c);
  PUSH(c);
  DISPATCH();
}
op_LOAD_DEREF: {
  FtCell *c = (FtCell *)ft_obj(f->fast[co->nlocals + oparg]);
  /* A cell shared between threads: take the reference under the cell's
   * lock so a concurrent store can't free the value first. */
  ft_mutex_lock(&c->ob.mutex);
  FtValue v = atomic_load_explicit(&c->value, memory_order_relaxed);
  ft_xincref(v);
  ft_mutex_unlock(&c->ob.mutex);
  if (!v) {
    unbound_deref_error(co, oparg);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_DEREF:
op_DELETE_DEREF: {
  FtCell *c = (FtCell *)ft_obj(f->fast[co->nlocals + oparg]);
  FtValue v = (instr & 0xFF) == OP_STORE_DEREF ? POP() : 0;
  ft_mutex_lock(&c->ob.mutex);
  FtValue old = atomic_exchange_explicit(&c->value, v, memory_order_release);
  ft_mutex_unlock(&c->ob.mutex);
  ft_xdecref(old);
  DISPATCH();
}
op_LOAD_CLASSDEREF: {
  FtValue name = oparg < co->ncells ? ft_tuple_get(co->cellvars, (size_t)oparg)
                                    : ft_tuple_get(co->freevars, (size_t)(oparg - co->ncells));
  FtValue v = !f->locals ? 0
              : exact_dict(f->locals) ? ft_dict_get(f->locals, name)
                                      : ft_getitem(f->locals, name);
  if (!v && !exact_dict(f->locals) && ft_err_matches(&FtExc_KeyError))
    ft_err_clear();
  if (!v) {
    if (ft_err_occurred())
      goto error;
    FtCell *c = (FtCell *)ft_obj(f->fast[co->nlocals + oparg]);
    ft_mutex_lock(&c->ob.mutex);
    v = atomic_load_explicit(&c->value, memory_order_relaxed);
    ft_xincref(v);
    ft_mutex_unlock(&c->ob.mutex);
    if (!v) {
      unbound_deref_error(co, oparg);
      goto error;
    }
  }
  PUSH(v);
  DISPATCH();
}
op_LOAD_NAME: {
  FtValue name = ft_tuple_get(co->names, (size_t)oparg);
  FtValue v = 0;
  if (f->locals && f->locals != f->globals) {
    v = exact_dict(f->locals) ? ft_dict_get(f->locals, name) : ft_getitem(f->locals, name);
    if (!v) {
      if (ft_err_occurred() && !ft_err_matches(&FtExc_KeyError))
        goto error;
      ft_err_clear();
    }
  }
  if (!v) {
    v = ft_dict_get_str(f->globals, name);
    if (!v) {
      if (ft_err_occurred())
        goto error;
      v = ft_dict_get_str(f->builtins, name);
      if (!v) {
        if (!ft_err_occurred())
          load_name_error(name);
        goto error;
      }
    }
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_NAME: {
  FtValue name = ft_tuple_get(co->names, (size_t)oparg);
  FtValue v = POP();
  int r = exact_dict(f->locals) ? ft_dict_set(f->locals, name, v)
                                : ft_setitem(f->locals, name, v);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DELETE_NAME:
  if (delete_name(f->locals, ft_tuple_get(co->names, (size_t)oparg)) < 0)
    goto error;
  DISPATCH();
op_LOAD_GLOBAL: {
  FtValue v = load_global(f, co, oparg, CACHE_INDEX());
  if (!v)
    goto error;
  PUSH(v);
  DISPATCH();
}
op_STORE_GLOBAL: {
  FtValue v = POP();
  int r = ft_dict_set(f->globals, ft_tuple_get(co->names, (size_t)oparg), v);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DELETE_GLOBAL:
  if (delete_name(f->globals, ft_tuple_get(co->names, (size_t)oparg)) < 0)
    goto error;
  DISPATCH();
op_LOAD_ATTR: {
  FtValue o = TOP();
  FtValue name = ft_tuple_get(co->names, (size_t)oparg);
  FtType *t = ft_type(o);
  FtValue v;
  if (t->getattr == ft_object_generic_getattr) {
    FtCache *c = &co->caches[CACHE_INDEX()];
    uint32_t ver = type_version(t);
    uint64_t tag = ver ? atomic_load_explicit(&c->tag, memory_order_acquire) : 0;
    size_t off;
    v = 0;
    if (tag == (CK_IVALUE | ver)) {
      if ((off = cached_offset_after(c, tag)))
        v = ivalue_load(o, off);
    } else if (tag == (CK_SLOT | ver)) {
      if ((off = cached_offset_after(c, tag)))
        v = slot_load(o, off);
    } else if (tag == (CK_INSTANCE | ver)) {
      FtValue d = instance_dict(o);
      v = d ? cached_instance_attr(c, d, name) : 0;
      if (!v && ft_err_occurred())
        goto error;
    } else if (tag == (CK_DESCR | ver)) {
      FtValue dsc = atomic_load_explicit(&c->value, memory_order_relaxed);
      if (atomic_load_explicit(&c->tag, memory_order_acquire) == tag) {
        SAVE_FRAME(); /* a property getter may look at this frame */
        v = ft_type(dsc)->descr_get(dsc, o, ft_val(t));
        if (!v)
          goto error;
      }
    }
    if (v) {
      TOP() = v;
      ft_decref(o);
      DISPATCH();
    }
    SAVE_FRAME();
    v = ft_getattr(o, name);
    if (v && ver) {
      FtValue dsc = ft_type_lookup(t, name);
      if (!dsc)
        cache_instance(c, CK_INSTANCE, o, t, name, ver);
      else if ((off = ft_member_slot_offset(dsc)))
        cache_store_slot(c, CK_SLOT | ver, off);
      else if (!ft_is_small(dsc) && ft_obj_is_immortal(ft_obj(dsc)) &&
               ft_type(dsc)->descr_get && ft_type(dsc)->descr_set)
        cache_store(c, CK_DESCR | ver, dsc);
    }
  } else {
    SAVE_FRAME();
    v = ft_getattr(o, name);
  }
  if (!v)
    goto error;
  TOP() = v;
  ft_decref(o);
  DISPATCH();
}
op_STORE_ATTR: {
  FtValue o = POP(), v = POP();
  SAVE_FRAME(); /* a setter or __setattr__ may look at this frame */
  FtValue name = ft_tuple_get(co->names, (size_t)oparg);
  FtType *t = ft_type(o);
  int r;
  if (t->setattr == ft_object_generic_setattr) {
    FtCache *c = &co->caches[CACHE_INDEX()];
    uint32_t ver = type_version(t);
    FtValue d;
    uint64_t tag = ver ? atomic_load_explicit(&c->tag, memory_order_acquire) : 0;
    FtValue dsc, old;
    size_t off;
    if (tag == (CK_IVALUE | ver) && (off = cached_slot_offset(c, tag)) &&
        ft_ivalues_store_at(o, off, v, &old)) {
      /* v's reference went into the object */
      if (old && !ft_is_small(old) && ft_obj(old)->type == &FtFloat_Type)
        float_drop(old);
      else
        ft_xdecref(old);
      v = 0;
      r = 0;
    } else if (tag == (CK_STORE | ver) &&
               ((d = instance_dict(o)) || (!t->ivalues_cap && (d = ft_object_ensure_dict(o))))) {
      /* tag2: the entry number where the name was last stored */
      size_t h0 = (size_t)atomic_load_explicit(&c->tag2, memory_order_relaxed), h = h0;
      old = ft_dict_hint_replace(d, name, v, h0);
      if (old) {
        /* the hint held: v's reference went into the dict */
        if (!ft_is_small(old) && ft_obj(old)->type == &FtFloat_Type)
          float_drop(old);
        else
          ft_decref(old);
        v = 0;
        r = 0;
      } else {
        r = ft_dict_set_str_miss(d, name, v, &h);
        if (h != h0)
          atomic_store_explicit(&c->tag2, h, memory_order_relaxed);
      }
    } else if (tag == (CK_STORE | ver) && ft_err_occurred()) {
      r = -1;
    } else if (tag == (CK_SLOT | ver) && (off = cached_slot_offset(c, tag))) {
      slot_store(o, off, v);
      v = 0;
      r = 0;
    } else if (tag == (CK_DESCR | ver) &&
               (dsc = atomic_load_explicit(&c->value, memory_order_relaxed),
                atomic_load_explicit(&c->tag, memory_order_acquire) == tag)) {
      r = ft_type(dsc)->descr_set(dsc, o, v);
    } else {
      r = ft_setattr(o, name, v);
      if (r == 0 && ver) {
        dsc = ft_type_lookup(t, name);
        if (!dsc)
          cache_instance(c, CK_STORE, o, t, name, ver);
        else if (dsc && (off = ft_member_slot_offset(dsc)))
          cache_store_slot(c, CK_SLOT | ver, off);
        else if (dsc && !ft_is_small(dsc) && ft_obj_is_immortal(ft_obj(dsc)) &&
                 ft_type(dsc)->descr_set)
          cache_store(c, CK_DESCR | ver, dsc);
      }
    }
  } else {
    r = ft_setattr(o, name, v);
  }
  ft_decref(o);
  ft_xdecref(v); /* 0 when a fast path took the reference over */
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DELETE_ATTR: {
  FtValue o = POP();
  int r = ft_setattr(o, ft_tuple_get(co->names, (size_t)oparg), 0);
  ft_decref(o);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_LOAD_METHOD: {
  FtValue o = TOP();
  FtValue name = ft_tuple_get(co->names, (size_t)oparg);
  FtType *t = ft_type(o);
  if (t->getattr == ft_object_generic_getattr) {
    FtCache *c = &co->caches[CACHE_INDEX()];
    uint32_t ver = type_version(t);
    if (ver && atomic_load_explicit(&c->tag, memory_order_acquire) == (CK_METHOD | ver)) {
      FtValue m = atomic_load_explicit(&c->value, memory_order_relaxed);
      if (atomic_load_explicit(&c->tag, memory_order_acquire) == (CK_METHOD | ver)) {
        FtValue d = instance_dict(o);
        FtValue shadow =
            d ? (!ft_dict_owned_surely_absent(d, name) ? ft_dict_get_str(d, name) : 0)
            : t->ivalues_cap && ft_ivalues_maybe_key(t, name) ? ft_ivalues_shadow(o, name)
                                                               : 0;
        if (!shadow) {
          if (ft_err_occurred())
            goto error;
          TOP() = m; /* immortal or deferred: no reference needed */
          PUSH(o);
          DISPATCH();
        }
        TOP() = shadow;
        PUSH(0);
        ft_decref(o);
        DISPATCH();
      }
    }
    size_t off;
    FtValue iv;
    if (ver && (off = cached_slot_offset(c, CK_IVALUE | ver)) && (iv = ivalue_load(o, off))) {
      /* a callable in an inline value (self.fn(...)) */
      TOP() = iv;
      PUSH(0);
      ft_decref(o);
      DISPATCH();
    }
    if (ver && atomic_load_explicit(&c->tag, memory_order_acquire) == (CK_INSTANCE | ver)) {
      /* A callable stored on the instance (self.fn(...)): as LOAD_ATTR. */
      FtValue d = instance_dict(o);
      FtValue v = d ? cached_instance_attr(c, d, name)
                  : t->ivalues_cap ? ft_ivalues_shadow(o, name) : 0;
      if (v) {
        TOP() = v;
        PUSH(0);
        ft_decref(o);
        DISPATCH();
      }
      if (ft_err_occurred())
        goto error;
    }
    FtValue m = ft_type_lookup(t, name);
    if (m && ver && !ft_is_small(m) && ft_obj_is_immortal(ft_obj(m)) &&
        (ft_type(m) == &FtFunction_Type || ft_type(m) == &FtMethodDescr_Type))
      cache_store(c, CK_METHOD | ver, m);
    else if (!m && ver && !ft_err_occurred())
      cache_instance(c, CK_INSTANCE, o, t, name, ver);
    if (m) {
      FtType *mt = ft_type(m);
      if (mt == &FtFunction_Type || mt == &FtMethodDescr_Type) {
        FtValue *dslot = ft_object_dict_slot(o);
        FtValue dd = dslot ? atomic_load_explicit((_Atomic FtValue *)dslot, memory_order_acquire)
                           : 0;
        FtValue shadow = dd ? ft_dict_get_str(dd, name)
                         : dslot && t->ivalues_cap ? ft_ivalues_shadow(o, name) : 0;
        if (!shadow) {
          if (ft_err_occurred())
            goto error;
          /* [func, self] */
          TOP() = ft_newref(m);
          PUSH(o);
          DISPATCH();
        }
        TOP() = shadow;
        PUSH(0);
        ft_decref(o);
        DISPATCH();
      }
    }
  }
  SAVE_FRAME();
  FtValue v = ft_getattr(o, name);
  if (!v)
    goto error;
  TOP() = v;
  PUSH(0);
  ft_decref(o);
  DISPATCH();
}
op_CALL_METHOD: {
  int has_kw = (oparg >> 23) & 1;
  FtValue kwnames = has_kw ? POP() : 0;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  int nargs = (oparg & 0x7FFFFF) - (int)nkw; /* the count includes keywords */
  FtValue *args = sp - nargs - (int)nkw;
  FtValue self = args[-1];
  FtValue callable = args[-2];
  FtValue *callargs = self ? args - 1 : args;
  size_t n = (size_t)nargs + (self ? 1 : 0);
  FtValue *base = args - 2;
  if (ft_type(callable) == &FtFunction_Type) {
    FtFunction *fn = (FtFunction *)ft_obj(callable);
    FtCode *fco = (FtCode *)ft_obj(fn->code);
    int ni = (int)n;
    if ((fco->flags & FT_CO_SIMPLE) && !kwnames &&
        (fco->argcount == ni ||
         (ni < fco->argcount && fn->defaults &&
          fco->argcount - ni <= (int)ft_tuple_len(fn->defaults)))) {
      SAVE_FRAME();
      FtFrame *nf = push_simple_frame(ts, fn, callargs, ni, 1);
      if (!nf)
        goto error;
      sp = base; /* the arguments' and the function's references moved */
      f->sp = sp;
      ENTER_FRAME(nf);
    }
    if (!(fco->flags & FT_CO_GENERATOR)) {
      SAVE_FRAME();
      FtFrame *nf = push_call_frame(ts, fn, callargs, n, kwnames);
      for (FtValue *p = base; p < sp; p++)
        ft_xdecref(*p);
      sp = base;
      ft_xdecref(kwnames);
      f->sp = sp;
      if (!nf)
        goto error;
      ENTER_FRAME(nf);
    }
  }
  SAVE_FRAME();
  FtValue r = ft_type(callable) == &FtBuiltin_Type
                  ? builtin_call_direct(callable, callargs, n, kwnames)
                  : ft_call(callable, callargs, n, kwnames);
  for (FtValue *p = base; p < sp; p++)
    ft_xdecref(*p);
  sp = base;
  ft_xdecref(kwnames);
  if (!r)
    goto error;
  PUSH(r);
  DISPATCH();
}
op_CALL:
op_CALL_KW: {
  FtValue kwnames = (instr & 0xFF) == OP_CALL_KW ? POP() : 0;
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  oparg -= (int)nkw; /* the count includes keyword values */
  FtValue *args = sp - oparg - (int)nkw;
  FtValue callable = args[-1];
  FtValue *base = args - 1;
  if (ft_type(callable) == &FtFunction_Type) {
    FtFunction *fn = (FtFunction *)ft_obj(callable);
    FtCode *fco = (FtCode *)ft_obj(fn->code);
    if ((fco->flags & FT_CO_SIMPLE) && !kwnames &&
        (fco->argcount == oparg ||
         (oparg < fco->argcount && fn->defaults &&
          fco->argcount - oparg <= (int)ft_tuple_len(fn->defaults)))) {
      SAVE_FRAME();
      FtFrame *nf = push_simple_frame(ts, fn, args, oparg, 1);
      if (!nf)
        goto error;
      sp = base; /* the arguments' and the function's references moved */
      f->sp = sp;
      ENTER_FRAME(nf);
    }
    if (!(fco->flags & FT_CO_GENERATOR)) {
      SAVE_FRAME();
      FtFrame *nf = push_call_frame(ts, fn, args, (size_t)oparg, kwnames);
      for (FtValue *p = base; p < sp; p++)
        ft_xdecref(*p);
      sp = base;
      ft_xdecref(kwnames);
      f->sp = sp;
      if (!nf)
        goto error;
      ENTER_FRAME(nf);
    }
  } else if (ft_type(callable) == &FtType_Type && !kwnames) {
    /* T(args) for a class with object's __new__ and a plain Python
     * __init__: allocate here and run __init__ in a frame of this loop
     * (no C recursion); returning from it yields the instance. */
    FtType *t = (FtType *)ft_obj(callable);
    FtFunction *ifn = init_function(t);
    if (ifn) {
      FtCode *ico = (FtCode *)ft_obj(ifn->code);
      int n = oparg + 1;
      if (ico->argcount == n ||
          (n < ico->argcount && ifn->defaults &&
           ico->argcount - n <= (int)ft_tuple_len(ifn->defaults))) {
        SAVE_FRAME();
        FtObject *obj = ft_object_alloc(t, t->basicsize);
        if (!obj)
          goto error;
        base[0] = ft_val(obj); /* the class (deferred) gives way to self */
        FtFrame *nf = push_simple_frame(ts, ifn, base, n, 0);
        if (!nf) {
          base[0] = callable;
          ft_decref(ft_val(obj));
          goto error;
        }
        nf->init_self = ft_newref(ft_val(obj));
        sp = base;
        ft_decref(callable);
        f->sp = sp;
        ENTER_FRAME(nf);
      }
    }
  } else if (ft_type(callable) == &FtMethod_Type && !nkw && oparg < 15) {
    /* bound method: call func(self, *args) */
    FtBoundMethod *m = (FtBoundMethod *)ft_obj(callable);
    if (ft_type(m->func) == &FtFunction_Type &&
        !(((FtCode *)ft_obj(((FtFunction *)ft_obj(m->func))->code))->flags &
          FT_CO_GENERATOR)) {
      FtValue tmp[16];
      tmp[0] = m->self;
      memcpy(tmp + 1, args, (size_t)oparg * sizeof(FtValue));
      SAVE_FRAME();
      FtFrame *nf = push_call_frame(ts, (FtFunction *)ft_obj(m->func), tmp,
                                    (size_t)oparg + 1, 0);
      for (FtValue *p = base; p < sp; p++)
        ft_xdecref(*p);
      sp = base;
      f->sp = sp;
      if (!nf)
        goto error;
      ENTER_FRAME(nf);
    }
  }
  SAVE_FRAME();
  /* A built-in function is called straight through its C function: the
   * C-depth guard of ft_call is for calls that can recurse into Python,
   * and a built-in that does goes through ft_call itself. */
  FtValue r = ft_type(callable) == &FtBuiltin_Type
                  ? builtin_call_direct(callable, args, (size_t)oparg, kwnames)
                  : ft_call(callable, args, (size_t)oparg, kwnames);
  for (FtValue *p = base; p < sp; p++)
    ft_xdecref(*p);
  sp = base;
  ft_xdecref(kwnames);
  if (!r)
    goto error;
  PUSH(r);
  DISPATCH();
}
op_CALL_EX: {
  FtValue kwargs = oparg ? POP() : 0;
  FtValue args = POP();
  FtValue callable = POP();
  SAVE_FRAME();
  if (ft_type(args) != &FtTuple_Type) {
    /* f(*x) passes x itself: make the tuple here, naming f on error */
    FtType *at = ft_type(args);
    FtValue t = 0;
    if (!at->iter && !at->getitem) {
      FtValue desc = func_desc(callable);
      if (desc)
        ft_err_format(&FtExc_TypeError, "%U argument after * must be an iterable, not %s",
                      desc, at->name);
      ft_xdecref(desc);
    } else {
      t = ft_tuple_from_iterable(args);
    }
    ft_decref(args);
    if (!t) {
      ft_decref(callable);
      ft_xdecref(kwargs);
      goto error;
    }
    args = t;
  }
  if (ft_type(callable) == &FtFunction_Type &&
      !(((FtCode *)ft_obj(((FtFunction *)ft_obj(callable))->code))->flags & FT_CO_GENERATOR)) {
    /* f(*args, **kwargs) of a Python function: its frame runs in this
     * loop, like CALL's */
    size_t n = ft_tuple_len(args), nkw = kwargs ? ft_dict_size(kwargs) : 0;
    if (n + nkw <= 16) {
      FtValue tmp[16], kwn = 0;
      memcpy(tmp, ft_tuple_items(args), n * sizeof(FtValue));
      int got = nkw ? ft_call_gather_kwargs(kwargs, tmp + n, nkw, &kwn) : 0;
      FtFrame *nf =
          got < 0 ? NULL : push_call_frame(ts, (FtFunction *)ft_obj(callable), tmp, n, kwn);
      for (int j = 0; j < got; j++)
        ft_decref(tmp[n + (size_t)j]);
      ft_xdecref(kwn);
      ft_decref(callable);
      ft_decref(args);
      ft_xdecref(kwargs);
      f->sp = sp;
      if (!nf)
        goto error;
      ENTER_FRAME(nf);
    }
  }
  FtValue r = ft_call_tuple_dict(callable, args, kwargs);
  ft_decref(callable);
  ft_decref(args);
  ft_xdecref(kwargs);
  if (!r)
    goto error;
  PUSH(r);
  DISPATCH();
}
op_BINARY_OP: {
  FtValue b = POP(), a = TOP();
  SAVE_FRAME();
  if (STR_APPEND_CASE(a, b))
    STR_APPEND_IN_LOCAL();
  if (!ft_is_small(a) && !ft_is_small(b) && ft_obj(a)->type == &FtFloat_Type &&
      ft_obj(b)->type == &FtFloat_Type) {
    int handled;
    FtValue r = float_binop(oparg, a, b, &handled);
    if (handled) {
      if (!r) {
        sp--;
        goto error;
      }
      TOP() = r;
      DISPATCH();
    }
  } else if (ft_is_small(a) != ft_is_small(b)) {
    FtValue r = mixed_binop(oparg, a, b);
    if (r) {
      TOP() = r;
      DISPATCH();
    }
  } else if (!ft_is_small(a) && !ft_is_small(b) && ft_obj(a)->type == ft_obj(b)->type &&
             (ft_obj(a)->type->tpflags & FT_TPFLAG_HEAPTYPE)) {
    /* two instances of one class whose OP is a plain Python dunder: run
     * it in a frame of this loop, as a call (no C recursion) */
    FtFunction *fn = binop_function(&co->caches[CACHE_INDEX()], ft_obj(a)->type, oparg);
    if (fn) {
      FtValue args2[2] = {a, b};
      FtFrame *nf = push_simple_frame(ts, fn, args2, 2, 0);
      if (!nf) {
        sp++; /* b is still there: the unwinding releases both */
        goto error;
      }
      nf->binop = oparg + 1;
      nf->binop_type = ft_obj(a)->type;
      sp--;
      f->sp = sp;
      ENTER_FRAME(nf);
    }
  }
  FtValue r = fast_binop(oparg, a, b);
  ft_decref(a);
  ft_decref(b);
  if (!r) {
    sp--;
    goto error;
  }
  TOP() = r;
  DISPATCH();
}
op_INPLACE_OP: {
  FtValue b = POP(), a = TOP();
  SAVE_FRAME();
  if (STR_APPEND_CASE(a, b))
    STR_APPEND_IN_LOCAL();
  /* Two ints or two floats: the inline arithmetic (they have no in-place
   * slot, and errors there can't come from a type mismatch). */
  FtType *ta = ft_type(a), *tb = ft_type(b);
  if (ta == &FtFloat_Type && tb == &FtFloat_Type) {
    int handled;
    FtValue r = float_binop(oparg, a, b, &handled);
    if (handled) {
      if (!r) {
        sp--;
        goto error;
      }
      TOP() = r;
      DISPATCH();
    }
  } else if (ft_is_small(a) != ft_is_small(b)) {
    FtValue r = mixed_binop(oparg, a, b);
    if (r) {
      TOP() = r;
      DISPATCH();
    }
  }
  FtValue r = ((ta == &FtInt_Type && tb == &FtInt_Type) ||
               (ta == &FtFloat_Type && tb == &FtFloat_Type))
                  ? fast_binop(oparg, a, b)
                  : ft_inplace_binop(a, b, oparg);
  ft_decref(a);
  ft_decref(b);
  if (!r) {
    sp--;
    goto error;
  }
  TOP() = r;
  DISPATCH();
}
op_COMPARE_OP: {
  FtValue b = POP(), a = TOP();
  SAVE_FRAME();
  FtValue r = fast_compare(oparg, a, b);
  ft_decref(a);
  ft_decref(b);
  if (!r) {
    sp--;
    goto error;
  }
  if (r == FT_TRUE || r == FT_FALSE) {
    sp--;
    JUMP_ON_BOOL(r == FT_TRUE);
  }
  TOP() = r;
  DISPATCH();
}
op_IS_OP: {
  FtValue b = POP(), a = TOP();
  int r = (a == b) ^ oparg;
  ft_decref(a);
  ft_decref(b);
  sp--;
  JUMP_ON_BOOL(r);
}
op_CONTAINS_OP: {
  FtValue b = POP(), a = TOP();
  SAVE_FRAME();
  int r = ft_contains(b, a);
  ft_decref(a);
  ft_decref(b);
  sp--;
  if (r < 0)
    goto error;
  JUMP_ON_BOOL(r ^ oparg);
}
op_UNARY_NEG:
op_UNARY_POS:
op_UNARY_INVERT: {
  FtValue a = TOP();
  int op = instr & 0xFF;
  SAVE_FRAME();
  FtValue r;
  if (op == OP_UNARY_NEG && ft_is_small(a) && ft_small_val(a) != FT_SMALL_MIN)
    r = ft_small(-ft_small_val(a));
  else
    r = op == OP_UNARY_NEG ? ft_neg(a) : op == OP_UNARY_POS ? ft_pos(a) : ft_invert(a);
  ft_decref(a);
  if (!r) {
    sp--;
    goto error;
  }
  TOP() = r;
  DISPATCH();
}
op_UNARY_NOT: {
  FtValue a = POP();
  int t = a == FT_TRUE ? 1 : a == FT_FALSE || a == FT_NONE ? 0 : ft_truthy(a);
  ft_decref(a);
  if (t < 0)
    goto error;
  JUMP_ON_BOOL(!t);
}
op_BINARY_SUBSCR: {
  FtValue k = POP(), o = TOP();
  SAVE_FRAME();
  FtValue r;
  if (ft_is_small(k) && !ft_is_small(o) && ft_obj(o)->type == &FtList_Type) {
    intptr_t i = ft_small_val(k);
    if (i < 0 || !(r = ft_list_item_fast((FtList *)ft_obj(o), (size_t)i)))
      r = ft_list_get(o, i);
  } else if (ft_is_small(k) && !ft_is_small(o) && ft_obj(o)->type == &FtTuple_Type &&
             (uintptr_t)(ft_small_val(k) + (ft_small_val(k) < 0 ? (intptr_t)ft_tuple_len(o) : 0)) <
                 ft_tuple_len(o)) {
    intptr_t i = ft_small_val(k);
    r = ft_newref(ft_tuple_get(o, (size_t)(i < 0 ? i + (intptr_t)ft_tuple_len(o) : i)));
  } else {
    r = ft_getitem(o, k);
  }
  ft_decref(o);
  ft_decref(k);
  if (!r) {
    sp--;
    goto error;
  }
  TOP() = r;
  DISPATCH();
}
op_STORE_SUBSCR: {
  FtValue k = POP(), o = POP(), v = POP();
  SAVE_FRAME();
  int r;
  if (ft_is_small(k) && !ft_is_small(o) && ft_obj(o)->type == &FtList_Type) {
    FtValue old = ft_list_store_locked((FtList *)ft_obj(o), ft_small_val(k), v);
    if (old) {
      if (!ft_is_small(old) && ft_obj(old)->type == &FtFloat_Type)
        float_drop(old);
      else
        ft_decref(old);
      r = 0;
    } else {
      r = ft_list_set_steal(o, ft_small_val(k), v); /* raises IndexError */
    }
  } else {
    r = ft_setitem(o, k, v);
    ft_decref(k);
    ft_decref(v);
  }
  ft_decref(o);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DELETE_SUBSCR: {
  FtValue k = POP(), o = POP();
  SAVE_FRAME();
  int r = ft_delitem(o, k);
  ft_decref(k);
  ft_decref(o);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_BUILD_SLICE: {
  FtValue step = oparg == 3 ? POP() : ft_newref(FT_NONE);
  FtValue stop = POP(), start = POP();
  {
    /* lst[a:b:c] and lst[a:b:c] = v on an exact list with small-int or
     * None bounds: no slice object (the next instruction is done here). */
    int nop = (int)(*ip & 0xFF);
    FtValue o = TOP();
    FtType *ot = ft_type(o);
    if ((nop == OP_BINARY_SUBSCR || nop == OP_STORE_SUBSCR) &&
        (ot == &FtList_Type ||
         (nop == OP_BINARY_SUBSCR && (ot == &FtStr_Type || ot == &FtTuple_Type))) &&
        (ft_is_small(start) || start == FT_NONE) &&
        (ft_is_small(stop) || stop == FT_NONE) &&
        (step == FT_NONE || (ft_is_small(step) && ft_small_val(step) != 0))) {
      intptr_t st = step == FT_NONE ? 1 : ft_small_val(step);
      intptr_t lo = start == FT_NONE ? (st < 0 ? INTPTR_MAX : 0) : ft_small_val(start);
      intptr_t hi = stop == FT_NONE ? (st < 0 ? INTPTR_MIN : INTPTR_MAX) : ft_small_val(stop);
      ft_decref(step); /* start and stop are small ints or None: no counts */
      ip++;
      SAVE_FRAME();
      if (nop == OP_BINARY_SUBSCR) {
        FtValue r = ot == &FtList_Type  ? ft_list_getslice(o, lo, hi, st)
                    : ot == &FtStr_Type ? ft_str_getslice(o, lo, hi, st)
                                        : ft_tuple_getslice(o, lo, hi, st);
        ft_decref(o);
        if (!r) {
          sp--;
          goto error;
        }
        TOP() = r;
      } else {
        o = POP();
        FtValue v = POP();
        int r = ft_list_setslice(o, lo, hi, st, v);
        ft_decref(o);
        ft_decref(v);
        if (r < 0)
          goto error;
      }
      DISPATCH();
    }
  }
  FtValue s = ft_slice_new(start, stop, step);
  ft_decref(start);
  ft_decref(stop);
  ft_decref(step);
  if (!s)
    goto error;
  PUSH(s);
  DISPATCH();
}
op_BUILD_TUPLE: {
  FtValue t = ft_tuple_new((size_t)oparg);
  if (!t)
    goto error;
  sp -= oparg;
  if (oparg)
    memcpy(ft_tuple_items(t), sp, (size_t)oparg * sizeof(FtValue));
  PUSH(t);
  DISPATCH();
}
op_BUILD_LIST: {
  FtValue l = ft_list_new((size_t)oparg);
  if (!l)
    goto error;
  sp -= oparg;
  if (oparg)
    memcpy(((FtList *)ft_obj(l))->items, sp, (size_t)oparg * sizeof(FtValue));
  PUSH(l);
  DISPATCH();
}
op_BUILD_SET: {
  FtValue s = ft_set_new(0);
  if (!s)
    goto error;
  int err = 0;
  for (int i = oparg; i > 0; i--) {
    FtValue v = sp[-i];
    if (!err && ft_set_add(s, v) < 0)
      err = 1;
    ft_decref(v);
  }
  sp -= oparg;
  if (err) {
    ft_decref(s);
    goto error;
  }
  PUSH(s);
  DISPATCH();
}
op_BUILD_MAP: {
  FtValue d = ft_dict_new();
  if (!d)
    goto error;
  int err = 0;
  for (int i = oparg; i > 0; i--) {
    FtValue k = sp[-2 * i], v = sp[-2 * i + 1];
    if (!err && ft_dict_set(d, k, v) < 0)
      err = 1;
    ft_decref(k);
    ft_decref(v);
  }
  sp -= 2 * oparg;
  if (err) {
    ft_decref(d);
    goto error;
  }
  PUSH(d);
  DISPATCH();
}
op_LIST_APPEND: {
  FtValue v = POP();
  int r = ft_list_append(sp[-oparg], v);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_SET_ADD: {
  FtValue v = POP();
  int r = ft_set_add(sp[-oparg], v);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_MAP_ADD: {
  FtValue v = POP(), k = POP();
  int r = ft_dict_set(sp[-oparg], k, v);
  ft_decref(k);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_LIST_EXTEND: {
  FtValue v = POP();
  int r = ft_list_extend(sp[-oparg], v);
  if (r < 0 && ft_err_matches(&FtExc_TypeError) && !ft_type(v)->iter && !ft_type(v)->getitem) {
    ft_err_clear();
    ft_err_format(&FtExc_TypeError, "Value after * must be an iterable, not %s",
                  ft_type_name(v));
  }
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_SET_UPDATE: {
  /* set.update's merge, not element by element: a constant frozenset
   * copied into a new set gets CPython's iteration order */
  FtValue v = POP();
  SAVE_FRAME();
  int r = ft_set_update(sp[-oparg], v);
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DICT_UPDATE: {
  FtValue v = POP();
  int r = ft_dict_update(sp[-oparg], v);
  if (r < 0 && ft_err_matches(&FtExc_TypeError) && !ft_dict_check(v)) {
    ft_err_clear();
    ft_err_format(&FtExc_TypeError, "'%s' object is not a mapping", ft_type_name(v));
  }
  ft_decref(v);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_DICT_MERGE: {
  FtValue v = POP();
  FtValue d = sp[-oparg];
  FtValue callee = sp[-oparg - 2]; /* [callee, args tuple, kwargs dict] */
  if (!ft_is_small(v) && ft_obj(v)->type == &FtDict_Type && !ft_dict_size(d) &&
      (*ip & 0xFF) == OP_CALL_EX) {
    /* f(*a, **kw) with nothing else: the call only reads the dict, so kw
     * itself is passed instead of a copy */
    sp[-oparg] = v;
    ft_decref(d);
    DISPATCH();
  }
  /* like DICT_UPDATE but duplicate keys are an error (f(**a, **b)) */
  int plain = ft_dict_is_plain(v);
  FtValue keys = plain ? ft_dict_keys_list(v) : 0;
  if (!keys && !ft_err_occurred()) {
    FtValue km = ft_call_method(v, "keys", NULL, 0);
    if (km) {
      keys = ft_list_from_iterable(km);
      ft_decref(km);
    } else if (ft_err_matches(&FtExc_AttributeError)) {
      ft_err_clear();
      FtValue desc = func_desc(callee);
      if (desc)
        ft_err_format(&FtExc_TypeError, "%U argument after ** must be a mapping, not %s",
                      desc, ft_type_name(v));
      ft_xdecref(desc);
    }
  }
  int err = !keys;
  size_t n = keys ? ft_list_size(keys) : 0;
  for (size_t i = 0; !err && i < n; i++) {
    FtValue k = ft_list_get(keys, (intptr_t)i);
    FtValue old = ft_dict_get(d, k);
    if (old) {
      ft_decref(old);
      FtValue desc = func_desc(callee);
      if (desc)
        ft_err_format(&FtExc_TypeError, "%U got multiple values for keyword argument '%S'",
                      desc, k);
      ft_xdecref(desc);
      err = 1;
    } else {
      FtValue val = plain ? ft_dict_get(v, k) : ft_getitem(v, k);
      if (!val || ft_dict_set(d, k, val) < 0)
        err = 1;
      ft_xdecref(val);
    }
    ft_decref(k);
  }
  ft_xdecref(keys);
  ft_decref(v);
  if (err)
    goto error;
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  FtValue l = TOP();
  FtValue t = ft_list_as_tuple(l);
  if (!t)
    goto error;
  ft_decref(l);
  TOP() = t;
  DISPATCH();
}
op_BUILD_STRING: {
  FtValue empty = ft_str_intern_cstr("");
  FtValue tup = ft_tuple_new((size_t)oparg);
  if (!tup)
    goto error;
  sp -= oparg;
  memcpy(ft_tuple_items(tup), sp, (size_t)oparg * sizeof(FtValue));
  FtValue r = ft_str_join(empty, tup);
  ft_decref(tup);
  if (!r)
    goto error;
  PUSH(r);
  DISPATCH();
}
op_FORMAT_VALUE: {
  FtValue spec = (oparg & FT_FV_HAS_SPEC) ? POP() : 0;
  FtValue v = TOP();
  SAVE_FRAME();
  FtValue r = format_value(v, oparg, spec);
  ft_xdecref(spec);
  ft_decref(v);
  if (!r) {
    sp--;
    goto error;
  }
  TOP() = r;
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  FtValue v = POP();
  FtType *t = ft_type(v);
  if ((t == &FtTuple_Type) && ft_tuple_len(v) == (size_t)oparg) {
    for (int i = 0; i < oparg; i++)
      sp[i] = ft_newref(ft_tuple_items(v)[oparg - 1 - i]);
    sp += oparg;
    ft_decref(v);
    DISPATCH();
  }
  if (t == &FtList_Type) {
    size_t n;
    FtValue *items = ft_list_snapshot(v, &n);
    if (items && n == (size_t)oparg) {
      for (int i = 0; i < oparg; i++)
        sp[i] = items[oparg - 1 - i];
      sp += oparg;
      ft_mem_free(items);
      ft_decref(v);
      DISPATCH();
    }
    for (size_t i = 0; items && i < n; i++)
      ft_decref(items[i]);
    ft_mem_free(items);
    if (!items) {
      ft_decref(v);
      goto error;
    }
    if (n < (size_t)oparg)
      ft_err_format(&FtExc_ValueError, "not enough values to unpack (expected %d, got %zu)",
                    oparg, n);
    else
      ft_err_format(&FtExc_ValueError, "too many values to unpack (expected %d)", oparg);
    ft_decref(v);
    goto error;
  }
  SAVE_FRAME();
  if (unpack_iterable(v, oparg, -1, sp) < 0) {
    ft_decref(v);
    goto error;
  }
  sp += oparg;
  ft_decref(v);
  DISPATCH();
}
op_UNPACK_EX: {
  FtValue v = POP();
  int before = oparg & 0xFF, after = oparg >> 8;
  SAVE_FRAME();
  if (unpack_iterable(v, before, after, sp) < 0) {
    ft_decref(v);
    goto error;
  }
  sp += before + after + 1;
  ft_decref(v);
  DISPATCH();
}
op_JUMP: {
  const uint32_t *target = co->code + oparg;
  if (target < ip)
    BREAKER_CHECK();
  ip = target;
  DISPATCH();
}
op_POP_JUMP_IF_FALSE:
op_POP_JUMP_IF_TRUE: {
  FtValue v = POP();
  int t;
  if (v == FT_TRUE)
    t = 1;
  else if (v == FT_FALSE || v == FT_NONE)
    t = 0;
  else if (ft_is_small(v))
    t = ft_small_val(v) != 0;
  else {
    t = ft_truthy(v);
    ft_decref(v);
    if (t < 0)
      goto error;
  }
  if (t == ((instr & 0xFF) == OP_POP_JUMP_IF_TRUE)) {
    const uint32_t *target = co->code + oparg;
    if (target < ip) /* a threaded jump may go back (thread_jumps) */
      BREAKER_CHECK();
    ip = target;
  }
  DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP:
op_JUMP_IF_TRUE_OR_POP: {
  FtValue v = TOP();
  int t = ft_truthy(v);
  if (t < 0)
    goto error;
  if (t == ((instr & 0xFF) == OP_JUMP_IF_TRUE_OR_POP)) {
    ip = co->code + oparg;
  } else {
    sp--;
    ft_decref(v);
  }
  DISPATCH();
}
op_GET_ITER: {
  FtValue v = TOP();
  SAVE_FRAME();
  FtValue it = ft_iter(v);
  if (!it)
    goto error;
  ft_decref(v);
  TOP() = it;
  DISPATCH();
}
op_FOR_ITER: {
  FtValue it = TOP();
  FtType *t = ft_type(it);
  SAVE_FRAME();
  FtValue v = t->iternext ? t->iternext(it) : ft_next(it);
  if (v) {
    PUSH(v);
    DISPATCH();
  }
  if (ft_err_occurred()) {
    if (!ft_err_matches(&FtExc_StopIteration))
      goto error;
    ft_err_clear();
  }
  /* exhausted: leave the iterator for END_FOR at the target */
  PUSH(0);
  ip = co->code + oparg;
  BREAKER_CHECK();
  DISPATCH();
}
op_END_FOR: {
  /* pops the exhausted marker and the iterator */
  sp--;
  FtValue it = POP();
  ft_decref(it);
  DISPATCH();
}
op_MAKE_FUNCTION: {
  FtValue qualname = POP();
  FtValue code = POP();
  FtValue fnv = ft_func_new(code, f->globals, qualname);
  ft_decref(qualname);
  ft_decref(code);
  if (!fnv)
    goto error;
  FtFunction *fn = (FtFunction *)ft_obj(fnv);
  if (oparg & FT_MF_CLOSURE)
    fn->closure = POP();
  if (oparg & FT_MF_ANNOTATIONS)
    fn->annotations = POP();
  if (oparg & FT_MF_KWDEFAULTS)
    fn->kwdefaults = POP();
  if (oparg & FT_MF_DEFAULTS)
    fn->defaults = POP();
  if (co->flags & FT_CO_MODULE) /* module- and class-level functions live long */
    ft_object_make_deferred(ft_obj(fnv));
  PUSH(fnv);
  DISPATCH();
}
op_RETURN_VALUE: {
  retval = POP();
  goto return_frame;
}
op_LOAD_BUILD_CLASS: {
  PUSH(ft_newref(ft_dict_get_cstr(f->builtins, "__build_class__")));
  if (!TOP()) {
    sp--;
    ft_err_format(&FtExc_NameError, "__build_class__ not found");
    goto error;
  }
  ft_decref(TOP());
  DISPATCH();
}
op_SETUP_FINALLY: {
  FtBlock *b = &f->blocks[f->nblocks++];
  b->type = FT_BLOCK_FINALLY;
  b->handler = oparg;
  b->level = (int)(sp - f->stack);
  DISPATCH();
}
op_POP_BLOCK:
  f->nblocks--;
  DISPATCH();
op_POP_EXCEPT: {
  f->nblocks--;
  FtValue exc = POP();
  FtValue prev = POP();
  ft_decref(exc);
  if (prev == FT_NONE) {
    /* nothing was being handled when the block began; in a generator
     * that means its resumer's exception shows through again */
    ft_decref(prev);
    prev = f->gen ? (ft_xincref(f->gen->outer_handled), f->gen->outer_handled) : 0;
  }
  ft_setref(&ts->handled, prev);
  DISPATCH();
}
op_RERAISE: {
  FtValue exc = POP();
  ft_setref(&ts->exc, exc);
  goto exception_unwind;
}
op_RAISE_VARARGS: {
  SAVE_FRAME();
  if (oparg == 0) {
    FtValue h = ts->handled;
    if (!h) {
      ft_err_format(&FtExc_RuntimeError, "No active exception to reraise");
      goto error;
    }
    ft_setref(&ts->exc, ft_newref(h));
      goto exception_unwind;
  }
  FtValue cause = oparg == 2 ? POP() : 0;
  FtValue exc = POP();
  do_raise(ts, exc, cause);
  ft_decref(exc);
  ft_xdecref(cause);
  goto error;
}
op_CHECK_EXC_MATCH: {
  FtValue cls = POP();
  FtValue exc = TOP();
  int r = ft_exc_matches(exc, cls);
  ft_decref(cls);
  if (r < 0)
    goto error;
  PUSH(r ? FT_TRUE : FT_FALSE);
  DISPATCH();
}
op_BEFORE_WITH: {
  FtValue mgr = TOP();
  SAVE_FRAME();
  FtType *mt = ft_type(mgr);
  FtValue enter = ft_type_lookup(mt, ft_str_intern_cstr("__enter__"));
  FtValue exitf = ft_type_lookup(mt, ft_str_intern_cstr("__exit__"));
  if (!enter || !exitf) {
    /* CPython 3.11's wording; it names __exit__ when only that is missing */
    ft_err_format(&FtExc_TypeError,
                  "'%s' object does not support the context manager protocol%s",
                  ft_type_name(mgr), enter ? " (missed __exit__ method)" : "");
    goto error;
  }
  FtValue bound_exit = ft_type(exitf)->descr_get
                           ? ft_type(exitf)->descr_get(exitf, mgr, ft_val(mt))
                           : ft_newref(exitf);
  if (!bound_exit)
    goto error;
  FtValue r = ft_type(enter)->descr_get ? ft_call_method(mgr, "__enter__", NULL, 0)
                                        : ft_call1(enter, mgr);
  if (!r) {
    ft_decref(bound_exit);
    goto error;
  }
  TOP() = bound_exit;
  ft_decref(mgr);
  FtBlock *b = &f->blocks[f->nblocks++];
  b->type = FT_BLOCK_FINALLY;
  b->handler = oparg;
  b->level = (int)(sp - f->stack);
  PUSH(r);
  DISPATCH();
}
op_CALL_EXIT_NONE: {
  FtValue exitf = POP();
  FtValue args[3] = {FT_NONE, FT_NONE, FT_NONE};
  SAVE_FRAME();
  FtValue r = ft_call(exitf, args, 3, 0);
  ft_decref(exitf);
  if (!r)
    goto error;
  ft_decref(r);
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  FtValue exc = TOP();
  FtValue exitf = sp[-3];
  FtException *e = (FtException *)ft_obj(exc);
  FtValue args[3] = {ft_val(ft_type(exc)), exc, e->traceback ? e->traceback : FT_NONE};
  SAVE_FRAME();
  FtValue r = ft_call(exitf, args, 3, 0);
  if (!r)
    goto error;
  PUSH(r);
  DISPATCH();
}
op_IMPORT_NAME: {
  FtValue fromlist = POP();
  FtValue level = POP();
  SAVE_FRAME();
  FtValue m = ft_import_name(ft_tuple_get(co->names, (size_t)oparg), f->globals, fromlist,
                             (int)ft_small_val(level));
  ft_decref(fromlist);
  if (!m)
    goto error;
  PUSH(m);
  DISPATCH();
}
op_IMPORT_FROM: {
  FtValue m = TOP();
  SAVE_FRAME();
  FtValue v = ft_import_from(m, ft_tuple_get(co->names, (size_t)oparg));
  if (!v)
    goto error;
  PUSH(v);
  DISPATCH();
}
op_IMPORT_STAR: {
  FtValue m = POP();
  SAVE_FRAME();
  int r = ft_import_star(m, f->locals);
  ft_decref(m);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  PUSH(ft_val(&FtExc_AssertionError));
  DISPATCH();
op_YIELD_VALUE: {
  retval = POP();
  SAVE_FRAME();
  f->is_entry = 2; /* yielded */
  goto leave;
}
op_GET_YIELD_FROM_ITER: {
  FtValue v = TOP();
  if (ft_type(v) != &FtGen_Type) {
    FtValue it = ft_iter(v);
    if (!it)
      goto error;
    ft_decref(v);
    TOP() = it;
  }
  DISPATCH();
}
op_YIELD_FROM: {
  FtValue sent = POP();
  FtValue it = TOP();
  FtValue v;
  SAVE_FRAME();
  if (sent != FT_NONE) {
    /* a generator's send, or the iterator's own (AttributeError when it
     * has none, as in CPython) */
    v = ft_call_method(it, "send", &sent, 1);
  } else {
    v = ft_next_raw(it); /* keeps StopIteration: its value is the result */
  }
  ft_decref(sent);
  if (v) {
    retval = v;
    ip--; /* resume at this instruction with the sent value pushed */
    SAVE_FRAME();
    f->is_entry = 2;
    goto leave;
  }
  FtValue result = FT_NONE;
  if (ft_err_occurred()) {
    if (!ft_err_matches(&FtExc_StopIteration))
      goto error;
    FtValue e = ft_err_fetch();
    FtValue val = ft_getattr_cstr(e, "value");
    ft_decref(e);
    if (!val)
      goto error;
    result = val;
  } else {
    ft_incref(result);
  }
  ft_decref(POP());
  PUSH(result);
  DISPATCH();
}
op_SETUP_ANNOTATIONS: {
  FtValue key = ft_str_intern_cstr("__annotations__");
  FtValue have = ft_dict_check(f->locals) ? ft_dict_get(f->locals, key) : 0;
  if (have) {
    ft_decref(have);
    DISPATCH();
  }
  if (ft_err_occurred())
    goto error;
  FtValue d = ft_dict_new();
  int r = d ? ft_setitem(f->locals, key, d) : -1;
  ft_xdecref(d);
  if (r < 0)
    goto error;
  DISPATCH();
}
op_PRINT_EXPR: {
  FtValue v = POP();
  if (v != FT_NONE) {
    FtValue r = ft_repr(v);
    FtValue out = ft_sys_stdout();
    if (r && out) {
      ft_file_write_str(out, r);
      FtValue nl = ft_str_from_cstr("\n");
      ft_file_write_str(out, nl);
      ft_xdecref(nl);
    }
    ft_xdecref(r);
  }
  ft_decref(v);
  if (ft_err_occurred())
    goto error;
  DISPATCH();
}

error:
  /* An instruction failed: record where, then look for a handler. */
  f->ip = ip;
  {
    FtValue exc = ts->exc;
    if (!exc) {
      ft_err_format(&FtExc_SystemError, "error return without exception set");
      exc = ts->exc;
    }
    if (!f->func || !(f->func->ob.flags & FT_FUNC_HIDDEN))
      ft_exc_add_traceback(exc, co->filename, co->name, line_of(f));
  }
exception_unwind:
  while (f->nblocks > 0) {
    FtBlock *b = &f->blocks[--f->nblocks];
    if (b->type == FT_BLOCK_EXCEPT_HANDLER) {
      FtValue *level = f->stack + b->level;
      while (sp > level + 1) {
        FtValue v = POP();
        ft_xdecref(v);
      }
      FtValue prev = POP();
      ft_setref(&ts->handled, prev == FT_NONE ? (ft_decref(prev), 0) : prev);
      continue;
    }
    /* SETUP_FINALLY handler (the handler block reuses b's slot) */
    int handler = b->handler;
    FtValue *level = f->stack + b->level;
    while (sp > level) {
      FtValue v = POP();
      ft_xdecref(v);
    }
    FtBlock *h = &f->blocks[f->nblocks++];
    h->type = FT_BLOCK_EXCEPT_HANDLER;
    h->handler = -1;
    h->level = (int)(sp - f->stack);
    FtValue prev = ts->handled ? ts->handled : ft_newref(FT_NONE);
    ts->handled = 0;
    PUSH(prev);
    FtValue exc = ft_err_fetch();
    ts->handled = ft_newref(exc);
    PUSH(exc);
    ip = co->code + handler;
    DISPATCH();
  }
exit_frame_error:
  while (sp > f->stack) {
    FtValue v = POP();
    ft_xdecref(v);
  }
  f->sp = sp;
  retval = 0;

return_frame:
  /* Leave frame f with retval (0 = error). */
  while (f->nblocks > 0) {
    /* return from inside a handler was unwound by the compiler; blocks
     * left here belong to an error exit */
    f->nblocks--;
  }
  f->sp = sp;
  if (f->gen) {
    f->is_entry = 3; /* finished */
    goto leave;
  }
  if (f->binop) {
    /* an inlined a OP b: NotImplemented from the dunder means the
     * operation is unsupported (both operands have the same type, so
     * there is no reflected method to try) */
    int op = f->binop - 1;
    f->binop = 0;
    if (retval == FT_NOTIMPL) {
      ft_decref(retval);
      retval = ft_binop_type_error(f->binop_type, f->binop_type, op);
    }
  }
  if (f->init_self) {
    /* the frame of an inlined T(...): the result is the instance */
    FtValue self = f->init_self;
    f->init_self = 0;
    if (retval && retval != FT_NONE) {
      ft_err_format(&FtExc_TypeError, "__init__() should return None, not '%s'",
                    ft_type_name(retval));
      ft_decref(retval);
      retval = 0;
    }
    if (retval)
      retval = self;
    else
      ft_decref(self);
  }
  {
    int entry = f->is_entry;
    FtFrame *back = f->back;
    frame_clear(f);
    if (f->func)
      ft_decref(ft_val(f->func));
    ts->frame = back;
    ts->py_depth--;
    frame_release_memory(ts, f);
    if (entry)
      return retval;
    f = back;
    LOAD_FRAME();
    if (!retval)
      goto error;
    PUSH(retval);
    DISPATCH();
  }

leave:
  /* generator frame yields or finishes: it stays alive in its generator */
  ts->frame = f->back;
  ts->py_depth--;
  return retval;
}

/* ---- generator objects -------------------------------------------------- */

static FtValue gen_close(FtValue self, const FtValue *args, size_t nargs, FtValue kw);

/* A generator dropped while suspended inside try/with is closed first, so
 * its finally blocks and __exit__ run (as in CPython).  The object is
 * revived with one reference for the call; returns 1 if close() stored a
 * new reference to it somewhere (then it lives on). */
static int gen_finalize(FtObject *o) {
  atomic_store_explicit(&o->tid, ft_alloc_tid(), memory_order_relaxed);
  atomic_store_explicit(&o->ref_shared, 0, memory_order_relaxed);
  atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
  FtValue pending = ft_err_fetch();
  FtValue r = gen_close(ft_val(o), NULL, 0, 0);
  if (r) {
    ft_decref(r);
  } else {
    FtValue err = ft_sys_stderr();
    FtValue msg = ft_str_from_format("Exception ignored in: %R\n", ft_val(o));
    if (err && msg)
      ft_file_write_str(err, msg);
    ft_xdecref(msg);
    ft_err_print();
  }
  if (pending)
    ft_err_raise(pending);
  if (ft_ref_local(o) == 1 &&
      atomic_load_explicit(&o->ref_shared, memory_order_acquire) == 0) {
    atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
    return 0;
  }
  ft_decref_obj(o);
  return 1;
}

static void gen_dealloc(FtObject *o) {
  FtGen *g = (FtGen *)o;
  if (g->frame && g->frame->is_entry && g->frame->nblocks > 0 && gen_finalize(o))
    return;
  if (g->frame) {
    frame_clear(g->frame);
    if (g->frame->func)
      ft_decref(ft_val(g->frame->func));
    ft_mem_free(g->frame);
  }
  FT_CLEAR(g->name);
  FT_CLEAR(g->qualname);
  FT_CLEAR(g->code);
  FT_CLEAR(g->handled);
  ft_object_free(o);
}

FtValue ft_gen_new(FtFrame *f) {
  FtGen *g = (FtGen *)ft_object_alloc(&FtGen_Type, sizeof(FtGen));
  if (!g)
    return 0;
  g->frame = f;
  f->gen = g;
  f->is_entry = 0; /* not started */
  g->name = ft_newref(f->code->name);
  g->code = ft_newref(ft_val(f->code));
  g->qualname = ft_newref(f->func && f->func->qualname ? f->func->qualname : f->code->name);
  return ft_val(g);
}

/* Resume: value to send (0 for next()), or exc to throw (steals). */
static FtValue gen_resume(FtGen *g, FtValue send, FtValue throw_exc) {
  int expected = 0;
  if (!atomic_compare_exchange_strong(&g->running, &expected, 1))
    return ft_err_format(&FtExc_ValueError, "generator already executing");
  FtFrame *f = g->frame;
  if (!f) {
    atomic_store(&g->running, 0);
    if (throw_exc) {
      ft_err_raise(throw_exc);
      return 0;
    }
    return 0; /* exhausted */
  }
  int started = f->is_entry != 0;
  if (!started && send && send != FT_NONE && !throw_exc) {
    atomic_store(&g->running, 0);
    return ft_err_format(&FtExc_TypeError,
                         "can't send non-None value to a just-started generator");
  }
  if (started)
    *f->sp++ = ft_newref(send ? send : FT_NONE);
  f->is_entry = 1;
  FtThreadState *ts = ft_ts;
  if (throw_exc) {
    /* raised inside the generator: chained to the generator's own handled
     * exception only, not to the thrower's (as CPython does) */
    FtValue outer = ts->handled;
    ts->handled = g->handled;
    ft_err_raise(throw_exc);
    ts->handled = outer;
    f->nblocks = -f->nblocks - 1; /* tell eval to unwind first */
  }
  /* The generator has its own "exception being handled": swap it in.
   * When it has none, it sees the caller's (sys.exc_info(), implicit
   * chaining, a bare raise), as CPython chains the two states. */
  FtValue caller_handled = ts->handled;
  ts->handled = g->handled ? g->handled : (ft_xincref(caller_handled), caller_handled);
  g->handled = 0;
  g->outer_handled = caller_handled;
  FtValue r = eval(ts, f);
  g->outer_handled = 0;
  if (ts->handled == caller_handled)
    ft_xdecref(ts->handled); /* the caller's: the generator has none of its own */
  else
    g->handled = ts->handled;
  ts->handled = caller_handled;
  if (f->is_entry == 2) {
    atomic_store(&g->running, 0);
    return r;
  }
  FT_CLEAR(g->handled);
  /* finished: returned or raised */
  g->frame = NULL;
  frame_clear(f);
  if (f->func)
    ft_decref(ft_val(f->func));
  ft_mem_free(f);
  atomic_store(&g->running, 0);
  if (!r) {
    if (ft_err_matches(&FtExc_StopIteration)) {
      FtValue e = ft_err_fetch();
      ft_err_format(&FtExc_RuntimeError, "generator raised StopIteration");
      FtException *x = (FtException *)ft_obj(ts->exc);
      x->cause = e;
      x->suppress_context = 1;
    }
    return 0;
  }
  /* Returned: StopIteration(value) carries a value; a plain return is 0
   * with no error set (no exception object to make and drop on the hot
   * path of every finished generator), which callers that must raise
   * (send, throw) turn into StopIteration themselves. */
  if (r != FT_NONE)
    ft_err_set_value(&FtExc_StopIteration, r);
  ft_decref(r);
  return 0;
}

static FtValue gen_iternext(FtValue self) {
  FtValue r = gen_resume((FtGen *)ft_obj(self), 0, 0);
  if (!r && ft_err_matches(&FtExc_StopIteration)) {
    FtValue e = ((FtException *)ft_obj(ft_err_occurred()))->args;
    if (ft_tuple_len(e) == 0 || ft_tuple_get(e, 0) == FT_NONE)
      ft_err_clear();
  }
  return r;
}

static FtValue gen_send(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_count("send", nargs, 1, 1) < 0)
    return 0;
  FtValue r = gen_resume((FtGen *)ft_obj(self), args[0], 0);
  if (!r && !ft_err_occurred())
    ft_err_set_none(&FtExc_StopIteration);
  return r;
}

static FtValue gen_close(FtValue self, const FtValue *args, size_t nargs, FtValue kw);

/* The iterator a suspended generator delegates to with `yield from` (its
 * frame stopped at YIELD_FROM, the iterator on top of its stack), or 0.
 * Borrowed; call with g->running claimed. */
static FtValue gen_yf(FtGen *g) {
  FtFrame *f = g->frame;
  if (!f || f->is_entry != 2 || (*f->ip & 0xFF) != OP_YIELD_FROM)
    return 0;
  return f->sp[-1];
}

/* Throw exc (stolen) into g, through the iterator it delegates to, as
 * CPython does: GeneratorExit first closes the subiterator; another
 * exception goes to the subiterator's throw(), whose yielded value g
 * yields, whose return value becomes the `yield from` result, and whose
 * exception is thrown into g. */
static FtValue gen_throw_exc(FtGen *g, FtValue exc) {
  int expected = 0;
  if (!atomic_compare_exchange_strong(&g->running, &expected, 1)) {
    ft_decref(exc);
    return ft_err_format(&FtExc_ValueError, "generator already executing");
  }
  FtValue yf = gen_yf(g);
  ft_xincref(yf);
  atomic_store(&g->running, 0);
  if (!yf)
    return gen_resume(g, 0, exc);
  FtValue r;
  if (ft_isinstance_type(exc, &FtExc_GeneratorExit)) {
    if (ft_type(yf) == &FtGen_Type) {
      r = gen_close(yf, NULL, 0, 0);
    } else {
      FtValue m = ft_getattr_opt(yf, ft_str_intern_cstr("close"));
      r = m ? ft_call0(m) : ft_err_occurred() ? 0 : ft_newref(FT_NONE);
      ft_xdecref(m);
    }
    ft_decref(yf);
    if (!r) { /* closing the subiterator failed: that error goes in */
      ft_decref(exc);
      exc = ft_err_fetch();
    }
    ft_xdecref(r);
    return gen_resume(g, 0, exc);
  }
  if (ft_type(yf) == &FtGen_Type) {
    r = gen_throw_exc((FtGen *)ft_obj(yf), exc);
  } else {
    FtValue m = ft_getattr_opt(yf, ft_str_intern_cstr("throw"));
    if (!m) {
      ft_decref(yf);
      if (ft_err_occurred()) {
        ft_decref(exc);
        return 0;
      }
      return gen_resume(g, 0, exc);
    }
    r = ft_call1(m, exc);
    ft_decref(m);
    ft_decref(exc);
  }
  if (r) { /* the subiterator yielded: so does g, still delegating */
    ft_decref(yf);
    return r;
  }
  if (!ft_err_occurred())
    ft_err_set_none(&FtExc_StopIteration); /* a generator's plain return */
  if (!ft_err_matches(&FtExc_StopIteration)) {
    ft_decref(yf);
    return gen_resume(g, 0, ft_err_fetch());
  }
  /* the subiterator returned: its value is the result of `yield from` */
  FtValue e = ft_err_fetch();
  FtValue val = ft_getattr_cstr(e, "value");
  ft_decref(e);
  if (!val) {
    ft_decref(yf);
    return 0;
  }
  expected = 0;
  if (!atomic_compare_exchange_strong(&g->running, &expected, 1)) {
    ft_decref(yf);
    ft_decref(val);
    return ft_err_format(&FtExc_ValueError, "generator already executing");
  }
  FtFrame *f = g->frame;
  if (gen_yf(g) == yf) {
    f->sp--;
    ft_decref(*f->sp); /* the frame's reference to the subiterator */
    f->ip++;           /* past YIELD_FROM: resuming pushes its result */
  }
  atomic_store(&g->running, 0);
  ft_decref(yf);
  r = gen_resume(g, val, 0);
  ft_decref(val);
  return r;
}

static FtValue gen_throw(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_count("throw", nargs, 1, 3) < 0)
    return 0;
  FtValue exc;
  FtValue typ = args[0], val = nargs > 1 ? args[1] : FT_NONE;
  if (val != FT_NONE && FT_TYPE_HAS(typ, FT_TPFLAG_TYPE_SUBCLASS)) {
    /* throw(type, value[, tb]): value itself when it is an instance of
     * type, else type(*value) for a tuple or type(value) */
    if (ft_isinstance_type(val, (FtType *)ft_obj(typ)))
      exc = ft_newref(val);
    else if (ft_type(val) == &FtTuple_Type)
      exc = ft_call(typ, ft_tuple_items(val), ft_tuple_len(val), 0);
    else
      exc = ft_call(typ, &val, 1, 0);
    if (exc && !ft_exc_is_instance(exc)) {
      ft_decref(exc);
      return ft_err_format(&FtExc_TypeError,
                           "exceptions must derive from BaseException");
    }
  } else if (val != FT_NONE && ft_exc_is_instance(typ)) {
    return ft_err_format(&FtExc_TypeError,
                         "instance exception may not have a separate value");
  } else if (!ft_exc_is_instance(typ) &&
             !(FT_TYPE_HAS(typ, FT_TPFLAG_TYPE_SUBCLASS) &&
               ft_type_is_subtype((FtType *)ft_obj(typ), &FtExc_BaseException))) {
    return ft_err_format(&FtExc_TypeError,
                         "exceptions must be classes or instances deriving from "
                         "BaseException, not %s",
                         ft_type_name(typ));
  } else {
    exc = exc_from_raise_arg(typ);
  }
  if (!exc)
    return 0;
  FtValue r = gen_throw_exc((FtGen *)ft_obj(self), exc);
  if (!r && !ft_err_occurred())
    ft_err_set_none(&FtExc_StopIteration);
  return r;
}

static FtValue gen_close(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  FtGen *g = (FtGen *)ft_obj(self);
  size_t given = nargs + (kw ? ft_tuple_len(kw) : 0);
  if (given)
    return ft_err_format(&FtExc_TypeError, "generator.close() takes no arguments (%zu given)",
                         given);
  if (!g->frame || !g->frame->is_entry) {
    if (g->frame && !g->frame->is_entry) {
      FtFrame *f = g->frame;
      g->frame = NULL;
      frame_clear(f);
      if (f->func)
        ft_decref(ft_val(f->func));
      ft_mem_free(f);
    }
    return ft_newref(FT_NONE);
  }
  FtValue exc = ft_exc_new(&FtExc_GeneratorExit, FT_EMPTY_TUPLE);
  if (!exc)
    return 0;
  FtValue r = gen_throw_exc(g, exc);
  if (r) {
    ft_decref(r);
    return ft_err_format(&FtExc_RuntimeError, "generator ignored GeneratorExit");
  }
  if (ft_err_matches(&FtExc_GeneratorExit) || ft_err_matches(&FtExc_StopIteration) ||
      !ft_err_occurred()) {
    ft_err_clear();
    return ft_newref(FT_NONE);
  }
  return 0;
}

static FtValue gen_self_iter(FtValue self) { return ft_newref(self); }

static FtValue gen_repr(FtValue self) {
  return ft_str_from_format("<generator object %U at %p>", ((FtGen *)ft_obj(self))->qualname,
                            (void *)self);
}

static FtValue gen_get_name(FtValue self) { return ft_newref(((FtGen *)ft_obj(self))->name); }
static FtValue gen_get_qualname(FtValue self) {
  return ft_newref(((FtGen *)ft_obj(self))->qualname);
}

static FtValue fsnap_new(FtFrame *f, FtValue back);

static FtValue gen_get_code(FtValue self) { return ft_newref(((FtGen *)ft_obj(self))->code); }

static FtValue gen_get_running(FtValue self) {
  return ft_bool(atomic_load(&((FtGen *)ft_obj(self))->running));
}

/* Claim g for looking at its frame (nobody runs it meanwhile); 0 when
 * some thread is running it.  gen_release undoes it. */
static int gen_claim(FtGen *g) {
  int expected = 0;
  return atomic_compare_exchange_strong(&g->running, &expected, 1);
}
static void gen_release(FtGen *g) { atomic_store(&g->running, 0); }

static FtValue gen_get_suspended(FtValue self) {
  FtGen *g = (FtGen *)ft_obj(self);
  if (!gen_claim(g))
    return ft_newref(FT_FALSE);
  int r = g->frame && g->frame->is_entry == 2;
  gen_release(g);
  return ft_bool(r);
}

/* The generator's frame, as a snapshot (see sys._getframe below): None
 * once it finished.  A generator running on another thread can't be looked
 * into (its frame is changing), so it also gives None; one running on
 * this thread (looking at itself) can. */
static FtValue gen_get_frame(FtValue self) {
  FtGen *g = (FtGen *)ft_obj(self);
  if (gen_claim(g)) {
    FtValue r = g->frame ? fsnap_new(g->frame, ft_newref(FT_NONE)) : ft_newref(FT_NONE);
    gen_release(g);
    return r;
  }
  for (FtFrame *f = ft_ts->frame; f; f = f->back)
    if (f == g->frame)
      return fsnap_new(f, ft_newref(FT_NONE));
  return ft_newref(FT_NONE);
}

static FtValue gen_get_yieldfrom(FtValue self) {
  FtGen *g = (FtGen *)ft_obj(self);
  if (!gen_claim(g))
    return ft_newref(FT_NONE);
  FtValue yf = gen_yf(g);
  FtValue r = ft_newref(yf ? yf : FT_NONE);
  gen_release(g);
  return r;
}

static const FtMethodDef gen_methods[] = {{"send", gen_send, 0, NULL},
                                          {"throw", gen_throw, 0, NULL},
                                          {"close", gen_close, 0, NULL},
                                          {NULL, NULL, 0, NULL}};
static const FtGetSetDef gen_getsets[] = {{"__name__", gen_get_name, NULL, NULL},
                                          {"__qualname__", gen_get_qualname, NULL, NULL},
                                          {"gi_code", gen_get_code, NULL, NULL},
                                          {"gi_frame", gen_get_frame, NULL, NULL},
                                          {"gi_running", gen_get_running, NULL, NULL},
                                          {"gi_suspended", gen_get_suspended, NULL, NULL},
                                          {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
                                          {NULL, NULL, NULL, NULL}};

FtType FtGen_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                     .name = "generator",
                     .basicsize = sizeof(FtGen),
                     .dealloc = gen_dealloc,
                     .repr = gen_repr,
                     .iter = gen_self_iter,
                     .iternext = gen_iternext,
                     .methods = gen_methods,
                     .getsets = gen_getsets};

/* ---- hooks for built-ins --------------------------------------------- */

FtValue ft_vm_globals(void) {
  FtFrame *f = ft_ts ? ft_ts->frame : NULL;
  return f ? f->globals : 0;
}

static FtValue frame_locals_dict(FtFrame *f);

FtValue ft_vm_locals(void) {
  FtFrame *f = ft_ts->frame;
  if (!f)
    return ft_err_format(&FtExc_SystemError, "no current frame");
  return frame_locals_dict(f);
}

/* The locals of frame f as a dict: the frame's own mapping (module and
 * class bodies) or a new snapshot of its fast locals and cells. */
static FtValue frame_locals_dict(FtFrame *f) {
  if (f->locals)
    return ft_newref(f->locals);
  FtValue d = ft_dict_new();
  if (!d)
    return 0;
  FtCode *co = f->code;
  for (int i = 0; i < co->nlocals; i++)
    if (f->fast[i] && ft_dict_set(d, ft_tuple_get(co->varnames, (size_t)i), f->fast[i]) < 0)
      goto fail;
  for (int i = 0; i < co->ncells + co->nfrees; i++) {
    FtCell *c = (FtCell *)ft_obj(f->fast[co->nlocals + i]);
    FtValue v = c ? atomic_load(&c->value) : 0;
    FtValue name = i < co->ncells ? ft_tuple_get(co->cellvars, (size_t)i)
                                  : ft_tuple_get(co->freevars, (size_t)(i - co->ncells));
    if (v && ft_dict_set(d, name, v) < 0)
      goto fail;
  }
  return d;
fail:
  ft_decref(d);
  return 0;
}

/* ---- sys._getframe: frame snapshots ----------------------------------- *
 * Frames live on the thread's frame stack and die with their call, so
 * sys._getframe() returns a snapshot taken when it is called: code, line,
 * globals, builtins, a copy of the locals, and the caller's snapshot as
 * f_back.  Immutable after construction: any thread may read it. */
typedef struct FtFrameSnap {
  FtObject ob;
  FtValue code, globals, builtins, locals, back;
  int lineno;
} FtFrameSnap;
#define FS(v) ((FtFrameSnap *)ft_obj(v))

static void fsnap_dealloc(FtObject *o) {
  FtFrameSnap *s = (FtFrameSnap *)o;
  FT_CLEAR(s->code);
  FT_CLEAR(s->globals);
  FT_CLEAR(s->builtins);
  FT_CLEAR(s->locals);
  FT_CLEAR(s->back);
  ft_object_free(o);
}

static FtValue fsnap_code(FtValue self) { return ft_newref(FS(self)->code); }
static FtValue fsnap_globals(FtValue self) { return ft_newref(FS(self)->globals); }
static FtValue fsnap_builtins(FtValue self) { return ft_newref(FS(self)->builtins); }
static FtValue fsnap_locals(FtValue self) { return ft_newref(FS(self)->locals); }
static FtValue fsnap_back(FtValue self) { return ft_newref(FS(self)->back); }
static FtValue fsnap_lineno(FtValue self) { return ft_small(FS(self)->lineno); }

static FtValue fsnap_repr(FtValue self) {
  FtCode *co = (FtCode *)ft_obj(FS(self)->code);
  return ft_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                            co->filename, FS(self)->lineno, co->name);
}

static const FtGetSetDef fsnap_getsets[] = {
    {"f_code", fsnap_code, NULL, NULL},       {"f_globals", fsnap_globals, NULL, NULL},
    {"f_builtins", fsnap_builtins, NULL, NULL}, {"f_locals", fsnap_locals, NULL, NULL},
    {"f_back", fsnap_back, NULL, NULL},       {"f_lineno", fsnap_lineno, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtFrame_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                       .name = "frame",
                       .basicsize = sizeof(FtFrameSnap),
                       .dealloc = fsnap_dealloc,
                       .repr = fsnap_repr,
                       .getsets = fsnap_getsets};

/* A snapshot of f whose f_back is `back` (stolen). */
static FtValue fsnap_new(FtFrame *f, FtValue back) {
  FtValue locals = frame_locals_dict(f);
  FtFrameSnap *s = locals ? (FtFrameSnap *)ft_object_alloc(&FtFrame_Type, sizeof *s) : NULL;
  if (!s) {
    ft_xdecref(locals);
    ft_decref(back);
    return 0;
  }
  s->code = ft_newref(ft_val(f->code));
  s->globals = ft_newref(f->globals ? f->globals : FT_NONE);
  s->builtins = ft_newref(f->builtins ? f->builtins : FT_NONE);
  s->locals = locals;
  s->back = back;
  s->lineno = line_of(f);
  return ft_val(s);
}

FtValue ft_vm_getframe(intptr_t depth) {
  FtFrame *f = ft_ts ? ft_ts->frame : NULL;
  while (f && depth-- > 0)
    f = f->back;
  if (!f)
    return ft_err_format(&FtExc_ValueError, "call stack is not deep enough");
  /* outermost first, without recursing on the C stack */
  size_t n = 0;
  for (FtFrame *g = f; g; g = g->back)
    n++;
  FtFrame **chain = ft_mem_alloc(n * sizeof *chain);
  if (!chain)
    return 0;
  n = 0;
  for (FtFrame *g = f; g; g = g->back)
    chain[n++] = g;
  FtValue snap = FT_NONE;
  while (n-- > 0) {
    snap = fsnap_new(chain[n], snap);
    if (!snap)
      break;
  }
  ft_mem_free(chain);
  return snap;
}

int ft_vm_super_args(FtType **type, FtValue *obj) {
  FtFrame *f = ft_ts->frame;
  if (!f || !f->func) {
    ft_err_format(&FtExc_RuntimeError, "super(): no arguments");
    return -1;
  }
  FtCode *co = f->code;
  if (co->argcount == 0) {
    ft_err_format(&FtExc_RuntimeError, "super(): no arguments");
    return -1;
  }
  FtValue first = f->fast[0];
  if (!first && co->cell2arg)
    for (int i = 0; i < co->ncells; i++)
      if (co->cell2arg[i] == 0)
        first = atomic_load(&((FtCell *)ft_obj(f->fast[co->nlocals + i]))->value);
  if (!first) {
    ft_err_format(&FtExc_RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  for (int i = 0; i < co->nfrees; i++) {
    FtValue name = ft_tuple_get(co->freevars, (size_t)i);
    if (!strcmp(ft_str_data(name), "__class__")) {
      FtCell *c = (FtCell *)ft_obj(f->fast[co->nlocals + co->ncells + i]);
      FtValue cls = atomic_load(&c->value);
      if (!cls || !FT_TYPE_HAS(cls, FT_TPFLAG_TYPE_SUBCLASS)) {
        ft_err_format(&FtExc_RuntimeError, "super(): empty __class__ cell");
        return -1;
      }
      *type = (FtType *)ft_obj(cls);
      *obj = first;
      return 0;
    }
  }
  ft_err_format(&FtExc_RuntimeError, "super(): __class__ cell not found");
  return -1;
}

/* __build_class__(func, name, *bases, **kwds) */
FtValue ft_type_new_class(FtType *meta, FtValue name, FtValue bases, FtValue ns,
                          const FtValue *kwvals, FtValue kwnames);

/* PEP 560: a base that is not a class but has __mro_entries__ is replaced
 * by the tuple that returns (typing's Generic[T], List[int], ...).  New
 * reference: the same tuple when nothing changes. */
static FtValue resolve_bases(FtValue bases) {
  size_t n = ft_tuple_len(bases);
  FtValue out = ft_list_new(0);
  if (!out)
    return 0;
  int changed = 0;
  for (size_t i = 0; i < n; i++) {
    FtValue b = ft_tuple_get(bases, i);
    FtValue me = FT_TYPE_HAS(b, FT_TPFLAG_TYPE_SUBCLASS)
                     ? 0
                     : ft_getattr_opt(b, ft_str_intern_cstr("__mro_entries__"));
    if (!me) {
      if (ft_err_occurred() || ft_list_append(out, b) < 0)
        goto fail;
      continue;
    }
    FtValue r = ft_call1(me, bases);
    ft_decref(me);
    if (!r)
      goto fail;
    if (!FT_TYPE_HAS(r, FT_TPFLAG_TUPLE_SUBCLASS)) {
      ft_decref(r);
      ft_err_format(&FtExc_TypeError, "__mro_entries__ must return a tuple");
      goto fail;
    }
    int e = ft_list_extend(out, r);
    ft_decref(r);
    if (e < 0)
      goto fail;
    changed = 1;
  }
  if (!changed) {
    ft_decref(out);
    return ft_newref(bases);
  }
  FtValue t = ft_list_as_tuple(out);
  ft_decref(out);
  return t;
fail:
  ft_decref(out);
  return 0;
}

static FtValue build_class_impl(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kwnames) {
  (void)self;
  FtThreadState *ts = ft_ts;
  if (nargs < 2)
    return ft_err_format(&FtExc_TypeError, "__build_class__: not enough arguments");
  FtValue func = args[0], name = args[1];
  if (ft_type(func) != &FtFunction_Type)
    return ft_err_format(&FtExc_TypeError, "__build_class__: func must be a function");
  FtValue orig_bases = ft_tuple_from_array(args + 2, nargs - 2);
  if (!orig_bases)
    return 0;
  FtValue bases = resolve_bases(orig_bases);
  if (!bases) {
    ft_decref(orig_bases);
    return 0;
  }
  size_t nkw = kwnames ? ft_tuple_len(kwnames) : 0;
  FtValue meta = 0;
  FtValue kwvals[32];
  FtValue kwn = 0;
  size_t nk2 = 0;
  if (nkw > 32) {
    ft_decref(bases);
    ft_decref(orig_bases);
    return ft_err_format(&FtExc_TypeError, "too many class keywords");
  }
  FtValue names2 = nkw ? ft_tuple_new(nkw) : 0;
  for (size_t i = 0; i < nkw; i++) {
    FtValue k = ft_tuple_get(kwnames, i);
    if (!strcmp(ft_str_data(k), "metaclass")) {
      meta = args[nargs + i];
      continue;
    }
    ft_tuple_items(names2)[nk2] = ft_newref(k);
    kwvals[nk2++] = args[nargs + i];
  }
  if (names2) {
    ((FtTuple *)ft_obj(names2))->n = nk2;
    kwn = nk2 ? names2 : 0;
  }
  /* the most derived metaclass */
  FtType *mt = meta && FT_TYPE_HAS(meta, FT_TPFLAG_TYPE_SUBCLASS) ? (FtType *)ft_obj(meta)
                                                                  : &FtType_Type;
  if (!meta || FT_TYPE_HAS(meta, FT_TPFLAG_TYPE_SUBCLASS)) {
    for (size_t i = 0; i < ft_tuple_len(bases); i++) {
      FtType *bt = ft_type(ft_tuple_get(bases, i));
      if (ft_type_is_subtype(bt, mt))
        mt = bt;
      else if (!ft_type_is_subtype(mt, bt)) {
        ft_decref(bases);
    ft_decref(orig_bases);
        ft_xdecref(names2);
        return ft_err_format(&FtExc_TypeError,
                             "metaclass conflict: the metaclass of a derived class must be a "
                             "(non-strict) subclass of the metaclasses of all its bases");
      }
    }
    meta = ft_val(mt);
  }
  FtValue ns;
  FtValue prepare = ft_getattr_opt(meta, ft_str_intern_cstr("__prepare__"));
  if (prepare) {
    /* __prepare__(name, bases, **kwds): the class keywords but metaclass */
    FtValue pargs[2 + 32];
    pargs[0] = name;
    pargs[1] = bases;
    for (size_t i = 0; i < nk2; i++)
      pargs[2 + i] = kwvals[i];
    ns = ft_call(prepare, pargs, 2, kwn);
    ft_decref(prepare);
  } else {
    ns = ft_err_occurred() ? 0 : ft_dict_new();
  }
  if (!ns) {
    ft_decref(bases);
    ft_decref(orig_bases);
    ft_xdecref(names2);
    return 0;
  }
  if (bases != orig_bases &&
      ft_setitem(ns, ft_str_intern_cstr("__orig_bases__"), orig_bases) < 0) {
    ft_decref(ns);
    ft_decref(bases);
    ft_decref(orig_bases);
    ft_xdecref(names2);
    return 0;
  }
  /* run the body with ns as locals */
  FtFunction *fn = (FtFunction *)ft_obj(func);
  FtCode *co = (FtCode *)ft_obj(fn->code);
  FtFrame *f = frame_alloc(ts, co);
  FtValue cell = 0;
  if (f) {
    frame_init(f, co, fn, fn->globals, fn->builtins, ns);
    ft_incref(func);
    f->is_entry = 1;
    if (frame_setup_cells(f, fn) < 0) {
      frame_clear(f);
      ft_decref(func);
      frame_release_memory(ts, f);
    } else {
      cell = eval(ts, f);
    }
  }
  FtValue cls = 0;
  if (cell) {
    FtValue full[3 + 32];
    full[0] = name;
    full[1] = bases;
    full[2] = ns;
    for (size_t i = 0; i < nk2; i++)
      full[3 + i] = kwvals[i];
    cls = ft_call(meta, full, 3, kwn);
    if (cls && ft_type(cell) == &FtCell_Type) {
      FtCell *c = (FtCell *)ft_obj(cell);
      FtValue old = atomic_exchange(&c->value, ft_newref(cls));
      ft_xdecref(old);
    }
    ft_decref(cell);
  }
  ft_decref(ns);
  ft_decref(bases);
    ft_decref(orig_bases);
  ft_xdecref(names2);
  return cls;
}

static const FtMethodDef build_class_def = {"__build_class__", build_class_impl, 0, NULL};

FtValue ft_vm_build_class_builtin(void) { return ft_builtin_new(&build_class_def, 0); }


/* ---- exec / eval / compile -------------------------------------------- */

FtValue ft_vm_compile_source(FtValue source, FtValue filename, int mode, int flags) {
  (void)flags;
  if (ft_type(source) == &FtCode_Type)
    return ft_newref(source);
  if (!ft_str_check(source))
    return ft_err_format(&FtExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  const char *fn = filename && ft_str_check(filename) ? ft_str_data(filename) : "<string>";
  return ft_compile(ft_str_data(source), ft_str_size(source), fn, mode);
}

FtValue ft_vm_exec_source(FtValue source, FtValue globals, FtValue locals, int mode) {
  FtValue code;
  if (ft_type(source) == &FtCode_Type) {
    code = ft_newref(source);
  } else {
    FtValue fn = ft_str_from_cstr("<string>");
    if (!fn)
      return 0;
    /* eval() of text strips leading blanks, as CPython does */
    if (mode == 1 && ft_str_check(source)) {
      const char *s = ft_str_data(source);
      size_t n = ft_str_size(source);
      while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
      }
      code = ft_compile(s, n, "<string>", 1);
    } else {
      code = ft_vm_compile_source(source, fn, mode, 0);
    }
    ft_decref(fn);
  }
  if (!code)
    return 0;
  FtValue r = ft_eval_code(code, globals, locals ? locals : globals);
  ft_decref(code);
  if (r && mode == 0) {
    ft_decref(r);
    return ft_newref(FT_NONE);
  }
  return r;
}
