/*
 * thread.c -- the _thread module: OS threads running Python callables,
 * and the lock types threading is built on.
 *
 * A new thread gets its own thread state (and so its own frame stack,
 * BRC queue and QSBR record) before it runs any Python code, and gives it
 * back when the callable returns.  Locks are FtMutex (one byte, parking
 * lot) for LockType, which any thread may release, and FtRecursiveMutex for
 * RLock.  Waiting for a lock detaches the thread (tstate.c).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ft.h"
#include "tstate.h"

typedef struct FtLock {
  FtObject ob;
  FtMutex lock; /* the Python-level lock; ob.mutex is unused */
} FtLock;

typedef struct FtRLock {
  FtObject ob;
  FtRecursiveMutex lock;
} FtRLock;

static FtType FtLock_Type, FtRLock_Type;
static _Atomic long thread_count;

/* Parse acquire(blocking=True, timeout=-1) into a timeout in ns (-1 =
 * forever, 0 = try). */
static int parse_acquire(const FtValue *args, size_t nargs, FtValue kw, int64_t *timeout_ns) {
  static const char *const names[] = {"blocking", "timeout", NULL};
  FtValue v[2] = {0, 0};
  if (ft_args_parse("acquire", args, nargs, kw, names, 0, 0, v) < 0)
    return -1;
  int blocking = 1;
  if (v[0]) {
    blocking = ft_truthy(v[0]);
    if (blocking < 0)
      return -1;
  }
  double timeout = -1;
  if (v[1]) {
    timeout = ft_float_as_double(v[1]);
    if (timeout == -1.0 && ft_err_occurred())
      return -1;
  }
  if (!blocking && timeout != -1) {
    ft_err_format(&FtExc_ValueError, "can't specify a timeout for a non-blocking call");
    return -1;
  }
  if (timeout < 0 && timeout != -1) {
    ft_err_format(&FtExc_ValueError, "timeout value must be positive");
    return -1;
  }
  if (!blocking)
    *timeout_ns = 0;
  else if (timeout == -1)
    *timeout_ns = -1;
  else {
    if (timeout > 9223372036.0) {
      ft_err_format(&FtExc_OverflowError, "timeout value is too large");
      return -1;
    }
    *timeout_ns = (int64_t)(timeout * 1e9);
  }
  return 0;
}

static FtValue lock_acquire(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  int64_t t;
  if (parse_acquire(args, nargs, kw, &t) < 0)
    return 0;
  FtLock *l = (FtLock *)ft_obj(self);
  if (ft_mutex_trylock(&l->lock))
    return ft_newref(FT_TRUE);
  if (t == 0)
    return ft_newref(FT_FALSE);
  ft_tstate_detach();
  int r = ft_mutex_lock_timed(&l->lock, t, 0);
  ft_tstate_attach();
  return ft_newref(r == FT_LOCK_ACQUIRED ? FT_TRUE : FT_FALSE);
}

static FtValue lock_release(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  FtLock *l = (FtLock *)ft_obj(self);
  if (ft_mutex_unlock_checked(&l->lock) < 0)
    return ft_err_format(&FtExc_RuntimeError, "release unlocked lock");
  return ft_newref(FT_NONE);
}

static FtValue lock_locked(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return ft_bool(ft_mutex_is_locked(&((FtLock *)ft_obj(self))->lock));
}

static FtValue lock_exit(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return lock_release(self, NULL, 0, 0);
}

static FtValue lock_repr(FtValue self) {
  FtLock *l = (FtLock *)ft_obj(self);
  return ft_str_from_format("<%s _thread.lock object at %p>",
                            ft_mutex_is_locked(&l->lock) ? "locked" : "unlocked",
                            (void *)self);
}

static const FtMethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},   {"acquire_lock", lock_acquire, 0, NULL},
    {"release", lock_release, 0, NULL},   {"release_lock", lock_release, 0, NULL},
    {"locked", lock_locked, 0, NULL},     {"locked_lock", lock_locked, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL}, {"__exit__", lock_exit, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void simple_dealloc(FtObject *o) { ft_object_free(o); }

static FtValue lock_new(FtType *t, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_count("lock", nargs, 0, 0) < 0)
    return 0;
  FtObject *o = ft_object_alloc(t, t->basicsize);
  return o ? ft_val(o) : 0;
}

static FtType FtLock_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                             .name = "_thread.lock",
                             .basicsize = sizeof(FtLock),
                             .dealloc = simple_dealloc,
                             .repr = lock_repr,
                             .new_ = lock_new,
                             .methods = lock_methods};

static FtValue rlock_acquire(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  int64_t t;
  if (parse_acquire(args, nargs, kw, &t) < 0)
    return 0;
  FtRLock *l = (FtRLock *)ft_obj(self);
  if (t != 0)
    ft_tstate_detach();
  int r = ft_rmutex_lock_timed(&l->lock, t, 0);
  if (t != 0)
    ft_tstate_attach();
  return ft_newref(r == FT_LOCK_ACQUIRED ? FT_TRUE : FT_FALSE);
}

static FtValue rlock_release(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  FtRLock *l = (FtRLock *)ft_obj(self);
  if (ft_rmutex_unlock(&l->lock) < 0)
    return ft_err_format(&FtExc_RuntimeError, "cannot release un-acquired lock");
  return ft_newref(FT_NONE);
}

static FtValue rlock_exit(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return rlock_release(self, NULL, 0, 0);
}

static FtValue rlock_is_owned(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return ft_bool(ft_rmutex_is_owned(&((FtRLock *)ft_obj(self))->lock));
}

static FtValue rlock_repr(FtValue self) {
  FtRLock *l = (FtRLock *)ft_obj(self);
  int owned = ft_rmutex_count(&l->lock) > 0;
  return ft_str_from_format("<%s _thread.RLock object owner=%d count=%d at %p>",
                            owned ? "locked" : "unlocked", 0,
                            (int)ft_rmutex_count(&l->lock), (void *)self);
}

static const FtMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},   {"release", rlock_release, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL}, {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL}, {NULL, NULL, 0, NULL}};

static FtType FtRLock_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                              .name = "_thread.RLock",
                              .basicsize = sizeof(FtRLock),
                              .dealloc = simple_dealloc,
                              .repr = rlock_repr,
                              .new_ = lock_new,
                              .methods = rlock_methods};

/* ---- threads -------------------------------------------------------- */

typedef struct Boot {
  FtValue func, args, kwargs;
} Boot;

static void *thread_main(void *arg) {
  Boot *b = arg;
  FtThreadState *ts = ft_tstate_new();
  if (!ts) {
    fprintf(stderr, "ftpy: cannot create thread state\n");
    return NULL;
  }
  FtValue r = ft_call_tuple_dict(b->func, b->args, b->kwargs);
  if (!r) {
    if (ft_err_matches(&FtExc_SystemExit)) {
      ft_err_clear();
    } else {
      FtValue e = ft_err_fetch();
      FtValue fr = ft_repr(b->func);
      ft_err_clear();
      FtValue err = ft_sys_stderr();
      FtValue msg = ft_str_from_format("Exception ignored in thread started by: %S\n",
                                       fr ? fr : FT_NONE);
      if (err && msg)
        ft_file_write_str(err, msg);
      ft_xdecref(msg);
      ft_xdecref(fr);
      ft_err_clear();
      ft_err_raise(e);
      ft_err_print();
    }
  } else {
    ft_decref(r);
  }
  ft_decref(b->func);
  ft_decref(b->args);
  ft_xdecref(b->kwargs);
  free(b);
  ft_tstate_delete(ts);
  atomic_fetch_sub(&thread_count, 1);
  return NULL;
}

static FtValue thread_start(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  if (ft_args_no_kw("start_new_thread", kw) < 0 ||
      ft_args_count("start_new_thread", nargs, 2, 3) < 0)
    return 0;
  if (!ft_callable(args[0]))
    return ft_err_format(&FtExc_TypeError, "first arg must be callable");
  if (!FT_TYPE_HAS(args[1], FT_TPFLAG_TUPLE_SUBCLASS))
    return ft_err_format(&FtExc_TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !ft_dict_check(args[2]))
    return ft_err_format(&FtExc_TypeError, "optional 3rd arg must be a dictionary");
  Boot *b = malloc(sizeof *b);
  if (!b)
    return ft_err_nomemory();
  b->func = ft_newref(args[0]);
  b->args = ft_newref(args[1]);
  b->kwargs = nargs == 3 ? ft_newref(args[2]) : 0;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 16 * 1024 * 1024);
  pthread_t th;
  atomic_fetch_add(&thread_count, 1);
  int err = pthread_create(&th, &attr, thread_main, b);
  pthread_attr_destroy(&attr);
  if (err) {
    atomic_fetch_sub(&thread_count, 1);
    ft_decref(b->func);
    ft_decref(b->args);
    ft_xdecref(b->kwargs);
    free(b);
    return ft_err_format(&FtExc_RuntimeError, "can't start new thread");
  }
  return ft_int_from_u64((uint64_t)th);
}

static FtValue thread_allocate_lock(FtValue self, const FtValue *args, size_t nargs,
                                    FtValue kw) {
  return lock_new(&FtLock_Type, NULL, 0, 0);
}

static FtValue thread_get_ident(FtValue self, const FtValue *args, size_t nargs,
                                FtValue kw) {
  return ft_int_from_u64((uint64_t)pthread_self());
}

static FtValue thread_count_fn(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return ft_int_from_i64(atomic_load(&thread_count));
}

static FtValue thread_exit(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return ft_err_set_none(&FtExc_SystemExit);
}

static FtValue thread_stack_size(FtValue self, const FtValue *args, size_t nargs,
                                 FtValue kw) {
  return ft_small(0);
}

static const FtMethodDef thread_methods[] = {
    {"start_new_thread", thread_start, 0, NULL},
    {"start_new", thread_start, 0, NULL},
    {"allocate_lock", thread_allocate_lock, 0, NULL},
    {"allocate", thread_allocate_lock, 0, NULL},
    {"get_ident", thread_get_ident, 0, NULL},
    {"get_native_id", thread_get_ident, 0, NULL},
    {"_count", thread_count_fn, 0, NULL},
    {"exit", thread_exit, 0, NULL},
    {"stack_size", thread_stack_size, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtValue ft_mod__thread_init(void) {
  if (ft_type_ready(&FtLock_Type) < 0 || ft_type_ready(&FtRLock_Type) < 0)
    return 0;
  FtValue m = ft_module_new("_thread");
  if (!m || ft_module_add_methods(m, thread_methods) < 0)
    return 0;
  if (ft_module_add(m, "LockType", ft_val(&FtLock_Type)) < 0 ||
      ft_module_add(m, "lock", ft_val(&FtLock_Type)) < 0 ||
      ft_module_add(m, "RLock", ft_val(&FtRLock_Type)) < 0 ||
      ft_module_add(m, "error", ft_val(&FtExc_RuntimeError)) < 0)
    return 0;
  FtValue tm = ft_float_new(9223372036.0);
  if (!tm || ft_module_add(m, "TIMEOUT_MAX", tm) < 0)
    return 0;
  ft_decref(tm);
  return m;
}
