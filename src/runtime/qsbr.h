/*
 * qsbr.h - quiescent-state-based reclamation (QSBR) for ftpy.
 *
 * What it holds: the per-thread QSBR record and the API to retire memory
 * that lock-free readers may still be reading (old hash-table arrays, old
 * list item arrays...) and to free it once no thread can hold a reference.
 *
 * How it works: a global write sequence ft_qsbr_wr_seq starts at 1 and only
 * ever grows by 2 (so it is odd, and 0 can mean "offline").  Retiring a
 * pointer advances it and tags the pointer with the new value, its "goal".
 * Each registered thread publishes in its record's `seq` the wr_seq value it
 * saw at its last quiescent state (a point where it holds no references to
 * shared, retirable memory), or 0 while detached (blocked, holding none).  A
 * poll takes the minimum `seq` over online threads (or wr_seq itself if none
 * is online); every item whose goal <= that minimum is unreachable and freed.
 *
 * Invariant: a thread whose published seq is s >= goal read wr_seq >= goal
 * before any shared load it made after publishing, so it cannot have loaded
 * a pointer unpublished before that goal was taken; an online thread with
 * seq < goal blocks the free.  Each thread's list is sorted by goal (goals
 * come from an increasing counter), so polls stop at the first unready item.
 *
 * Synchronization rule (memory orders):
 *  - retire (ft_qsbr_defer_free): the writer unpublishes the pointer first,
 *    then fetch_add(wr_seq, acq_rel): the release half makes the unpublish
 *    visible to anyone who acquires wr_seq >= goal.
 *  - quiescent: load wr_seq (acquire), then store seq (release): the release
 *    orders every earlier read of retired memory before the store.
 *  - detach: store seq = 0 (release), same reason.
 *  - attach (and register): store seq = wr_seq, then an acq_rel
 *    fetch_add(wr_seq, 0).  That RMW either reads a retiring writer's
 *    increment (acquire: the thread then sees the unpublish) or is read by
 *    it (release: the writer's later poll then sees our seq, which is below
 *    its goal).  This closes the store-then-load race without a fence.
 *  - poll: loads each seq with acquire, so the readers' accesses to the
 *    memory happen before free_fn runs.
 *  - The registry (record array, in_use flags, orphan list) is guarded by a
 *    mutex; a record's deferred list is private to its thread; a record's
 *    seq may be read by any thread, written only by its owner.
 */
#ifndef FT_QSBR_H
#define FT_QSBR_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define FT_QSBR_OFFLINE 0
#define FT_QSBR_POLL_THRESHOLD 64 /* deferred items between automatic polls */

typedef struct ft_qsbr_item {
    void *ptr;
    void (*free_fn)(void *);
    uint64_t goal;
} ft_qsbr_item;

typedef struct FtQsbrThread {
    /* Alone on its cache line: pollers read it, the owner writes it. */
    _Alignas(64) _Atomic uint64_t seq;
    /* Owner-only. */
    _Alignas(64) ft_qsbr_item *items; /* pending items are items[head..len) */
    size_t head, len, cap;
    size_t next_poll_at; /* poll when len - head reaches this */
    /* Registry mutex. */
    int in_use;
} FtQsbrThread;

extern _Atomic uint64_t ft_qsbr_wr_seq;

/* Register the calling thread (idempotent) and bring it online.  Returns its
 * record, or NULL on out-of-memory.  A thread that exits still registered is
 * unregistered by a thread-exit destructor, but should not rely on it. */
FtQsbrThread *ft_qsbr_register(void);
/* Unregister the calling thread; t must be its record (NULL = the calling
 * thread's, if any).  It goes offline; items it could not free yet are
 * handed to the global orphan list, freed by a later poll. */
void ft_qsbr_unregister(FtQsbrThread *t);
/* The calling thread's record, or NULL if not registered. */
FtQsbrThread *ft_qsbr_current(void);

/* Report a quiescent state: the caller holds no reference to retirable
 * memory.  Cheap (a load, a compare, maybe a store).  No-op while detached. */
static inline void ft_qsbr_quiescent(FtQsbrThread *t)
{
    uint64_t s = atomic_load_explicit(&ft_qsbr_wr_seq, memory_order_acquire);
    uint64_t cur = atomic_load_explicit(&t->seq, memory_order_relaxed);
    if (cur != s && cur != FT_QSBR_OFFLINE)
        atomic_store_explicit(&t->seq, s, memory_order_release);
}

/* Go offline (before blocking) / back online (after).  A detached thread
 * must hold no reference to retirable memory, and must not read any. */
void ft_qsbr_detach(FtQsbrThread *t);
void ft_qsbr_attach(FtQsbrThread *t);

/* Retire ptr (already unreachable for new readers): free_fn(ptr) runs once
 * no thread can still be reading it (free_fn NULL = free).  t may be NULL
 * (unregistered caller): the item goes straight to the orphan list.  Polls
 * every FT_QSBR_POLL_THRESHOLD items. */
void ft_qsbr_defer_free(FtQsbrThread *t, void *ptr, void (*free_fn)(void *));

/* Free every item of t (and of the orphan list) whose goal has been reached.
 * t may be NULL (orphans only).  Returns the number of items freed.  Note the
 * caller's own seq counts: report quiescence first if you hold nothing. */
size_t ft_qsbr_poll(FtQsbrThread *t);

/* Items t still has waiting. */
static inline size_t ft_qsbr_pending(const FtQsbrThread *t)
{
    return t->len - t->head;
}

/* Process teardown, when no thread is registered any more: frees all
 * orphaned items immediately, and every record. */
void ft_qsbr_fini(void);

#endif /* FT_QSBR_H */
