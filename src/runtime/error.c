/*
 * error.c -- setting, testing and clearing the pending exception.
 *
 * The pending exception lives in the thread state (ts->exc) as a
 * normalized exception instance: there is no lazy (type, value) pair, so
 * every raise creates the instance at once.  Each thread has its own, so
 * nothing here is shared.  When an exception is raised while another is
 * being handled (ts->handled), the new one gets __context__ set, which is
 * how implicit chaining ("During handling of the above exception...")
 * works for errors raised from C as well as from `raise`.
 */
#include "ft.h"
#include "tstate.h"
#include "vm/exceptions.h"

void ft_err_raise(FtValue exc) {
  FtThreadState *ts = ft_ts;
  FtValue handled = ts->handled;
  if (handled && handled != exc && ft_exc_is_instance(exc)) {
    FtException *e = (FtException *)ft_obj(exc);
    if (!e->context) {
      /* Break a cycle if `exc` is already in handled's context chain. */
      FtValue o = handled;
      while (o) {
        FtException *x = (FtException *)ft_obj(o);
        if (x->context == exc) {
          FT_CLEAR(x->context);
          break;
        }
        o = x->context;
      }
      e->context = ft_newref(handled);
    }
  }
  ft_setref(&ts->exc, exc);
}

FtValue ft_err_set_value(FtType *type, FtValue value) {
  FtValue exc;
  if (value && ft_exc_is_instance(value) &&
      ft_type_is_subtype(ft_type(value), type)) {
    exc = ft_newref(value);
  } else {
    FtValue args = value ? ft_tuple_pack(1, value) : ft_newref(FT_EMPTY_TUPLE);
    if (!args)
      return 0;
    exc = ft_exc_new(type, args);
    ft_decref(args);
    if (!exc)
      return 0;
  }
  ft_err_raise(exc);
  return 0;
}

FtValue ft_err_set_none(FtType *type) { return ft_err_set_value(type, 0); }

FtValue ft_err_vformat(FtType *type, const char *fmt, va_list ap) {
  FtValue msg = ft_str_vformat(fmt, ap);
  if (!msg)
    return 0;
  ft_err_set_value(type, msg);
  ft_decref(msg);
  return 0;
}

FtValue ft_err_format(FtType *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  ft_err_vformat(type, fmt, ap);
  va_end(ap);
  return 0;
}

/* One preallocated MemoryError per process: raising it must not need
 * memory. */
FtValue ft_err_nomemory(void) {
  /* Made on first use; racing threads agree through the CAS (a loser's
   * spare instance is simply leaked -- it is immortal anyway). */
  static _Atomic FtValue prealloc;
  FtThreadState *ts = ft_ts;
  if (!ts)
    return 0;
  FtValue e = atomic_load_explicit(&prealloc, memory_order_acquire);
  if (!e) {
    FtValue fresh = ft_exc_new(&FtExc_MemoryError, FT_EMPTY_TUPLE);
    if (!fresh) /* can't even do that: leave the previous error */
      return 0;
    ft_object_make_immortal(ft_obj(fresh));
    FtValue expected = 0;
    e = atomic_compare_exchange_strong(&prealloc, &expected, fresh) ? fresh : expected;
  }
  ft_setref(&ts->exc, e);
  return 0;
}

FtValue ft_err_occurred(void) { return ft_ts->exc; }

int ft_err_matches(FtType *t) {
  FtValue e = ft_ts->exc;
  return e && ft_type_is_subtype(ft_type(e), t);
}

void ft_err_clear(void) { FT_CLEAR(ft_ts->exc); }

FtValue ft_err_fetch(void) {
  FtValue e = ft_ts->exc;
  ft_ts->exc = 0;
  return e;
}
