/*
 * set.c -- set and frozenset, and their iterator.
 *
 * Representation: an open-addressing hash table laid out and probed
 * exactly like CPython 3.11's setobject.c, so iteration order (and thus
 * printed output) agrees with CPython: entries (key, hash) in a table of
 * mask + 1 slots (8 inline slots to start), a probe visits up to 9
 * neighbouring slots linearly and then jumps with the perturbation
 * recurrence i = i*5 + 1 + perturb.  An empty slot has key 0 and hash 0; a
 * deleted one has the static `dummy` key and hash -1.  `fill` counts
 * active + dummy slots, `used` active ones.  The table grows when fill*5 >=
 * mask*3, to the smallest power of 2 > used*4 (used*2 past 50000).  The
 * set algebra (merge, intersection, difference ...) follows CPython's
 * choices too (which operand is iterated, when to presize), because those
 * decide the insertion order and so the printed order.
 *
 * Invariant: fill <= mask (at least one empty slot ends every probe);
 * used <= fill; hash is the frozenset hash cache (-1 = not computed).
 *
 * Synchronization rule: a set's table and counters are guarded by its
 * ob.mutex, taken around each operation (hashes are computed before).  A
 * frozenset is immutable once constructed (privately), so it is read with
 * no lock.  Key equality runs under the lock only when it cannot call
 * Python code; otherwise the lock is dropped around ft_eq and the probe
 * restarts if `version` changed.  Operations between two sets never hold
 * two locks: the other set is first copied (a snapshot of its table, with
 * references) under its own lock.  References removed from a set are
 * released after unlocking.  `used` is written with relaxed atomic stores
 * so len() needs no lock.  The iterator's state is guarded by the set's
 * mutex (taken even for frozensets, whose mutex is otherwise unused).
 */
#include "ft.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
  FtValue key;
  intptr_t hash;
} SetEntry;

typedef struct FtSet {
  FtObject ob;
  size_t fill, used, mask;
  SetEntry *table;
  intptr_t hash;    /* frozenset hash cache */
  size_t finger;    /* pop() search start */
  uint64_t version; /* bumped on every change (under the lock) */
  int frozen;
  SetEntry smalltable[MINSIZE];
} FtSet;

static FtObject dummy_obj = FT_STATIC_HEAD(&FtObject_Type);
#define DUMMY ft_val(&dummy_obj)

static inline FtSet *S(FtValue v) { return (FtSet *)ft_obj(v); }
static inline void slock(FtSet *s) {
  if (!s->frozen)
    ft_mutex_lock(&s->ob.mutex);
}
static inline void sunlock(FtSet *s) {
  if (!s->frozen)
    ft_mutex_unlock(&s->ob.mutex);
}
static inline size_t used_relaxed(FtSet *s) {
  return __atomic_load_n(&s->used, __ATOMIC_RELAXED);
}
static inline void set_used(FtSet *s, size_t n) {
  __atomic_store_n(&s->used, n, __ATOMIC_RELAXED);
}
static inline int anyset(FtValue v) { return ft_anyset_check(v); }

static FtValue set_iter(FtValue self);


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

/* ---- probing (lock held) --------------------------------------------- */

/* Compare stored key `startkey` with key, dropping the lock if needed.
 * Returns 1 equal, 0 not, -1 error, 2 = the set changed: restart. */
static int probe_eq(FtSet *so, FtValue startkey, FtValue key) {
  int r = ft_eq_nopython(startkey, key);
  if (r >= 0)
    return r;
  uint64_t ver = so->version;
  ft_incref(startkey);
  sunlock(so);
  int c = ft_eq(startkey, key);
  ft_decref(startkey);
  slock(so);
  if (c < 0)
    return -1;
  if (so->version != ver)
    return 2;
  return c;
}

/* The entry holding key, or the empty entry ending its probe (key 0);
 * NULL on error. */
static SetEntry *set_lookkey(FtSet *so, FtValue key, intptr_t hash) {
restart:;
  size_t mask = so->mask, perturb = (size_t)hash;
  size_t i = (size_t)hash & mask;
  for (;;) {
    SetEntry *entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && entry->key == 0)
        return entry;
      if (entry->hash == hash) {
        FtValue startkey = entry->key;
        if (startkey == key)
          return entry;
        int r = probe_eq(so, startkey, key);
        if (r < 0)
          return NULL;
        if (r == 2)
          goto restart;
        if (r)
          return entry;
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static void set_insert_clean(SetEntry *table, size_t mask, FtValue key,
                             intptr_t hash) {
  size_t perturb = (size_t)hash, i = (size_t)hash & mask;
  for (;;) {
    SetEntry *entry = &table[i];
    if (entry->key == 0)
      goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        entry++;
        if (entry->key == 0)
          goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

/* Rebuild the table with room for minused (purging dummies). */
static int set_table_resize(FtSet *so, size_t minused) {
  size_t newsize = MINSIZE;
  while (newsize <= minused)
    newsize <<= 1;
  SetEntry *oldtable = so->table, *newtable;
  size_t oldmask = so->mask;
  int old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[MINSIZE];
  if (newsize == MINSIZE) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used)
        return 0; /* no dummies: nothing to do */
      memcpy(small_copy, oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = ft_mem_alloc(newsize * sizeof(SetEntry));
    if (!newtable)
      return -1;
  }
  memset(newtable, 0, newsize * sizeof(SetEntry));
  so->mask = newsize - 1;
  so->table = newtable;
  for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
    if (e->key != 0 && e->key != DUMMY)
      set_insert_clean(newtable, so->mask, e->key, e->hash);
  so->fill = so->used;
  so->version++;
  if (old_malloced)
    ft_mem_free(oldtable);
  return 0;
}

/* Add key (borrowed; the set takes its own reference).  Lock held. */
static int set_add_entry(FtSet *so, FtValue key, intptr_t hash) {
  SetEntry *entry, *freeslot;
  size_t mask;
restart:
  mask = so->mask;
  size_t i = (size_t)hash & mask, perturb = (size_t)hash;
  freeslot = NULL;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && entry->key == 0)
        goto found_unused_or_dummy;
      if (entry->hash == hash) {
        FtValue startkey = entry->key;
        if (startkey == key)
          return 0;
        int r = probe_eq(so, startkey, key);
        if (r < 0)
          return -1;
        if (r == 2)
          goto restart;
        if (r)
          return 0;
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  so->version++;
  if (freeslot) {
    freeslot->key = ft_newref(key);
    freeslot->hash = hash;
    set_used(so, so->used + 1);
    return 0;
  }
  so->fill++;
  entry->key = ft_newref(key);
  entry->hash = hash;
  set_used(so, so->used + 1);
  if (so->fill * 5 < mask * 3)
    return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2
                                               : so->used * 4);
}

/* 1 present, 0 absent, -1 error.  Lock held. */
static int set_contains_entry(FtSet *so, FtValue key, intptr_t hash) {
  SetEntry *e = set_lookkey(so, key, hash);
  if (!e)
    return -1;
  return e->key != 0;
}

/* Remove key: 1 removed (*old gets the reference to release after
 * unlocking), 0 absent, -1 error.  Lock held. */
static int set_discard_entry(FtSet *so, FtValue key, intptr_t hash,
                             FtValue *old) {
  SetEntry *e = set_lookkey(so, key, hash);
  if (!e)
    return -1;
  if (e->key == 0)
    return 0;
  *old = e->key;
  e->key = DUMMY;
  e->hash = -1;
  set_used(so, so->used - 1);
  so->version++;
  return 1;
}

/* ---- locked wrappers (lock NOT held) --------------------------------- */

static int add_hash(FtSet *so, FtValue key, intptr_t hash) {
  slock(so);
  int r = set_add_entry(so, key, hash);
  sunlock(so);
  return r;
}

static int add_key(FtSet *so, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  return add_hash(so, key, hash);
}

static int contains_hash(FtSet *so, FtValue key, intptr_t hash) {
  slock(so);
  int r = set_contains_entry(so, key, hash);
  sunlock(so);
  return r;
}

static int contains_key(FtSet *so, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  return contains_hash(so, key, hash);
}

static int discard_hash(FtSet *so, FtValue key, intptr_t hash) {
  FtValue old = 0;
  slock(so);
  int r = set_discard_entry(so, key, hash, &old);
  sunlock(so);
  ft_xdecref(old);
  return r;
}

static int discard_key(FtSet *so, FtValue key) {
  intptr_t hash = hash_of(key);
  if (hash == -1)
    return -1;
  return discard_hash(so, key, hash);
}

/* Empty the set; references released after unlocking. */
static void set_clear_internal(FtSet *so) {
  SetEntry small_copy[MINSIZE];
  slock(so);
  SetEntry *table = so->table;
  size_t n = so->mask + 1;
  int malloced = table != so->smalltable;
  if (!malloced) {
    memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
  }
  memset(so->smalltable, 0, sizeof so->smalltable);
  so->table = so->smalltable;
  so->mask = MINSIZE - 1;
  so->fill = 0;
  set_used(so, 0);
  so->hash = -1;
  so->version++;
  sunlock(so);
  for (size_t i = 0; i < n; i++)
    if (table[i].key && table[i].key != DUMMY)
      ft_decref(table[i].key);
  if (malloced)
    ft_mem_free(table);
}

/* ---- snapshots of another set ---------------------------------------- */

/* A copy of a mutable set's table (with references to its keys), taken
 * under the set's lock, so that iterating it needs no lock and survives
 * concurrent changes.  A set that still has its small table is copied into
 * `small`, without an allocation. */
typedef struct SetSnap {
  SetEntry *table;
  size_t mask, fill, used;
  int owned;
  SetEntry small[MINSIZE];
} SetSnap;

static int snap_take(FtSet *o, SetSnap *s) {
  if (o->frozen) {
    s->table = o->table; /* immutable; the caller holds o */
    s->mask = o->mask;
    s->fill = o->fill;
    s->used = o->used;
    s->owned = 0;
    return 0;
  }
  /* a guess, checked below: a set of up to 4 keys usually has its small
   * table (which holds 5 before it grows) */
  size_t u = used_relaxed(o), want = u <= 4 ? MINSIZE : u * 4 + MINSIZE;
  for (;;) {
    SetEntry *t = want <= MINSIZE ? s->small : ft_mem_alloc(want * sizeof(SetEntry));
    if (!t)
      return -1;
    slock(o);
    if (o->mask + 1 > want) {
      want = o->mask + 1;
      sunlock(o);
      if (t != s->small)
        ft_mem_free(t);
      continue;
    }
    size_t n = o->mask + 1;
    memcpy(t, o->table, n * sizeof(SetEntry));
    for (size_t i = 0; i < n; i++)
      if (t[i].key && t[i].key != DUMMY)
        ft_incref(t[i].key);
    s->table = t;
    s->mask = o->mask;
    s->fill = o->fill;
    s->used = o->used;
    s->owned = 1;
    sunlock(o);
    return 0;
  }
}

static void snap_free(SetSnap *s) {
  if (!s->owned)
    return;
  for (size_t i = 0; i <= s->mask; i++)
    if (s->table[i].key && s->table[i].key != DUMMY)
      ft_decref(s->table[i].key);
  if (s->table != s->small)
    ft_mem_free(s->table);
  s->owned = 0;
}

#define SNAP_FOREACH(s, e)                                                   \
  for (SetEntry *e = (s)->table; e <= (s)->table + (s)->mask; e++)           \
    if (e->key != 0 && e->key != DUMMY)

/* ---- construction ---------------------------------------------------- */

static int set_update_internal(FtSet *so, FtValue other);

static FtSet *set_alloc(FtType *type) {
  FtSet *so = (FtSet *)ft_object_alloc(type, type->basicsize);
  if (!so)
    return NULL;
  so->table = so->smalltable;
  so->mask = MINSIZE - 1;
  so->hash = -1;
  so->frozen = type == &FtFrozenSet_Type ||
               (type != &FtSet_Type && ft_type_is_subtype(type, &FtFrozenSet_Type));
  return so;
}

static FtValue make_new_set(FtType *type, FtValue iterable) {
  FtSet *so = set_alloc(type);
  if (!so)
    return 0;
  if (iterable && set_update_internal(so, iterable) < 0) {
    ft_decref(ft_val(so));
    return 0;
  }
  return ft_val(so);
}

/* set or frozenset (never a subclass) matching type's base. */
static FtValue make_new_set_basetype(FtType *type, FtValue iterable) {
  if (type != &FtSet_Type && type != &FtFrozenSet_Type)
    type = ft_type_is_subtype(type, &FtSet_Type) ? &FtSet_Type
                                                 : &FtFrozenSet_Type;
  return make_new_set(type, iterable);
}

int ft_set_update(FtValue s, FtValue iterable) {
  return set_update_internal(S(s), iterable);
}

FtValue ft_set_new(FtValue iterable) {
  return make_new_set(&FtSet_Type, iterable);
}

FtValue ft_frozenset_new(FtValue iterable) {
  return make_new_set(&FtFrozenSet_Type, iterable);
}

static void set_dealloc(FtObject *o) {
  FtSet *so = (FtSet *)o;
  size_t left = so->used; /* stop at the last key */
  for (size_t i = 0; left && i <= so->mask; i++)
    if (so->table[i].key && so->table[i].key != DUMMY) {
      ft_decref(so->table[i].key);
      left--;
    }
  if (so->table != so->smalltable)
    ft_mem_free(so->table);
  ft_object_free(o);
}

static FtValue set_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return ft_val(set_alloc(type));
}

static int set_init(FtValue self, const FtValue *args, size_t nargs,
                    FtValue kwnames) {
  if (ft_args_no_kw("set", kwnames) < 0 ||
      ft_args_count("set", nargs, 0, 1) < 0)
    return -1;
  FtSet *so = S(self);
  if (so->fill)
    set_clear_internal(so);
  so->hash = -1;
  if (nargs)
    return set_update_internal(so, args[0]);
  return 0;
}

static FtValue frozenset_new(FtType *type, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  if ((type == &FtFrozenSet_Type || type->init == FtFrozenSet_Type.init) &&
      ft_args_no_kw("frozenset", kwnames) < 0)
    return 0;
  if (ft_args_count("frozenset", nargs, 0, 1) < 0)
    return 0;
  FtValue it = nargs ? args[0] : 0;
  if (type == &FtFrozenSet_Type && it &&
      ft_isinstance_exact(it, &FtFrozenSet_Type))
    return ft_newref(it);
  return make_new_set(type, it);
}

/* ---- the set algebra (CPython's algorithms) -------------------------- */

static int set_merge(FtSet *so, FtSet *other) {
  if (so == other)
    return 0;
  SetSnap sn;
  if (snap_take(other, &sn) < 0)
    return -1;
  int r = 0;
  if (sn.used == 0)
    goto done;
  slock(so);
  if ((so->fill + sn.used) * 5 >= so->mask * 3 &&
      set_table_resize(so, (so->used + sn.used) * 2) < 0) {
    sunlock(so);
    r = -1;
    goto done;
  }
  if (so->fill == 0 && so->mask == sn.mask && sn.fill == sn.used) {
    /* Same size, no dummies: copy slot for slot. */
    for (size_t i = 0; i <= sn.mask; i++) {
      FtValue key = sn.table[i].key;
      if (key) {
        so->table[i].key = ft_newref(key);
        so->table[i].hash = sn.table[i].hash;
      }
    }
    so->fill = sn.used;
    set_used(so, sn.used);
    so->version++;
  } else if (so->fill == 0) {
    SNAP_FOREACH(&sn, e)
    set_insert_clean(so->table, so->mask, ft_newref(e->key), e->hash);
    so->fill = sn.used;
    set_used(so, sn.used);
    so->version++;
  } else {
    SNAP_FOREACH(&sn, e) {
      if (set_add_entry(so, e->key, e->hash) < 0) {
        r = -1;
        break;
      }
    }
  }
  sunlock(so);
done:
  snap_free(&sn);
  return r;
}

static int set_update_internal(FtSet *so, FtValue other) {
  if (anyset(other))
    return set_merge(so, S(other));
  if (ft_isinstance_exact(other, &FtDict_Type)) {
    size_t dictsize = ft_dict_size(other);
    slock(so);
    int r = 0;
    if ((so->fill + dictsize) * 5 >= so->mask * 3)
      r = set_table_resize(so, (so->used + dictsize) * 2);
    sunlock(so);
    if (r < 0)
      return -1;
    size_t pos = 0;
    FtValue k;
    while (ft_dict_next(other, &pos, &k, NULL)) {
      r = add_key(so, k);
      ft_decref(k);
      if (r < 0)
        return -1;
    }
    return 0;
  }
  FtValue it = ft_iter(other);
  if (!it)
    return -1;
  FtValue key;
  while ((key = ft_next(it)) != 0) {
    int r = add_key(so, key);
    ft_decref(key);
    if (r < 0) {
      ft_decref(it);
      return -1;
    }
  }
  ft_decref(it);
  return ft_err_occurred() ? -1 : 0;
}

static FtValue set_copy_of(FtSet *so) {
  return make_new_set_basetype(so->ob.type, ft_val(so));
}

static FtValue set_intersection(FtSet *so, FtValue other) {
  if (ft_val(so) == other)
    return set_copy_of(so);
  FtValue result = make_new_set_basetype(so->ob.type, 0);
  if (!result)
    return 0;
  FtSet *rs = S(result);
  if (anyset(other)) {
    FtSet *a = so, *b = S(other);
    if (used_relaxed(b) > used_relaxed(a)) {
      FtSet *t = a;
      a = b;
      b = t;
    }
    SetSnap sn;
    if (snap_take(b, &sn) < 0)
      goto fail;
    int r = 0;
    SNAP_FOREACH(&sn, e) {
      r = contains_hash(a, e->key, e->hash);
      if (r > 0)
        r = add_hash(rs, e->key, e->hash);
      if (r < 0)
        break;
    }
    snap_free(&sn);
    if (r < 0)
      goto fail;
    return result;
  }
  FtValue it = ft_iter(other);
  if (!it)
    goto fail;
  FtValue key;
  while ((key = ft_next(it)) != 0) {
    intptr_t hash = hash_of(key);
    int r = hash == -1 ? -1 : contains_hash(so, key, hash);
    if (r > 0) {
      r = add_hash(rs, key, hash);
      if (r == 0 && used_relaxed(rs) >= used_relaxed(so)) {
        ft_decref(key);
        break;
      }
    }
    ft_decref(key);
    if (r < 0) {
      ft_decref(it);
      goto fail;
    }
  }
  ft_decref(it);
  if (ft_err_occurred())
    goto fail;
  return result;
fail:
  ft_decref(result);
  return 0;
}

/* Exchange the contents of so and tmp (tmp is private); so locked. */
static void set_swap_bodies(FtSet *a, FtSet *b) {
  size_t t;
  t = a->fill; a->fill = b->fill; b->fill = t;
  t = a->used; set_used(a, b->used); b->used = t;
  t = a->mask; a->mask = b->mask; b->mask = t;
  SetEntry *ta = a->table == a->smalltable ? NULL : a->table;
  SetEntry *tb = b->table == b->smalltable ? NULL : b->table;
  SetEntry tab[MINSIZE];
  memcpy(tab, a->smalltable, sizeof tab);
  memcpy(a->smalltable, b->smalltable, sizeof tab);
  memcpy(b->smalltable, tab, sizeof tab);
  a->table = tb ? tb : a->smalltable;
  b->table = ta ? ta : b->smalltable;
  a->hash = b->hash = -1;
  a->version++;
  b->version++;
}

static int set_replace_with(FtSet *so, FtValue tmp) {
  slock(so);
  set_swap_bodies(so, S(tmp));
  sunlock(so);
  return 0;
}

static int set_difference_update_internal(FtSet *so, FtValue other) {
  if (ft_val(so) == other) {
    set_clear_internal(so);
    return 0;
  }
  if (anyset(other)) {
    FtValue o;
    if ((used_relaxed(S(other)) >> 3) > used_relaxed(so)) {
      o = set_intersection(so, other);
      if (!o)
        return -1;
    } else {
      o = ft_newref(other);
    }
    SetSnap sn;
    int r = snap_take(S(o), &sn);
    if (r == 0) {
      SNAP_FOREACH(&sn, e) {
        if (discard_hash(so, e->key, e->hash) < 0) {
          r = -1;
          break;
        }
      }
      snap_free(&sn);
    }
    ft_decref(o);
    if (r < 0)
      return -1;
  } else {
    FtValue it = ft_iter(other);
    if (!it)
      return -1;
    FtValue key;
    while ((key = ft_next(it)) != 0) {
      int r = discard_key(so, key);
      ft_decref(key);
      if (r < 0) {
        ft_decref(it);
        return -1;
      }
    }
    ft_decref(it);
    if (ft_err_occurred())
      return -1;
  }
  /* More than 1/4 dummies: rebuild. */
  slock(so);
  int r = 0;
  if (so->fill - so->used > so->mask / 4)
    r = set_table_resize(so, so->used > 50000 ? so->used * 2
                                              : so->used * 4);
  sunlock(so);
  return r;
}

static FtValue set_copy_and_difference(FtSet *so, FtValue other) {
  FtValue result = set_copy_of(so);
  if (!result)
    return 0;
  if (set_difference_update_internal(S(result), other) < 0) {
    ft_decref(result);
    return 0;
  }
  return result;
}

static FtValue set_difference(FtSet *so, FtValue other) {
  size_t other_size;
  int is_dict = ft_isinstance_exact(other, &FtDict_Type);
  if (anyset(other))
    other_size = used_relaxed(S(other));
  else if (is_dict)
    other_size = ft_dict_size(other);
  else
    return set_copy_and_difference(so, other);
  if ((used_relaxed(so) >> 2) > other_size)
    return set_copy_and_difference(so, other);
  FtValue result = make_new_set_basetype(so->ob.type, 0);
  if (!result)
    return 0;
  SetSnap sn;
  if (snap_take(so, &sn) < 0) {
    ft_decref(result);
    return 0;
  }
  int r = 0;
  SNAP_FOREACH(&sn, e) {
    if (is_dict)
      r = ft_contains(other, e->key);
    else
      r = contains_hash(S(other), e->key, e->hash);
    if (r == 0)
      r = add_hash(S(result), e->key, e->hash);
    else if (r > 0)
      r = 0;
    if (r < 0)
      break;
  }
  snap_free(&sn);
  if (r < 0) {
    ft_decref(result);
    return 0;
  }
  return result;
}

static int set_symmetric_difference_update(FtSet *so, FtValue other) {
  if (ft_val(so) == other) {
    set_clear_internal(so);
    return 0;
  }
  if (ft_isinstance_exact(other, &FtDict_Type)) {
    size_t pos = 0;
    FtValue key;
    while (ft_dict_next(other, &pos, &key, NULL)) {
      intptr_t hash = hash_of(key);
      int r = hash == -1 ? -1 : discard_hash(so, key, hash);
      if (r == 0)
        r = add_hash(so, key, hash);
      ft_decref(key);
      if (r < 0)
        return -1;
    }
    return 0;
  }
  FtValue otherset;
  if (anyset(other))
    otherset = ft_newref(other);
  else if (!(otherset = make_new_set_basetype(so->ob.type, other)))
    return -1;
  SetSnap sn;
  int r = snap_take(S(otherset), &sn);
  if (r == 0) {
    SNAP_FOREACH(&sn, e) {
      r = discard_hash(so, e->key, e->hash);
      if (r == 0)
        r = add_hash(so, e->key, e->hash);
      if (r < 0)
        break;
      r = 0;
    }
    snap_free(&sn);
  }
  ft_decref(otherset);
  return r < 0 ? -1 : 0;
}

static FtValue set_symmetric_difference(FtSet *so, FtValue other) {
  FtValue otherset = make_new_set_basetype(so->ob.type, other);
  if (!otherset)
    return 0;
  if (set_symmetric_difference_update(S(otherset), ft_val(so)) < 0) {
    ft_decref(otherset);
    return 0;
  }
  return otherset;
}

/* 1 if every element of so is in other (a set), 0 if not, -1 error. */
static int set_issubset_set(FtSet *so, FtSet *other) {
  if (used_relaxed(so) > used_relaxed(other))
    return 0;
  SetSnap sn;
  if (snap_take(so, &sn) < 0)
    return -1;
  int r = 1;
  SNAP_FOREACH(&sn, e) {
    r = contains_hash(other, e->key, e->hash);
    if (r <= 0)
      break;
  }
  snap_free(&sn);
  return r;
}

static int set_issubset_any(FtSet *so, FtValue other) {
  if (anyset(other))
    return set_issubset_set(so, S(other));
  FtValue tmp = make_new_set(&FtSet_Type, other);
  if (!tmp)
    return -1;
  int r = set_issubset_set(so, S(tmp));
  ft_decref(tmp);
  return r;
}

static int set_issuperset_any(FtSet *so, FtValue other) {
  if (anyset(other))
    return set_issubset_set(S(other), so);
  FtValue it = ft_iter(other);
  if (!it)
    return -1;
  FtValue key;
  int r = 1;
  while (r == 1 && (key = ft_next(it)) != 0) {
    r = contains_key(so, key);
    ft_decref(key);
  }
  ft_decref(it);
  if (r == 1 && ft_err_occurred())
    r = -1;
  return r;
}

/* ---- protocol slots -------------------------------------------------- */

static FtValue set_repr(FtValue self) {
  FtSet *so = S(self);
  const char *tname = so->ob.type->name;
  int exact = so->ob.type == &FtSet_Type;
  int r = ft_repr_enter(self);
  if (r)
    return r > 0 ? ft_str_from_format("%s(...)", tname) : 0;
  FtValue res = 0;
  if (used_relaxed(so) == 0) {
    res = ft_str_from_format("%s()", tname);
  } else {
    FtValue keys = ft_list_from_iterable(self);
    FtValue lr = keys ? ft_repr(keys) : 0;
    ft_xdecref(keys);
    if (lr) {
      /* repr(list)[1:-1] */
      const char *p = ft_str_data(lr);
      size_t n = ft_str_size(lr);
      FtValue inner = ft_str_new(p + 1, n - 2);
      if (inner) {
        res = exact ? ft_str_from_format("{%U}", inner)
                    : ft_str_from_format("%s({%U})", tname, inner);
        ft_decref(inner);
      }
      ft_decref(lr);
    }
  }
  ft_repr_leave(self);
  return res;
}

static intptr_t set_len(FtValue self) { return (intptr_t)used_relaxed(S(self)); }
static int set_bool(FtValue self) { return used_relaxed(S(self)) != 0; }

/* `x in s`, retrying an unhashable set key as a frozenset. */
static int set_contains(FtValue self, FtValue key) {
  int r = contains_key(S(self), key);
  if (r < 0 && ft_isinstance_type(key, &FtSet_Type) &&
      ft_err_matches(&FtExc_TypeError)) {
    ft_err_clear();
    FtValue tmp = make_new_set(&FtFrozenSet_Type, key);
    if (!tmp)
      return -1;
    r = contains_key(S(self), tmp);
    ft_decref(tmp);
  }
  return r;
}

static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* CPython 3.11's frozenset hash, so hash(frozenset({1, 2})) agrees. */
static intptr_t frozenset_hash(FtValue self) {
  FtSet *so = S(self);
  intptr_t cached = __atomic_load_n(&so->hash, __ATOMIC_RELAXED);
  if (cached != -1)
    return cached;
  uint64_t hash = 0;
  for (size_t i = 0; i <= so->mask; i++)
    hash ^= shuffle_bits((uint64_t)so->table[i].hash);
  if ((so->mask + 1 - so->fill) & 1)
    hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1)
    hash ^= shuffle_bits((uint64_t)-1);
  hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == (uint64_t)-1)
    hash = 590923713ULL;
  __atomic_store_n(&so->hash, (intptr_t)hash, __ATOMIC_RELAXED);
  return (intptr_t)hash;
}

static FtValue set_richcompare(FtValue v, FtValue w, int op) {
  if (!anyset(v) || !anyset(w))
    return FT_NOTIMPL;
  FtSet *a = S(v), *b = S(w);
  int r;
  switch (op) {
  case FT_EQ:
  case FT_NE:
    if (used_relaxed(a) != used_relaxed(b)) {
      r = 0;
    } else {
      intptr_t ha = a->frozen ? __atomic_load_n(&a->hash, __ATOMIC_RELAXED) : -1;
      intptr_t hb = b->frozen ? __atomic_load_n(&b->hash, __ATOMIC_RELAXED) : -1;
      r = (ha != -1 && hb != -1 && ha != hb) ? 0 : set_issubset_set(a, b);
    }
    if (r >= 0 && op == FT_NE)
      r = !r;
    break;
  case FT_LE: r = set_issubset_set(a, b); break;
  case FT_GE: r = set_issubset_set(b, a); break;
  case FT_LT:
    r = used_relaxed(a) < used_relaxed(b) ? set_issubset_set(a, b) : 0;
    break;
  default:
    r = used_relaxed(a) > used_relaxed(b) ? set_issubset_set(b, a) : 0;
    break;
  }
  return r < 0 ? 0 : ft_bool(r);
}

/* a | b: the result's table is sized for both at once (copying a and then
 * adding b would often grow it a second time), a's keys go in without
 * comparisons, b's are added with their stored hashes. */
static FtValue set_or(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  if (a == b)
    return set_copy_of(S(a));
  FtValue result = make_new_set_basetype(ft_type(a), 0);
  if (!result)
    return 0;
  FtSet *rs = S(result);
  SetSnap sa, sb;
  if (snap_take(S(a), &sa) < 0) {
    ft_decref(result);
    return 0;
  }
  if (snap_take(S(b), &sb) < 0) {
    snap_free(&sa);
    ft_decref(result);
    return 0;
  }
  int r = 0;
  /* result is new: no other thread can see it yet */
  if ((sa.used + sb.used) * 5 >= rs->mask * 3)
    r = set_table_resize(rs, (sa.used + sb.used) * 2);
  if (r == 0) {
    SNAP_FOREACH(&sa, e)
    set_insert_clean(rs->table, rs->mask, ft_newref(e->key), e->hash);
    rs->fill = sa.used;
    set_used(rs, sa.used);
    slock(rs); /* set_add_entry drops it around a Python __eq__ */
    SNAP_FOREACH(&sb, e) {
      if ((r = set_add_entry(rs, e->key, e->hash)) < 0)
        break;
    }
    sunlock(rs);
  }
  snap_free(&sa);
  snap_free(&sb);
  if (r < 0) {
    ft_decref(result);
    return 0;
  }
  return result;
}

static FtValue set_and(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  return set_intersection(S(a), b);
}

static FtValue set_sub(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  return set_difference(S(a), b);
}

static FtValue set_xor(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  return set_symmetric_difference(S(a), b);
}

static FtValue set_ior(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  if (set_update_internal(S(a), b) < 0)
    return 0;
  return ft_newref(a);
}

static FtValue set_iand(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  FtValue tmp = set_intersection(S(a), b);
  if (!tmp)
    return 0;
  set_replace_with(S(a), tmp);
  ft_decref(tmp);
  return ft_newref(a);
}

static FtValue set_isub(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  if (set_difference_update_internal(S(a), b) < 0)
    return 0;
  return ft_newref(a);
}

static FtValue set_ixor(FtValue a, FtValue b) {
  if (!anyset(a) || !anyset(b))
    return FT_NOTIMPL;
  if (set_symmetric_difference_update(S(a), b) < 0)
    return 0;
  return ft_newref(a);
}

/* ---- iterator -------------------------------------------------------- */

/* State guarded by the set's mutex. */
typedef struct FtSetIter {
  FtObject ob;
  FtValue set;
  size_t pos;
  size_t used; /* SIZE_MAX once a size change was reported */
  size_t len;
  int done;
} FtSetIter;

static FtValue set_iter(FtValue self) {
  FtSetIter *it =
      (FtSetIter *)ft_object_alloc(&FtSetIter_Type, sizeof(FtSetIter));
  if (!it)
    return 0;
  it->set = ft_newref(self);
  it->used = used_relaxed(S(self));
  it->len = it->used;
  return ft_val(it);
}

static FtValue iter_self(FtValue self) { return ft_newref(self); }

static FtValue setiter_next(FtValue self) {
  FtSetIter *it = (FtSetIter *)ft_obj(self);
  FtSet *so = S(it->set);
  FtValue key = 0;
  ft_mutex_lock(&so->ob.mutex);
  if (it->done)
    goto out;
  if (it->used != so->used) {
    it->used = SIZE_MAX;
    ft_mutex_unlock(&so->ob.mutex);
    return ft_err_format(&FtExc_RuntimeError,
                         "Set changed size during iteration");
  }
  size_t i = it->pos, mask = so->mask;
  SetEntry *t = so->table;
  while (i <= mask && (t[i].key == 0 || t[i].key == DUMMY))
    i++;
  it->pos = i + 1;
  if (i > mask) {
    it->done = 1;
    goto out;
  }
  if (it->len)
    it->len--;
  key = ft_newref(t[i].key);
out:
  ft_mutex_unlock(&so->ob.mutex);
  return key;
}

static void setiter_dealloc(FtObject *o) {
  FT_CLEAR(((FtSetIter *)o)->set);
  ft_object_free(o);
}

static FtValue setiter_length_hint(FtValue self, const FtValue *args,
                                   size_t nargs, FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtSetIter *it = (FtSetIter *)ft_obj(self);
  FtSet *so = S(it->set);
  ft_mutex_lock(&so->ob.mutex);
  size_t n = (!it->done && it->used == so->used) ? it->len : 0;
  ft_mutex_unlock(&so->ob.mutex);
  return ft_int_from_u64(n);
}

/* ---- public API ------------------------------------------------------ */

int ft_set_add(FtValue s, FtValue key) { return add_key(S(s), key); }

int ft_set_contains(FtValue s, FtValue key) { return set_contains(s, key); }

size_t ft_set_size(FtValue s) { return used_relaxed(S(s)); }

int ft_set_discard(FtValue s, FtValue key) { return discard_key(S(s), key); }

int ft_set_next(FtValue s, size_t *pos, FtValue *key) {
  FtSet *so = S(s);
  int r = 0;
  slock(so);
  size_t i = *pos;
  while (i <= so->mask &&
         (so->table[i].key == 0 || so->table[i].key == DUMMY))
    i++;
  if (i <= so->mask) {
    *key = ft_newref(so->table[i].key);
    r = 1;
  }
  *pos = i + 1;
  sunlock(so);
  return r;
}

FtValue ft_set_to_list(FtValue s) {
  SetSnap sn;
  if (snap_take(S(s), &sn) < 0)
    return 0;
  FtValue l = ft_list_new(sn.used);
  if (l) {
    size_t i = 0;
    SNAP_FOREACH(&sn, e)
    ((FtList *)ft_obj(l))->items[i++] = ft_newref(e->key);
  }
  snap_free(&sn);
  return l;
}

/* ---- methods --------------------------------------------------------- */

static int one_arg(const char *name, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw(name, kwnames) < 0)
    return -1;
  if (nargs != 1) {
    ft_err_format(&FtExc_TypeError,
                  "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
  }
  return 0;
}

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

static FtValue m_add(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  if (one_arg("set.add", nargs, kwnames) < 0)
    return 0;
  return add_key(S(self), args[0]) < 0 ? 0 : FT_NONE;
}

static FtValue m_clear(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  (void)args;
  if (no_args("set.clear", nargs, kwnames) < 0)
    return 0;
  set_clear_internal(S(self));
  return FT_NONE;
}

static FtValue m_contains(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  if (one_arg("set.__contains__", nargs, kwnames) < 0)
    return 0;
  int r = set_contains(self, args[0]);
  return r < 0 ? 0 : ft_bool(r);
}

static FtValue m_copy(FtValue self, const FtValue *args, size_t nargs,
                      FtValue kwnames) {
  (void)args;
  if (no_args("set.copy", nargs, kwnames) < 0)
    return 0;
  return set_copy_of(S(self));
}

static FtValue m_frozen_copy(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)args;
  if (no_args("frozenset.copy", nargs, kwnames) < 0)
    return 0;
  if (ft_isinstance_exact(self, &FtFrozenSet_Type))
    return ft_newref(self);
  return set_copy_of(S(self));
}

/* remove/discard with the frozenset retry for set keys. */
static int discard_retry(FtSet *so, FtValue key) {
  int r = discard_key(so, key);
  if (r < 0 && ft_isinstance_type(key, &FtSet_Type) &&
      ft_err_matches(&FtExc_TypeError)) {
    ft_err_clear();
    FtValue tmp = make_new_set(&FtFrozenSet_Type, key);
    if (!tmp)
      return -1;
    r = discard_key(so, tmp);
    ft_decref(tmp);
  }
  return r;
}

static FtValue m_discard(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  if (one_arg("set.discard", nargs, kwnames) < 0)
    return 0;
  return discard_retry(S(self), args[0]) < 0 ? 0 : FT_NONE;
}

static FtValue m_remove(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (one_arg("set.remove", nargs, kwnames) < 0)
    return 0;
  int r = discard_retry(S(self), args[0]);
  if (r < 0)
    return 0;
  if (r == 0)
    return ft_err_set_value(&FtExc_KeyError, args[0]);
  return FT_NONE;
}

static FtValue m_pop(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  (void)args;
  if (no_args("set.pop", nargs, kwnames) < 0)
    return 0;
  FtSet *so = S(self);
  slock(so);
  if (so->used == 0) {
    sunlock(so);
    FtValue msg = ft_str_from_cstr("pop from an empty set");
    if (msg) {
      ft_err_set_value(&FtExc_KeyError, msg);
      ft_decref(msg);
    }
    return 0;
  }
  SetEntry *entry = so->table + (so->finger & so->mask);
  SetEntry *limit = so->table + so->mask;
  while (entry->key == 0 || entry->key == DUMMY) {
    entry++;
    if (entry > limit)
      entry = so->table;
  }
  FtValue key = entry->key;
  entry->key = DUMMY;
  entry->hash = -1;
  set_used(so, so->used - 1);
  so->finger = (size_t)(entry - so->table) + 1;
  so->version++;
  sunlock(so);
  return key;
}

static FtValue m_union(FtValue self, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  if (ft_args_no_kw("set.union", kwnames) < 0)
    return 0;
  FtValue result = set_copy_of(S(self));
  if (!result)
    return 0;
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self)
      continue;
    if (set_update_internal(S(result), args[i]) < 0) {
      ft_decref(result);
      return 0;
    }
  }
  return result;
}

static FtValue m_update(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  if (ft_args_no_kw("set.update", kwnames) < 0)
    return 0;
  for (size_t i = 0; i < nargs; i++)
    if (set_update_internal(S(self), args[i]) < 0)
      return 0;
  return FT_NONE;
}

static FtValue intersection_multi(FtValue self, const FtValue *args,
                                  size_t nargs) {
  if (nargs == 0)
    return set_copy_of(S(self));
  FtValue result = ft_newref(self);
  for (size_t i = 0; i < nargs; i++) {
    FtValue nr = set_intersection(S(result), args[i]);
    ft_decref(result);
    if (!nr)
      return 0;
    result = nr;
  }
  return result;
}

static FtValue m_intersection(FtValue self, const FtValue *args,
                              size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("set.intersection", kwnames) < 0)
    return 0;
  return intersection_multi(self, args, nargs);
}

static FtValue m_intersection_update(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("set.intersection_update", kwnames) < 0)
    return 0;
  FtValue tmp = intersection_multi(self, args, nargs);
  if (!tmp)
    return 0;
  if (tmp != self)
    set_replace_with(S(self), tmp);
  ft_decref(tmp);
  return FT_NONE;
}

static FtValue m_difference(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  if (ft_args_no_kw("set.difference", kwnames) < 0)
    return 0;
  if (nargs == 0)
    return set_copy_of(S(self));
  FtValue result = set_difference(S(self), args[0]);
  for (size_t i = 1; result && i < nargs; i++) {
    if (set_difference_update_internal(S(result), args[i]) < 0) {
      ft_decref(result);
      return 0;
    }
  }
  return result;
}

static FtValue m_difference_update(FtValue self, const FtValue *args,
                                   size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw("set.difference_update", kwnames) < 0)
    return 0;
  for (size_t i = 0; i < nargs; i++)
    if (set_difference_update_internal(S(self), args[i]) < 0)
      return 0;
  return FT_NONE;
}

static FtValue m_symmetric_difference(FtValue self, const FtValue *args,
                                      size_t nargs, FtValue kwnames) {
  if (one_arg("set.symmetric_difference", nargs, kwnames) < 0)
    return 0;
  return set_symmetric_difference(S(self), args[0]);
}

static FtValue m_symmetric_difference_update(FtValue self,
                                             const FtValue *args,
                                             size_t nargs, FtValue kwnames) {
  if (one_arg("set.symmetric_difference_update", nargs, kwnames) < 0)
    return 0;
  if (set_symmetric_difference_update(S(self), args[0]) < 0)
    return 0;
  return FT_NONE;
}

static FtValue m_issubset(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  if (one_arg("set.issubset", nargs, kwnames) < 0)
    return 0;
  int r = set_issubset_any(S(self), args[0]);
  return r < 0 ? 0 : ft_bool(r);
}

static FtValue m_issuperset(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  if (one_arg("set.issuperset", nargs, kwnames) < 0)
    return 0;
  int r = set_issuperset_any(S(self), args[0]);
  return r < 0 ? 0 : ft_bool(r);
}

static FtValue m_isdisjoint(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  if (one_arg("set.isdisjoint", nargs, kwnames) < 0)
    return 0;
  FtSet *so = S(self);
  FtValue other = args[0];
  if (self == other)
    return ft_bool(used_relaxed(so) == 0);
  if (ft_isinstance_exact(other, &FtSet_Type) ||
      ft_isinstance_exact(other, &FtFrozenSet_Type)) {
    FtSet *a = so, *b = S(other);
    if (used_relaxed(b) > used_relaxed(a)) {
      FtSet *t = a;
      a = b;
      b = t;
    }
    SetSnap sn;
    if (snap_take(b, &sn) < 0)
      return 0;
    int r = 0;
    SNAP_FOREACH(&sn, e) {
      r = contains_hash(a, e->key, e->hash);
      if (r != 0)
        break;
    }
    snap_free(&sn);
    return r < 0 ? 0 : ft_bool(!r);
  }
  FtValue it = ft_iter(other);
  if (!it)
    return 0;
  FtValue key;
  int r = 0;
  while (r == 0 && (key = ft_next(it)) != 0) {
    r = contains_key(so, key);
    ft_decref(key);
  }
  ft_decref(it);
  if (r < 0 || (r == 0 && ft_err_occurred()))
    return 0;
  return ft_bool(!r);
}

static FtValue m_reduce(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  FtValue keys = ft_list_from_iterable(self);
  if (!keys)
    return 0;
  FtValue a = ft_tuple_pack(1, keys);
  ft_decref(keys);
  if (!a)
    return 0;
  FtValue *dslot = ft_object_dict_slot(self);
  FtValue state = dslot && *dslot ? *dslot : FT_NONE;
  FtValue r = ft_tuple_pack(3, ft_val(ft_type(self)), a, state);
  ft_decref(a);
  return r;
}

/* CPython's numbers (sizeof(PySetObject) is 200, an entry 16 bytes) so
 * sys.getsizeof agrees; the growth policy here is CPython's too. */
static FtValue m_sizeof(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  if (ft_args_no_kw("__sizeof__", kwnames) < 0 ||
      ft_args_count("__sizeof__", nargs, 0, 0) < 0)
    return 0;
  FtSet *s = S(self);
  slock(s);
  size_t extra = s->table != s->smalltable ? (s->mask + 1) * 16 : 0;
  sunlock(s);
  return ft_int_from_u64(200 + extra);
}

static const FtMethodDef set_methods[] = {
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0,
     "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0,
     "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0,
     "Remove all elements of another set from this set."},
    {"intersection", m_intersection, 0,
     "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, 0,
     "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this "
                                "set."},
    {"issuperset", m_issuperset, 0,
     "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", m_remove, 0,
     "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"update", m_update, 0,
     "Update a set with the union of itself and others."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef frozenset_methods[] = {
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_frozen_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0,
     "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, 0,
     "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, 0,
     "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this "
                                "set."},
    {"issuperset", m_issuperset, 0,
     "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static const FtMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- the types ------------------------------------------------------- */

FtType FtSet_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "set",
    .basicsize = sizeof(FtSet),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = NULL, /* unhashable */
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .bool_ = set_bool,
    .nb[FT_NB_SUB] = set_sub,
    .nb[FT_NB_AND] = set_and,
    .nb[FT_NB_XOR] = set_xor,
    .nb[FT_NB_OR] = set_or,
    .nb_inplace[FT_NB_SUB] = set_isub,
    .nb_inplace[FT_NB_AND] = set_iand,
    .nb_inplace[FT_NB_XOR] = set_ixor,
    .nb_inplace[FT_NB_OR] = set_ior,
    .methods = set_methods,
    .new_ = set_new,
    .init = set_init,
};

FtType FtFrozenSet_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "frozenset",
    .basicsize = sizeof(FtSet),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .bool_ = set_bool,
    .nb[FT_NB_SUB] = set_sub,
    .nb[FT_NB_AND] = set_and,
    .nb[FT_NB_XOR] = set_xor,
    .nb[FT_NB_OR] = set_or,
    .methods = frozenset_methods,
    .new_ = frozenset_new,
};

FtType FtSetIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "set_iterator",
    .basicsize = sizeof(FtSetIter),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

void ft_set_init(void) {
  ft_type_ready(&FtSet_Type);
  ft_type_ready(&FtFrozenSet_Type);
  ft_type_ready(&FtSetIter_Type);
}
