/*
 * memory.c -- allocation of raw memory and objects.
 *
 * Everything goes through mimalloc (the C allocator in sanitizer builds), whose default heap is per thread: an
 * allocation never takes a lock shared with other threads, and a free from
 * another thread is handed back to the owning heap by mimalloc itself.
 * Objects get their header filled in here: the allocating thread becomes
 * the owner for biased reference counting, with one local reference.
 *
 * Synchronization: none needed here; mimalloc is thread-safe and a fresh
 * object is private to its creator until it is published.
 */
#include <stdlib.h>

#include "ft.h"

/* Sanitizer builds use the C library's allocator, which ThreadSanitizer
 * and AddressSanitizer intercept: they can't see inside mimalloc (an
 * uninstrumented library), so its cross-thread frees would look like races
 * and its heap overflows would go unnoticed. */
#if defined(FT_SANITIZE_THREAD) || defined(FT_SANITIZE_ADDRESS)
#define mi_malloc malloc
#define mi_calloc calloc
#define mi_realloc realloc
#define mi_free free
static void *mi_zalloc(size_t n) { return calloc(1, n); }
#else
#include <mimalloc.h>
#endif

void *ft_mem_alloc(size_t n) {
  void *p = mi_malloc(n ? n : 1);
  if (!p)
    ft_err_nomemory();
  return p;
}

void *ft_mem_calloc(size_t n, size_t size) {
  void *p = mi_calloc(n ? n : 1, size ? size : 1);
  if (!p)
    ft_err_nomemory();
  return p;
}

void *ft_mem_realloc(void *p, size_t n) {
  void *q = mi_realloc(p, n ? n : 1);
  if (!q)
    ft_err_nomemory();
  return q;
}

void ft_mem_free(void *p) { mi_free(p); }

FtObject *ft_object_alloc(FtType *type, size_t size) {
  FtObject *o = mi_zalloc(size);
  if (!o) {
    ft_err_nomemory();
    return NULL;
  }
  atomic_store_explicit(&o->tid, ft_alloc_tid(), memory_order_relaxed);
  atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
  o->type = type;
  /* Instances of heap types keep their class alive (classes are deferred,
   * so this costs nothing today; it keeps the rule right for the GC). */
  return o;
}

void ft_object_free(void *o) { mi_free(o); }

void ft_object_make_immortal(FtObject *o) {
  atomic_store_explicit(&o->ref_local, FT_REF_IMMORTAL, memory_order_relaxed);
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
}

void ft_object_make_deferred(FtObject *o) {
  o->gc_bits |= FT_GC_DEFERRED;
  ft_object_make_immortal(o);
}
