/*
 * parkinglot.h - address-keyed wait queues ("parking lot") for ftpy.
 *
 * What it holds: the API that lets a thread sleep until another thread wakes
 * it, keyed by the address of some atomic word (a mutex byte, an event flag,
 * a once-word...).  Synchronization primitives built on it (lock.h) need no
 * kernel object or wait list of their own: one byte is enough for a mutex.
 *
 * How it works: a fixed table of buckets, each a FIFO queue of waiting
 * threads guarded by a tiny futex-based bucket lock.  ft_parkinglot_park()
 * takes the bucket lock of `addr`, compares *addr with *expected, and only if
 * they are equal enqueues the caller's wait node (thread-local), releases the
 * bucket lock and sleeps on the node's private futex word.  Unparkers take the
 * same bucket lock, dequeue, mark the node woken and then FUTEX_WAKE it.
 *
 * Invariant: a wait node is in a bucket queue iff its thread is parked and
 * nobody has yet chosen it for wake-up; the node's `state` word becomes
 * WOKEN exactly when (and under the bucket lock where) it is dequeued by an
 * unparker.  Because the compare-and-enqueue and the dequeue happen under the
 * same lock, a wake-up between a waiter's check and its sleep cannot be lost.
 *
 * Synchronization rule: the queue links, node->addr and node->arg are read and
 * written only under the bucket lock.  node->state is written under the bucket
 * lock (release) and read by its owner without the lock (acquire), so all that
 * the unparker did before waking (including its unpark callback) happens
 * before the parked thread returns.  The hooks are plain globals, written once
 * by ft_parkinglot_set_hooks() before any other thread exists, read-only after.
 */
#ifndef FT_PARKINGLOT_H
#define FT_PARKINGLOT_H

#include <stddef.h>
#include <stdint.h>

/* Results of ft_parkinglot_park(). */
enum {
    FT_PARK_OK = 0,      /* woken by ft_parkinglot_unpark*() */
    FT_PARK_AGAIN = 1,   /* *addr != *expected: did not sleep */
    FT_PARK_TIMEOUT = 2, /* the timeout expired before a wake-up */
    FT_PARK_INTR = 3     /* a signal handler interrupted the sleep (EINTR);
                            recheck your condition and park again */
};

/*
 * Sleep until woken, if *addr still equals *expected.
 *   addr:       an _Atomic object of `size` bytes (1, 2, 4 or 8), naturally
 *               aligned; the key of the wait queue.
 *   expected:   points to a plain value of `size` bytes.
 *   timeout_ns: relative timeout; -1 = wait forever, 0 = never sleep (returns
 *               FT_PARK_AGAIN or FT_PARK_TIMEOUT at once).
 *   arg:        handed to the unparker's callback as `arg_from_park`.  Pass a
 *               non-NULL value if the callback must tell "a waiter" from "no
 *               waiter" (the callback receives NULL when the queue is empty).
 * Returns FT_PARK_OK only if an unparker dequeued this thread (even if the
 * timeout also expired meanwhile: whatever the unparker's callback decided for
 * us, e.g. a lock hand-off, stands).  Spurious futex wake-ups are absorbed.
 * Calls the before_block hook just before sleeping and after_block once the
 * thread is out of every queue (so after_block may itself park).
 */
int ft_parkinglot_park(const void *addr, const void *expected, size_t size,
                       int64_t timeout_ns, void *arg);

/*
 * Callback run by ft_parkinglot_unpark() while it holds the bucket lock, so it
 * is atomic with respect to park()'s compare-and-enqueue on the same address.
 *   arg_from_park:    the woken waiter's `arg`, or NULL if nobody was parked.
 *   cb_arg:           ft_parkinglot_unpark()'s `cb_arg`.
 *   has_more_waiters: nonzero if other threads remain parked on `addr`.
 * It must be short and must not park or unpark.
 */
typedef void (*ft_parkinglot_unpark_fn)(void *arg_from_park, void *cb_arg,
                                        int has_more_waiters);

/* Wake the longest-waiting thread parked on `addr` (FIFO).  `fn` (may be
 * NULL) is called exactly once, under the bucket lock, whether or not a
 * waiter was found.  Returns 1 if a thread was woken, else 0. */
int ft_parkinglot_unpark(const void *addr, ft_parkinglot_unpark_fn fn,
                         void *cb_arg);

/* Wake every thread parked on `addr`.  Returns how many were woken. */
size_t ft_parkinglot_unpark_all(const void *addr);

/*
 * Install the runtime's block hooks: before_block runs right before a parked
 * thread goes to sleep (the runtime marks the thread detached, so blocked
 * threads never hold up stop-the-world or QSBR); after_block runs after it
 * wakes (re-attach; may block, may park).  before_block must not park.
 * Write-once: call at start-up before any other thread exists.  Either may be
 * NULL.  The hooks run for every sleep, so they should consult their own
 * thread-local state when a thread has nothing to detach.
 */
void ft_parkinglot_set_hooks(void (*before_block)(void),
                             void (*after_block)(void));

/* Monotonic clock in nanoseconds (CLOCK_MONOTONIC); shared by lock.c. */
int64_t ft_parkinglot_now_ns(void);

#endif /* FT_PARKINGLOT_H */
