/*
 * dict.c -- the dict type, its views (dict_keys, dict_values, dict_items)
 * and its iterators.
 *
 * Representation: a compact, insertion-ordered hash table as in CPython
 * 3.6+.  A DictKeys block holds `indices` (mask + 1 int32 slots: an entry
 * number, DKIX_EMPTY or DKIX_DUMMY for a deleted slot) followed by the
 * entries array (hash, key, value) in insertion order.  Lookups probe the
 * indices with CPython's perturbation scheme; iteration walks the entries.
 * An empty dict has no table (keys == NULL).  A table is replaced (never
 * resized in place) when its entries run out: live entries are copied,
 * compacted, into a new table of size >= 3 * used.
 *
 * Invariants: within one table an entry slot, once written with key K,
 * only ever holds K or 0 (deleted: key and value both 0) -- entries are
 * append-only and never reused, not even by popitem -- and an index slot
 * goes EMPTY -> entry number -> DUMMY.  used counts live entries.
 *
 * Synchronization rule:
 *  - Every mutation holds ob.mutex.  Lookups hold it too, except
 *    ft_dict_get_str's lock-free fast path (below).  Hashes are computed
 *    before locking.  Key equality runs under the lock only when it cannot
 *    call Python code (identity, exact str, built-in value types); for
 *    other keys the lock is dropped around ft_eq and the lookup restarts
 *    if `version` moved meanwhile.  References removed from the dict are
 *    released after unlocking, so no __del__ runs under the lock.
 *  - Lock-free readers (ft_dict_get_str) load `keys` with acquire, index
 *    slots and entry key/value with acquire; writers publish an entry by
 *    storing hash, key, value and then the index slot (release), and
 *    publish a new table with a release store of `keys`.  Replaced tables
 *    are freed through QSBR (ft_qsbr_defer_free), unless no thread but
 *    the owner ever read the dict lock-free (DICT_SHARED clear: a
 *    non-owner sets it, seq_cst, before its first lock-free read).  The
 *    fast path returns values that need no reference count (small ints,
 *    immortal/deferred objects), re-checking after the immortality test
 *    that the value slot and the table are unchanged, so a value freed and
 *    reallocated meanwhile cannot be returned; and values owned by the
 *    reading thread, with a local incref: biased refcounting queues every
 *    other thread's decref of such an object to this thread, so it cannot
 *    be freed before this thread's next eval-breaker poll.  Anything else
 *    falls back to the locked path.
 *  - `version` (atomic) is bumped (release) after every mutation; `used`
 *    is written with relaxed atomic stores so len() needs no lock.
 *  - Iterator and view state (position, remaining count) is guarded by the
 *    dict's mutex, like the list iterator.
 */
#include "ft.h"
#include "objects/dict.h"
#include "tstate.h"
#include "strbuf.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define MINSIZE 8
#define PERTURB_SHIFT 5

static inline FtDict *D(FtValue v) { return (FtDict *)ft_obj(v); }
static inline void lock(FtDict *d) { ft_mutex_lock(&d->ob.mutex); }
static inline void unlock(FtDict *d) { ft_mutex_unlock(&d->ob.mutex); }
static inline DictKeys *keys_of(FtDict *d) {
  return atomic_load_explicit(&d->keys, memory_order_relaxed);
}
static inline size_t used_of(FtDict *d) {
  return atomic_load_explicit(&d->used, memory_order_relaxed);
}
static inline void set_used(FtDict *d, size_t n) {
  atomic_store_explicit(&d->used, n, memory_order_relaxed);
}
/* Only mutators bump, and they hold the lock: a load and a release store
 * suffice (no locked RMW on every d[k] = v). */
static inline void bump(FtDict *d) { ft_dict_bump(d); }
static inline FtValue ld(_Atomic FtValue *p) {
  return atomic_load_explicit(p, memory_order_relaxed);
}
static inline FtValue ld_acq(_Atomic FtValue *p) {
  return atomic_load_explicit(p, memory_order_acquire);
}
static FtValue dict_get_ident(FtDict *d, FtValue name, intptr_t hash, size_t *hint);
static inline void st_rel(_Atomic FtValue *p, FtValue v) {
  atomic_store_explicit(p, v, memory_order_release);
}

extern FtType FtDictKeys_Type, FtDictValues_Type, FtDictItems_Type;
extern FtType FtDictIterKey_Type, FtDictIterValue_Type, FtDictIterItem_Type;
extern FtType FtDictRevIterKey_Type, FtDictRevIterValue_Type,
    FtDictRevIterItem_Type;

static FtValue dict_iter(FtValue self);

/* The hash, with the common cases inline: small ints below the modulus
 * 2**61 - 1 hash to themselves (except -1), exact str caches its hash. */
static inline intptr_t hash_of(FtValue key) {
  if (ft_is_small(key)) {
    intptr_t v = ft_small_val(key);
    const intptr_t mod = ((intptr_t)1 << 61) - 1;
    if (v > -mod && v < mod && v != -1)
      return v;
  } else if (ft_type(key) == &FtStr_Type) {
    intptr_t h = atomic_load_explicit(&((FtStr *)ft_obj(key))->hash,
                                      memory_order_relaxed);
    if (h != -1)
      return h;
  }
  return ft_hash(key);
}

/* ---- tables ---------------------------------------------------------- */

/* Each thread keeps a few freed MINSIZE tables for reuse: a dict built
 * and dropped over and over (a **kwargs dict per call) would otherwise
 * take mimalloc's slow path on every allocation, since a block freed on a
 * page is only reused after that page's free list is collected.  Only
 * tables that no other thread can be reading get here (keys_retire). */
#define KEYS_CACHE 8
static _Thread_local DictKeys *keys_cache[KEYS_CACHE];
static _Thread_local int keys_cached;

void ft_dict_thread_exit(void) {
  while (keys_cached)
    ft_mem_free(keys_cache[--keys_cached]);
}

static DictKeys *keys_alloc(size_t size) {
  size_t usable = (size << 1) / 3;
  DictKeys *k = size == MINSIZE && keys_cached
                    ? keys_cache[--keys_cached]
                    : ft_mem_alloc(sizeof(DictKeys) + size * sizeof(int32_t) +
                                   usable * sizeof(DictEntry));
  if (!k)
    return NULL;
  k->mask = size - 1;
  k->usable = usable;
  k->nentries = 0;
  k->top = 0;
  atomic_init(&k->bloom, 0);
  memset((void *)k->indices, 0xff, size * sizeof(int32_t)); /* EMPTY */
  /* Zeroed entries: a lock-free reader following a stale hint past
   * nentries must see no key (dict_get_str_hint). */
  memset((void *)entries_of(k), 0, usable * sizeof(DictEntry));
  return k;
}

/* No thread but the owner ever read d lock-free, so a table the owner
 * unpublished can be freed at once.  The check is a seq_cst RMW on the
 * flag word, after the store that unpublished the table: either a reader's
 * flag-setting RMW came first and we see the flag, or ours did and the
 * reader's RMW reads from it, so its later load of keys sees the new
 * table. */
static int dict_is_private(FtDict *d) {
  uint16_t f = __atomic_fetch_or(&d->ob.flags, 0, __ATOMIC_SEQ_CST);
  return ft_obj_is_owned(&d->ob) && !(f & DICT_SHARED);
}

static void keys_retire(FtDict *d, DictKeys *k) {
  if (!k)
    return;
  if (dict_is_private(d)) {
    if (k->mask + 1 == MINSIZE && keys_cached < KEYS_CACHE)
      keys_cache[keys_cached++] = k;
    else
      ft_mem_free(k);
  } else
    ft_qsbr_defer_free(ft_ts ? ft_ts->qsbr : NULL, k, ft_mem_free);
}

/* Smallest table size whose usable part holds n entries. */
static size_t size_for(size_t n) {
  size_t size = MINSIZE;
  while ((size << 1) / 3 < n)
    size <<= 1;
  return size;
}

/* First EMPTY or DUMMY slot on hash's probe sequence (lock held). */
static size_t find_empty_slot(DictKeys *k, intptr_t hash) {
  size_t mask = k->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  while (atomic_load_explicit(&k->indices[i], memory_order_relaxed) >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/* Append an entry (lock held, room available); publishes it. */
static void keys_append(DictKeys *k, FtValue key, intptr_t hash,
                        FtValue value) {
  size_t i = find_empty_slot(k, hash);
  size_t ix = k->nentries++;
  DictEntry *e = &entries_of(k)[ix];
  e->hash = hash;
  atomic_store_explicit(&e->key, key, memory_order_relaxed);
  atomic_store_explicit(&e->value, value, memory_order_relaxed);
  atomic_store_explicit(&k->bloom,
                        atomic_load_explicit(&k->bloom, memory_order_relaxed) |
                            FT_DICT_BLOOM_BIT(hash),
                        memory_order_relaxed);
  atomic_store_explicit(&k->indices[i], (int32_t)ix, memory_order_release);
  k->top = k->nentries;
}

/* Table size after growth: the smallest power of 2 >= 3 * used (so at
 * least 2 * used entries fit), as CPython does. */
static size_t growth_size(size_t used) {
  size_t size = MINSIZE;
  while (size < used * 3)
    size <<= 1;
  return size;
}

/* Replace d's table by one with `size` index slots, keeping the live
 * entries in order (lock held). */
static int dict_resize(FtDict *d, size_t size) {
  DictKeys *old = keys_of(d);
  DictKeys *k = keys_alloc(size);
  if (!k)
    return -1;
  if (old) {
    DictEntry *ep = entries_of(old);
    for (size_t j = 0; j < old->nentries; j++) {
      FtValue v = ld(&ep[j].value);
      if (v)
        keys_append(k, ld(&ep[j].key), ep[j].hash, v);
    }
  }
  atomic_store_explicit(&d->keys, k, memory_order_release);
  keys_retire(d, old);
  return 0;
}

/* ---- lookup ---------------------------------------------------------- */


/* Find key (lock held).  Returns the entry number, DKIX_EMPTY when absent
 * or DKIX_ERROR (exception set; lock still held).  *slotp (if not NULL)
 * gets the index slot of a found entry.  May drop and retake the lock to
 * run a Python __eq__; the result is valid for the dict as it is when this
 * returns. */
static intptr_t dict_lookup(FtDict *d, FtValue key, intptr_t hash,
                            size_t *slotp) {
restart:;
  DictKeys *k = keys_of(d);
  if (!k)
    return DKIX_EMPTY;
  DictEntry *ep = entries_of(k);
  size_t mask = k->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;;) {
    int32_t ix = atomic_load_explicit(&k->indices[i], memory_order_relaxed);
    if (ix == DKIX_EMPTY)
      return DKIX_EMPTY;
    if (ix >= 0) {
      DictEntry *e = &ep[ix];
      FtValue ek = ld(&e->key);
      if (ek == key)
        goto found;
      if (ek && e->hash == hash) {
        int r = ft_eq_nopython(ek, key);
        if (r > 0)
          goto found;
        if (r < 0) {
          ft_incref(ek);
          unlock(d);
          int c = ft_eq(ek, key);
          ft_decref(ek);
          lock(d);
          if (c < 0)
            return DKIX_ERROR;
          /* __eq__ may have changed the dict: start over when the table
           * or this entry's key did (entries never change key within a
           * table), not on a mere value store -- as CPython does */
          if (keys_of(d) != k || ld(&e->key) != ek)
            goto restart;
          if (c)
            goto found;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
    continue;
  found:
    if (slotp)
      *slotp = i;
    return ix;
  }
}

/* Insert a key known to be absent (lock held); steals key and value. */
static int dict_insert_new(FtDict *d, FtValue key, intptr_t hash,
                           FtValue value) {
  DictKeys *k = keys_of(d);
  if (!k || k->nentries >= k->usable) {
    if (dict_resize(d, growth_size(used_of(d))) < 0)
      return -1;
    k = keys_of(d);
  }
  keys_append(k, key, hash, value);
  set_used(d, used_of(d) + 1);
  bump(d);
  return 0;
}

/* d[key] = value with a known hash (lock NOT held).  Steals nothing. */
/* d[key] = value; *ixp (if given) receives the entry number used. */
static int dict_set_hash_ix(FtDict *d, FtValue key, intptr_t hash,
                            FtValue value, intptr_t *ixp) {
  ft_incref(key);
  ft_incref(value);
  lock(d);
  /* A clear bloom bit proves the key new (equal keys have equal hashes):
   * no probing for it, no __eq__ calls. */
  DictKeys *k0 = keys_of(d);
  intptr_t ix = !k0 || !(atomic_load_explicit(&k0->bloom, memory_order_relaxed) &
                         FT_DICT_BLOOM_BIT(hash))
                    ? DKIX_EMPTY
                    : dict_lookup(d, key, hash, NULL);
  if (ixp)
    *ixp = ix;
  if (ix == DKIX_ERROR) {
    unlock(d);
    ft_decref(key);
    ft_decref(value);
    return -1;
  }
  if (ix >= 0) {
    DictEntry *e = &entries_of(keys_of(d))[ix];
    FtValue old = ld(&e->value);
    st_rel(&e->value, value);
    bump(d);
    unlock(d);
    ft_decref(old);
    ft_decref(key);
    return 0;
  }
  if (dict_insert_new(d, key, hash, value) < 0) {
    unlock(d);
    ft_decref(key);
    ft_decref(value);
    return -1;
  }
  if (ixp)
    *ixp = (intptr_t)keys_of(d)->nentries - 1;
  unlock(d);
  return 0;
}

static int dict_set_hash(FtDict *d, FtValue key, intptr_t hash,
                         FtValue value) {
  return dict_set_hash_ix(d, key, hash, value, NULL);
}

int ft_dict_set_str_miss(FtValue dv, FtValue name, FtValue v, size_t *hint) {
  FtDict *d = D(dv);
  if (ft_is_small(name) || ft_type(name) != &FtStr_Type)
    return ft_dict_set(dv, name, v);
  intptr_t hash = atomic_load_explicit(&((FtStr *)ft_obj(name))->hash,
                                       memory_order_relaxed);
  if (hash == -1)
    hash = ft_str_hash(name);
  intptr_t ix;
  int r = dict_set_hash_ix(d, name, hash, v, &ix);
  if (r == 0 && ix >= 0)
    *hint = (size_t)ix;
  return r;
}

/* Remove entry ix found at index slot `slot` (lock held); the removed
 * references are returned for release after unlocking. */
static void dict_remove_entry(FtDict *d, size_t slot, intptr_t ix,
                              FtValue *okey, FtValue *ovalue) {
  DictKeys *k = keys_of(d);
  DictEntry *e = &entries_of(k)[ix];
  atomic_store_explicit(&k->indices[slot], DKIX_DUMMY, memory_order_release);
  *okey = ld(&e->key);
  *ovalue = ld(&e->value);
  st_rel(&e->key, 0);
  st_rel(&e->value, 0);
  set_used(d, used_of(d) - 1);
  bump(d);
}

/* value for key with a known hash: new ref, or 0 (error set or not). */
static FtValue dict_get_hash(FtDict *d, FtValue key, intptr_t hash) {
  lock(d);
  intptr_t ix = dict_lookup(d, key, hash, NULL);
  FtValue v = 0;
  if (ix >= 0) {
    v = ld(&entries_of(keys_of(d))[ix].value);
    ft_incref(v);
  }
  unlock(d);
  return v;
}

/* ---- construction ---------------------------------------------------- */

static FtValue dict_alloc(FtType *type) {
  return ft_val(ft_object_alloc(type, type->basicsize));
}

FtValue ft_dict_new(void) { return dict_alloc(&FtDict_Type); }

FtValue ft_dict_from_distinct_strs(const FtValue *keys, const FtValue *vals, size_t n) {
  FtValue dv = ft_dict_new();
  if (!dv || !n)
    return dv;
  FtDict *d = D(dv);
  DictKeys *k = keys_alloc(size_for(n));
  if (!k) {
    ft_decref(dv);
    return 0;
  }
  /* unpublished: no lock, no lookups (the keys are distinct); an exact
   * str's hash can't fail */
  for (size_t i = 0; i < n; i++)
    keys_append(k, ft_newref(keys[i]), hash_of(keys[i]), ft_newref(vals[i]));
  atomic_store_explicit(&d->keys, k, memory_order_relaxed);
  set_used(d, n);
  return dv;
}

static void dict_dealloc(FtObject *o) {
  FtDict *d = (FtDict *)o;
  DictKeys *k = keys_of(d);
  if (k) {
    DictEntry *ep = entries_of(k);
    for (size_t j = 0; j < k->nentries; j++) {
      FtValue v = ld(&ep[j].value);
      if (v) {
        ft_decref(ld(&ep[j].key));
        ft_decref(v);
      }
    }
    /* A borrowed-pointer reader on another thread could still be
     * probing (it would have set DICT_SHARED). */
    keys_retire((FtDict *)o, k);
  }
  ft_object_free(o);
}

static FtValue dict_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return dict_alloc(type);
}

/* ---- public API ------------------------------------------------------ */

/* Exact str and small-int keys take the lock-free lookup. */
static inline int ident_key(FtValue key) {
  return ft_is_small(key) || ft_obj(key)->type == &FtStr_Type;
}

FtValue ft_dict_get(FtValue dv, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return 0;
  if (ident_key(key)) {
    size_t hint = SIZE_MAX;
    return dict_get_ident(D(dv), key, hash, &hint);
  }
  return dict_get_hash(D(dv), key, hash);
}

/* The lock-free read of the value in entry e (key already matched), or 0
 * when it needs the lock: see the synchronization rule at the top. */
static inline FtValue entry_value_fast(FtDict *d, DictKeys *k, DictEntry *e) {
  FtValue v = ld_acq(&e->value);
  if (!v || ft_is_small(v))
    return v;
  FtObject *o = ft_obj(v);
  uint32_t rl = ft_ref_local(o);
  if (ft_obj_is_owned(o)) {
    atomic_store_explicit(&o->ref_local, rl + 1, memory_order_relaxed);
    return v;
  }
  if (rl == FT_REF_IMMORTAL && ld_acq(&e->value) == v &&
      atomic_load_explicit(&d->keys, memory_order_acquire) == k)
    return v; /* needs no reference count */
  return 0;
}

/* Lookup of an exact str key, lock-free when possible.  *hint is an entry
 * number to try first (any value is safe: it is bounds-checked and the
 * entry's key compared); it is updated to where the key was found. */
static FtValue dict_get_str_hint(FtDict *d, FtValue name, size_t *hint) {
  intptr_t hash = atomic_load_explicit(&((FtStr *)ft_obj(name))->hash,
                                       memory_order_relaxed);
  if (hash == -1)
    hash = ft_str_hash(name);
  return dict_get_ident(d, name, hash, hint);
}

/* The lookup above for a key whose equal keys are all identical to it
 * unless their hash says otherwise -- an exact str or a small int: a
 * match by identity is a match, and a distinct key with the same hash
 * sends the lookup to the locked path (which runs __eq__). */
static FtValue dict_get_ident(FtDict *d, FtValue name, intptr_t hash, size_t *hint) {
  if (!ft_obj_is_owned(&d->ob) &&
      !(__atomic_load_n(&d->ob.flags, __ATOMIC_RELAXED) & DICT_SHARED))
    __atomic_fetch_or(&d->ob.flags, DICT_SHARED, __ATOMIC_SEQ_CST);
  DictKeys *k = atomic_load_explicit(&d->keys, memory_order_acquire);
  if (!k)
    return 0;
  DictEntry *ep = entries_of(k);
  size_t h = *hint;
  /* Entries past nentries are zeroed (keys_alloc), so a stale hint can
   * only miss. */
  if (h < k->usable && ld_acq(&ep[h].key) == name) {
    FtValue v = entry_value_fast(d, k, &ep[h]);
    if (v)
      return v;
  }
  size_t mask = k->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;;) {
    int32_t ix = atomic_load_explicit(&k->indices[i], memory_order_acquire);
    if (ix == DKIX_EMPTY)
      return 0;
    if (ix >= 0) {
      DictEntry *e = &ep[ix];
      FtValue ek = ld_acq(&e->key);
      if (ek == name) {
        *hint = (size_t)ix;
        FtValue v = entry_value_fast(d, k, e);
        if (v)
          return v;
        /* The value needs a reference: take it under the lock, reusing the
         * entry we found if the table and the key are unchanged. */
        lock(d);
        if (keys_of(d) == k && ld(&e->key) == name) {
          v = ld(&e->value);
          ft_xincref(v);
          unlock(d);
          return v;
        }
        unlock(d);
        break;
      }
      if (ek && e->hash == hash)
        break; /* maybe an equal but distinct key: take the slow path */
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return dict_get_hash(d, name, hash);
}

FtValue ft_dict_get_str(FtValue dv, FtValue name) {
  if (ft_is_small(name) || ft_type(name) != &FtStr_Type)
    return ft_dict_get(dv, name);
  size_t hint = SIZE_MAX;
  return dict_get_str_hint(D(dv), name, &hint);
}

FtValue ft_dict_get_str_hint(FtValue dv, FtValue name, size_t *hint) {
  if (ft_is_small(name) || ft_type(name) != &FtStr_Type)
    return ft_dict_get(dv, name);
  return dict_get_str_hint(D(dv), name, hint);
}

FtValue ft_dict_get_cstr(FtValue d, const char *name) {
  FtValue s = ft_str_intern_cstr(name);
  if (!s)
    return 0;
  return ft_dict_get_str(d, s);
}

int ft_dict_set(FtValue dv, FtValue key, FtValue v) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  return dict_set_hash(D(dv), key, hash, v);
}

int ft_dict_set_cstr(FtValue d, const char *key, FtValue v) {
  FtValue s = ft_str_intern_cstr(key);
  if (!s)
    return -1;
  return ft_dict_set(d, s, v);
}

int ft_dict_pop(FtValue dv, FtValue key, FtValue *out) {
  FtDict *d = D(dv);
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  lock(d);
  size_t slot = 0;
  intptr_t ix = dict_lookup(d, key, hash, &slot);
  if (ix < 0) {
    unlock(d);
    return ix == DKIX_ERROR ? -1 : 0;
  }
  FtValue ok, ov;
  dict_remove_entry(d, slot, ix, &ok, &ov);
  unlock(d);
  ft_decref(ok);
  if (out)
    *out = ov;
  else
    ft_decref(ov);
  return 1;
}

int ft_dict_del(FtValue d, FtValue key) {
  int r = ft_dict_pop(d, key, NULL);
  if (r == 0) {
    ft_err_set_value(&FtExc_KeyError, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

size_t ft_dict_size(FtValue d) { return used_of(D(d)); }

uint64_t ft_dict_version(FtValue d) {
  return atomic_load_explicit(&D(d)->version, memory_order_acquire);
}

/* Next live entry at or after *pos (lock taken here): new refs. */
static int dict_next_hash(FtDict *d, size_t *pos, FtValue *k, FtValue *v,
                          intptr_t *h) {
  lock(d);
  DictKeys *t = keys_of(d);
  if (t) {
    DictEntry *ep = entries_of(t);
    for (size_t j = *pos; j < t->nentries; j++) {
      FtValue val = ld(&ep[j].value);
      if (!val)
        continue;
      if (k)
        *k = ft_newref(ld(&ep[j].key));
      if (v)
        *v = ft_newref(val);
      if (h)
        *h = ep[j].hash;
      *pos = j + 1;
      unlock(d);
      return 1;
    }
    *pos = t->nentries;
  }
  unlock(d);
  return 0;
}

int ft_dict_next(FtValue d, size_t *pos, FtValue *k, FtValue *v) {
  return dict_next_hash(D(d), pos, k, v, NULL);
}

/* A snapshot of the live entries (new refs), in order. */
typedef struct Snap {
  size_t n;
  FtValue *keys, *values;
  intptr_t *hashes;
} Snap;

static void snap_free(Snap *s) {
  for (size_t i = 0; i < s->n; i++) {
    ft_decref(s->keys[i]);
    ft_decref(s->values[i]);
  }
  ft_mem_free(s->keys);
  s->keys = s->values = NULL;
  s->hashes = NULL;
  s->n = 0;
}

static int snap_take(FtDict *d, Snap *s) {
  for (;;) {
    size_t want = used_of(d);
    size_t cap = want ? want : 1;
    FtValue *mem = ft_mem_alloc(cap * (2 * sizeof(FtValue) + sizeof(intptr_t)));
    if (!mem)
      return -1;
    lock(d);
    if (used_of(d) > want) {
      unlock(d);
      ft_mem_free(mem);
      continue;
    }
    s->keys = mem;
    s->values = mem + cap;
    s->hashes = (intptr_t *)(mem + 2 * cap);
    s->n = 0;
    DictKeys *t = keys_of(d);
    if (t) {
      DictEntry *ep = entries_of(t);
      for (size_t j = 0; j < t->nentries; j++) {
        FtValue val = ld(&ep[j].value);
        if (!val)
          continue;
        s->keys[s->n] = ft_newref(ld(&ep[j].key));
        s->values[s->n] = ft_newref(val);
        s->hashes[s->n] = ep[j].hash;
        s->n++;
      }
    }
    unlock(d);
    return 0;
  }
}

FtValue ft_dict_copy(FtValue dv) {
  Snap s;
  if (snap_take(D(dv), &s) < 0)
    return 0;
  FtValue r = ft_dict_new();
  if (r && s.n) {
    FtDict *nd = D(r);
    DictKeys *k = keys_alloc(size_for(s.n));
    if (!k) {
      ft_decref(r);
      r = 0;
    } else {
      for (size_t i = 0; i < s.n; i++)
        keys_append(k, s.keys[i], s.hashes[i], s.values[i]); /* steal */
      atomic_store_explicit(&nd->keys, k, memory_order_release);
      set_used(nd, s.n);
      s.n = 0;
    }
  }
  snap_free(&s);
  return r;
}

FtValue ft_dict_keys_list(FtValue dv) {
  Snap s;
  if (snap_take(D(dv), &s) < 0)
    return 0;
  FtValue l = ft_list_new(s.n);
  if (l) {
    for (size_t i = 0; i < s.n; i++)
      ((FtList *)ft_obj(l))->items[i] = ft_newref(s.keys[i]);
  }
  snap_free(&s);
  return l;
}

static FtValue dict_values_list(FtValue dv) {
  Snap s;
  if (snap_take(D(dv), &s) < 0)
    return 0;
  FtValue l = ft_list_new(s.n);
  if (l) {
    for (size_t i = 0; i < s.n; i++)
      ((FtList *)ft_obj(l))->items[i] = ft_newref(s.values[i]);
  }
  snap_free(&s);
  return l;
}

FtValue ft_dict_items_list(FtValue dv) {
  Snap s;
  if (snap_take(D(dv), &s) < 0)
    return 0;
  FtValue l = ft_list_new(s.n);
  if (l) {
    for (size_t i = 0; i < s.n; i++) {
      FtValue t = ft_tuple_pack(2, s.keys[i], s.values[i]);
      if (!t) {
        ft_decref(l);
        l = 0;
        break;
      }
      ((FtList *)ft_obj(l))->items[i] = t;
    }
  }
  snap_free(&s);
  return l;
}

/* ---- update ---------------------------------------------------------- */

/* d.update(other dict): known hashes, no Python code except key __eq__. */
static int merge_dict(FtDict *d, FtDict *o) {
  if (d == o)
    return 0;
  Snap s;
  if (snap_take(o, &s) < 0)
    return -1;
  int r = 0;
  /* Presize when filling an empty dict (dict(other), copy-like). */
  if (s.n && used_of(d) == 0) {
    lock(d);
    DictKeys *k = keys_of(d);
    if (used_of(d) == 0 && (!k || k->usable - k->nentries < s.n))
      r = dict_resize(d, size_for(used_of(d) + s.n));
    unlock(d);
  }
  for (size_t i = 0; r == 0 && i < s.n; i++)
    r = dict_set_hash(d, s.keys[i], s.hashes[i], s.values[i]);
  snap_free(&s);
  return r;
}

/* One element of an iterable of pairs -> (key, value) new refs. */
static int pair_of(FtValue item, size_t index, FtValue *k, FtValue *v) {
  FtValue seq;
  if (FT_TYPE_HAS(item, FT_TPFLAG_TUPLE_SUBCLASS) ||
      FT_TYPE_HAS(item, FT_TPFLAG_LIST_SUBCLASS)) {
    seq = ft_newref(item);
  } else {
    FtValue it = ft_iter(item);
    if (!it) {
      if (ft_err_matches(&FtExc_TypeError)) {
        ft_err_clear();
        ft_err_format(&FtExc_TypeError,
                      "cannot convert dictionary update sequence element "
                      "#%zu to a sequence", index);
      }
      return -1;
    }
    seq = ft_list_from_iterable(it);
    ft_decref(it);
    if (!seq)
      return -1;
  }
  size_t n;
  FtValue *a = NULL;
  if (FT_TYPE_HAS(seq, FT_TPFLAG_TUPLE_SUBCLASS)) {
    n = ft_tuple_len(seq);
    if (n == 2) {
      *k = ft_newref(ft_tuple_get(seq, 0));
      *v = ft_newref(ft_tuple_get(seq, 1));
    }
  } else {
    a = ft_list_snapshot(seq, &n);
    if (!a) {
      ft_decref(seq);
      return -1;
    }
    if (n == 2) {
      *k = a[0];
      *v = a[1];
    } else {
      for (size_t i = 0; i < n; i++)
        ft_decref(a[i]);
    }
    ft_mem_free(a);
  }
  ft_decref(seq);
  if (n != 2) {
    ft_err_format(&FtExc_ValueError,
                  "dictionary update sequence element #%zu has length %zu; "
                  "2 is required", index, n);
    return -1;
  }
  return 0;
}

static int merge_pairs(FtValue d, FtValue iterable) {
  FtValue it = ft_iter(iterable);
  if (!it)
    return -1;
  FtValue item;
  size_t index = 0;
  while ((item = ft_next(it)) != 0) {
    FtValue k = 0, v = 0;
    int r = pair_of(item, index++, &k, &v);
    ft_decref(item);
    if (r == 0) {
      r = ft_dict_set(d, k, v);
      ft_decref(k);
      ft_decref(v);
    }
    if (r < 0) {
      ft_decref(it);
      return -1;
    }
  }
  ft_decref(it);
  return ft_err_occurred() ? -1 : 0;
}

/* Any mapping with keys(): for k in m.keys(): d[k] = m[k]. */
static int merge_mapping(FtValue d, FtValue m, FtValue keysfn) {
  FtValue ks = ft_call0(keysfn);
  if (!ks)
    return -1;
  FtValue it = ft_iter(ks);
  ft_decref(ks);
  if (!it)
    return -1;
  FtValue k;
  while ((k = ft_next(it)) != 0) {
    FtValue v = ft_getitem(m, k);
    int r = v ? ft_dict_set(d, k, v) : -1;
    ft_xdecref(v);
    ft_decref(k);
    if (r < 0) {
      ft_decref(it);
      return -1;
    }
  }
  ft_decref(it);
  return ft_err_occurred() ? -1 : 0;
}

int ft_dict_is_plain(FtValue v) { return ft_dict_check(v) && ft_type(v)->iter == dict_iter; }

int ft_dict_update(FtValue d, FtValue other) {
  if (ft_dict_is_plain(other))
    return merge_dict(D(d), D(other));
  FtValue keysfn = ft_getattr_opt(other, ft_str_intern_cstr("keys"));
  if (keysfn) {
    int r = merge_mapping(d, other, keysfn);
    ft_decref(keysfn);
    return r;
  }
  if (ft_err_occurred())
    return -1;
  return merge_pairs(d, other);
}

/* update(*args, **kwargs) body shared by __init__ and update(). */
static int update_common(FtValue self, const char *name, const FtValue *args,
                         size_t nargs, FtValue kwnames) {
  if (ft_args_count(name, nargs, 0, 1) < 0)
    return -1;
  if (nargs && ft_dict_update(self, args[0]) < 0)
    return -1;
  size_t nk = kwnames ? ft_tuple_len(kwnames) : 0;
  for (size_t i = 0; i < nk; i++)
    if (ft_dict_set(self, ft_tuple_get(kwnames, i), args[nargs + i]) < 0)
      return -1;
  return 0;
}

static int dict_init(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  return update_common(self, "dict", args, nargs, kwnames);
}

/* ---- protocol slots -------------------------------------------------- */

static FtValue dict_repr(FtValue self) {
  FtDict *d = D(self);
  if (used_of(d) == 0)
    return ft_str_from_cstr("{}");
  int r = ft_repr_enter(self);
  if (r)
    return r > 0 ? ft_str_from_cstr("{...}") : 0;
  FtStrBuf b;
  ft_strbuf_init(&b);
  int ok = ft_strbuf_append_char(&b, '{') == 0;
  size_t pos = 0;
  FtValue k, v;
  int first = 1;
  while (ok > 0 && dict_next_hash(d, &pos, &k, &v, NULL)) {
    FtValue ks = ft_repr(k);
    FtValue vs = ks ? ft_repr(v) : 0;
    ft_decref(k);
    ft_decref(v);
    if (!vs) {
      ft_xdecref(ks);
      ok = -1;
      break;
    }
    ok = (first || ft_strbuf_append(&b, ", ", 2) == 0) &&
         ft_strbuf_append(&b, ft_str_data(ks), ft_str_size(ks)) == 0 &&
         ft_strbuf_append(&b, ": ", 2) == 0 &&
         ft_strbuf_append(&b, ft_str_data(vs), ft_str_size(vs)) == 0;
    first = 0;
    ft_decref(ks);
    ft_decref(vs);
  }
  if (ok > 0)
    ok = ft_strbuf_append_char(&b, '}') == 0;
  ft_repr_leave(self);
  FtValue res = 0;
  if (ok > 0)
    res = ft_str_new(b.data, b.len);
  else if (ok == 0)
    ft_err_nomemory();
  ft_strbuf_free(&b);
  return res;
}

static intptr_t dict_len(FtValue self) { return (intptr_t)used_of(D(self)); }
static int dict_bool(FtValue self) { return used_of(D(self)) != 0; }

static int dict_contains(FtValue self, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  FtDict *d = D(self);
  lock(d);
  intptr_t ix = dict_lookup(d, key, hash, NULL);
  unlock(d);
  return ix == DKIX_ERROR ? -1 : ix >= 0;
}

static FtValue dict_subscript(FtValue self, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return 0;
  size_t hint = SIZE_MAX;
  FtValue v = ident_key(key) ? dict_get_ident(D(self), key, hash, &hint)
                             : dict_get_hash(D(self), key, hash);
  if (v || ft_err_occurred())
    return v;
  if (!ft_isinstance_exact(self, &FtDict_Type)) {
    FtValue missing =
        ft_type_lookup(ft_type(self), ft_str_intern_cstr("__missing__"));
    if (missing) {
      ft_incref(missing);
      FtValue r = ft_call2(missing, self, key);
      ft_decref(missing);
      return r;
    }
  }
  return ft_err_set_value(&FtExc_KeyError, key);
}

static int dict_ass_sub(FtValue self, FtValue key, FtValue v) {
  if (v)
    return ft_dict_set(self, key, v);
  return ft_dict_del(self, key);
}

static FtValue dict_richcompare(FtValue a, FtValue b, int op) {
  if (!ft_dict_check(a) || !ft_dict_check(b) || (op != FT_EQ && op != FT_NE))
    return FT_NOTIMPL;
  int eq = 1;
  if (a != b) {
    if (used_of(D(a)) != used_of(D(b))) {
      eq = 0;
    } else {
      Snap s;
      if (snap_take(D(a), &s) < 0)
        return 0;
      for (size_t i = 0; eq == 1 && i < s.n; i++) {
        FtValue bv = dict_get_hash(D(b), s.keys[i], s.hashes[i]);
        if (!bv) {
          eq = ft_err_occurred() ? -1 : 0;
          break;
        }
        eq = ft_eq(s.values[i], bv);
        ft_decref(bv);
      }
      snap_free(&s);
      if (eq < 0)
        return 0;
    }
  }
  return ft_bool(op == FT_EQ ? eq : !eq);
}

static FtValue dict_or(FtValue a, FtValue b) {
  if (!ft_dict_check(a) || !ft_dict_check(b))
    return FT_NOTIMPL;
  FtValue r = ft_dict_copy(a);
  if (r && ft_dict_update(r, b) < 0) {
    ft_decref(r);
    return 0;
  }
  return r;
}

static FtValue dict_ior(FtValue a, FtValue b) {
  if (!ft_dict_check(a))
    return FT_NOTIMPL;
  if (ft_dict_update(a, b) < 0)
    return 0;
  return ft_newref(a);
}

/* ---- iterators ------------------------------------------------------- */

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

/* State guarded by the dict's mutex (see the top comment). */
typedef struct FtDictIter {
  FtObject ob;
  FtValue dict;
  intptr_t pos;  /* next entry number (reverse: going down) */
  size_t used;   /* dict size when created; SIZE_MAX once size changed */
  size_t len;    /* items left to hand out */
  int done;
} FtDictIter;

static FtType *iter_types[2][3] = {
    {&FtDictIterKey_Type, &FtDictIterValue_Type, &FtDictIterItem_Type},
    {&FtDictRevIterKey_Type, &FtDictRevIterValue_Type,
     &FtDictRevIterItem_Type}};

static FtValue dictiter_new(FtValue dv, int kind, int reverse) {
  FtDict *d = D(dv);
  FtDictIter *it = (FtDictIter *)ft_object_alloc(iter_types[reverse][kind],
                                                 sizeof(FtDictIter));
  if (!it)
    return 0;
  it->dict = ft_newref(dv);
  lock(d);
  it->used = used_of(d);
  it->len = it->used;
  DictKeys *k = keys_of(d);
  it->pos = reverse ? (k ? (intptr_t)k->nentries - 1 : -1) : 0;
  unlock(d);
  return ft_val(it);
}

static FtValue dict_iter(FtValue self) {
  return dictiter_new(self, KIND_KEYS, 0);
}

static FtValue iter_self(FtValue self) { return ft_newref(self); }

static FtValue dictiter_next_kind(FtValue self, int kind, int reverse) {
  FtDictIter *it = (FtDictIter *)ft_obj(self);
  FtDict *d = D(it->dict);
  FtValue k = 0, v = 0;
  lock(d);
  if (it->done)
    goto exhausted;
  if (it->used != used_of(d)) {
    it->used = SIZE_MAX; /* sticky */
    unlock(d);
    return ft_err_format(&FtExc_RuntimeError,
                         "dictionary changed size during iteration");
  }
  DictKeys *t = keys_of(d);
  if (!t)
    goto finished;
  DictEntry *ep = entries_of(t);
  intptr_t i = it->pos, n = (intptr_t)t->nentries;
  if (reverse) {
    if (i >= n)
      i = n - 1;
    while (i >= 0 && !ld(&ep[i].value))
      i--;
    if (i < 0)
      goto finished;
    it->pos = i - 1;
  } else {
    while (i < n && !ld(&ep[i].value))
      i++;
    if (i >= n)
      goto finished;
    it->pos = i + 1;
  }
  if (it->len == 0) {
    it->used = SIZE_MAX;
    unlock(d);
    return ft_err_format(&FtExc_RuntimeError,
                         "dictionary keys changed during iteration");
  }
  it->len--;
  if (kind != KIND_VALUES)
    k = ft_newref(ld(&ep[i].key));
  if (kind != KIND_KEYS)
    v = ft_newref(ld(&ep[i].value));
  unlock(d);
  if (kind == KIND_KEYS)
    return k;
  if (kind == KIND_VALUES)
    return v;
  FtValue tup = ft_tuple_new(2);
  if (!tup) {
    ft_decref(k);
    ft_decref(v);
    return 0;
  }
  ft_tuple_items(tup)[0] = k;
  ft_tuple_items(tup)[1] = v;
  return tup;
finished:
  it->done = 1;
exhausted:
  unlock(d);
  return 0;
}

static FtValue dictiter_next_keys(FtValue s) {
  return dictiter_next_kind(s, KIND_KEYS, 0);
}
static FtValue dictiter_next_values(FtValue s) {
  return dictiter_next_kind(s, KIND_VALUES, 0);
}
static FtValue dictiter_next_items(FtValue s) {
  return dictiter_next_kind(s, KIND_ITEMS, 0);
}
static FtValue dictreviter_next_keys(FtValue s) {
  return dictiter_next_kind(s, KIND_KEYS, 1);
}
static FtValue dictreviter_next_values(FtValue s) {
  return dictiter_next_kind(s, KIND_VALUES, 1);
}
static FtValue dictreviter_next_items(FtValue s) {
  return dictiter_next_kind(s, KIND_ITEMS, 1);
}

static void dictiter_dealloc(FtObject *o) {
  FT_CLEAR(((FtDictIter *)o)->dict);
  ft_object_free(o);
}

static FtValue dictiter_length_hint(FtValue self, const FtValue *args,
                                    size_t nargs, FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtDictIter *it = (FtDictIter *)ft_obj(self);
  FtDict *d = D(it->dict);
  lock(d);
  size_t n = (!it->done && it->used == used_of(d)) ? it->len : 0;
  unlock(d);
  return ft_int_from_u64(n);
}

/* ---- views ----------------------------------------------------------- */

typedef struct FtDictView {
  FtObject ob;
  FtValue dict;
} FtDictView;

static FtValue view_new(FtValue dv, FtType *type) {
  FtDictView *v = (FtDictView *)ft_object_alloc(type, sizeof(FtDictView));
  if (!v)
    return 0;
  v->dict = ft_newref(dv);
  return ft_val(v);
}

static void view_dealloc(FtObject *o) {
  FT_CLEAR(((FtDictView *)o)->dict);
  ft_object_free(o);
}

static inline FtValue view_dict(FtValue v) {
  return ((FtDictView *)ft_obj(v))->dict;
}
static int view_kind(FtValue v) {
  FtType *t = ft_type(v);
  return t == &FtDictKeys_Type ? KIND_KEYS
         : t == &FtDictValues_Type ? KIND_VALUES
         : t == &FtDictItems_Type ? KIND_ITEMS
                                  : -1;
}
/* A snapshot list of what iterating the view (or a dict: its keys) would
 * give, taken atomically: list(d.values()) never sees a half-updated dict
 * and never raises "changed size" because of another thread. */
FtValue ft_dictview_list(FtValue v) {
  if (ft_dict_check(v))
    return ft_dict_keys_list(v);
  switch (view_kind(v)) {
  case KIND_KEYS: return ft_dict_keys_list(view_dict(v));
  case KIND_VALUES: return dict_values_list(view_dict(v));
  case KIND_ITEMS: return ft_dict_items_list(view_dict(v));
  default: return ft_err_format(&FtExc_TypeError, "not a dict view");
  }
}

static int is_setlike_view(FtValue v) {
  int k = view_kind(v);
  return k == KIND_KEYS || k == KIND_ITEMS;
}
static int is_anyset(FtValue v) {
  return ft_isinstance_type(v, &FtSet_Type) ||
         ft_isinstance_type(v, &FtFrozenSet_Type);
}

static intptr_t view_len(FtValue self) {
  return (intptr_t)used_of(D(view_dict(self)));
}

static FtValue view_iter(FtValue self) {
  return dictiter_new(view_dict(self), view_kind(self), 0);
}

static FtValue view_reversed(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return dictiter_new(view_dict(self), view_kind(self), 1);
}

static FtValue view_repr(FtValue self) {
  int r = ft_repr_enter(self);
  if (r)
    return r > 0 ? ft_str_from_cstr("...") : 0;
  FtValue d = view_dict(self), l;
  switch (view_kind(self)) {
  case KIND_KEYS: l = ft_dict_keys_list(d); break;
  case KIND_VALUES: l = dict_values_list(d); break;
  default: l = ft_dict_items_list(d); break;
  }
  FtValue res = 0;
  if (l) {
    res = ft_str_from_format("%s(%R)", ft_type(self)->name, l);
    ft_decref(l);
  }
  ft_repr_leave(self);
  return res;
}

static int items_contains(FtValue dv, FtValue x) {
  if (!FT_TYPE_HAS(x, FT_TPFLAG_TUPLE_SUBCLASS) || ft_tuple_len(x) != 2)
    return 0;
  FtValue v = ft_dict_get(dv, ft_tuple_get(x, 0));
  if (!v)
    return ft_err_occurred() ? -1 : 0;
  int r = ft_eq(v, ft_tuple_get(x, 1));
  ft_decref(v);
  return r;
}

static int view_contains(FtValue self, FtValue x) {
  FtValue d = view_dict(self);
  switch (view_kind(self)) {
  case KIND_KEYS:
    return dict_contains(d, x);
  case KIND_ITEMS:
    return items_contains(d, x);
  default: {
    FtValue it = dictiter_new(d, KIND_VALUES, 0);
    if (!it)
      return -1;
    FtValue v;
    int r = 0;
    while (r == 0 && (v = ft_next(it)) != 0) {
      r = ft_eq(v, x);
      ft_decref(v);
    }
    ft_decref(it);
    if (r == 0 && ft_err_occurred())
      r = -1;
    return r;
  }
  }
}

/* Is every element of a in b? */
static int all_contained_in(FtValue a, FtValue b) {
  FtValue it = ft_iter(a);
  if (!it)
    return -1;
  FtValue x;
  int ok = 1;
  while (ok == 1 && (x = ft_next(it)) != 0) {
    ok = ft_contains(b, x);
    ft_decref(x);
  }
  ft_decref(it);
  if (ok == 1 && ft_err_occurred())
    ok = -1;
  return ok;
}

static FtValue view_richcompare(FtValue a, FtValue b, int op) {
  if (!is_setlike_view(a) || (!is_anyset(b) && !is_setlike_view(b)))
    return FT_NOTIMPL;
  intptr_t la = ft_len(a), lb = ft_len(b);
  if (la < 0 || lb < 0)
    return 0;
  int r;
  switch (op) {
  case FT_EQ:
  case FT_NE:
    r = la == lb ? all_contained_in(a, b) : 0;
    if (r >= 0 && op == FT_NE)
      r = !r;
    break;
  case FT_LT: r = la < lb ? all_contained_in(a, b) : 0; break;
  case FT_LE: r = la <= lb ? all_contained_in(a, b) : 0; break;
  case FT_GT: r = la > lb ? all_contained_in(b, a) : 0; break;
  default: r = la >= lb ? all_contained_in(b, a) : 0; break;
  }
  return r < 0 ? 0 : ft_bool(r);
}

/* set(a) followed by the named in-place set method with b.  A keys view
 * makes its set from the dict itself, as CPython's dictviews_to_set does
 * (sized up front: that decides the set's iteration order). */
static FtValue view_setop(FtValue a, FtValue b, const char *method) {
  FtValue src = view_kind(a) == KIND_KEYS ? ((FtDictView *)ft_obj(a))->dict : a;
  FtValue s = ft_set_new(src);
  if (!s)
    return 0;
  FtValue r = ft_call_method(s, method, &b, 1);
  if (!r) {
    ft_decref(s);
    return 0;
  }
  ft_decref(r);
  return s;
}

static FtValue view_sub(FtValue a, FtValue b) {
  if (!is_setlike_view(a) && !is_setlike_view(b))
    return FT_NOTIMPL;
  return view_setop(a, b, "difference_update");
}
static FtValue view_or(FtValue a, FtValue b) {
  if (!is_setlike_view(a) && !is_setlike_view(b))
    return FT_NOTIMPL;
  return view_setop(a, b, "update");
}
static FtValue view_xor(FtValue a, FtValue b) {
  if (!is_setlike_view(a) && !is_setlike_view(b))
    return FT_NOTIMPL;
  return view_setop(a, b, "symmetric_difference_update");
}

/* CPython's _PyDictView_Intersect, so results are built in the same
 * order. */
static FtValue view_and(FtValue a, FtValue b) {
  if (!is_setlike_view(a)) {
    if (!is_setlike_view(b))
      return FT_NOTIMPL;
    FtValue t = a;
    a = b;
    b = t;
  }
  intptr_t la = ft_len(a);
  if (la < 0)
    return 0;
  if (ft_isinstance_exact(b, &FtSet_Type) && la <= ft_len(b))
    return ft_call_method(b, "intersection", &a, 1);
  if (is_setlike_view(b) && ft_len(b) > la) {
    FtValue t = a;
    a = b;
    b = t;
  }
  FtValue res = ft_set_new(0);
  if (!res)
    return 0;
  FtValue it = ft_iter(b);
  if (!it) {
    ft_decref(res);
    return 0;
  }
  FtValue x;
  while ((x = ft_next(it)) != 0) {
    int k = view_contains(a, x);
    if (k > 0)
      k = ft_set_add(res, x) < 0 ? -1 : 1;
    ft_decref(x);
    if (k < 0) {
      ft_decref(it);
      ft_decref(res);
      return 0;
    }
  }
  ft_decref(it);
  if (ft_err_occurred()) {
    ft_decref(res);
    return 0;
  }
  return res;
}

static FtValue view_isdisjoint(FtValue self, const FtValue *args,
                               size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("isdisjoint", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "isdisjoint() takes exactly one argument (%zu "
                         "given)", nargs);
  FtValue other = args[0];
  if (self == other)
    return ft_bool(view_len(self) == 0);
  FtValue it = ft_iter(other);
  if (!it)
    return 0;
  FtValue x;
  int r = 0;
  while (r == 0 && (x = ft_next(it)) != 0) {
    r = view_contains(self, x);
    ft_decref(x);
  }
  ft_decref(it);
  if (r < 0 || (r == 0 && ft_err_occurred()))
    return 0;
  return ft_bool(!r);
}

/* ---- dict methods ---------------------------------------------------- */

static int no_args(const char *name, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw(name, kwnames) < 0)
    return -1;
  if (nargs) {
    ft_err_format(&FtExc_TypeError, "%s() takes no arguments (%zu given)",
                  name, nargs);
    return -1;
  }
  return 0;
}

static FtValue m_get(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  if (ft_args_no_kw("dict.get", kwnames) < 0 ||
      ft_args_count("get", nargs, 1, 2) < 0)
    return 0;
  FtValue v = ft_dict_get(self, args[0]);
  if (v || ft_err_occurred())
    return v;
  return ft_newref(nargs > 1 ? args[1] : FT_NONE);
}

static FtValue m_setdefault(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  if (ft_args_no_kw("dict.setdefault", kwnames) < 0 ||
      ft_args_count("setdefault", nargs, 1, 2) < 0)
    return 0;
  FtDict *d = D(self);
  FtValue key = args[0], dflt = nargs > 1 ? args[1] : FT_NONE;
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return 0;
  lock(d);
  intptr_t ix = dict_lookup(d, key, hash, NULL);
  FtValue res = 0;
  if (ix >= 0) {
    res = ft_newref(ld(&entries_of(keys_of(d))[ix].value));
  } else if (ix == DKIX_EMPTY) {
    ft_incref(key);
    ft_incref(dflt);
    if (dict_insert_new(d, key, hash, dflt) < 0) {
      ft_decref(key);
      ft_decref(dflt);
    } else {
      res = ft_newref(dflt);
    }
  }
  unlock(d);
  return res;
}

static FtValue m_pop(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  if (ft_args_no_kw("dict.pop", kwnames) < 0 ||
      ft_args_count("pop", nargs, 1, 2) < 0)
    return 0;
  FtValue v;
  int r = ft_dict_pop(self, args[0], &v);
  if (r < 0)
    return 0;
  if (r)
    return v;
  if (nargs > 1)
    return ft_newref(args[1]);
  return ft_err_set_value(&FtExc_KeyError, args[0]);
}

static FtValue m_popitem(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)args;
  if (no_args("dict.popitem", nargs, kwnames) < 0)
    return 0;
  FtDict *d = D(self);
  /* Allocate first: no allocation failure after the entry is gone. */
  FtValue tup = ft_tuple_new(2);
  if (!tup)
    return 0;
  lock(d);
  DictKeys *k = keys_of(d);
  if (!k || used_of(d) == 0) {
    unlock(d);
    ft_decref(tup);
    FtValue msg = ft_str_from_cstr("popitem(): dictionary is empty");
    if (msg) {
      ft_err_set_value(&FtExc_KeyError, msg);
      ft_decref(msg);
    }
    return 0;
  }
  DictEntry *ep = entries_of(k);
  size_t j = k->top;
  while (j > 0 && !ld(&ep[j - 1].value))
    j--;
  /* used > 0 guarantees a live entry. */
  size_t ix = j - 1;
  intptr_t hash = ep[ix].hash;
  size_t mask = k->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
  while (atomic_load_explicit(&k->indices[i], memory_order_relaxed) !=
         (int32_t)ix) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  FtValue ok, ov;
  dict_remove_entry(d, i, (intptr_t)ix, &ok, &ov);
  k->top = ix;
  unlock(d);
  ft_tuple_items(tup)[0] = ok;
  ft_tuple_items(tup)[1] = ov;
  return tup;
}

static FtValue m_keys(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  (void)args;
  if (no_args("dict.keys", nargs, kwnames) < 0)
    return 0;
  return view_new(self, &FtDictKeys_Type);
}

static FtValue m_values(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  if (no_args("dict.values", nargs, kwnames) < 0)
    return 0;
  return view_new(self, &FtDictValues_Type);
}

static FtValue m_items(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  if (no_args("dict.items", nargs, kwnames) < 0)
    return 0;
  return view_new(self, &FtDictItems_Type);
}

static FtValue m_update(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (update_common(self, "update", args, nargs, kwnames) < 0)
    return 0;
  return FT_NONE;
}

static FtValue m_copy(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  (void)args;
  if (no_args("dict.copy", nargs, kwnames) < 0)
    return 0;
  return ft_dict_copy(self);
}

static FtValue m_clear(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  if (no_args("dict.clear", nargs, kwnames) < 0)
    return 0;
  FtDict *d = D(self);
  lock(d);
  DictKeys *k = keys_of(d);
  atomic_store_explicit(&d->keys, NULL, memory_order_release);
  set_used(d, 0);
  bump(d);
  unlock(d);
  if (k) {
    DictEntry *ep = entries_of(k);
    for (size_t j = 0; j < k->nentries; j++) {
      FtValue v = ld(&ep[j].value);
      if (v) {
        ft_decref(ld(&ep[j].key));
        ft_decref(v);
      }
    }
    keys_retire(d, k);
  }
  return FT_NONE;
}

static FtValue m_fromkeys(FtValue type, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  if (ft_args_no_kw("dict.fromkeys", kwnames) < 0 ||
      ft_args_count("fromkeys", nargs, 1, 2) < 0)
    return 0;
  FtValue value = nargs > 1 ? args[1] : FT_NONE;
  int exact = ft_obj(type) == (FtObject *)&FtDict_Type;
  FtValue d = exact ? ft_dict_new() : ft_call0(type);
  if (!d)
    return 0;
  FtValue it = ft_iter(args[0]);
  if (!it) {
    ft_decref(d);
    return 0;
  }
  int use_dict = exact || (ft_dict_check(d) &&
                           ft_type(d)->setitem == FtDict_Type.setitem);
  FtValue k;
  while ((k = ft_next(it)) != 0) {
    int r = use_dict ? ft_dict_set(d, k, value) : ft_setitem(d, k, value);
    ft_decref(k);
    if (r < 0) {
      ft_decref(it);
      ft_decref(d);
      return 0;
    }
  }
  ft_decref(it);
  if (ft_err_occurred()) {
    ft_decref(d);
    return 0;
  }
  return d;
}

static FtValue m_reversed(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)args;
  if (no_args("dict.__reversed__", nargs, kwnames) < 0)
    return 0;
  return dictiter_new(self, KIND_KEYS, 1);
}

static FtValue m_contains(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  if (ft_args_no_kw("dict.__contains__", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "dict.__contains__() takes exactly one argument "
                         "(%zu given)", nargs);
  int r = dict_contains(self, args[0]);
  return r < 0 ? 0 : ft_bool(r);
}

/* CPython 3.11's numbers: a 48-byte dict, plus, when it has a table, a
 * 32-byte header, the index (1, 2 or 4 bytes a slot) and the entries (16
 * bytes each when every key is an exact str, CPython's "unicode" table,
 * else 24).  Read under the lock: only type checks, no Python code. */
static FtValue m_sizeof(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__sizeof__", kwnames) < 0 ||
      ft_args_count("__sizeof__", nargs, 0, 0) < 0)
    return 0;
  FtDict *d = D(self);
  uint64_t size = 48 + (ft_type(self)->basicsize - sizeof(FtDict));
  lock(d);
  DictKeys *k = keys_of(d);
  if (k && k->nentries) {
    uint64_t slots = (uint64_t)k->mask + 1;
    uint64_t ixbytes = slots < 256 ? 1 : slots < 65536 ? 2 : 4;
    int all_str = 1;
    DictEntry *ep = entries_of(k);
    for (size_t j = 0; j < k->nentries && all_str; j++) {
      FtValue key = ld(&ep[j].key);
      if (ld(&ep[j].value) && !ft_isinstance_exact(key, &FtStr_Type))
        all_str = 0;
    }
    size += 32 + slots * ixbytes + (uint64_t)k->usable * (all_str ? 16 : 24);
  }
  unlock(d);
  return ft_int_from_u64(size);
}

static const FtMethodDef dict_methods[] = {
    {"__sizeof__", m_sizeof, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, 0,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0,
     "Insert key with a value of default if key is not in the dictionary."
     "\n\nReturn the value for key if key is in the dictionary, else "
     "default."},
    {"pop", m_pop, 0,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding "
     "value."},
    {"popitem", m_popitem, 0,
     "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on "
                        "D's keys"},
    {"values", m_values, 0,
     "D.values() -> an object providing a view on D's values"},
    {"items", m_items, 0,
     "D.items() -> a set-like object providing a view on D's items"},
    {"update", m_update, 0,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", m_fromkeys, FT_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to "
     "value."},
    {"__reversed__", m_reversed, 0,
     "Return a reverse iterator over the dict keys."},
    {"__contains__", m_contains, 0,
     "True if the dictionary has the specified key, else False."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     "Return True if the view and the given iterable have a null "
     "intersection."},
    {"__reversed__", view_reversed, 0,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0,
     "Return True if the view and the given iterable have a null "
     "intersection."},
    {"__reversed__", view_reversed, 0,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the types ------------------------------------------------------- */

FtType FtDict_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "dict",
    .basicsize = sizeof(FtDict),
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = NULL, /* unhashable */
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains,
    .bool_ = dict_bool,
    .nb[FT_NB_OR] = dict_or,
    .nb_inplace[FT_NB_OR] = dict_ior,
    .methods = dict_methods,
    .new_ = dict_new,
    .init = dict_init,
};

#define VIEW_TYPE(cname, pyname, meths, setops)                              \
  FtType cname = {                                                           \
      .ob = FT_STATIC_HEAD(&FtType_Type),                                    \
      .name = pyname,                                                        \
      .basicsize = sizeof(FtDictView),                                       \
      .dealloc = view_dealloc,                                               \
      .repr = view_repr,                                                     \
      .richcompare = (setops) ? view_richcompare : NULL,                     \
      .iter = view_iter,                                                     \
      .len = view_len,                                                       \
      .contains = view_contains,                                             \
      .nb[FT_NB_SUB] = (setops) ? view_sub : NULL,                           \
      .nb[FT_NB_AND] = (setops) ? view_and : NULL,                           \
      .nb[FT_NB_OR] = (setops) ? view_or : NULL,                             \
      .nb[FT_NB_XOR] = (setops) ? view_xor : NULL,                           \
      .methods = meths,                                                      \
  }

VIEW_TYPE(FtDictKeys_Type, "dict_keys", keys_methods, 1);
VIEW_TYPE(FtDictValues_Type, "dict_values", values_methods, 0);
VIEW_TYPE(FtDictItems_Type, "dict_items", items_methods, 1);

#define ITER_TYPE(cname, pyname, nextfn)                                     \
  FtType cname = {                                                           \
      .ob = FT_STATIC_HEAD(&FtType_Type),                                    \
      .name = pyname,                                                        \
      .basicsize = sizeof(FtDictIter),                                       \
      .dealloc = dictiter_dealloc,                                           \
      .iter = iter_self,                                                     \
      .iternext = nextfn,                                                    \
      .methods = dictiter_methods,                                           \
  }

ITER_TYPE(FtDictIterKey_Type, "dict_keyiterator", dictiter_next_keys);
ITER_TYPE(FtDictIterValue_Type, "dict_valueiterator", dictiter_next_values);
ITER_TYPE(FtDictIterItem_Type, "dict_itemiterator", dictiter_next_items);
ITER_TYPE(FtDictRevIterKey_Type, "dict_reversekeyiterator",
          dictreviter_next_keys);
ITER_TYPE(FtDictRevIterValue_Type, "dict_reversevalueiterator",
          dictreviter_next_values);
ITER_TYPE(FtDictRevIterItem_Type, "dict_reverseitemiterator",
          dictreviter_next_items);

void ft_dict_init(void) {
  ft_type_ready(&FtDict_Type);
  ft_type_ready(&FtDictKeys_Type);
  ft_type_ready(&FtDictValues_Type);
  ft_type_ready(&FtDictItems_Type);
  for (int r = 0; r < 2; r++)
    for (int k = 0; k < 3; k++)
      ft_type_ready(iter_types[r][k]);
}
