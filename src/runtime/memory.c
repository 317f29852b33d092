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
#include <unistd.h>

#include "ft.h"
#include "qsbr.h"
#include "tstate.h"

/* Sanitizer builds use the C library's allocator, which ThreadSanitizer
 * and AddressSanitizer intercept: they can't see inside mimalloc (an
 * uninstrumented library), so its cross-thread frees would look like races
 * and its heap overflows would go unnoticed. */
#if defined(FT_SANITIZE_THREAD) || defined(FT_SANITIZE_ADDRESS)
#include <malloc.h>
#define mi_malloc malloc
#define mi_usable_size malloc_usable_size
#define mi_calloc calloc
#define mi_realloc realloc
#define mi_free free
static void *mi_zalloc(size_t n) { return calloc(1, n); }
#else
#include <mimalloc.h>
#endif

/* mimalloc reserves address space without committing it, so a request
 * far beyond the machine's memory ([1] * 10**12) would "succeed" and then
 * crawl into the OOM killer; the C allocator refuses it, and CPython raises
 * MemoryError.  Requests larger than physical memory fail here likewise.
 * Computed once; racing threads store the same value. */
static _Atomic size_t mem_limit;

int ft_mem_too_big_slow(size_t n) {
  size_t lim = atomic_load_explicit(&mem_limit, memory_order_relaxed);
  if (!lim) {
    long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
    lim = pages > 0 && psize > 0 ? (size_t)pages * (size_t)psize : SIZE_MAX;
    atomic_store_explicit(&mem_limit, lim, memory_order_relaxed);
  }
  return n > lim;
}

void *ft_mem_alloc(size_t n) {
  void *p = ft_mem_too_big(n) ? NULL : mi_malloc(n ? n : 1);
  if (!p)
    ft_err_nomemory();
  return p;
}

void *ft_mem_calloc(size_t n, size_t size) {
  void *p = (size && n > SIZE_MAX / size) || ft_mem_too_big(n * size)
                ? NULL
                : mi_calloc(n ? n : 1, size ? size : 1);
  if (!p)
    ft_err_nomemory();
  return p;
}

void *ft_mem_realloc(void *p, size_t n) {
  void *q = ft_mem_too_big(n) ? NULL : mi_realloc(p, n ? n : 1);
  if (!q)
    ft_err_nomemory();
  return q;
}

void ft_mem_free(void *p) { mi_free(p); }

FtObject *ft_object_alloc(FtType *type, size_t size) {
  FtObject *o = ft_mem_too_big(size) ? NULL : mi_zalloc(size);
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

FtObject *ft_object_resize(FtObject *o, size_t size) {
  FtObject *n = ft_mem_too_big(size) ? NULL : mi_realloc(o, size);
  if (!n)
    ft_err_nomemory();
  return n;
}

size_t ft_object_usable_size(FtObject *o) { return mi_usable_size(o); }

#if defined(FT_SANITIZE_THREAD) || defined(FT_SANITIZE_ADDRESS)
/* The lock-free read paths (dict.c, the eval loop's slot and inline-value
 * reads) may load an object's header after another thread freed it: with
 * mimalloc that memory stays mapped and is reused only by the thread that
 * allocated it, whose objects the reader then sees as someone else's (see
 * dict.c).  The C allocator gives no such promise, so sanitizer builds
 * keep freed objects until every thread has passed a quiescent state. */
void ft_object_free(void *o) {
  FtThreadState *ts = ft_ts;
  ft_qsbr_defer_free(ts ? ts->qsbr : NULL, o, free);
}
#else
void ft_object_free(void *o) { mi_free(o); }
#endif

void ft_object_make_immortal(FtObject *o) {
  atomic_store_explicit(&o->ref_local, FT_REF_IMMORTAL, memory_order_relaxed);
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
}

void ft_object_make_deferred(FtObject *o) {
  o->gc_bits |= FT_GC_DEFERRED;
  ft_object_make_immortal(o);
}
