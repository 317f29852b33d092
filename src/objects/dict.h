/*
 * dict.h -- the dict's table layout, for the few hot paths outside dict.c
 * that read it directly (the eval loop's attribute cache).  dict.c's
 * opening comment is the authority on the representation and its
 * synchronization rule; only dict.c writes these structures.
 */
#ifndef FT_DICT_H
#define FT_DICT_H

#include "ft.h"

typedef struct DictEntry {
  intptr_t hash; /* written before the entry is published, then fixed */
  _Atomic FtValue key;
  _Atomic FtValue value;
} DictEntry;

typedef struct DictKeys {
  size_t mask;     /* number of index slots - 1 (a power of 2 minus 1) */
  size_t usable;   /* capacity of the entries array (zeroed past nentries) */
  size_t nentries; /* entries used, live or deleted (under the lock) */
  size_t top;      /* entries at >= top are all deleted (popitem hint) */
  /* One bit per key ever inserted, FT_DICT_BLOOM_BIT(hash): a clear bit
   * proves a key absent.  Only grows (set under the lock, before the
   * entry is published); read lock-free. */
  _Atomic uint64_t bloom;
  _Atomic int32_t indices[];
  /* followed by DictEntry entries[usable] */
} DictKeys;

typedef struct FtDict {
  FtObject ob;
  _Atomic size_t used;
  _Atomic(DictKeys *) keys;
  _Atomic uint64_t version;
} FtDict;

/* ob.flags: a thread other than the owner has read this dict lock-free. */
#define DICT_SHARED 1

/* Bits 6..11 of the hash: independent of the first probe slot of a table
 * with up to 64 slots. */
#define FT_DICT_BLOOM_BIT(hash) (1ull << (((size_t)(hash) >> 6) & 63))

static inline DictEntry *entries_of(DictKeys *k) {
  return (DictEntry *)&k->indices[k->mask + 1];
}

/* d[name] for entry number hint, inline, when the calling thread owns the
 * dict (so no DICT_SHARED bookkeeping is needed) and the value needs no
 * count or is owned by the caller too (then it can't be freed under us;
 * see dict.c).  Returns a new reference, or 0 for "use
 * ft_dict_get_str_hint" (never an error). */
static inline __attribute__((always_inline)) FtValue
ft_dict_owned_hint_get(FtValue dv, FtValue name, size_t hint) {
  FtDict *d = (FtDict *)ft_obj(dv);
  if (!ft_obj_is_owned(&d->ob))
    return 0;
  DictKeys *k = atomic_load_explicit(&d->keys, memory_order_acquire);
  if (!k || hint >= k->usable)
    return 0;
  DictEntry *e = &entries_of(k)[hint];
  if (atomic_load_explicit(&e->key, memory_order_acquire) != name)
    return 0;
  FtValue v = atomic_load_explicit(&e->value, memory_order_acquire);
  if (!v || ft_is_small(v))
    return v;
  FtObject *o = ft_obj(v);
  uint32_t rl = ft_ref_local(o);
  if (ft_obj_is_owned(o)) {
    atomic_store_explicit(&o->ref_local, rl + 1, memory_order_relaxed);
    return v;
  }
  /* Immortal: re-check that it is still the value, so that an object freed
   * and reallocated as an immortal one meanwhile is never returned. */
  if (rl == FT_REF_IMMORTAL &&
      atomic_load_explicit(&e->value, memory_order_acquire) == v &&
      atomic_load_explicit(&d->keys, memory_order_acquire) == k)
    return v;
  return 0;
}

/* Mutations bump the version (release) after they are done. */
static inline void ft_dict_bump(FtDict *d) {
  atomic_store_explicit(&d->version,
                        atomic_load_explicit(&d->version, memory_order_relaxed) + 1,
                        memory_order_release);
}

/* d[name] = v (v's reference is taken over) when entry number hint holds
 * name: the value is replaced under the dict's lock without hashing.
 * Returns the old value for the caller to release (after the lock, as
 * dict.c's rule says), or 0 when the hint does not hold (nothing stored,
 * v still the caller's). */
static inline FtValue ft_dict_hint_replace(FtValue dv, FtValue name, FtValue v, size_t hint) {
  FtDict *d = (FtDict *)ft_obj(dv);
  FtValue old = 0;
  ft_mutex_lock(&d->ob.mutex);
  DictKeys *k = atomic_load_explicit(&d->keys, memory_order_relaxed);
  if (k && hint < k->nentries) {
    DictEntry *e = &entries_of(k)[hint];
    old = atomic_load_explicit(&e->value, memory_order_relaxed);
    if (old && atomic_load_explicit(&e->key, memory_order_relaxed) == name) {
      atomic_store_explicit(&e->value, v, memory_order_release);
      ft_dict_bump(d);
    } else {
      old = 0;
    }
  }
  ft_mutex_unlock(&d->ob.mutex);
  return old;
}

/* True when the calling thread owns d and name (an exact str with its
 * hash computed) is certainly not a key: its bloom bit is clear or its
 * first probe slot is empty.  False means "don't know" (then look it up).
 * This is the instance-dict check of a method call (self.method()), which
 * nearly always misses. */
static inline int ft_dict_owned_surely_absent(FtValue dv, FtValue name) {
  FtDict *d = (FtDict *)ft_obj(dv);
  if (!ft_obj_is_owned(&d->ob))
    return 0;
  DictKeys *k = atomic_load_explicit(&d->keys, memory_order_acquire);
  if (!k)
    return 1;
  intptr_t hash = atomic_load_explicit(&((FtStr *)ft_obj(name))->hash, memory_order_relaxed);
  if (hash == -1)
    return 0;
  return !(atomic_load_explicit(&k->bloom, memory_order_acquire) & FT_DICT_BLOOM_BIT(hash)) ||
         atomic_load_explicit(&k->indices[(size_t)hash & k->mask], memory_order_acquire) == -1;
}

#endif
