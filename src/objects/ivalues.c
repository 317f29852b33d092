/*
 * ivalues.c -- inline instance values: the attributes of an instance kept
 * in an array inside the object instead of a __dict__.
 *
 * Representation: a heap class whose nearest built-in base is `object`
 * gets ivalues_cap value slots at the end of its instance layout
 * (ivalues_offset), and a key list on the type (ikeys, append-only: the
 * names in the order instances first stored them).  An instance without
 * a __dict__ keeps attribute ikeys[i] in value slot i; 0 is "not set".
 * The slots in use always form a prefix, so the insertion order of an
 * instance's attributes is key order.  Anything the array can't express
 * -- a store that would leave a gap, a name past the capacity, `del`,
 * a non-str name, asking for __dict__ -- moves the values into a real
 * dict ("materializes" it), and from then on the instance uses the dict
 * only: the __dict__ slot never goes back to 0.
 *
 * This saves the dict and its table (one allocation per instance instead
 * of three) and makes a cached attribute read two dependent loads.
 *
 * Synchronization rule:
 *  - Value slots and the __dict__ slot change only under the object's
 *    mutex; materializing clears the values and publishes the dict (a
 *    release store) under it, so a store never lands in a value slot
 *    after the dict was built from them.
 *  - Readers load the __dict__ slot (acquire), then a value slot
 *    (acquire), without the lock when the value needs no count or is
 *    owned by the reading thread (the rule of dict.c's lock-free path:
 *    another thread's decref of an object this thread owns is queued to
 *    this thread, so it can't be freed under the reader); otherwise they
 *    read under the mutex.  A reader that sees 0 takes the generic path,
 *    which finds the dict if one was made meanwhile.
 *  - The type's keys: see FtType.ikeys in object.h.
 *
 * A tracing collector must visit the values of an object whose __dict__
 * slot is 0 (ft_ivalues_clear shows the walk).
 */
#include "ft.h"
#include "objects/ivalues.h"
#include "vm/code.h"
#include "vm/opcodes.h"

/* At most this many inline values per instance (CPython's shared-keys
 * limit is similar). */
#define IVALUES_MAX 30

static inline _Atomic FtValue *values_of(FtObject *o) {
  return (_Atomic FtValue *)((char *)o + o->type->ivalues_offset);
}

/* ---- class creation ----------------------------------------------------- */

/* Count the distinct `self.NAME = ...` stores in fn's code (the first
 * parameter loaded just before STORE_ATTR), adding the names to seen. */
static int count_self_stores(FtValue fn, FtValue seen) {
  if (ft_is_small(fn) || ft_type(fn) != &FtFunction_Type)
    return 0;
  FtCode *co = (FtCode *)ft_obj(((FtFunction *)ft_obj(fn))->code);
  if (co->argcount < 1)
    return 0;
  int n = 0;
  for (size_t i = 0; i + 1 < co->ncode; i++) {
    uint32_t a = co->code[i], b = co->code[i + 1];
    /* LOAD_FAST is marked LOAD_FAST_STORE_ATTR before a STORE_ATTR */
    int op = (int)(a & 0xFF);
    if ((op != OP_LOAD_FAST_STORE_ATTR && op != OP_LOAD_FAST) || (a >> 8) != 0 ||
        (b & 0xFF) != OP_STORE_ATTR)
      continue;
    FtValue name = ft_tuple_get(co->names, b >> 8);
    int have = ft_set_contains(seen, name);
    if (have < 0 || (!have && ft_set_add(seen, name) < 0))
      return -1;
    n += !have;
  }
  return n;
}

int ft_ivalues_setup(FtType *t, FtValue ns) {
  /* Only layouts that just extend object, with the __dict__ slot a class
   * statement made (C types manage their own dict slots). */
  FtType *solid = t;
  while (solid->tpflags & FT_TPFLAG_HEAPTYPE)
    solid = solid->base;
  if (solid != &FtObject_Type || t->dictoffset <= 0 || t->itemsize ||
      (t->tpflags & FT_TPFLAG_TYPE_SUBCLASS))
    return 0;
  FtValue seen = ft_set_new(0);
  if (!seen)
    return -1;
  size_t pos = 0;
  FtValue v;
  int cap = 0;
  while (ft_dict_next(ns, &pos, NULL, &v)) {
    int n = count_self_stores(v, seen);
    ft_decref(v);
    if (n < 0) {
      ft_decref(seen);
      return -1;
    }
    cap += n;
  }
  ft_decref(seen);
  /* attributes the bases' methods store (super().__init__()) */
  size_t nb = ft_tuple_len(t->bases);
  for (size_t i = 0; i < nb; i++)
    cap += (int)((FtType *)ft_obj(ft_tuple_get(t->bases, i)))->ivalues_cap;
  if (!cap)
    return 0;
  /* room for attributes added from outside the methods (records, setattr
   * loops): an overflow costs the instance its inline values */
  cap += (cap + 1) / 2;
  if (cap > IVALUES_MAX)
    cap = IVALUES_MAX;
  t->ikeys = ft_mem_calloc((size_t)cap, sizeof(FtValue));
  if (!t->ikeys)
    return -1;
  t->ivalues_offset = (uint32_t)t->basicsize;
  t->ivalues_cap = (uint32_t)cap;
  t->basicsize += (size_t)cap * sizeof(FtValue);
  return 0;
}

/* ---- keys ------------------------------------------------------------- */

/* The position of name in t's keys, appending it when there is room; -1
 * when there is none.  name: an interned exact str. */
static intptr_t key_index_add(FtType *t, FtValue name) {
  intptr_t i = ft_ivalues_index(t, name);
  if (i >= 0)
    return i;
  ft_mutex_lock(&t->ob.mutex);
  i = ft_ivalues_index(t, name);
  uint32_t n = atomic_load_explicit(&t->nikeys, memory_order_relaxed);
  if (i < 0 && n < t->ivalues_cap) {
    intptr_t hash = atomic_load_explicit(&((FtStr *)ft_obj(name))->hash, memory_order_relaxed);
    if (hash == -1)
      hash = ft_str_hash(name);
    atomic_store_explicit(&t->ikeys[n], name, memory_order_relaxed);
    atomic_store_explicit(&t->ikeys_bloom,
                          atomic_load_explicit(&t->ikeys_bloom, memory_order_relaxed) |
                              FT_DICT_BLOOM_BIT(hash),
                          memory_order_relaxed);
    atomic_store_explicit(&t->nikeys, n + 1, memory_order_release);
    i = n;
  }
  ft_mutex_unlock(&t->ob.mutex);
  return i;
}

/* ---- reads and writes ------------------------------------------------- */

int ft_ivalues_get(FtValue ov, FtValue name, FtValue *out) {
  FtObject *o = ft_obj(ov);
  if (!ft_ivalues_active(o))
    return -1;
  if (!ft_str_check(name))
    return 0; /* the keys are all strs */
  intptr_t i = ft_ivalues_index(o->type, name);
  if (i < 0)
    return 0;
  int r;
  ft_mutex_lock(&o->mutex);
  if (!atomic_load_explicit(ft_ivalues_dict_slot(o), memory_order_relaxed)) {
    FtValue v = atomic_load_explicit(&values_of(o)[i], memory_order_relaxed);
    ft_xincref(v);
    *out = v;
    r = v ? 1 : 0;
  } else {
    r = -1; /* materialized meanwhile */
  }
  ft_mutex_unlock(&o->mutex);
  return r;
}

FtValue ft_ivalues_shadow(FtValue ov, FtValue name) {
  FtObject *o = ft_obj(ov);
  intptr_t i;
  /* not a key, or o has no value for it: no shadow (a store racing with
   * this check may be seen or not) */
  if (!ft_ivalues_maybe_key(o->type, name) || (i = ft_ivalues_index(o->type, name)) < 0 ||
      (ft_ivalues_active(o) && !atomic_load_explicit(&values_of(o)[i], memory_order_acquire)))
    return 0;
  FtValue v = 0;
  return ft_ivalues_get(ov, name, &v) > 0 ? v : 0;
}

int ft_ivalues_set(FtValue ov, FtValue name, FtValue v) {
  FtObject *o = ft_obj(ov);
  if (!v || ft_is_small(name) || ft_type(name) != &FtStr_Type)
    return 0;
  if (!(ft_obj(name)->flags & FT_STR_INTERNED)) {
    name = ft_str_intern(ft_newref(name));
    if (!name)
      return -1;
    ft_decref(name); /* interned strs are immortal */
  }
  intptr_t i = key_index_add(o->type, name);
  if (i < 0)
    return 0;
  FtValue old;
  ft_incref(v);
  if (!ft_ivalues_store_at(ov, o->type->ivalues_offset + (size_t)i * sizeof(FtValue), v,
                           &old)) {
    ft_decref(v);
    return 0;
  }
  ft_xdecref(old);
  return 1;
}

FtValue ft_ivalues_materialize_locked(FtObject *o) {
  FtValue d = ft_dict_new();
  if (!d)
    return 0;
  FtType *t = o->type;
  _Atomic FtValue *vals = values_of(o);
  for (uint32_t i = 0; i < t->ivalues_cap; i++) {
    FtValue v = atomic_load_explicit(&vals[i], memory_order_relaxed);
    if (!v)
      break; /* the values form a prefix */
    /* no Python code runs: the keys are exact strs */
    if (ft_dict_set(d, atomic_load_explicit(&t->ikeys[i], memory_order_relaxed), v) < 0) {
      ft_decref(d);
      return 0;
    }
  }
  /* the dict took its own references; the slots' go with them */
  for (uint32_t i = 0; i < t->ivalues_cap; i++) {
    FtValue v = atomic_load_explicit(&vals[i], memory_order_relaxed);
    if (!v)
      break;
    atomic_store_explicit(&vals[i], 0, memory_order_relaxed);
    ft_decref(v);
  }
  atomic_store_explicit(ft_ivalues_dict_slot(o), d, memory_order_release);
  return d;
}

void ft_ivalues_clear(FtObject *o) {
  if (!ft_ivalues_active(o))
    return;
  _Atomic FtValue *vals = values_of(o);
  for (uint32_t i = 0; i < o->type->ivalues_cap; i++) {
    FtValue v = atomic_load_explicit(&vals[i], memory_order_relaxed);
    if (!v)
      break;
    atomic_store_explicit(&vals[i], 0, memory_order_relaxed);
    ft_decref(v);
  }
}
