/*
 * list.h -- the list's lock-free item read and the slot store, for the
 * eval loop's subscript fast paths.  list.c's opening comment is the
 * authority on the representation and its synchronization rule.
 */
#ifndef FT_LIST_H
#define FT_LIST_H

#include "ft.h"

/* ob.flags: some thread other than the owner has read this list without
 * its lock, so replaced arrays must go through QSBR (list_is_private). */
#define LIST_SHARED 1

/* One slot of a published array: a lock-free reader may load it. */
static inline void ft_list_slot_set(FtValue *p, FtValue v) {
  __atomic_store_n(p, v, __ATOMIC_RELAXED);
}

/* The lock-free read of lst[i] (list.c, at the top), with a new
 * reference, or 0 when it does not apply (then the caller takes the
 * lock).  i is unsigned: negative indexes were adjusted by the caller. */
static inline __attribute__((always_inline)) FtValue ft_list_item_fast(FtList *l, size_t i) {
  if (!ft_obj_is_owned(&l->ob) &&
      !(__atomic_load_n(&l->ob.flags, __ATOMIC_RELAXED) & LIST_SHARED))
    __atomic_fetch_or(&l->ob.flags, LIST_SHARED, __ATOMIC_SEQ_CST);
  FtValue *a = __atomic_load_n(&l->items, __ATOMIC_ACQUIRE);
  size_t n = __atomic_load_n(&l->n, __ATOMIC_ACQUIRE);
  if (!a || i >= n || a != __atomic_load_n(&l->items, __ATOMIC_ACQUIRE))
    return 0;
  FtValue v = __atomic_load_n(&a[i], __ATOMIC_RELAXED);
  if (!v || ft_is_small(v))
    return v;
  FtObject *o = ft_obj(v);
  uint32_t rl = ft_ref_local(o);
  if (rl == FT_REF_IMMORTAL)
    return v;
  if (ft_obj_is_owned(o)) {
    atomic_store_explicit(&o->ref_local, rl + 1, memory_order_relaxed);
    return v;
  }
  return 0;
}

/* lst[i] = v under the list's lock for an in-range i (negative already
 * adjusted against the length read under the lock): the old value, for the
 * caller to release, or 0 when i is out of range (nothing stored). */
static inline FtValue ft_list_store_locked(FtList *l, intptr_t i, FtValue v) {
  ft_mutex_lock(&l->ob.mutex);
  size_t n = l->n;
  if (i < 0)
    i += (intptr_t)n;
  FtValue old = 0;
  if (i >= 0 && (size_t)i < n) {
    old = l->items[i];
    ft_list_slot_set(&l->items[i], v);
  }
  ft_mutex_unlock(&l->ob.mutex);
  return old;
}

#endif
