/*
 * test_qsbr.c - tests for qsbr.h (quiescent-state-based reclamation).
 *
 * What it holds: deterministic checks of when deferred items may be freed
 * (own seq, other online threads, detached threads, orphans of exited
 * threads) and a stress test where readers traverse a shared array that
 * writers replace and retire with ft_qsbr_defer_free().
 *
 * How it works: the stress test's free function poisons the array before
 * freeing it, so a reader that could still see a freed array either reads
 * poison (checked), touches freed memory (ASan) or races with the poisoning
 * memset (TSan).  Readers report quiescence between traversals, detach and
 * re-attach now and then, and a churn thread keeps registering and
 * unregistering, so the attach protocol and record reuse get exercised.
 *
 * Invariant / synchronization rule: the shared array pointer is _Atomic
 * (acquire loads, acq_rel exchange); array contents are plain and are
 * protected only by QSBR - which is exactly what the sanitizers verify.
 */
#include "../../src/runtime/qsbr.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHECK(c)                                                            \
    do {                                                                    \
        if (!(c)) {                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
                    #c);                                                    \
            abort();                                                        \
        }                                                                   \
    } while (0)

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static _Atomic long freed_count;
static void count_free(void *p)
{
    atomic_fetch_add(&freed_count, 1);
    free(p);
}

/* ---- 1. single thread ------------------------------------------------- */

static void test_basic(void)
{
    FtQsbrThread *t = ft_qsbr_register();
    CHECK(t && ft_qsbr_register() == t && ft_qsbr_current() == t);
    long base = atomic_load(&freed_count);
    ft_qsbr_defer_free(t, malloc(16), count_free);
    CHECK(ft_qsbr_pending(t) == 1);
    /* We have not passed a quiescent state: we might still read it. */
    CHECK(ft_qsbr_poll(t) == 0);
    ft_qsbr_quiescent(t);
    CHECK(ft_qsbr_poll(t) == 1);
    CHECK(atomic_load(&freed_count) == base + 1 && ft_qsbr_pending(t) == 0);

    /* Many items: automatic polls keep the list bounded once quiescent. */
    for (int i = 0; i < 10000; i++) {
        ft_qsbr_defer_free(t, malloc(8), NULL);
        if (i % 10 == 0)
            ft_qsbr_quiescent(t);
    }
    CHECK(ft_qsbr_pending(t) <= 2 * FT_QSBR_POLL_THRESHOLD);
    ft_qsbr_quiescent(t);
    ft_qsbr_poll(t);
    CHECK(ft_qsbr_pending(t) == 0);
    ft_qsbr_defer_free(t, NULL, NULL); /* NULL is ignored */
    CHECK(ft_qsbr_pending(t) == 0);
    printf("ok basic\n");
}

/* ---- 2. another thread holds up / releases reclamation ---------------- */

static _Atomic int step;

static void wait_step(int s)
{
    while (atomic_load(&step) < s)
        sched_yield();
}

static void *holder(void *arg)
{
    (void)arg;
    FtQsbrThread *t = ft_qsbr_register();
    atomic_store(&step, 1);
    wait_step(2);
    ft_qsbr_detach(t);
    ft_qsbr_quiescent(t); /* no-op while detached */
    CHECK(atomic_load(&t->seq) == FT_QSBR_OFFLINE);
    atomic_store(&step, 3);
    wait_step(4);
    ft_qsbr_attach(t);
    atomic_store(&step, 5);
    wait_step(6);
    ft_qsbr_quiescent(t);
    atomic_store(&step, 7);
    wait_step(8);
    ft_qsbr_unregister(t);
    return NULL;
}

static void test_other_thread(void)
{
    FtQsbrThread *me = ft_qsbr_current();
    pthread_t th;
    CHECK(pthread_create(&th, NULL, holder, NULL) == 0);
    wait_step(1);
    ft_qsbr_defer_free(me, malloc(16), count_free);
    ft_qsbr_quiescent(me);
    CHECK(ft_qsbr_poll(me) == 0); /* holder is online with an older seq */
    atomic_store(&step, 2);
    wait_step(3);
    CHECK(ft_qsbr_poll(me) == 1); /* holder detached */
    atomic_store(&step, 4);
    wait_step(5);
    ft_qsbr_defer_free(me, malloc(16), count_free);
    ft_qsbr_quiescent(me);
    CHECK(ft_qsbr_poll(me) == 0); /* holder re-attached before this goal */
    atomic_store(&step, 6);
    wait_step(7);
    CHECK(ft_qsbr_poll(me) == 1); /* holder passed a quiescent state */
    atomic_store(&step, 8);
    pthread_join(th, NULL);
    printf("ok other thread\n");
}

/* ---- 3. orphans ------------------------------------------------------- */

static void *orphan_maker(void *arg)
{
    (void)arg;
    FtQsbrThread *t = ft_qsbr_register();
    ft_qsbr_defer_free(t, malloc(32), count_free);
    ft_qsbr_quiescent(t);
    ft_qsbr_unregister(t); /* main is online with an old seq: can't free */
    ft_qsbr_defer_free(NULL, malloc(32), count_free); /* unregistered caller */
    return NULL;
}

static void *forgetful(void *arg)
{
    (void)arg;
    FtQsbrThread *t = ft_qsbr_register();
    ft_qsbr_defer_free(t, malloc(32), count_free);
    return NULL; /* exits registered: the exit destructor unregisters */
}

static void test_orphans(void)
{
    FtQsbrThread *me = ft_qsbr_current();
    long base = atomic_load(&freed_count);
    pthread_t th;
    CHECK(pthread_create(&th, NULL, orphan_maker, NULL) == 0);
    pthread_join(th, NULL);
    CHECK(atomic_load(&freed_count) == base);
    CHECK(ft_qsbr_poll(NULL) == 0);
    ft_qsbr_quiescent(me);
    CHECK(ft_qsbr_poll(NULL) == 2);
    CHECK(atomic_load(&freed_count) == base + 2);

    CHECK(pthread_create(&th, NULL, forgetful, NULL) == 0);
    pthread_join(th, NULL);
    ft_qsbr_quiescent(me);
    CHECK(ft_qsbr_poll(NULL) == 1); /* its seq no longer holds anything up */
    CHECK(atomic_load(&freed_count) == base + 3);
    printf("ok orphans\n");
}

/* ---- 4. stress: readers vs. swapping writers --------------------------- */

#define ARR_N 64
typedef struct {
    uint64_t version;
    uint64_t data[ARR_N];
} arr_t;

static _Atomic(arr_t *) shared;
static _Atomic uint64_t next_version = 1;
static _Atomic long allocated, poisoned_freed, reads;
static _Atomic int stop;

static arr_t *arr_new(void)
{
    arr_t *a = malloc(sizeof *a);
    CHECK(a);
    a->version = atomic_fetch_add(&next_version, 1);
    for (int i = 0; i < ARR_N; i++)
        a->data[i] = a->version;
    atomic_fetch_add(&allocated, 1);
    return a;
}

static void arr_free(void *p)
{
    memset(p, 0xdd, sizeof(arr_t)); /* a racing reader sees poison / TSan */
    atomic_fetch_add(&poisoned_freed, 1);
    free(p);
}

static uint64_t traverse(void)
{
    arr_t *a = atomic_load_explicit(&shared, memory_order_acquire);
    uint64_t v = a->version, sum = 0;
    CHECK(v != 0 && v != UINT64_C(0xdddddddddddddddd));
    for (int i = 0; i < ARR_N; i++) {
        CHECK(a->data[i] == v);
        sum += a->data[i];
    }
    return sum;
}

static void *reader(void *arg)
{
    int id = (int)(intptr_t)arg;
    FtQsbrThread *t = ft_qsbr_register();
    CHECK(t);
    long n = 0;
    uint64_t sink = 0;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        sink += traverse();
        n++;
        if (n % 8 == 0)
            ft_qsbr_quiescent(t);
        if (n % 2048 == (unsigned)id * 300) {
            ft_qsbr_detach(t); /* "blocked": holds no reference */
            sched_yield();
            ft_qsbr_attach(t);
        }
    }
    atomic_fetch_add(&reads, n);
    CHECK(sink != 1); /* keep the traversals alive */
    ft_qsbr_unregister(t);
    return NULL;
}

static void *writer(void *arg)
{
    (void)arg;
    FtQsbrThread *t = ft_qsbr_register();
    CHECK(t);
    long n = 0;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        arr_t *fresh = arr_new();
        arr_t *old = atomic_exchange_explicit(&shared, fresh, memory_order_acq_rel);
        ft_qsbr_defer_free(t, old, arr_free);
        (void)traverse(); /* writers read too */
        ft_qsbr_quiescent(t);
        if (++n % 64 == 0)
            sleep_us(50); /* let readers run on few cores */
    }
    ft_qsbr_unregister(t);
    return NULL;
}

static void *churn(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        FtQsbrThread *t = ft_qsbr_register();
        CHECK(t);
        for (int i = 0; i < 10; i++) {
            (void)traverse();
            ft_qsbr_quiescent(t);
        }
        ft_qsbr_unregister(t);
    }
    return NULL;
}

static void test_stress(int ms)
{
    FtQsbrThread *me = ft_qsbr_current();
    ft_qsbr_detach(me); /* main only sleeps during the stress phase */
    atomic_store(&shared, arr_new());
    enum { NR = 4, NW = 2, NCH = 1 };
    pthread_t r[NR], w[NW], c[NCH];
    for (int i = 0; i < NR; i++)
        CHECK(pthread_create(&r[i], NULL, reader, (void *)(intptr_t)i) == 0);
    for (int i = 0; i < NW; i++)
        CHECK(pthread_create(&w[i], NULL, writer, NULL) == 0);
    for (int i = 0; i < NCH; i++)
        CHECK(pthread_create(&c[i], NULL, churn, NULL) == 0);
    int64_t end = now_ns() + (int64_t)ms * 1000000;
    while (now_ns() < end)
        sleep_us(10000);
    atomic_store(&stop, 1);
    for (int i = 0; i < NR; i++)
        pthread_join(r[i], NULL);
    for (int i = 0; i < NW; i++)
        pthread_join(w[i], NULL);
    for (int i = 0; i < NCH; i++)
        pthread_join(c[i], NULL);
    long during = atomic_load(&poisoned_freed);
    ft_qsbr_attach(me);
    ft_qsbr_quiescent(me);
    ft_qsbr_poll(me); /* all others exited: every orphan is now safe */
    CHECK(atomic_load(&poisoned_freed) == atomic_load(&allocated) - 1);
    arr_free(atomic_load(&shared));
    printf("ok stress: %ld arrays retired (%ld freed while running), %ld reads\n",
           atomic_load(&allocated) - 1, during, atomic_load(&reads));
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    int ms = argc > 1 ? atoi(argv[1]) : 1000;
    test_basic();
    test_other_thread();
    test_orphans();
    test_stress(ms);
    ft_qsbr_unregister(ft_qsbr_current());
    ft_qsbr_fini();
    printf("all qsbr tests passed\n");
    return 0;
}
