/*
 * tstate.c -- thread states: creation, the registry of live threads,
 * detaching around blocking calls, and the eval-breaker slow path.
 *
 * The registry is a singly linked list of every live FtThreadState,
 * guarded by `registry_lock`.  It is read when a thread must find another
 * by id (BRC queueing) and written when threads start and exit -- rare
 * events, so a plain mutex is right.  Thread ids come from a global
 * counter and are never reused (see object.h).
 *
 * A thread is "detached" while it blocks (sleep, lock wait, I/O): it
 * reports itself offline to QSBR so memory reclamation never waits for
 * it.  Stop-the-world (Milestone 3) will treat detached threads as
 * stopped.
 */
#include <pthread.h>
#include <stdlib.h>

#include "ft.h"
#include "tstate.h"

_Thread_local uintptr_t ft_tid_value = FT_TID_NONE;
_Thread_local FtThreadState *ft_ts;
_Atomic int ft_recursion_limit = 1000;

static FtMutex registry_lock;             /* guards `threads`, `nthreads` */
static FtThreadState *threads;
static int nthreads;
static _Atomic uintptr_t next_tid = 1;

void ft_tstate_registry_lock(void) { ft_mutex_lock(&registry_lock); }
void ft_tstate_registry_unlock(void) { ft_mutex_unlock(&registry_lock); }

FtThreadState *ft_tstate_find_locked(uintptr_t tid) {
  for (FtThreadState *t = threads; t; t = t->next)
    if (t->tid == tid)
      return t;
  return NULL;
}

int ft_tstate_count(void) {
  ft_tstate_registry_lock();
  int n = nthreads;
  ft_tstate_registry_unlock();
  return n;
}

/* See c_stack_limit in tstate.h.  The margin covers the deepest C
 * recursion between two checks (a few eval and call frames). */
static uintptr_t c_stack_limit(void) {
  pthread_attr_t a;
  void *lo;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &a) != 0)
    return 0;
  int ok = pthread_attr_getstack(&a, &lo, &size) == 0;
  pthread_attr_destroy(&a);
  if (!ok || size < 1024 * 1024)
    return 0;
  size_t margin = size / 8 > 512 * 1024 ? 512 * 1024 : size / 8;
  return (uintptr_t)lo + margin;
}

FtThreadState *ft_tstate_new(void) {
  /* Own cache lines: the eval loop writes its thread state constantly and
   * must not share a line with another thread's. */
  size_t size = (sizeof(FtThreadState) + 127) & ~(size_t)127;
  FtThreadState *ts = aligned_alloc(128, size);
  if (!ts)
    return NULL;
  memset(ts, 0, size);
  ts->tid = atomic_fetch_add(&next_tid, 1);
  ft_tid_value = ts->tid;
  ts->qsbr = ft_qsbr_register();
  ts->c_stack_limit = c_stack_limit();
  ft_ts = ts;
  ft_tstate_registry_lock();
  ts->next = threads;
  threads = ts;
  nthreads++;
  ft_tstate_registry_unlock();
  return ts;
}

static void release_queued(FtThreadState *ts);

void ft_tstate_delete(FtThreadState *ts) {
  ft_tstate_registry_lock();
  for (FtThreadState **p = &threads; *p; p = &(*p)->next)
    if (*p == ts) {
      *p = ts->next;
      break;
    }
  nthreads--;
  ft_tstate_registry_unlock();
  /* Nobody can queue to us any more: merge what is left.  Objects we
   * still own are merged lazily by whoever drops them last. */
  ft_refcount_merge_queue(ts);
  FT_CLEAR(ts->exc);
  FT_CLEAR(ts->handled);
  FT_CLEAR(ts->async_exc);
  ft_dict_thread_exit();
  release_queued(ts);
  ft_qsbr_unregister(ts->qsbr);
  release_queued(ts); /* anything that last poll queued */
  free(ts->later);
  ts->later = NULL;
  free(ts->stack_chunk);
  ft_ts = NULL;
  ft_tid_value = FT_TID_NONE;
  free(ts);
}

void ft_tstate_detach(void) {
  FtThreadState *ts = ft_ts;
  if (ts && !ts->detached++)
    ft_qsbr_detach(ts->qsbr);
}

void ft_tstate_attach(void) {
  FtThreadState *ts = ft_ts;
  if (ts && !--ts->detached)
    ft_qsbr_attach(ts->qsbr);
}

/* QSBR callback: the grace period of a release_later reference is over.
 * It may run anywhere a poll does (even under a lock), so it only queues
 * the reference for the polling thread's next breaker; with no thread
 * state (a thread going away) it drops it at once. */
static void release_ready(void *p) {
  FtValue v = (FtValue)(uintptr_t)p;
  FtThreadState *ts = ft_ts;
  if (ts && ts->later_n == ts->later_cap) {
    size_t cap = ts->later_cap ? ts->later_cap * 2 : 16;
    FtValue *a = realloc(ts->later, cap * sizeof *a);
    if (a) {
      ts->later = a;
      ts->later_cap = cap;
    }
  }
  if (ts && ts->later_n < ts->later_cap) {
    ts->later[ts->later_n++] = v;
    atomic_fetch_or(&ts->eval_breaker, FT_EB_RELEASE);
  } else {
    ft_decref(v);
  }
}

void ft_tstate_release_later(FtValue v) {
  if (!v || ft_is_small(v))
    return;
  FtThreadState *ts = ft_ts;
  ft_qsbr_defer_free(ts ? ts->qsbr : NULL, (void *)(uintptr_t)v, release_ready);
}

static void release_queued(FtThreadState *ts) {
  atomic_fetch_and(&ts->eval_breaker, ~FT_EB_RELEASE);
  while (ts->later_n)
    ft_decref(ts->later[--ts->later_n]);
}

int ft_tstate_handle_breaker(FtThreadState *ts) {
  uint32_t bits = atomic_load_explicit(&ts->eval_breaker, memory_order_acquire);
  if (bits & FT_EB_BRC_MERGE)
    ft_refcount_merge_queue(ts);
  ft_qsbr_quiescent(ts->qsbr);
  if (ts->later_n)
    release_queued(ts);
  if (bits & FT_EB_ASYNC_EXC) {
    ft_mutex_lock(&ts->brc_lock);
    FtValue exc = ts->async_exc;
    ts->async_exc = 0;
    atomic_fetch_and(&ts->eval_breaker, ~FT_EB_ASYNC_EXC);
    ft_mutex_unlock(&ts->brc_lock);
    if (exc) {
      ft_err_raise(exc);
      return -1;
    }
  }
  if (bits & FT_EB_SIGNAL) {
    atomic_fetch_and(&ts->eval_breaker, ~FT_EB_SIGNAL);
    ft_err_set_none(&FtExc_KeyboardInterrupt);
    return -1;
  }
  return 0;
}
