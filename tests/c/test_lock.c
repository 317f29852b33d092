/*
 * test_lock.c - tests (and a micro benchmark) for lock.h and parkinglot.h.
 *
 * What it holds: stress and edge-case tests for FtMutex, FtRecursiveMutex,
 * FtOnce, ft_cs_lock2 and the parking lot; `test_lock bench` prints
 * uncontended and 2-thread contended timings against pthread_mutex.
 *
 * How it works: each test spawns pthreads that hammer a primitive and checks
 * an exact outcome (a non-atomic counter under the lock must be exact; no
 * thread may starve; timeouts must elapse; wake-ups must not be lost).  The
 * tests are meant to run under -fsanitize=thread and address,undefined too.
 *
 * Invariant / synchronization rule: shared test state is either protected by
 * the primitive under test (deliberately plain, so TSan flags any hole) or is
 * _Atomic; CHECK aborts the process on the first failure.
 */
#include "../../src/runtime/lock.h"
#include "../../src/runtime/parkinglot.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHECK(c)                                                            \
    do {                                                                    \
        if (!(c)) {                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
                    #c);                                                    \
            abort();                                                        \
        }                                                                   \
    } while (0)

static int64_t now_ns(void) { return ft_parkinglot_now_ns(); }

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

static void spawn(pthread_t *t, void *(*fn)(void *), void *arg)
{
    CHECK(pthread_create(t, NULL, fn, arg) == 0);
}

/* ---- hooks: count blocking so we can check they balance -------------- */

static _Atomic long hook_before, hook_after;
static _Thread_local int hook_depth; /* detached nesting must stay 0/1 */

static void before_block(void)
{
    CHECK(hook_depth == 0);
    hook_depth = 1;
    atomic_fetch_add(&hook_before, 1);
}

static void after_block(void)
{
    CHECK(hook_depth == 1);
    hook_depth = 0;
    atomic_fetch_add(&hook_after, 1);
}

/* ---- 1. exact counter ------------------------------------------------ */

#define NTHREADS 8
static FtMutex counter_mu = FT_MUTEX_INIT;
static long counter; /* plain on purpose: protected by counter_mu */
static int counter_iters;

static void *counter_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < counter_iters; i++) {
        ft_mutex_lock(&counter_mu);
        counter++;
        ft_mutex_unlock(&counter_mu);
    }
    return NULL;
}

static void test_counter(int iters)
{
    pthread_t t[NTHREADS];
    counter = 0;
    counter_iters = iters;
    for (int i = 0; i < NTHREADS; i++)
        spawn(&t[i], counter_worker, NULL);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    CHECK(counter == (long)NTHREADS * iters);
    CHECK(!ft_mutex_is_locked(&counter_mu));
    CHECK(atomic_load(&counter_mu.v) == 0);
    printf("ok counter %d x %d\n", NTHREADS, iters);
}

/* ---- 2. trylock, is_locked, unlock_checked ---------------------------- */

static void test_trylock(void)
{
    FtMutex m = FT_MUTEX_INIT;
    CHECK(sizeof(FtMutex) == 1);
    CHECK(!ft_mutex_is_locked(&m));
    CHECK(ft_mutex_trylock(&m) == 1);
    CHECK(ft_mutex_is_locked(&m));
    CHECK(ft_mutex_trylock(&m) == 0);
    CHECK(ft_mutex_lock_timed(&m, 0, 0) == FT_LOCK_TIMEOUT);
    ft_mutex_unlock(&m);
    CHECK(ft_mutex_unlock_checked(&m) == -1);
    CHECK(ft_mutex_lock_timed(&m, 0, 0) == FT_LOCK_ACQUIRED);
    CHECK(ft_mutex_unlock_checked(&m) == 0);
    CHECK(!ft_mutex_is_locked(&m));
    printf("ok trylock\n");
}

/* ---- 3. timed lock --------------------------------------------------- */

static FtMutex timed_mu = FT_MUTEX_INIT;

static void *timed_worker(void *arg)
{
    (void)arg;
    int64_t t0 = now_ns();
    CHECK(ft_mutex_lock_timed(&timed_mu, 50 * 1000000LL, 0) == FT_LOCK_TIMEOUT);
    int64_t dt = now_ns() - t0;
    CHECK(dt >= 50 * 1000000LL);
    CHECK(dt < 5000 * 1000000LL);
    /* Owner releases within ~100 ms; a long timeout must then succeed. */
    CHECK(ft_mutex_lock_timed(&timed_mu, 10000 * 1000000LL, 0) == FT_LOCK_ACQUIRED);
    ft_mutex_unlock(&timed_mu);
    return NULL;
}

static void test_timed(void)
{
    pthread_t t;
    ft_mutex_lock(&timed_mu);
    spawn(&t, timed_worker, NULL);
    sleep_ms(150);
    ft_mutex_unlock(&timed_mu);
    pthread_join(t, NULL);
    CHECK(!ft_mutex_is_locked(&timed_mu));
    printf("ok timed\n");
}

/* ---- 4. unlock by another thread (LockType semantics) ----------------- */

static FtMutex xmu = FT_MUTEX_INIT;
static _Atomic int x_stage;

static void *x_unlocker(void *arg)
{
    (void)arg;
    while (atomic_load(&x_stage) != 1)
        sched_yield();
    sleep_ms(20); /* let main block in lock() */
    CHECK(ft_mutex_unlock_checked(&xmu) == 0);
    return NULL;
}

static void test_cross_unlock(void)
{
    pthread_t t;
    ft_mutex_lock(&xmu);
    spawn(&t, x_unlocker, NULL);
    atomic_store(&x_stage, 1);
    ft_mutex_lock(&xmu); /* blocks until the other thread releases */
    ft_mutex_unlock(&xmu);
    pthread_join(t, NULL);

    /* Lock used as a binary semaphore: acquire here, release there. */
    for (int i = 0; i < 4; i++) {
        ft_mutex_lock(&xmu);
        pthread_t u;
        atomic_store(&x_stage, 0);
        spawn(&u, x_unlocker, NULL);
        atomic_store(&x_stage, 1);
        pthread_join(u, NULL);
        CHECK(!ft_mutex_is_locked(&xmu));
    }
    printf("ok cross-thread unlock\n");
}

/* ---- 5. recursive mutex ---------------------------------------------- */

static FtRecursiveMutex rmu = FT_RMUTEX_INIT;
static long rcounter;

static void *r_other(void *arg)
{
    (void)arg;
    CHECK(!ft_rmutex_is_owned(&rmu));
    CHECK(ft_rmutex_unlock(&rmu) == -1);
    CHECK(ft_rmutex_lock_timed(&rmu, 10 * 1000000LL, 0) == FT_LOCK_TIMEOUT);
    CHECK(ft_rmutex_count(&rmu) == 0);
    return NULL;
}

static void *r_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        ft_rmutex_lock(&rmu);
        ft_rmutex_lock(&rmu);
        CHECK(ft_rmutex_lock_timed(&rmu, 0, 0) == FT_LOCK_ACQUIRED);
        rcounter++;
        CHECK(ft_rmutex_count(&rmu) == 3);
        CHECK(ft_rmutex_unlock(&rmu) == 0);
        CHECK(ft_rmutex_unlock(&rmu) == 0);
        CHECK(ft_rmutex_is_owned(&rmu));
        CHECK(ft_rmutex_unlock(&rmu) == 0);
    }
    return NULL;
}

static void test_rmutex(void)
{
    ft_rmutex_lock(&rmu);
    ft_rmutex_lock(&rmu);
    CHECK(ft_rmutex_is_owned(&rmu));
    CHECK(ft_rmutex_count(&rmu) == 2);
    pthread_t t;
    spawn(&t, r_other, NULL);
    pthread_join(t, NULL);
    size_t n = ft_rmutex_release_all(&rmu);
    CHECK(n == 2);
    CHECK(!ft_rmutex_is_owned(&rmu));
    CHECK(!ft_mutex_is_locked(&rmu.mutex));
    ft_rmutex_lock_restore(&rmu, n);
    CHECK(ft_rmutex_count(&rmu) == 2);
    CHECK(ft_rmutex_unlock(&rmu) == 0);
    CHECK(ft_rmutex_unlock(&rmu) == 0);
    CHECK(ft_rmutex_unlock(&rmu) == -1);

    pthread_t w[4];
    rcounter = 0;
    for (int i = 0; i < 4; i++)
        spawn(&w[i], r_worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(w[i], NULL);
    CHECK(rcounter == 4 * 20000);
    printf("ok rmutex\n");
}

/* ---- 6. fairness ------------------------------------------------------ */

#define FAIR_THREADS 4
static FtMutex fair_mu = FT_MUTEX_INIT;
static _Atomic int fair_stop;
static long fair_counts[FAIR_THREADS];
static int64_t fair_maxwait[FAIR_THREADS];
static volatile long fair_sink;

static void *fair_worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    long n = 0;
    int64_t maxwait = 0;
    while (!atomic_load_explicit(&fair_stop, memory_order_relaxed)) {
        int64_t t0 = now_ns();
        ft_mutex_lock(&fair_mu);
        int64_t w = now_ns() - t0;
        if (w > maxwait)
            maxwait = w;
        for (int i = 0; i < 50; i++) /* hold the lock a little */
            fair_sink = fair_sink + 1;
        ft_mutex_unlock(&fair_mu);
        n++;
    }
    fair_counts[id] = n;
    fair_maxwait[id] = maxwait;
    return NULL;
}

static void test_fairness(void)
{
    pthread_t t[FAIR_THREADS];
    for (int i = 0; i < FAIR_THREADS; i++)
        spawn(&t[i], fair_worker, (void *)(intptr_t)i);
    sleep_ms(500);
    atomic_store(&fair_stop, 1);
    long total = 0, min = -1;
    int64_t maxwait = 0;
    for (int i = 0; i < FAIR_THREADS; i++) {
        pthread_join(t[i], NULL);
        total += fair_counts[i];
        if (min < 0 || fair_counts[i] < min)
            min = fair_counts[i];
        if (fair_maxwait[i] > maxwait)
            maxwait = fair_maxwait[i];
    }
    printf("ok fairness: total %ld, min share %.1f%% (fair %.1f%%), max wait %.2f ms\n",
           total, 100.0 * (double)min / (double)total, 100.0 / FAIR_THREADS,
           (double)maxwait / 1e6);
    /* No starvation: everyone gets a non-trivial share. */
    CHECK(min * FAIR_THREADS * 20 >= total);
}

/* Hand-off: a thread that re-locks right after unlocking would keep
 * barging past a woken waiter; after FT_MUTEX_FAIR_NS the waiter must get
 * the lock handed to it. */
static FtMutex barge_mu = FT_MUTEX_INIT;
static _Atomic int barge_stop;
static _Atomic int64_t barge_wait = -1;

static void *barger(void *arg)
{
    (void)arg;
    int64_t end = now_ns() + 3000 * 1000000LL;
    while (!atomic_load(&barge_stop) && now_ns() < end) {
        ft_mutex_lock(&barge_mu);
        int64_t t = now_ns() + 100000; /* hold ~100 us */
        while (now_ns() < t) {
        }
        ft_mutex_unlock(&barge_mu);
    }
    return NULL;
}

static void *barge_victim(void *arg)
{
    (void)arg;
    int64_t total = 0;
    for (int i = 0; i < 20; i++) {
        sleep_ms(2);
        int64_t t0 = now_ns();
        ft_mutex_lock(&barge_mu);
        total += now_ns() - t0;
        ft_mutex_unlock(&barge_mu);
    }
    atomic_store(&barge_wait, total);
    atomic_store(&barge_stop, 1);
    return NULL;
}

static _Atomic int ho_got;

static void *handoff_waiter(void *arg)
{
    (void)arg;
    ft_mutex_lock(&barge_mu);
    atomic_store(&ho_got, 1);
    sleep_ms(2); /* so the unlocker's trylock nearly always meets it */
    ft_mutex_unlock(&barge_mu);
    return NULL;
}

static void test_handoff(void)
{
    /* Deterministic: a waiter parked longer than FT_MUTEX_FAIR_NS owns the
     * mutex the moment unlock returns, so the unlocker cannot barge. */
    for (int round = 0; round < 5; round++) {
        pthread_t t;
        atomic_store(&ho_got, 0);
        ft_mutex_lock(&barge_mu);
        long base = atomic_load(&hook_before);
        spawn(&t, handoff_waiter, NULL);
        while (atomic_load(&hook_before) == base)
            sched_yield(); /* the waiter is parked */
        sleep_ms(5);
        ft_mutex_unlock(&barge_mu);
        if (ft_mutex_trylock(&barge_mu)) {
            /* Only legal if the waiter already got, used and released it. */
            CHECK(atomic_load(&ho_got) == 1);
            ft_mutex_unlock(&barge_mu);
        }
        pthread_join(t, NULL);
        CHECK(atomic_load(&ho_got) == 1);
        CHECK(atomic_load(&barge_mu.v) == 0);
    }

    /* Statistical: a thread that re-locks right after unlocking. */
    pthread_t a, b;
    atomic_store(&barge_stop, 0);
    spawn(&a, barger, NULL);
    spawn(&b, barge_victim, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int64_t w = atomic_load(&barge_wait);
    printf("ok hand-off: 20 acquisitions against a barging thread waited "
           "%.2f ms in total\n", (double)w / 1e6);
    CHECK(w >= 0 && w < 2000 * 1000000LL); /* the barger runs for 3 s */
}

/* ---- 7. parking lot: direct API ------------------------------------- */

static _Atomic uint32_t pl_word;
static _Atomic int cb_calls, cb_last_more;
static void *cb_last_arg;

static void record_cb(void *arg, void *cb_arg, int more)
{
    CHECK(cb_arg == (void *)&pl_word);
    cb_last_arg = arg;
    atomic_store(&cb_last_more, more);
    atomic_fetch_add(&cb_calls, 1);
}

static _Atomic int parked_ok;

static void *pl_parker(void *arg)
{
    uint32_t exp = 0;
    /* Loop: a spurious FT_PARK_AGAIN is impossible (word stays 0 until all
     * are woken), but FT_PARK_INTR could happen under sanitizers. */
    for (;;) {
        int r = ft_parkinglot_park(&pl_word, &exp, 4, -1, arg);
        if (r == FT_PARK_OK)
            break;
        CHECK(r == FT_PARK_INTR);
    }
    atomic_fetch_add(&parked_ok, 1);
    return NULL;
}

static void test_parkinglot_api(void)
{
    uint32_t exp = 1;
    CHECK(ft_parkinglot_park(&pl_word, &exp, 4, -1, NULL) == FT_PARK_AGAIN);
    exp = 0;
    CHECK(ft_parkinglot_park(&pl_word, &exp, 4, 0, NULL) == FT_PARK_TIMEOUT);
    int64_t t0 = now_ns();
    CHECK(ft_parkinglot_park(&pl_word, &exp, 4, 20 * 1000000LL, NULL) == FT_PARK_TIMEOUT);
    CHECK(now_ns() - t0 >= 20 * 1000000LL);

    /* Unpark with nobody parked: callback runs with NULL. */
    CHECK(ft_parkinglot_unpark(&pl_word, record_cb, &pl_word) == 0);
    CHECK(atomic_load(&cb_calls) == 1 && cb_last_arg == NULL);

    /* Other sizes. */
    _Atomic uint8_t b8 = 7;
    _Atomic uint16_t b16 = 7;
    _Atomic uint64_t b64 = 7;
    uint8_t e8 = 6;
    uint16_t e16 = 6;
    uint64_t e64 = 7;
    CHECK(ft_parkinglot_park(&b8, &e8, 1, 0, NULL) == FT_PARK_AGAIN);
    CHECK(ft_parkinglot_park(&b16, &e16, 2, 0, NULL) == FT_PARK_AGAIN);
    CHECK(ft_parkinglot_park(&b64, &e64, 8, 0, NULL) == FT_PARK_TIMEOUT);

    /* Three parkers: FIFO unpark with has_more, then unpark_all. */
    pthread_t t[3];
    static int args[3];
    long base = atomic_load(&hook_before);
    for (int i = 0; i < 3; i++) {
        spawn(&t[i], pl_parker, &args[i]);
        while (atomic_load(&hook_before) < base + i + 1)
            sched_yield(); /* parked threads call before_block */
    }
    CHECK(ft_parkinglot_unpark(&pl_word, record_cb, &pl_word) == 1);
    CHECK(cb_last_arg == &args[0]); /* FIFO */
    CHECK(atomic_load(&cb_last_more) == 1);
    CHECK(ft_parkinglot_unpark_all(&pl_word) == 2);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    CHECK(atomic_load(&parked_ok) == 3);
    CHECK(ft_parkinglot_unpark_all(&pl_word) == 0);
    printf("ok parkinglot api\n");
}

/* ---- 8. park/unpark races: a counting semaphore and ping-pong ---------- */

typedef struct {
    _Atomic uint32_t count;
} sema;

static void sema_post(sema *s)
{
    atomic_fetch_add(&s->count, 1);
    ft_parkinglot_unpark(&s->count, NULL, NULL);
}

static void sema_wait(sema *s)
{
    for (;;) {
        uint32_t c = atomic_load(&s->count);
        while (c > 0) {
            if (atomic_compare_exchange_weak(&s->count, &c, c - 1))
                return;
        }
        ft_parkinglot_park(&s->count, &c, 4, -1, NULL);
    }
}

#define PP_ROUNDS 20000
static sema ping, pong;
static long pp_data; /* passed back and forth, protected by the handshake */

static void *pp_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < PP_ROUNDS; i++) {
        sema_wait(&ping);
        pp_data++;
        sema_post(&pong);
    }
    return NULL;
}

static sema work;
static _Atomic long consumed;
static void *sem_consumer(void *arg)
{
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        sema_wait(&work);
        atomic_fetch_add(&consumed, 1);
    }
    return NULL;
}

static void test_park_races(void)
{
    pthread_t t;
    spawn(&t, pp_worker, NULL);
    for (int i = 0; i < PP_ROUNDS; i++) {
        pp_data++;
        sema_post(&ping);
        sema_wait(&pong);
    }
    pthread_join(t, NULL);
    CHECK(pp_data == 2 * PP_ROUNDS);

    /* Many producers and consumers: no lost wake-up (would hang). */
    enum { NC = 4, PER = 20000 };
    pthread_t c[NC];
    for (int i = 0; i < NC; i++)
        spawn(&c[i], sem_consumer, (void *)(intptr_t)PER);
    for (long i = 0; i < (long)NC * PER; i++)
        sema_post(&work);
    for (int i = 0; i < NC; i++)
        pthread_join(c[i], NULL);
    CHECK(atomic_load(&consumed) == (long)NC * PER);
    printf("ok park/unpark races\n");
}

/* Timed parks racing with unparks: every FT_PARK_OK must match exactly one
 * successful unpark (no lost hand-off decisions). */
static _Atomic uint32_t race_word;
static _Atomic long race_ok, race_unparked;
static _Atomic int race_stop;

static void *race_parker(void *arg)
{
    (void)arg;
    uint32_t exp = 0;
    while (!atomic_load(&race_stop)) {
        int r = ft_parkinglot_park(&race_word, &exp, 4, 20000 /* 20 us */, NULL);
        if (r == FT_PARK_OK)
            atomic_fetch_add(&race_ok, 1);
    }
    return NULL;
}

static void test_timeout_races(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        spawn(&t[i], race_parker, NULL);
    int64_t end = now_ns() + 300 * 1000000LL;
    while (now_ns() < end)
        atomic_fetch_add(&race_unparked, ft_parkinglot_unpark(&race_word, NULL, NULL));
    atomic_store(&race_stop, 1);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    CHECK(atomic_load(&race_ok) == atomic_load(&race_unparked));
    printf("ok timeout/unpark races: %ld wakes\n", atomic_load(&race_ok));
}

/* Timed lock racing with unlock hand-off: counter must stay exact. */
static FtMutex tl_mu = FT_MUTEX_INIT;
static long tl_counter;
static _Atomic long tl_acquired;

static void *tl_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3000; i++) {
        if (ft_mutex_lock_timed(&tl_mu, 1000 + (i % 7) * 100000, 0) == FT_LOCK_ACQUIRED) {
            tl_counter++;
            for (volatile int k = 0; k < 200; k++) {
            }
            atomic_fetch_add(&tl_acquired, 1);
            ft_mutex_unlock(&tl_mu);
        }
    }
    return NULL;
}

static void test_timed_races(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        spawn(&t[i], tl_worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    CHECK(tl_counter == atomic_load(&tl_acquired));
    CHECK(atomic_load(&tl_mu.v) == 0 || atomic_load(&tl_mu.v) == FT_MUTEX_HAS_PARKED);
    ft_mutex_lock(&tl_mu); /* still usable */
    ft_mutex_unlock(&tl_mu);
    CHECK(atomic_load(&tl_mu.v) == 0);
    printf("ok timed-lock races: %ld acquisitions\n", tl_counter);
}

/* ---- 9. interruptible lock ------------------------------------------- */

static _Atomic int intr_pending;
static void on_sigusr1(int sig)
{
    (void)sig;
    atomic_store(&intr_pending, 1);
}
static int intr_check(void) { return atomic_load(&intr_pending); }

static FtMutex intr_mu = FT_MUTEX_INIT;
static _Atomic int intr_result = -1;

static void *intr_worker(void *arg)
{
    (void)arg;
    atomic_store(&intr_result,
                 ft_mutex_lock_timed(&intr_mu, -1, FT_LOCK_INTERRUPTIBLE));
    return NULL;
}

static void test_interrupt(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigusr1; /* no SA_RESTART: futex wait returns EINTR */
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    ft_mutex_set_interrupt_check(intr_check);

    ft_mutex_lock(&intr_mu);
    pthread_t t;
    spawn(&t, intr_worker, NULL);
    sleep_ms(30);
    while (atomic_load(&intr_result) == -1) {
        pthread_kill(t, SIGUSR1);
        sleep_ms(5);
    }
    pthread_join(t, NULL);
    CHECK(atomic_load(&intr_result) == FT_LOCK_INTR);
    ft_mutex_unlock(&intr_mu);
    CHECK(ft_mutex_lock_timed(&intr_mu, -1, FT_LOCK_INTERRUPTIBLE) == FT_LOCK_ACQUIRED);
    ft_mutex_unlock(&intr_mu);
    atomic_store(&intr_pending, 0);
    printf("ok interruptible\n");
}

/* ---- 10. once -------------------------------------------------------- */

static FtOnce once = FT_ONCE_INIT;
static _Atomic int once_runs, once_fail_left = 2;
static int once_value; /* written by the init fn, read by all afterwards */

static int once_fn(void *arg)
{
    atomic_fetch_add(&once_runs, 1);
    sleep_ms(5);
    if (atomic_fetch_sub(&once_fail_left, 1) > 0)
        return -1; /* first two attempts fail */
    once_value = *(int *)arg;
    return 0;
}

static void *once_worker(void *arg)
{
    static int v = 42;
    (void)arg;
    while (ft_once_call(&once, once_fn, &v) != 0) {
    }
    CHECK(once_value == 42);
    return NULL;
}

static void test_once(void)
{
    pthread_t t[6];
    for (int i = 0; i < 6; i++)
        spawn(&t[i], once_worker, NULL);
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], NULL);
    CHECK(atomic_load(&once_runs) == 3);
    CHECK(ft_once_call(&once, once_fn, NULL) == 0);
    CHECK(atomic_load(&once_runs) == 3);
    printf("ok once\n");
}

/* ---- 11. two-object critical sections -------------------------------- */

static FtMutex cs_a = FT_MUTEX_INIT, cs_b = FT_MUTEX_INIT;
static long cs_x, cs_y;

static void *cs_worker(void *arg)
{
    int flip = (int)(intptr_t)arg;
    for (int i = 0; i < 50000; i++) {
        FtMutex *p = flip ? &cs_b : &cs_a, *q = flip ? &cs_a : &cs_b;
        ft_cs_lock2(p, q);
        cs_x++;
        cs_y++;
        ft_cs_unlock2(p, q);
        ft_cs_lock2(p, p);
        if (p == &cs_a)
            cs_x++;
        else
            cs_y++;
        ft_cs_unlock2(p, p);
        ft_cs_lock2(q, NULL);
        if (q == &cs_a)
            cs_x++;
        else
            cs_y++;
        ft_cs_unlock2(q, NULL);
    }
    return NULL;
}

static void test_cs(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        spawn(&t[i], cs_worker, (void *)(intptr_t)(i & 1));
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    CHECK(cs_x == 4 * 50000 * 2 && cs_y == 4 * 50000 * 2);
    printf("ok critical sections\n");
}

/* ---- benchmark -------------------------------------------------------- */

static pthread_mutex_t bench_pmu = PTHREAD_MUTEX_INITIALIZER;
static FtMutex bench_fmu = FT_MUTEX_INIT;
static _Atomic int bench_stop;
static long bench_counts[2];
static volatile long bench_shared;

static void *bench_worker(void *arg)
{
    int id = (int)(intptr_t)arg & 1, use_pthread = (int)(intptr_t)arg >> 1;
    long n = 0;
    while (!atomic_load_explicit(&bench_stop, memory_order_relaxed)) {
        for (int k = 0; k < 64; k++) {
            if (use_pthread) {
                pthread_mutex_lock(&bench_pmu);
                bench_shared = bench_shared + 1;
                pthread_mutex_unlock(&bench_pmu);
            } else {
                ft_mutex_lock(&bench_fmu);
                bench_shared = bench_shared + 1;
                ft_mutex_unlock(&bench_fmu);
            }
        }
        n += 64;
    }
    bench_counts[id] = n;
    return NULL;
}

static double bench_contended(int use_pthread, double *share)
{
    pthread_t t[2];
    atomic_store(&bench_stop, 0);
    for (int i = 0; i < 2; i++)
        spawn(&t[i], bench_worker, (void *)(intptr_t)(i | (use_pthread << 1)));
    int64_t t0 = now_ns();
    sleep_ms(1000);
    atomic_store(&bench_stop, 1);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    double secs = (double)(now_ns() - t0) / 1e9;
    long tot = bench_counts[0] + bench_counts[1];
    *share = (double)(bench_counts[0] < bench_counts[1] ? bench_counts[0] : bench_counts[1]) / (double)tot;
    return (double)tot / secs / 1e6;
}

static void bench(void)
{
    enum { N = 50000000 };
    int64_t t0 = now_ns();
    for (int i = 0; i < N; i++) {
        ft_mutex_lock(&bench_fmu);
        __asm__ __volatile__("" ::: "memory");
        ft_mutex_unlock(&bench_fmu);
    }
    double ft = (double)(now_ns() - t0) / N;
    t0 = now_ns();
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&bench_pmu);
        __asm__ __volatile__("" ::: "memory");
        pthread_mutex_unlock(&bench_pmu);
    }
    double pt = (double)(now_ns() - t0) / N;
    printf("uncontended lock+unlock: ft_mutex %.2f ns, pthread_mutex %.2f ns\n", ft, pt);
    for (int rep = 0; rep < 3; rep++) {
        double s1, s2;
        double a = bench_contended(0, &s1);
        double b = bench_contended(1, &s2);
        printf("2-thread contended: ft_mutex %.2f Mops/s (min share %.0f%%), "
               "pthread_mutex %.2f Mops/s (min share %.0f%%)\n",
               a, s1 * 100, b, s2 * 100);
    }
}

int main(int argc, char **argv)
{
    ft_parkinglot_set_hooks(before_block, after_block);
    setvbuf(stdout, NULL, _IONBF, 0);
    if (argc > 1 && strcmp(argv[1], "bench") == 0) {
        bench();
        return 0;
    }
    int iters = argc > 1 ? atoi(argv[1]) : 200000;
    test_trylock();
    test_counter(iters);
    test_timed();
    test_cross_unlock();
    test_rmutex();
    test_fairness();
    test_handoff();
    test_parkinglot_api();
    test_park_races();
    test_timeout_races();
    test_timed_races();
    test_interrupt();
    test_once();
    test_cs();
    CHECK(atomic_load(&hook_before) == atomic_load(&hook_after));
    printf("ok hooks balanced: %ld blocks\n", atomic_load(&hook_before));
    printf("all lock tests passed\n");
    return 0;
}
