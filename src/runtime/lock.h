/*
 * lock.h - ftpy's small locks: FtMutex (1 byte), FtRecursiveMutex, FtOnce
 * and the two-object critical-section helpers ft_cs_*.
 *
 * What it holds: lock types and their inline fast paths; slow paths live in
 * lock.c and sleep through the parking lot (parkinglot.h), so a lock needs
 * no kernel object and no storage beyond its own byte.
 *
 * How it works: FtMutex.v has two bits.  FT_MUTEX_LOCKED is the lock itself;
 * FT_MUTEX_HAS_PARKED says some thread may be parked on &v.  Lock = one CAS
 * 0 -> LOCKED; unlock = one CAS LOCKED -> 0.  When either CAS fails the slow
 * path runs: lockers spin briefly, then set HAS_PARKED and park on &v; an
 * unlocker that sees HAS_PARKED wakes one waiter through the parking lot and,
 * in the unpark callback (under the bucket lock), writes the new byte.  A
 * waiter that has been parked for more than FT_MUTEX_FAIR_NS (1 ms) gets the
 * lock handed to it directly: the unlocker leaves LOCKED set and the waiter
 * returns as owner, so barging threads cannot starve it.
 *
 * Invariant: LOCKED is set iff some thread (not recorded: any thread may
 * unlock, as Python's _thread.LockType requires) owns the mutex.  HAS_PARKED
 * may be stale-set (a waiter timed out) but is never clear while a thread
 * that may still be parked on &v needs a wake-up.
 *
 * Synchronization rule: v is only accessed atomically.  Acquiring is a CAS
 * with acquire order; releasing is a CAS or store with release order, so the
 * previous owner's critical section happens before the next owner's.  While
 * LOCKED|HAS_PARKED is set, only the owner clears bits, and only inside the
 * unpark callback.  FtRecursiveMutex.owner is atomic (read by any thread,
 * written only by the owner); .level is touched only by the owner.
 */
#ifndef FT_LOCK_H
#define FT_LOCK_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* ---- FtMutex --------------------------------------------------------- */

typedef struct {
    _Atomic uint8_t v;
} FtMutex;

#define FT_MUTEX_INIT {0}
#define FT_MUTEX_LOCKED 1u
#define FT_MUTEX_HAS_PARKED 2u
#define FT_MUTEX_FAIR_NS 1000000 /* wait after which a waiter gets hand-off */

/* Results of ft_mutex_lock_timed() / ft_rmutex_lock_timed(). */
enum {
    FT_LOCK_ACQUIRED = 0,
    FT_LOCK_TIMEOUT = 1,
    FT_LOCK_INTR = 2
};

/* Flags for ft_mutex_lock_timed(). */
#define FT_LOCK_INTERRUPTIBLE 1 /* give up (FT_LOCK_INTR) when the interrupt
                                   check (ft_mutex_set_interrupt_check) says
                                   so; a signal wakes a sleeping waiter */

void ft_mutex_lock_slow(FtMutex *m);
void ft_mutex_unlock_slow(FtMutex *m);

static inline void ft_mutex_lock(FtMutex *m)
{
    uint8_t expected = 0;
    if (!atomic_compare_exchange_strong_explicit(&m->v, &expected,
                                                 (uint8_t)FT_MUTEX_LOCKED,
                                                 memory_order_acquire,
                                                 memory_order_relaxed))
        ft_mutex_lock_slow(m);
}

/* Unlock; any thread may unlock.  Unlocking an unlocked mutex aborts. */
static inline void ft_mutex_unlock(FtMutex *m)
{
    uint8_t expected = FT_MUTEX_LOCKED;
    if (!atomic_compare_exchange_strong_explicit(&m->v, &expected, 0,
                                                 memory_order_release,
                                                 memory_order_relaxed))
        ft_mutex_unlock_slow(m);
}

/* Returns 1 if acquired, 0 if already locked.  Never blocks. */
static inline int ft_mutex_trylock(FtMutex *m)
{
    uint8_t v = atomic_load_explicit(&m->v, memory_order_relaxed);
    while (!(v & FT_MUTEX_LOCKED)) {
        if (atomic_compare_exchange_weak_explicit(&m->v, &v,
                                                  (uint8_t)(v | FT_MUTEX_LOCKED),
                                                  memory_order_acquire,
                                                  memory_order_relaxed))
            return 1;
    }
    return 0;
}

static inline int ft_mutex_is_locked(const FtMutex *m)
{
    FtMutex *mm = (FtMutex *)(uintptr_t)m;
    return (atomic_load_explicit(&mm->v, memory_order_relaxed) & FT_MUTEX_LOCKED) != 0;
}

/* Acquire with a relative timeout (ns; negative = forever, 0 = try once).
 * flags: 0 or FT_LOCK_INTERRUPTIBLE (the interrupt check runs before each
 * sleep and when a signal interrupts one).  Returns FT_LOCK_ACQUIRED,
 * FT_LOCK_TIMEOUT or FT_LOCK_INTR. */
int ft_mutex_lock_timed(FtMutex *m, int64_t timeout_ns, int flags);

/* Unlock for _thread.LockType.release(): returns 0, or -1 (and changes
 * nothing) if the mutex was not locked.  Two threads racing to release the
 * same once-locked mutex is a caller bug that is not detected. */
int ft_mutex_unlock_checked(FtMutex *m);

/* Interrupt check for FT_LOCK_INTERRUPTIBLE waits: called before sleeping
 * and when a signal interrupted the sleep; returns nonzero to abandon the
 * wait with
 * FT_LOCK_INTR (e.g. the runtime ran signal handlers and one raised).
 * Write-once at start-up, before other threads exist. */
void ft_mutex_set_interrupt_check(int (*check)(void));

/* ---- FtRecursiveMutex (for _thread.RLock) ---------------------------- */

typedef struct {
    FtMutex mutex;
    _Atomic uintptr_t owner; /* ft_rmutex_thread_id() of owner, 0 = none */
    size_t level;            /* extra acquisitions beyond the first; owner only */
} FtRecursiveMutex;

#define FT_RMUTEX_INIT {FT_MUTEX_INIT, 0, 0}

/* Nonzero id, unique among live threads (address of a thread-local). */
uintptr_t ft_rmutex_thread_id(void);

void ft_rmutex_lock(FtRecursiveMutex *m);
/* Returns FT_LOCK_ACQUIRED / FT_LOCK_TIMEOUT / FT_LOCK_INTR. */
int ft_rmutex_lock_timed(FtRecursiveMutex *m, int64_t timeout_ns, int flags);
/* Returns 0, or -1 if the calling thread does not own it. */
int ft_rmutex_unlock(FtRecursiveMutex *m);
int ft_rmutex_is_owned(const FtRecursiveMutex *m);
/* Recursion count held by the caller (0 if not owner). */
size_t ft_rmutex_count(const FtRecursiveMutex *m);
/* Condition support (RLock._release_save / _acquire_restore): release fully,
 * returning the count (0 = caller did not own it, nothing done) ... */
size_t ft_rmutex_release_all(FtRecursiveMutex *m);
/* ... and reacquire with that count (count >= 1). */
void ft_rmutex_lock_restore(FtRecursiveMutex *m, size_t count);

/* ---- FtOnce ---------------------------------------------------------- */

typedef struct {
    _Atomic uint8_t v; /* 0 = not run, 1 = running, |2 = waiters, 4 = done */
} FtOnce;

#define FT_ONCE_INIT {0}
#define FT_ONCE_DONE 4u

int ft_once_call_slow(FtOnce *o, int (*fn)(void *), void *arg);

/* Run fn(arg) exactly once successfully.  Concurrent callers wait for the
 * running call.  If fn returns nonzero the once stays un-done (a later call
 * retries) and that value is returned; else 0.  Everything fn did happens
 * before any ft_once_call() that returns 0 after it.  fn must not call
 * ft_once_call() on the same FtOnce (it would wait for itself). */
static inline int ft_once_call(FtOnce *o, int (*fn)(void *), void *arg)
{
    if (atomic_load_explicit(&o->v, memory_order_acquire) == FT_ONCE_DONE)
        return 0;
    return ft_once_call_slow(o, fn, arg);
}

/* ---- critical sections over one or two objects ----------------------- */

/* Lock a and b in address order (deadlock-free against other ft_cs_lock2
 * users); a == b or b == NULL locks once. */
void ft_cs_lock2(FtMutex *a, FtMutex *b);
void ft_cs_unlock2(FtMutex *a, FtMutex *b);

static inline void ft_cs_lock(FtMutex *a) { ft_mutex_lock(a); }
static inline void ft_cs_unlock(FtMutex *a) { ft_mutex_unlock(a); }

#endif /* FT_LOCK_H */
