/*
 * refcount.c -- the slow paths of biased reference counting.
 *
 * The fast paths (object.h) cover the owner thread touching ref_local and
 * other threads adding to ref_shared.  What is left is deciding when an
 * object dies, because its count is split in two:
 *
 *  - The owner's local count reaches zero (merge_zero_local): if nobody
 *    else ever took a reference (ref_shared == 0) the object dies now;
 *    otherwise the owner gives the object up -- tid becomes 0 and the
 *    shared count is marked MERGED -- and from then on only ref_shared
 *    counts, so whoever brings it to zero frees it.
 *  - A non-owner would take ref_shared below zero (decref_shared): it may
 *    not decide alone, because the owner's local references are invisible
 *    to it.  It marks the object QUEUED (keeping its reference, which the
 *    queue now holds) and pushes it to the owner's merge queue; the owner
 *    folds its local count into the shared one at its next eval-breaker
 *    poll (or when it exits) and then drops the queue's reference.  If the
 *    owner thread is gone, the queuing thread merges immediately: the dead
 *    thread's id is never reused, so no one else can be touching ref_local.
 *
 * Synchronization: ref_shared is only changed by atomic CAS/add; ref_local
 * and tid are written by the owner, or by the single thread that merges
 * after the owner is gone or has given the object up.
 */
#include <stdlib.h>

#include "ft.h"
#include "tstate.h"

/* Freeing an object drops its references, which may free more objects:
 * a long chain (a million-entry traceback, [[[...]]] nested deeply) would
 * recurse that deep on the C stack.  Past a small depth, objects whose
 * count reached zero wait in a per-thread list that the outermost dealloc
 * drains, so the C stack stays bounded.  Thread-local: no synchronization. */
#define DEALLOC_MAX_DEPTH 100
static _Thread_local int dealloc_depth;
static _Thread_local FtObject **dealloc_pending;
static _Thread_local size_t dealloc_npending, dealloc_cap;

static void dealloc(FtObject *o) {
  if (dealloc_depth >= DEALLOC_MAX_DEPTH) {
    if (dealloc_npending == dealloc_cap) {
      size_t cap = dealloc_cap ? dealloc_cap * 2 : 256;
      FtObject **p = realloc(dealloc_pending, cap * sizeof *p);
      if (p) {
        dealloc_pending = p;
        dealloc_cap = cap;
      }
    }
    if (dealloc_npending < dealloc_cap) {
      dealloc_pending[dealloc_npending++] = o;
      return;
    }
    /* out of memory for the list: fall through and recurse */
  }
  dealloc_depth++;
  o->type->dealloc(o);
  if (dealloc_depth == 1)
    while (dealloc_npending) {
      FtObject *p = dealloc_pending[--dealloc_npending];
      p->type->dealloc(p);
    }
  dealloc_depth--;
}

/* Fold the local count into the shared count; the calling thread must be
 * the owner or the owner must be gone.  Returns the new shared word. */
static intptr_t merge(FtObject *o, intptr_t extra) {
  /* Give up ownership before publishing the merged count: once the CAS
   * below succeeds another thread may drop the last reference and free the
   * object, so nothing may touch it afterwards. */
  uint32_t local = ft_ref_local(o);
  atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
  intptr_t shared =
      atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t merged;
  do {
    /* multiply rather than shift: extra may be negative */
    merged = ((shared & ~(intptr_t)FT_REF_FLAG_MASK) +
              ((intptr_t)local + extra) * ((intptr_t)1 << FT_REF_SHARED_SHIFT)) |
             FT_REF_MERGED;
  } while (!atomic_compare_exchange_weak_explicit(
      &o->ref_shared, &shared, merged, memory_order_acq_rel,
      memory_order_relaxed));
  return merged;
}

void ft_refcount_merge_zero_local(FtObject *o) {
  intptr_t shared =
      atomic_load_explicit(&o->ref_shared, memory_order_acquire);
  if (shared == 0) {
    FtType *t = o->type;
    /* Exact floats, ints and strs hold no references, so freeing them
     * cannot cascade: skip the depth bookkeeping (the hot case: temporary
     * numbers). */
    if (t == &FtFloat_Type || t == &FtInt_Type || t == &FtStr_Type)
      t->dealloc(o);
    else
      dealloc(o);
    return;
  }
  if (merge(o, 0) == FT_REF_MERGED)
    dealloc(o);
}

static void queue_to_owner(FtObject *o) {
  uintptr_t owner = atomic_load_explicit(&o->tid, memory_order_relaxed);
  ft_tstate_registry_lock();
  FtThreadState *ts = owner ? ft_tstate_find_locked(owner) : NULL;
  if (ts) {
    ft_mutex_lock(&ts->brc_lock);
    if (ts->brc_n == ts->brc_cap) {
      size_t cap = ts->brc_cap ? ts->brc_cap * 2 : 64;
      FtObject **q = ft_mem_realloc(ts->brc_queue, cap * sizeof *q);
      if (!q) {
        /* Out of memory: leak the object rather than free it early. */
        ft_err_clear();
        ft_mutex_unlock(&ts->brc_lock);
        ft_tstate_registry_unlock();
        return;
      }
      ts->brc_queue = q;
      ts->brc_cap = cap;
    }
    ts->brc_queue[ts->brc_n++] = o;
    ft_mutex_unlock(&ts->brc_lock);
    atomic_fetch_or_explicit(&ts->eval_breaker, FT_EB_BRC_MERGE,
                             memory_order_release);
    ft_tstate_registry_unlock();
    return;
  }
  ft_tstate_registry_unlock();
  /* The owner has exited: merge here, dropping the queue's reference. */
  if (merge(o, -1) == FT_REF_MERGED)
    dealloc(o);
}

void ft_refcount_decref_shared(FtObject *o) {
  intptr_t shared =
      atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t next;
  int enqueue;
  do {
    /* Not yet queued or merged, and the shared count would go negative:
     * let the owner decide (keep our reference for the queue). */
    enqueue = (shared == 0);
    next = enqueue ? FT_REF_QUEUED
                   : shared - ((intptr_t)1 << FT_REF_SHARED_SHIFT);
  } while (!atomic_compare_exchange_weak_explicit(
      &o->ref_shared, &shared, next, memory_order_acq_rel,
      memory_order_relaxed));
  if (enqueue)
    queue_to_owner(o);
  else if (next == FT_REF_MERGED)
    dealloc(o);
}

void ft_refcount_merge_queue(FtThreadState *ts) {
  for (;;) {
    ft_mutex_lock(&ts->brc_lock);
    size_t n = ts->brc_n;
    FtObject **q = ts->brc_queue;
    ts->brc_queue = NULL;
    ts->brc_n = ts->brc_cap = 0;
    atomic_fetch_and_explicit(&ts->eval_breaker, ~FT_EB_BRC_MERGE,
                              memory_order_relaxed);
    ft_mutex_unlock(&ts->brc_lock);
    if (!n) {
      ft_mem_free(q);
      return;
    }
    for (size_t i = 0; i < n; i++) {
      FtObject *o = q[i];
      /* We own it (it was queued to us): fold counts, drop the queue's
       * reference. */
      if (merge(o, -1) == FT_REF_MERGED)
        dealloc(o);
    }
    ft_mem_free(q);
  }
}
