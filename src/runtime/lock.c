/*
 * lock.c - slow paths of FtMutex, and FtRecursiveMutex, FtOnce and ft_cs_*
 * (see lock.h for the bit layout and API).
 *
 * What it holds: the contended lock path (spin, then park on the mutex byte),
 * the unlock path that wakes a parked thread and optionally hands the lock
 * over to it, the recursive mutex built on FtMutex, the once-initializer, and
 * the ordered two-lock helper.
 *
 * How it works: a contended locker spins FT_MUTEX_SPIN times (pause
 * instruction, one sched_yield at the end) while no one is parked, then sets
 * HAS_PARKED and parks on &m->v expecting the byte it just saw; if the byte
 * changed meanwhile the park returns at once and it retries.  The unlocker
 * that sees HAS_PARKED calls ft_parkinglot_unpark(), whose callback (run
 * under the parking-lot bucket lock, so no waiter can slip into the queue
 * unseen) stores the new byte: LOCKED if the woken waiter has waited longer
 * than FT_MUTEX_FAIR_NS (hand-off: the waiter returns owning the lock),
 * otherwise unlocked; plus HAS_PARKED iff more waiters remain.
 *
 * Invariant: see lock.h.  In addition: while LOCKED|HAS_PARKED is set no
 * thread but the owner can change the byte (lockers only CAS when LOCKED is
 * clear, or set HAS_PARKED, which is already set), so the callback's plain
 * atomic store loses no update.
 *
 * Synchronization rule: the byte is accessed only atomically; acquisition by
 * CAS with acquire order, release by CAS/store with release order.  On
 * hand-off the new owner never CASes the byte: its acquire edge is the
 * parking lot's (callback and wake flag written under the bucket lock with
 * release, read by the woken thread with acquire), which follows the old
 * owner's critical section.  Hook pointers are write-once globals.
 */
#include "lock.h"
#include "parkinglot.h"

#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define FT_MUTEX_SPIN 40

static int (*mutex_interrupt_check)(void); /* write-once */

void ft_mutex_set_interrupt_check(int (*check)(void))
{
    mutex_interrupt_check = check;
}

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* Lives on the parked thread's stack; the unparker's callback reads fair_at
 * and writes handoff under the bucket lock, while its owner is parked. */
typedef struct {
    int64_t fair_at; /* monotonic time after which we are owed a hand-off */
    int handoff;     /* set by the callback: we now own the mutex */
} mutex_waiter;

int ft_mutex_lock_timed(FtMutex *m, int64_t timeout_ns, int flags)
{
    uint8_t v = atomic_load_explicit(&m->v, memory_order_relaxed);
    int spins = 0;
    bool parked_before = false;
    int64_t deadline = -1;
    mutex_waiter w = {0, 0};

    for (;;) {
        if (!(v & FT_MUTEX_LOCKED)) {
            /* Keep HAS_PARKED: other waiters still need a wake-up later. */
            if (atomic_compare_exchange_weak_explicit(
                    &m->v, &v, (uint8_t)(v | FT_MUTEX_LOCKED),
                    memory_order_acquire, memory_order_relaxed))
                return FT_LOCK_ACQUIRED;
            continue;
        }
        if (timeout_ns == 0)
            return FT_LOCK_TIMEOUT;
        /* Spin only while nobody is parked: once there is a queue, joining
         * it is fairer and burns no CPU. */
        if (!(v & FT_MUTEX_HAS_PARKED) && spins < FT_MUTEX_SPIN) {
            if (++spins == FT_MUTEX_SPIN)
                sched_yield(); /* let a preempted owner run, once */
            else
                cpu_relax();
            v = atomic_load_explicit(&m->v, memory_order_relaxed);
            continue;
        }

        int64_t now = ft_parkinglot_now_ns();
        if (!parked_before) {
            /* Fairness clock starts at the first park, and keeps running
             * across re-parks so a repeatedly-barged waiter gets hand-off. */
            parked_before = true;
            w.fair_at = now + FT_MUTEX_FAIR_NS;
            if (timeout_ns > 0)
                deadline = timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
        }
        int64_t remaining = -1;
        if (deadline >= 0) {
            remaining = deadline - now;
            if (remaining <= 0)
                return FT_LOCK_TIMEOUT;
        }
        if (!(v & FT_MUTEX_HAS_PARKED)) {
            uint8_t nv = (uint8_t)(v | FT_MUTEX_HAS_PARKED);
            if (!atomic_compare_exchange_weak_explicit(&m->v, &v, nv,
                                                       memory_order_relaxed,
                                                       memory_order_relaxed))
                continue;
            v = nv;
        }
        /* Also check before sleeping: a signal that arrived while we spun
         * would otherwise only be noticed after the lock is acquired. */
        if ((flags & FT_LOCK_INTERRUPTIBLE) && mutex_interrupt_check &&
            mutex_interrupt_check())
            return FT_LOCK_INTR;
        int r = ft_parkinglot_park(&m->v, &v, 1, remaining, &w);
        if (r == FT_PARK_OK && w.handoff)
            return FT_LOCK_ACQUIRED; /* unlocker left LOCKED set for us */
        if (r == FT_PARK_INTR && (flags & FT_LOCK_INTERRUPTIBLE) &&
            mutex_interrupt_check && mutex_interrupt_check())
            return FT_LOCK_INTR;
        v = atomic_load_explicit(&m->v, memory_order_relaxed);
    }
}

void ft_mutex_lock_slow(FtMutex *m)
{
    (void)ft_mutex_lock_timed(m, -1, 0);
}

/* Runs under the parking-lot bucket lock of &m->v; see file comment. */
static void mutex_unpark_cb(void *arg, void *cb_arg, int has_more)
{
    FtMutex *m = cb_arg;
    mutex_waiter *w = arg;
    uint8_t nv = 0;
    if (w && ft_parkinglot_now_ns() >= w->fair_at) {
        w->handoff = 1;
        nv = FT_MUTEX_LOCKED;
    }
    if (has_more)
        nv |= FT_MUTEX_HAS_PARKED;
    atomic_store_explicit(&m->v, nv, memory_order_release);
}

int ft_mutex_unlock_checked(FtMutex *m)
{
    uint8_t v = atomic_load_explicit(&m->v, memory_order_relaxed);
    for (;;) {
        if (!(v & FT_MUTEX_LOCKED))
            return -1;
        if (v & FT_MUTEX_HAS_PARKED) {
            ft_parkinglot_unpark(&m->v, mutex_unpark_cb, m);
            return 0;
        }
        if (atomic_compare_exchange_weak_explicit(&m->v, &v, 0,
                                                  memory_order_release,
                                                  memory_order_relaxed))
            return 0;
    }
}

void ft_mutex_unlock_slow(FtMutex *m)
{
    if (ft_mutex_unlock_checked(m) < 0) {
        fprintf(stderr, "ftpy: fatal: unlocking an unlocked FtMutex %p\n",
                (void *)m);
        abort();
    }
}

/* ---- FtRecursiveMutex ------------------------------------------------ */

static _Thread_local char rmutex_tid_anchor;

uintptr_t ft_rmutex_thread_id(void)
{
    return (uintptr_t)&rmutex_tid_anchor;
}

/* Relaxed loads of owner suffice: a thread only needs to know whether the
 * value is its own id, and only it ever stores its own id. */
static inline bool rmutex_mine(const FtRecursiveMutex *m, uintptr_t me)
{
    FtRecursiveMutex *mm = (FtRecursiveMutex *)(uintptr_t)m;
    return atomic_load_explicit(&mm->owner, memory_order_relaxed) == me;
}

int ft_rmutex_lock_timed(FtRecursiveMutex *m, int64_t timeout_ns, int flags)
{
    uintptr_t me = ft_rmutex_thread_id();
    if (rmutex_mine(m, me)) {
        m->level++;
        return FT_LOCK_ACQUIRED;
    }
    int r = ft_mutex_lock_timed(&m->mutex, timeout_ns, flags);
    if (r == FT_LOCK_ACQUIRED) {
        atomic_store_explicit(&m->owner, me, memory_order_relaxed);
        m->level = 0;
    }
    return r;
}

void ft_rmutex_lock(FtRecursiveMutex *m)
{
    uintptr_t me = ft_rmutex_thread_id();
    if (rmutex_mine(m, me)) {
        m->level++;
        return;
    }
    ft_mutex_lock(&m->mutex);
    atomic_store_explicit(&m->owner, me, memory_order_relaxed);
    m->level = 0;
}

int ft_rmutex_unlock(FtRecursiveMutex *m)
{
    if (!rmutex_mine(m, ft_rmutex_thread_id()))
        return -1;
    if (m->level > 0) {
        m->level--;
        return 0;
    }
    atomic_store_explicit(&m->owner, 0, memory_order_relaxed);
    ft_mutex_unlock(&m->mutex);
    return 0;
}

int ft_rmutex_is_owned(const FtRecursiveMutex *m)
{
    return rmutex_mine(m, ft_rmutex_thread_id());
}

size_t ft_rmutex_count(const FtRecursiveMutex *m)
{
    return rmutex_mine(m, ft_rmutex_thread_id()) ? m->level + 1 : 0;
}

size_t ft_rmutex_release_all(FtRecursiveMutex *m)
{
    if (!rmutex_mine(m, ft_rmutex_thread_id()))
        return 0;
    size_t count = m->level + 1;
    m->level = 0;
    atomic_store_explicit(&m->owner, 0, memory_order_relaxed);
    ft_mutex_unlock(&m->mutex);
    return count;
}

void ft_rmutex_lock_restore(FtRecursiveMutex *m, size_t count)
{
    ft_rmutex_lock(m);
    m->level += count ? count - 1 : 0;
}

/* ---- FtOnce ---------------------------------------------------------- */

enum { ONCE_RUNNING = 1, ONCE_PARKED = 2 };

int ft_once_call_slow(FtOnce *o, int (*fn)(void *), void *arg)
{
    uint8_t v = atomic_load_explicit(&o->v, memory_order_acquire);
    for (;;) {
        if (v == FT_ONCE_DONE)
            return 0;
        if (v == 0) {
            if (!atomic_compare_exchange_weak_explicit(&o->v, &v, ONCE_RUNNING,
                                                       memory_order_acquire,
                                                       memory_order_acquire))
                continue;
            int r = fn(arg);
            /* Release: fn's effects before DONE; on failure reopen. */
            uint8_t old = atomic_exchange_explicit(
                &o->v, r == 0 ? FT_ONCE_DONE : 0, memory_order_acq_rel);
            if (old & ONCE_PARKED)
                ft_parkinglot_unpark_all(&o->v);
            return r;
        }
        if (!(v & ONCE_PARKED)) {
            uint8_t nv = (uint8_t)(v | ONCE_PARKED);
            if (!atomic_compare_exchange_weak_explicit(&o->v, &v, nv,
                                                       memory_order_acquire,
                                                       memory_order_acquire))
                continue;
            v = nv;
        }
        ft_parkinglot_park(&o->v, &v, 1, -1, NULL);
        v = atomic_load_explicit(&o->v, memory_order_acquire);
    }
}

/* ---- critical sections ----------------------------------------------- */

void ft_cs_lock2(FtMutex *a, FtMutex *b)
{
    if (a == NULL || b == NULL || a == b) {
        ft_mutex_lock(a ? a : b);
        return;
    }
    /* A global order (by address) makes two-lock sections deadlock-free. */
    if ((uintptr_t)a > (uintptr_t)b) {
        FtMutex *t = a;
        a = b;
        b = t;
    }
    ft_mutex_lock(a);
    ft_mutex_lock(b);
}

void ft_cs_unlock2(FtMutex *a, FtMutex *b)
{
    if (a)
        ft_mutex_unlock(a);
    if (b && b != a)
        ft_mutex_unlock(b);
}
