/*
 * qsbr.c - quiescent-state-based reclamation (see qsbr.h for the protocol
 * and the memory-order argument).
 *
 * What it holds: the global write sequence, the registry of per-thread
 * records (an array of pointers to heap records, so records never move when
 * the array grows and threads may keep their FtQsbrThread *), the orphan
 * list of items left behind by exited threads, and the poll.
 *
 * How it works: records are reused after unregister (in_use = 0).  A poll
 * takes the registry mutex, computes the minimum seq of online records,
 * moves ready orphans out, drops the mutex, and then frees ready items
 * (free_fn never runs under the mutex, so it may itself defer or poll).
 *
 * Invariant: every retired item is in exactly one list (its thread's or the
 * orphan list) until freed; a thread's list is sorted by goal.
 *
 * Synchronization rule: records[], nrecords, in_use and the orphan list
 * under registry_mu; item lists only by their owner thread (handed over under
 * registry_mu on unregister/re-register); seq as described in qsbr.h.
 */
#include "qsbr.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Starts a cache line: every retire writes it, every quiescent reads it. */
_Alignas(64) _Atomic uint64_t ft_qsbr_wr_seq = 1;

static int exit_key_ok = 1;
static pthread_mutex_t registry_mu = PTHREAD_MUTEX_INITIALIZER;
static FtQsbrThread **records;
static size_t nrecords, caprecords;
static ft_qsbr_item *orphans;
static size_t norphans, caporphans;

static _Thread_local FtQsbrThread *tls_current;

/* A thread that exits while registered would pin reclamation forever (its
 * seq never advances), so a pthread key destructor unregisters it. */
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void qsbr_thread_exit(void *unused)
{
    (void)unused;
    ft_qsbr_unregister(NULL);
}

static void exit_key_create(void)
{
    if (pthread_key_create(&exit_key, qsbr_thread_exit) != 0)
        exit_key_ok = 0;
}

static void qsbr_oom(void)
{
    fprintf(stderr, "ftpy: fatal: out of memory in qsbr\n");
    abort();
}

FtQsbrThread *ft_qsbr_current(void)
{
    return tls_current;
}

void ft_qsbr_detach(FtQsbrThread *t)
{
    atomic_store_explicit(&t->seq, FT_QSBR_OFFLINE, memory_order_release);
}

void ft_qsbr_attach(FtQsbrThread *t)
{
    uint64_t s = atomic_load_explicit(&ft_qsbr_wr_seq, memory_order_acquire);
    atomic_store_explicit(&t->seq, s, memory_order_relaxed);
    /* Synchronize with any concurrent retire; see qsbr.h ("attach"). */
    (void)atomic_fetch_add_explicit(&ft_qsbr_wr_seq, 0, memory_order_acq_rel);
}

FtQsbrThread *ft_qsbr_register(void)
{
    if (tls_current)
        return tls_current;
    FtQsbrThread *t = NULL;
    pthread_mutex_lock(&registry_mu);
    for (size_t i = 0; i < nrecords; i++) {
        if (!records[i]->in_use) {
            t = records[i];
            break;
        }
    }
    if (!t) {
        if (nrecords == caprecords) {
            size_t ncap = caprecords ? caprecords * 2 : 16;
            FtQsbrThread **n = realloc(records, ncap * sizeof *n);
            if (!n)
                goto fail;
            records = n;
            caprecords = ncap;
        }
        t = aligned_alloc(_Alignof(FtQsbrThread), sizeof(FtQsbrThread));
        if (!t)
            goto fail;
        memset(t, 0, sizeof *t);
        atomic_init(&t->seq, FT_QSBR_OFFLINE);
        records[nrecords++] = t;
    }
    t->in_use = 1;
    t->head = t->len = 0;
    t->next_poll_at = FT_QSBR_POLL_THRESHOLD;
    pthread_mutex_unlock(&registry_mu);
    ft_qsbr_attach(t);
    tls_current = t;
    pthread_once(&exit_key_once, exit_key_create);
    if (exit_key_ok)
        pthread_setspecific(exit_key, t); /* any non-NULL value arms it */
    return t;
fail:
    pthread_mutex_unlock(&registry_mu);
    return NULL;
}

/* Append items to the orphan list; registry_mu held. */
static void orphans_append(const ft_qsbr_item *it, size_t n)
{
    if (norphans + n > caporphans) {
        size_t ncap = caporphans ? caporphans : 64;
        while (ncap < norphans + n)
            ncap *= 2;
        ft_qsbr_item *o = realloc(orphans, ncap * sizeof *o);
        if (!o)
            qsbr_oom();
        orphans = o;
        caporphans = ncap;
    }
    memcpy(orphans + norphans, it, n * sizeof *it);
    norphans += n;
}

void ft_qsbr_unregister(FtQsbrThread *t)
{
    if (!t)
        t = tls_current;
    if (!t)
        return;
    if (t != tls_current) {
        fprintf(stderr, "ftpy: fatal: ft_qsbr_unregister of another thread\n");
        abort();
    }
    ft_qsbr_detach(t);
    ft_qsbr_poll(t); /* free what is already safe */
    pthread_mutex_lock(&registry_mu);
    if (t->len > t->head)
        orphans_append(t->items + t->head, t->len - t->head);
    t->head = t->len = 0;
    t->in_use = 0;
    pthread_mutex_unlock(&registry_mu);
    tls_current = NULL;
    if (exit_key_ok)
        pthread_setspecific(exit_key, NULL); /* disarm */
}

static void free_item(const ft_qsbr_item *it)
{
    if (it->free_fn)
        it->free_fn(it->ptr);
    else
        free(it->ptr);
}

size_t ft_qsbr_poll(FtQsbrThread *t)
{
    ft_qsbr_item *ready = NULL;
    size_t nready = 0, freed = 0;

    pthread_mutex_lock(&registry_mu);
    uint64_t min = atomic_load_explicit(&ft_qsbr_wr_seq, memory_order_acquire);
    for (size_t i = 0; i < nrecords; i++) {
        /* Acquire: the reader's accesses before its report precede our free. */
        uint64_t s = atomic_load_explicit(&records[i]->seq, memory_order_acquire);
        if (s != FT_QSBR_OFFLINE && s < min)
            min = s;
    }
    if (norphans) {
        size_t k = 0;
        for (size_t i = 0; i < norphans; i++)
            if (orphans[i].goal <= min)
                k++;
        if (k && (ready = malloc(k * sizeof *ready)) != NULL) {
            size_t keep = 0;
            for (size_t i = 0; i < norphans; i++) {
                if (orphans[i].goal <= min)
                    ready[nready++] = orphans[i];
                else
                    orphans[keep++] = orphans[i];
            }
            norphans = keep;
        }
    }
    pthread_mutex_unlock(&registry_mu);

    for (size_t i = 0; i < nready; i++)
        free_item(&ready[i]);
    free(ready);
    freed += nready;

    if (t) {
        /* Sorted by goal: stop at the first item not yet safe.  Advance head
         * before calling free_fn so a re-entrant defer_free sees a
         * consistent list. */
        while (t->head < t->len && t->items[t->head].goal <= min) {
            ft_qsbr_item it = t->items[t->head++];
            free_item(&it);
            freed++;
        }
        if (t->head == t->len)
            t->head = t->len = 0;
    }
    return freed;
}

void ft_qsbr_defer_free(FtQsbrThread *t, void *ptr, void (*free_fn)(void *))
{
    if (!ptr)
        return;
    /* Release: the caller's unpublish of ptr precedes the new goal. */
    uint64_t goal =
        atomic_fetch_add_explicit(&ft_qsbr_wr_seq, 2, memory_order_acq_rel) + 2;
    ft_qsbr_item it = {ptr, free_fn, goal};
    if (!t) {
        pthread_mutex_lock(&registry_mu);
        orphans_append(&it, 1);
        pthread_mutex_unlock(&registry_mu);
        return;
    }
    if (t->len == t->cap) {
        if (t->head > 0) {
            /* Reuse the space freed at the front before growing. */
            memmove(t->items, t->items + t->head,
                    (t->len - t->head) * sizeof *t->items);
            t->len -= t->head;
            t->head = 0;
        } else {
            size_t ncap = t->cap ? t->cap * 2 : 32;
            ft_qsbr_item *n = realloc(t->items, ncap * sizeof *n);
            if (!n)
                qsbr_oom();
            t->items = n;
            t->cap = ncap;
        }
    }
    t->items[t->len++] = it;
    if (t->len - t->head >= t->next_poll_at) {
        ft_qsbr_poll(t);
        /* Back off while other threads lag, so polls stay amortized O(1). */
        t->next_poll_at = (t->len - t->head) + FT_QSBR_POLL_THRESHOLD;
    }
}

void ft_qsbr_fini(void)
{
    pthread_mutex_lock(&registry_mu);
    ft_qsbr_item *o = orphans;
    size_t n = norphans;
    orphans = NULL;
    norphans = caporphans = 0;
    for (size_t i = 0; i < nrecords; i++) {
        if (records[i]->in_use) {
            /* A thread is still registered: keep its record alive. */
            fprintf(stderr, "ft_qsbr_fini: thread still registered\n");
            abort();
        }
        free(records[i]->items);
        free(records[i]);
    }
    free(records);
    records = NULL;
    nrecords = caprecords = 0;
    pthread_mutex_unlock(&registry_mu);
    for (size_t i = 0; i < n; i++)
        free_item(&o[i]);
    free(o);
}
