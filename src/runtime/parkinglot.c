/*
 * parkinglot.c - address-keyed wait queues (see parkinglot.h for the API).
 *
 * What it holds: a table of FT_PL_NBUCKETS buckets, each {bucket lock, FIFO
 * queue of wait nodes}; one wait node per thread in thread-local storage; the
 * Linux futex calls used to sleep and wake.
 *
 * How it works: park() hashes the key address to a bucket, and under the
 * bucket lock compares the key word with the expected value and enqueues its
 * node; then it sleeps on node->state with FUTEX_WAIT until the word becomes
 * WOKEN.  unpark() dequeues the first node with a matching address, runs the
 * caller's callback, stores WOKEN - all under the bucket lock - and issues
 * FUTEX_WAKE after dropping the lock (so the woken thread does not run into a
 * held bucket lock).  A waiter whose sleep ended by timeout or signal takes
 * the bucket lock again: if its state is still WAITING it unlinks itself and
 * reports the timeout, otherwise an unparker got there first and it reports
 * FT_PARK_OK (so a decision made for it in the callback, e.g. a lock handed
 * to it, is never lost).
 *
 * Invariant: node->state == WAITING  <=>  the node is linked in its bucket.
 * Both change only under the bucket lock.
 *
 * Synchronization rule: queue links, node->addr and node->arg are touched
 * only under the bucket lock.  node->state is stored under the bucket lock
 * with release order and read by the owning thread with acquire order, which
 * orders the unparker's callback and everything before it ahead of the
 * waiter's return.  The FUTEX_WAKE after the unlock may reach a node whose
 * thread already returned (or even exited and had its TLS reused): that is at
 * worst a spurious wake-up, which every futex waiter (ours included: it
 * rechecks state in a loop) tolerates; the kernel does not dereference the
 * address for a private FUTEX_WAKE.  Hook pointers are write-once globals.
 */
#include "parkinglot.h"

#include <errno.h>
#include <linux/futex.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define FT_PL_NBUCKETS 257 /* prime: spreads addresses that share low bits */

enum { NODE_IDLE = 0, NODE_WAITING = 1, NODE_WOKEN = 2 };

typedef struct ft_wait_node {
    struct ft_wait_node *next, *prev; /* bucket queue; bucket lock */
    const void *addr;                 /* key; bucket lock */
    void *arg;                        /* for the unpark callback; bucket lock */
    _Atomic uint32_t state;           /* futex word; see header comment */
} ft_wait_node;

/* Bucket lock: 0 = free, 1 = held, 2 = held and someone may sleep on it. */
typedef struct {
    _Atomic uint32_t lock;
    ft_wait_node *head, *tail;
    char pad[64 - sizeof(uint32_t) - 2 * sizeof(void *)]; /* own cache line */
} ft_bucket;

static ft_bucket buckets[FT_PL_NBUCKETS];
static _Thread_local ft_wait_node tls_node;

/* Write-once hooks (ft_parkinglot_set_hooks before threads exist). */
static void (*hook_before_block)(void);
static void (*hook_after_block)(void);

void ft_parkinglot_set_hooks(void (*before_block)(void),
                             void (*after_block)(void))
{
    hook_before_block = before_block;
    hook_after_block = after_block;
}

int64_t ft_parkinglot_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- futex ---------------------------------------------------------- */

/* Sleep while *w == val, until deadline_ns (absolute CLOCK_MONOTONIC; -1 =
 * none).  Returns 0 (woken or spurious), EAGAIN, ETIMEDOUT or EINTR.
 * errno is preserved for the caller's sake. */
static int futex_wait(_Atomic uint32_t *w, uint32_t val, int64_t deadline_ns)
{
    struct timespec ts, *tp = NULL;
    if (deadline_ns >= 0) {
        ts.tv_sec = (time_t)(deadline_ns / 1000000000);
        ts.tv_nsec = (long)(deadline_ns % 1000000000);
        tp = &ts;
    }
    int saved = errno;
    /* WAIT_BITSET takes an absolute monotonic deadline, so retries after
     * spurious wake-ups need no recomputation. */
    long r = syscall(SYS_futex, (void *)w, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG,
                     val, tp, NULL, FUTEX_BITSET_MATCH_ANY);
    int err = r == 0 ? 0 : errno;
    errno = saved;
    return err;
}

static void futex_wake(_Atomic uint32_t *w, int n)
{
    int saved = errno;
    syscall(SYS_futex, (void *)w, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, n, NULL,
            NULL, 0);
    errno = saved;
}

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* ---- bucket lock: a three-state futex lock (held only for a few loads
 * and stores, so a short spin nearly always wins) ---------------------- */

static void bucket_lock(ft_bucket *b)
{
    uint32_t c = 0;
    if (atomic_compare_exchange_strong_explicit(&b->lock, &c, 1,
                                                memory_order_acquire,
                                                memory_order_relaxed))
        return;
    for (int i = 0; i < 100 && c != 2; i++) {
        cpu_relax();
        c = 0;
        if (atomic_compare_exchange_weak_explicit(&b->lock, &c, 1,
                                                  memory_order_acquire,
                                                  memory_order_relaxed))
            return;
    }
    /* Mark contended (2) so the holder knows to wake us. */
    while (atomic_exchange_explicit(&b->lock, 2, memory_order_acquire) != 0)
        futex_wait(&b->lock, 2, -1);
}

static void bucket_unlock(ft_bucket *b)
{
    if (atomic_exchange_explicit(&b->lock, 0, memory_order_release) == 2)
        futex_wake(&b->lock, 1);
}

static ft_bucket *bucket_for(const void *addr)
{
    uint64_t a = (uint64_t)(uintptr_t)addr;
    a ^= a >> 29;
    a *= UINT64_C(0x9E3779B97F4A7C15); /* mix high bits down */
    return &buckets[(a >> 32) % FT_PL_NBUCKETS];
}

static void enqueue(ft_bucket *b, ft_wait_node *n)
{
    n->next = NULL;
    n->prev = b->tail;
    if (b->tail)
        b->tail->next = n;
    else
        b->head = n;
    b->tail = n;
}

static void dequeue(ft_bucket *b, ft_wait_node *n)
{
    if (n->prev)
        n->prev->next = n->next;
    else
        b->head = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        b->tail = n->prev;
    n->next = n->prev = NULL;
}

/* Is *addr == *expected?  addr is an _Atomic object of `size` bytes. */
static bool value_equals(const void *addr, const void *expected, size_t size)
{
    void *a = (void *)(uintptr_t)addr; /* atomic_load wants non-const */
    switch (size) {
    case 1: {
        uint8_t e;
        memcpy(&e, expected, 1);
        return atomic_load_explicit((_Atomic uint8_t *)a, memory_order_relaxed) == e;
    }
    case 2: {
        uint16_t e;
        memcpy(&e, expected, 2);
        return atomic_load_explicit((_Atomic uint16_t *)a, memory_order_relaxed) == e;
    }
    case 4: {
        uint32_t e;
        memcpy(&e, expected, 4);
        return atomic_load_explicit((_Atomic uint32_t *)a, memory_order_relaxed) == e;
    }
    case 8: {
        uint64_t e;
        memcpy(&e, expected, 8);
        return atomic_load_explicit((_Atomic uint64_t *)a, memory_order_relaxed) == e;
    }
    default:
        fprintf(stderr, "ft_parkinglot_park: bad size %zu\n", size);
        abort();
    }
}

/* ---- public API ------------------------------------------------------ */

int ft_parkinglot_park(const void *addr, const void *expected, size_t size,
                       int64_t timeout_ns, void *arg)
{
    ft_wait_node *me = &tls_node;
    ft_bucket *b = bucket_for(addr);
    int64_t deadline = -1;
    if (timeout_ns > 0) {
        int64_t now = ft_parkinglot_now_ns();
        deadline = timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
    }

    bucket_lock(b);
    /* Relaxed suffices: the bucket lock orders this load against the
     * unparker, which changes *addr before it takes the same lock. */
    if (!value_equals(addr, expected, size)) {
        bucket_unlock(b);
        return FT_PARK_AGAIN;
    }
    if (timeout_ns == 0) {
        bucket_unlock(b);
        return FT_PARK_TIMEOUT;
    }
    if (atomic_load_explicit(&me->state, memory_order_relaxed) == NODE_WAITING) {
        /* Only possible if a before_block hook parked: forbidden. */
        fprintf(stderr, "ft_parkinglot_park: recursive park\n");
        abort();
    }
    me->addr = addr;
    me->arg = arg;
    atomic_store_explicit(&me->state, NODE_WAITING, memory_order_relaxed);
    enqueue(b, me);
    bucket_unlock(b);

    if (hook_before_block)
        hook_before_block();

    int res;
    for (;;) {
        if (atomic_load_explicit(&me->state, memory_order_acquire) == NODE_WOKEN) {
            res = FT_PARK_OK;
            break;
        }
        int err = futex_wait(&me->state, NODE_WAITING, deadline);
        if (err == ETIMEDOUT) {
            res = FT_PARK_TIMEOUT;
            break;
        }
        if (err == EINTR) {
            res = FT_PARK_INTR;
            break;
        }
        /* 0 / EAGAIN: woken or spurious; the loop rechecks state. */
    }
    if (res != FT_PARK_OK) {
        /* Race with an unparker: whoever holds the bucket lock first wins. */
        bucket_lock(b);
        if (atomic_load_explicit(&me->state, memory_order_relaxed) == NODE_WAITING)
            dequeue(b, me);
        else
            res = FT_PARK_OK; /* we were chosen; honour it */
        bucket_unlock(b);
    }
    atomic_store_explicit(&me->state, NODE_IDLE, memory_order_relaxed);

    if (hook_after_block)
        hook_after_block();
    return res;
}

int ft_parkinglot_unpark(const void *addr, ft_parkinglot_unpark_fn fn,
                         void *cb_arg)
{
    ft_bucket *b = bucket_for(addr);
    bucket_lock(b);
    ft_wait_node *w = b->head;
    while (w && w->addr != addr)
        w = w->next;
    int more = 0;
    if (w) {
        for (ft_wait_node *n = w->next; n; n = n->next) {
            if (n->addr == addr) {
                more = 1;
                break;
            }
        }
        dequeue(b, w);
    }
    if (fn)
        fn(w ? w->arg : NULL, cb_arg, more);
    if (w)
        atomic_store_explicit(&w->state, NODE_WOKEN, memory_order_release);
    bucket_unlock(b);
    if (w)
        futex_wake(&w->state, 1); /* see header comment: safe if stale */
    return w != NULL;
}

size_t ft_parkinglot_unpark_all(const void *addr)
{
    enum { BATCH = 32 };
    _Atomic uint32_t *words[BATCH];
    size_t n = 0, total = 0;
    ft_bucket *b = bucket_for(addr);

    bucket_lock(b);
    ft_wait_node *next;
    for (ft_wait_node *w = b->head; w; w = next) {
        next = w->next;
        if (w->addr != addr)
            continue;
        dequeue(b, w);
        atomic_store_explicit(&w->state, NODE_WOKEN, memory_order_release);
        total++;
        if (n < BATCH)
            words[n++] = &w->state;
        else
            futex_wake(&w->state, 1); /* rare: wake under the lock */
    }
    bucket_unlock(b);
    for (size_t i = 0; i < n; i++)
        futex_wake(words[i], 1);
    return total;
}
