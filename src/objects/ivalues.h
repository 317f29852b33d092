/*
 * ivalues.h -- inline instance values: the parts the eval loop's attribute
 * caches use directly.  ivalues.c's opening comment is the authority on
 * the representation and its synchronization rule.
 */
#ifndef FT_IVALUES_H
#define FT_IVALUES_H

#include "ft.h"
#include "objects/dict.h"

/* The instance __dict__ slot of o, whose type has inline values (such
 * types have a fixed-size layout). */
static inline _Atomic FtValue *ft_ivalues_dict_slot(FtObject *o) {
  return (_Atomic FtValue *)((char *)o + o->type->dictoffset);
}

/* True while o (whose type has inline values) keeps its attributes in
 * them: it has no __dict__ yet. */
static inline int ft_ivalues_active(FtObject *o) {
  return !atomic_load_explicit(ft_ivalues_dict_slot(o), memory_order_acquire);
}

/* Position of name (an exact str) in t's keys, or -1. */
static inline intptr_t ft_ivalues_index(FtType *t, FtValue name) {
  uint32_t n = atomic_load_explicit(&t->nikeys, memory_order_acquire);
  for (uint32_t i = 0; i < n; i++)
    if (atomic_load_explicit(&t->ikeys[i], memory_order_relaxed) == name)
      return i;
  if (ft_obj(name)->flags & FT_STR_INTERNED)
    return -1; /* keys are interned: identity decides */
  for (uint32_t i = 0; i < n; i++)
    if (ft_str_eq(atomic_load_explicit(&t->ikeys[i], memory_order_relaxed), name))
      return i;
  return -1;
}

/* Store v (stolen, not 0) into the inline value at byte offset off of o,
 * which is a key's position: replacing a value, or adding the next one
 * (the values in use always form a prefix, so insertion order is key
 * order).  Returns 1 with the old value (or 0) in *old for the caller to
 * release, or 0 when o has a __dict__ or off would leave a gap (nothing
 * stored; then take the generic path). */
static inline int ft_ivalues_store_at(FtValue ov, size_t off, FtValue v, FtValue *old) {
  FtObject *o = ft_obj(ov);
  _Atomic FtValue *slot = (_Atomic FtValue *)((char *)o + off);
  int ok = 0;
  ft_mutex_lock(&o->mutex);
  if (!atomic_load_explicit(ft_ivalues_dict_slot(o), memory_order_relaxed)) {
    FtValue cur = atomic_load_explicit(slot, memory_order_relaxed);
    if (cur || off == o->type->ivalues_offset ||
        atomic_load_explicit(slot - 1, memory_order_relaxed)) {
      atomic_store_explicit(slot, v, memory_order_release);
      *old = cur;
      ok = 1;
    }
  }
  ft_mutex_unlock(&o->mutex);
  return ok;
}

/* False when name (an exact str) is surely not one of t's keys (its
 * bloom bit is clear). */
static inline int ft_ivalues_maybe_key(FtType *t, FtValue name) {
  intptr_t hash = atomic_load_explicit(&((FtStr *)ft_obj(name))->hash, memory_order_relaxed);
  return hash == -1 ||
         (atomic_load_explicit(&t->ikeys_bloom, memory_order_acquire) & FT_DICT_BLOOM_BIT(hash));
}

/* The value of name in o for a method call's shadowing check: a new
 * reference, or 0 (no error) when o has no such inline value. */
FtValue ft_ivalues_shadow(FtValue o, FtValue name);

/* Give a new heap class t inline values when its instances can have them
 * (called when its layout is otherwise complete); ns: the class body's
 * namespace, whose methods tell how many attributes to expect. */
int ft_ivalues_setup(FtType *t, FtValue ns);
/* For the generic attribute code (object.c), on objects whose type has
 * inline values.  get: -1 when o has a __dict__ (look there), 0 absent, 1
 * found (*out: new reference).  set: 1 stored, 0 not possible (give o a
 * __dict__ and store there), -1 error.  materialize (o's mutex held):
 * the dict holding o's inline values, which are cleared; 0 on error. */
int ft_ivalues_get(FtValue o, FtValue name, FtValue *out);
int ft_ivalues_set(FtValue o, FtValue name, FtValue v);
FtValue ft_ivalues_materialize_locked(FtObject *o);
/* Drop the values of a dying object (or one whose __dict__ is being
 * replaced, mutex held). */
void ft_ivalues_clear(FtObject *o);

#endif
