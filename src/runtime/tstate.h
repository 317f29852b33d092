/*
 * tstate.h -- per-thread interpreter state and the runtime-wide registry of
 * threads.
 *
 * Every OS thread that runs Python code has one FtThreadState, reachable in
 * one TLS load through ft_ts.  All its fields are private to that thread
 * except where a comment says otherwise: `eval_breaker` (atomic; other
 * threads set bits in it to ask this thread to stop, merge refcounts, raise
 * an asynchronous exception...), the BRC merge queue (guarded by
 * `brc_lock`) and the registry links (guarded by the registry mutex in
 * tstate.c).
 */
#ifndef FT_TSTATE_H
#define FT_TSTATE_H

#include "object.h"
#include "qsbr.h"

struct FtFrame;

/* eval_breaker bits */
#define FT_EB_BRC_MERGE 1u  /* objects are waiting in the merge queue */
#define FT_EB_ASYNC_EXC 2u  /* an asynchronous exception is pending */
#define FT_EB_SIGNAL 4u     /* a signal (SIGINT) arrived */
#define FT_EB_RELEASE 8u    /* references wait in `later` (release_later) */

typedef struct FtThreadState {
  uintptr_t tid;
  struct FtThreadState *next; /* registry list: registry mutex */
  FtValue exc;                /* the exception being raised, or 0 */
  FtValue handled;            /* sys.exc_info(): exception being handled */
  struct FtFrame *frame;      /* innermost Python frame */
  /* The frame stack: frames are bump-allocated in chunks owned by this
   * thread, so Python-to-Python calls never touch the C stack or malloc. */
  char *stack_chunk, *stack_top, *stack_end;
  int py_depth;         /* Python frames live on this thread */
  int c_depth;          /* nested C-level evaluations (ft_call from C) */
  _Atomic uint32_t eval_breaker;
  FtQsbrThread *qsbr;
  /* Biased refcounting: objects other threads want merged.  Guarded by
   * brc_lock; producers also hold the registry lock so the owner can't
   * vanish while they push. */
  FtMutex brc_lock;
  FtObject **brc_queue;
  size_t brc_n, brc_cap;
  FtValue async_exc; /* guarded by brc_lock too */
  int detached;      /* only touched by this thread */
  /* Lowest address C code may push the stack to before a call raises
   * RecursionError (a margin above the thread's stack end), or 0 when
   * unknown: the C-depth count follows the recursion limit, which a
   * program may raise past what the stack holds. */
  uintptr_t c_stack_limit;
  /* References whose release waited for a QSBR grace period (see
   * ft_tstate_release_later), dropped at this thread's next eval-breaker
   * poll.  Only this thread touches the array. */
  FtValue *later;
  size_t later_n, later_cap;
} FtThreadState;

extern _Thread_local FtThreadState *ft_ts;

/* Drop the reference v (an object other threads may hold a borrowed
 * pointer to, e.g. a replaced instance __dict__) only once every thread
 * has passed a quiescent state: then no borrowed use of it is in flight. */
void ft_tstate_release_later(FtValue v);

/* Create and register the state for the calling thread / tear it down. */
FtThreadState *ft_tstate_new(void);
void ft_tstate_delete(FtThreadState *ts);
/* Find a live thread's state by id; call with the registry locked. */
FtThreadState *ft_tstate_find_locked(uintptr_t tid);
void ft_tstate_registry_lock(void);
void ft_tstate_registry_unlock(void);
/* Slow path of the eval-breaker poll. Returns -1 if an exception was
 * raised (async exception, KeyboardInterrupt). */
int ft_tstate_handle_breaker(FtThreadState *ts);
/* Process this thread's BRC merge queue. */
void ft_refcount_merge_queue(FtThreadState *ts);
int ft_tstate_count(void);

/* Recursion limit shared by all threads (sys.setrecursionlimit). */
extern _Atomic int ft_recursion_limit;

#endif
