/*
 * time.c -- the time module: clocks (time, monotonic, perf_counter,
 * process_time, thread_time and their _ns forms, clock_gettime), sleep,
 * and calendar conversions (localtime, gmtime, mktime, asctime, ctime,
 * strftime) with the time.struct_time type.
 *
 * Representation: clocks read clock_gettime() and return float seconds
 * (ns / 1e9, rounded as CPython does) or int nanoseconds.  struct_time is
 * a tuple subclass laid out as an FtTuple of 9 visible items followed by
 * two hidden ones (tm_zone, tm_gmtoff) that only the attributes show;
 * its own dealloc releases all 11.  Invariant: a struct_time always holds
 * 11 item slots, n == 9.
 *
 * Synchronization rule: the module holds no mutable state.  localtime_r /
 * gmtime_r / strftime are the reentrant libc forms; tzset() runs once at
 * import (the C library serializes its own zone data).  sleep() detaches
 * the thread (ft_tstate_detach) while it waits, so a sleeping thread never
 * holds up stop-the-world or memory reclamation.
 */
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ft.h"
#include "tstate.h"

/* ==== clocks ========================================================== */

static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static FtValue ns_float(int64_t ns) { return ft_float_new((double)ns / 1e9); }

#define CLOCK_FUNCS(pyname, clk)                                             \
  static FtValue time_##pyname(FtValue self, const FtValue *args,            \
                               size_t nargs, FtValue kwnames) {              \
    (void)self;                                                              \
    (void)args;                                                              \
    if (ft_args_no_kw(#pyname, kwnames) < 0 ||                               \
        ft_args_count(#pyname, nargs, 0, 0) < 0)                             \
      return 0;                                                              \
    return ns_float(clock_ns(clk));                                          \
  }                                                                          \
  static FtValue time_##pyname##_ns(FtValue self, const FtValue *args,       \
                                    size_t nargs, FtValue kwnames) {         \
    (void)self;                                                              \
    (void)args;                                                              \
    if (ft_args_no_kw(#pyname "_ns", kwnames) < 0 ||                         \
        ft_args_count(#pyname "_ns", nargs, 0, 0) < 0)                       \
      return 0;                                                              \
    return ft_int_from_i64(clock_ns(clk));                                   \
  }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static int clock_arg(const char *fname, const FtValue *args, size_t nargs,
                     FtValue kwnames, clockid_t *id) {
  if (ft_args_no_kw(fname, kwnames) < 0 ||
      ft_args_count(fname, nargs, 1, 1) < 0)
    return -1;
  int64_t v;
  int ovf;
  if (ft_int_as_i64(args[0], &v, &ovf) < 0)
    return -1;
  if (ovf || v < INT32_MIN || v > INT32_MAX) {
    ft_err_format(&FtExc_OverflowError,
                  "Python int too large to convert to C int");
    return -1;
  }
  struct timespec ts;
  if (clock_gettime((clockid_t)v, &ts) < 0) {
    ft_file_err_errno(errno, 0);
    return -1;
  }
  *id = (clockid_t)v;
  return 0;
}

static FtValue time_clock_gettime(FtValue self, const FtValue *args,
                                  size_t nargs, FtValue kwnames) {
  (void)self;
  clockid_t id;
  if (clock_arg("clock_gettime", args, nargs, kwnames, &id) < 0)
    return 0;
  return ns_float(clock_ns(id));
}

static FtValue time_clock_gettime_ns(FtValue self, const FtValue *args,
                                     size_t nargs, FtValue kwnames) {
  (void)self;
  clockid_t id;
  if (clock_arg("clock_gettime_ns", args, nargs, kwnames, &id) < 0)
    return 0;
  return ft_int_from_i64(clock_ns(id));
}

/* ==== sleep =========================================================== */

/* A number of seconds as nanoseconds (float or int, like CPython's
 * _PyTime_FromObject).  Returns -1 with an error set. */
static int seconds_to_ns(FtValue v, int64_t *out) {
  if (ft_isinstance_type(v, &FtFloat_Type)) {
    double d = ft_float_val(v);
    if (isnan(d)) {
      ft_err_format(&FtExc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    d *= 1e9;
    d = d >= 0 ? ceil(d) : floor(d); /* sleep rounds up (timeout rule) */
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      ft_err_format(&FtExc_OverflowError,
                    "timestamp too large to convert to C _PyTime_t");
      return -1;
    }
    *out = (int64_t)d;
    return 0;
  }
  FtValue i = ft_index(v);
  if (!i)
    return -1;
  int64_t s;
  int ovf;
  int rc = ft_int_as_i64(i, &s, &ovf);
  ft_decref(i);
  if (rc < 0)
    return -1;
  if (ovf || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
    ft_err_format(&FtExc_OverflowError,
                  "timestamp too large to convert to C _PyTime_t");
    return -1;
  }
  *out = s * 1000000000;
  return 0;
}

static FtValue time_sleep(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("sleep", kwnames) < 0)
    return 0;
  if (nargs != 1)
    return ft_err_format(&FtExc_TypeError,
                         "time.sleep() takes exactly one argument (%zu given)",
                         nargs);
  int64_t ns;
  if (seconds_to_ns(args[0], &ns) < 0)
    return 0;
  if (ns < 0)
    return ft_err_format(&FtExc_ValueError,
                         "sleep length must be non-negative");
  if (ns == 0) {
    sched_yield();
    return ft_newref(FT_NONE);
  }
  /* Sleep to an absolute deadline so EINTR restarts don't drift. */
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  int64_t total = deadline.tv_nsec + ns % 1000000000;
  deadline.tv_sec += (time_t)(ns / 1000000000 + total / 1000000000);
  deadline.tv_nsec = (long)(total % 1000000000);
  for (;;) {
    ft_tstate_detach();
    int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
    ft_tstate_attach();
    if (rc == 0)
      break;
    if (rc != EINTR)
      return ft_file_err_errno(rc, 0);
    /* A signal: run the handlers (Ctrl-C raises here), then go on. */
    FtThreadState *ts = ft_ts;
    if (ts && atomic_load(&ts->eval_breaker) &&
        ft_tstate_handle_breaker(ts) < 0)
      return 0;
  }
  return ft_newref(FT_NONE);
}

/* ==== struct_time ===================================================== */

#define ST_VISIBLE 9
#define ST_ALL 11

static const char *const st_fields[ST_ALL] = {
    "tm_year", "tm_mon",  "tm_mday", "tm_hour",  "tm_min",   "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

FtType FtStructTime_Type;

static FtValue structtime_alloc(FtType *type) {
  FtTuple *t = (FtTuple *)ft_object_alloc(
      type, type->basicsize + ST_ALL * sizeof(FtValue));
  if (!t)
    return 0;
  t->n = ST_VISIBLE;
  return ft_val(t);
}

static void structtime_dealloc(FtObject *o) {
  FtTuple *t = (FtTuple *)o;
  for (size_t i = 0; i < ST_ALL; i++)
    FT_CLEAR(t->items[i]);
  ft_object_free(o);
}

static FtValue structtime_new(FtType *type, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  static const char *const names[] = {"sequence", "dict", NULL};
  FtValue a[2] = {0, 0};
  if (ft_args_parse("struct_time", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  FtValue seq = a[0];
  if (!FT_TYPE_HAS(seq, FT_TPFLAG_TUPLE_SUBCLASS | FT_TPFLAG_LIST_SUBCLASS) &&
      !ft_type(seq)->getitem)
    return ft_err_format(&FtExc_TypeError, "constructor requires a sequence");
  FtValue tup = ft_tuple_from_iterable(seq);
  if (!tup)
    return 0;
  size_t n = ft_tuple_len(tup);
  if (n < ST_VISIBLE || n > ST_ALL) {
    ft_decref(tup);
    return ft_err_format(&FtExc_TypeError,
                         "time.struct_time() takes an %s %d-sequence "
                         "(%zu-sequence given)",
                         n < ST_VISIBLE ? "at least" : "at most",
                         n < ST_VISIBLE ? ST_VISIBLE : ST_ALL, n);
  }
  FtValue r = structtime_alloc(type);
  if (!r) {
    ft_decref(tup);
    return 0;
  }
  for (size_t i = 0; i < ST_ALL; i++)
    ft_tuple_items(r)[i] = ft_newref(i < n ? ft_tuple_get(tup, i) : FT_NONE);
  ft_decref(tup);
  return r;
}

static FtValue structtime_repr(FtValue self) {
  FtValue parts[ST_VISIBLE];
  size_t made = 0;
  FtValue res = 0;
  for (; made < ST_VISIBLE; made++) {
    parts[made] = ft_str_from_format("%s=%R", st_fields[made],
                                     ft_tuple_get(self, made));
    if (!parts[made])
      goto out;
  }
  FtValue sep = ft_str_from_cstr(", ");
  FtValue lst = sep ? ft_list_from_array(parts, ST_VISIBLE) : 0;
  FtValue body = lst ? ft_str_join(sep, lst) : 0;
  if (body)
    res = ft_str_from_format("time.struct_time(%U)", body);
  ft_xdecref(sep);
  ft_xdecref(lst);
  ft_xdecref(body);
out:
  for (size_t i = 0; i < made; i++)
    ft_decref(parts[i]);
  return res;
}

#define ST_GETTER(i)                                                         \
  static FtValue st_get##i(FtValue self) {                                   \
    return ft_newref(ft_tuple_items(self)[i]);                               \
  }
ST_GETTER(0)
ST_GETTER(1)
ST_GETTER(2)
ST_GETTER(3)
ST_GETTER(4)
ST_GETTER(5)
ST_GETTER(6)
ST_GETTER(7)
ST_GETTER(8)
ST_GETTER(9)
ST_GETTER(10)

static const FtGetSetDef structtime_getsets[] = {
    {"tm_year", st_get0, NULL, "year, for example, 1993"},
    {"tm_mon", st_get1, NULL, "month of year, range [1, 12]"},
    {"tm_mday", st_get2, NULL, "day of month, range [1, 31]"},
    {"tm_hour", st_get3, NULL, "hours, range [0, 23]"},
    {"tm_min", st_get4, NULL, "minutes, range [0, 59]"},
    {"tm_sec", st_get5, NULL, "seconds, range [0, 61])"},
    {"tm_wday", st_get6, NULL, "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", st_get7, NULL, "day of year, range [1, 366]"},
    {"tm_isdst", st_get8, NULL, "1 if summer time is in effect, 0 if not"},
    {"tm_zone", st_get9, NULL, "abbreviation of timezone name"},
    {"tm_gmtoff", st_get10, NULL, "offset from UTC in seconds"},
    {NULL, NULL, NULL, NULL}};

FtType FtStructTime_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "time.struct_time",
    .basicsize = sizeof(FtTuple),
    .itemsize = sizeof(FtValue),
    .tpflags = FT_TPFLAG_TUPLE_SUBCLASS,
    .base = &FtTuple_Type,
    .dealloc = structtime_dealloc,
    .repr = structtime_repr,
    .getsets = structtime_getsets,
    .new_ = structtime_new,
};

/* struct tm -> struct_time */
static FtValue tm_to_struct(const struct tm *tm) {
  FtValue r = structtime_alloc(&FtStructTime_Type);
  if (!r)
    return 0;
  FtValue *it = ft_tuple_items(r);
  it[0] = ft_small((intptr_t)tm->tm_year + 1900);
  it[1] = ft_small(tm->tm_mon + 1);
  it[2] = ft_small(tm->tm_mday);
  it[3] = ft_small(tm->tm_hour);
  it[4] = ft_small(tm->tm_min);
  it[5] = ft_small(tm->tm_sec);
  it[6] = ft_small((tm->tm_wday + 6) % 7);
  it[7] = ft_small(tm->tm_yday + 1);
  it[8] = ft_small(tm->tm_isdst);
  it[9] = ft_str_decode_utf8(tm->tm_zone ? tm->tm_zone : "",
                             tm->tm_zone ? strlen(tm->tm_zone) : 0,
                             "surrogateescape");
  it[10] = ft_small(tm->tm_gmtoff);
  if (!it[9]) {
    ft_decref(r);
    return 0;
  }
  return r;
}

/* struct_time or 9+-tuple -> struct tm (unchecked ranges).  `fname` is the
 * Python function for the error message.  zone_out receives tm_zone's
 * value (borrowed) if present. */
static int tuple_to_tm(FtValue t, const char *fname, struct tm *tm) {
  if (!FT_TYPE_HAS(t, FT_TPFLAG_TUPLE_SUBCLASS)) {
    ft_err_format(&FtExc_TypeError, "Tuple or struct_time argument required");
    return -1;
  }
  size_t n = ft_tuple_len(t);
  if (n != ST_VISIBLE && !ft_isinstance_exact(t, &FtStructTime_Type)) {
    ft_err_format(&FtExc_TypeError, "%s(): illegal time tuple argument", fname);
    return -1;
  }
  int v[ST_VISIBLE];
  for (int i = 0; i < ST_VISIBLE; i++) {
    FtValue x = ft_tuple_get(t, (size_t)i);
    if (!ft_int_check(x)) {
      ft_err_format(&FtExc_TypeError,
                    "'%T' object cannot be interpreted as an integer", x);
      return -1;
    }
    int64_t iv;
    int ovf;
    if (ft_int_as_i64(x, &iv, &ovf) < 0)
      return -1;
    if (ovf || iv < INT32_MIN || iv > INT32_MAX) {
      ft_err_format(&FtExc_OverflowError,
                    "Python int too large to convert to C int");
      return -1;
    }
    v[i] = (int)iv;
  }
  memset(tm, 0, sizeof *tm);
  tm->tm_year = v[0] - 1900;
  tm->tm_mon = v[1] - 1;
  tm->tm_mday = v[2];
  tm->tm_hour = v[3];
  tm->tm_min = v[4];
  tm->tm_sec = v[5];
  tm->tm_wday = (v[6] + 1) % 7;
  if (tm->tm_wday < 0)
    tm->tm_wday += 7;
  tm->tm_yday = v[7] - 1;
  tm->tm_isdst = v[8];
  if (ft_isinstance_exact(t, &FtStructTime_Type)) {
    FtValue zone = ft_tuple_items(t)[9];
    FtValue off = ft_tuple_items(t)[10];
    if (zone && ft_str_check(zone))
      tm->tm_zone = ft_str_data(zone); /* borrowed: t outlives tm's use */
    if (off && ft_is_small(off))
      tm->tm_gmtoff = ft_small_val(off);
  }
  return 0;
}

/* CPython's checktm() + the "0 means default" fix-ups. */
static int check_tm(struct tm *tm, int fix_zero, int v6) {
  if (fix_zero) {
    if (tm->tm_mon == -1)
      tm->tm_mon = 0;
    if (tm->tm_mday == 0)
      tm->tm_mday = 1;
    if (tm->tm_yday == -1)
      tm->tm_yday = 0;
  }
  const char *msg = NULL;
  if (tm->tm_mon < 0 || tm->tm_mon > 11)
    msg = "month out of range";
  else if (tm->tm_mday < 1 || tm->tm_mday > 31)
    msg = "day of month out of range";
  else if (tm->tm_hour < 0 || tm->tm_hour > 23)
    msg = "hour out of range";
  else if (tm->tm_min < 0 || tm->tm_min > 59)
    msg = "minute out of range";
  else if (tm->tm_sec < 0 || tm->tm_sec > 61)
    msg = "seconds out of range";
  else if (v6 < 0)
    msg = "day of week out of range";
  else if (tm->tm_yday < 0 || tm->tm_yday > 365)
    msg = "day of year out of range";
  if (msg) {
    ft_err_format(&FtExc_ValueError, "%s", msg);
    return -1;
  }
  return 0;
}

/* Seconds argument (None = now) -> time_t, flooring floats. */
static int time_t_arg(FtValue v, time_t *out) {
  if (!v || v == FT_NONE) {
    *out = time(NULL);
    return 0;
  }
  if (ft_isinstance_type(v, &FtFloat_Type)) {
    double d = ft_float_val(v);
    if (isnan(d)) {
      ft_err_format(&FtExc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    d = floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      ft_err_format(&FtExc_OverflowError,
                    "timestamp out of range for platform time_t");
      return -1;
    }
    *out = (time_t)d;
    return 0;
  }
  FtValue i = ft_index(v);
  if (!i)
    return -1;
  int64_t s;
  int ovf;
  int rc = ft_int_as_i64(i, &s, &ovf);
  ft_decref(i);
  if (rc < 0)
    return -1;
  if (ovf) {
    ft_err_format(&FtExc_OverflowError,
                  "timestamp out of range for platform time_t");
    return -1;
  }
  *out = (time_t)s;
  return 0;
}

static FtValue convert_time(const char *fname, const FtValue *args,
                            size_t nargs, FtValue kwnames, int local) {
  if (ft_args_no_kw(fname, kwnames) < 0 ||
      ft_args_count(fname, nargs, 0, 1) < 0)
    return 0;
  time_t t;
  if (time_t_arg(nargs ? args[0] : 0, &t) < 0)
    return 0;
  struct tm tm;
  errno = 0;
  if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
    if (errno == EOVERFLOW || errno == 0)
      return ft_err_format(&FtExc_OverflowError,
                           "timestamp out of range for platform time_t");
    return ft_file_err_errno(errno, 0);
  }
  return tm_to_struct(&tm);
}

static FtValue time_localtime(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)self;
  return convert_time("localtime", args, nargs, kwnames, 1);
}

static FtValue time_gmtime(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  (void)self;
  return convert_time("gmtime", args, nargs, kwnames, 0);
}

static FtValue time_mktime(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("mktime", kwnames) < 0 ||
      ft_args_count("mktime", nargs, 1, 1) < 0)
    return 0;
  struct tm tm;
  if (tuple_to_tm(args[0], "mktime", &tm) < 0)
    return 0;
  tm.tm_wday = -1; /* sentinel: mktime() sets it on success */
  tm.tm_zone = NULL;
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1)
    return ft_err_format(&FtExc_OverflowError, "mktime argument out of range");
  return ft_float_new((double)t);
}

/* The current local time as a struct tm (for defaults). */
static int now_tm(struct tm *tm) {
  time_t t = time(NULL);
  if (!localtime_r(&t, tm)) {
    ft_file_err_errno(errno, 0);
    return -1;
  }
  return 0;
}

static FtValue format_asctime(const struct tm *tm) {
  static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed",
                                  "Thu", "Fri", "Sat"};
  static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return ft_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d",
                            wday[(tm->tm_wday % 7 + 7) % 7],
                            mon[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday,
                            tm->tm_hour, tm->tm_min, tm->tm_sec,
                            tm->tm_year + 1900);
}

static FtValue time_asctime(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("asctime", kwnames) < 0 ||
      ft_args_count("asctime", nargs, 0, 1) < 0)
    return 0;
  struct tm tm;
  if (nargs) {
    if (!FT_TYPE_HAS(args[0], FT_TPFLAG_TUPLE_SUBCLASS))
      return ft_err_format(&FtExc_TypeError,
                           "Tuple or struct_time argument required");
    if (tuple_to_tm(args[0], "asctime", &tm) < 0)
      return 0;
    int64_t w;
    int ovf;
    ft_int_as_i64(ft_tuple_get(args[0], 6), &w, &ovf);
    if (check_tm(&tm, 1, (int)w) < 0)
      return 0;
  } else if (now_tm(&tm) < 0) {
    return 0;
  }
  return format_asctime(&tm);
}

static FtValue time_ctime(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("ctime", kwnames) < 0 ||
      ft_args_count("ctime", nargs, 0, 1) < 0)
    return 0;
  time_t t;
  if (time_t_arg(nargs ? args[0] : 0, &t) < 0)
    return 0;
  struct tm tm;
  if (!localtime_r(&t, &tm))
    return ft_err_format(&FtExc_OverflowError,
                         "timestamp out of range for platform time_t");
  return format_asctime(&tm);
}

static FtValue time_strftime(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("strftime", kwnames) < 0 ||
      ft_args_count("strftime", nargs, 1, 2) < 0)
    return 0;
  FtValue fmt = args[0];
  if (!ft_str_check(fmt))
    return ft_err_format(&FtExc_TypeError,
                         "strftime() argument 1 must be str, not %T", fmt);
  struct tm tm;
  if (nargs > 1) {
    if (tuple_to_tm(args[1], "strftime", &tm) < 0)
      return 0;
    int64_t w;
    int ovf;
    ft_int_as_i64(ft_tuple_get(args[1], 6), &w, &ovf);
    if (check_tm(&tm, 1, (int)w) < 0)
      return 0;
    if (tm.tm_isdst < -1)
      tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
      tm.tm_isdst = 1;
    if (!tm.tm_zone) {
      tzset();
      tm.tm_zone = tzname[tm.tm_isdst > 0];
    }
  } else if (now_tm(&tm) < 0) {
    return 0;
  }
  const char *f = ft_str_data(fmt);
  size_t flen = ft_str_size(fmt);
  if (strlen(f) != flen)
    return ft_err_format(&FtExc_ValueError, "embedded null character");
  if (flen == 0)
    return ft_str_new("", 0);
  /* strftime() returns 0 both for "too small" and an empty result: grow
   * up to a generous bound, then accept the empty string. */
  for (size_t cap = 256 + flen * 4; cap <= 256 * (flen + 16); cap *= 2) {
    char *buf = ft_mem_alloc(cap);
    if (!buf)
      return 0;
    size_t n = strftime(buf, cap, f, &tm);
    if (n > 0) {
      FtValue r = ft_str_decode_utf8(buf, n, "surrogateescape");
      ft_mem_free(buf);
      return r;
    }
    ft_mem_free(buf);
  }
  return ft_str_new("", 0);
}

/* ==== module ========================================================== */

static const FtMethodDef time_methods[] = {
    {"time", time_time, 0, "Current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, 0, "Current time in nanoseconds."},
    {"monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0, NULL},
    {"perf_counter", time_perf_counter, 0, "Performance counter."},
    {"perf_counter_ns", time_perf_counter_ns, 0, NULL},
    {"process_time", time_process_time, 0, "Process CPU time."},
    {"process_time_ns", time_process_time_ns, 0, NULL},
    {"thread_time", time_thread_time, 0, "Thread CPU time."},
    {"thread_time_ns", time_thread_time_ns, 0, NULL},
    {"clock_gettime", time_clock_gettime, 0, NULL},
    {"clock_gettime_ns", time_clock_gettime_ns, 0, NULL},
    {"sleep", time_sleep, 0, "Delay execution for a number of seconds."},
    {"localtime", time_localtime, 0, NULL},
    {"gmtime", time_gmtime, 0, NULL},
    {"mktime", time_mktime, 0, NULL},
    {"asctime", time_asctime, 0, NULL},
    {"ctime", time_ctime, 0, NULL},
    {"strftime", time_strftime, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* timezone / altzone / daylight / tzname, computed like CPython from the
 * zone offsets in January and July of the current year. */
static int add_zone_info(FtValue m) {
  tzset();
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  int year = tm.tm_year;
  struct tm jan = {0}, jul = {0};
  jan.tm_year = jul.tm_year = year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tj = mktime(&jan), tl = mktime(&jul);
  localtime_r(&tj, &jan);
  localtime_r(&tl, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  const char *janname = jan.tm_zone ? jan.tm_zone : "";
  const char *julname = jul.tm_zone ? jul.tm_zone : "";
  long tz = janzone, alt = julzone;
  const char *n0 = janname, *n1 = julname;
  if (janzone < julzone) { /* DST is reversed in the southern hemisphere */
    tz = julzone;
    alt = janzone;
    n0 = julname;
    n1 = janname;
  }
  FtValue s0 = ft_str_from_cstr(n0), s1 = ft_str_from_cstr(n1);
  FtValue names = s0 && s1 ? ft_tuple_pack(2, s0, s1) : 0;
  ft_xdecref(s0);
  ft_xdecref(s1);
  if (!names)
    return -1;
  int rc = ft_module_add(m, "tzname", names);
  ft_decref(names);
  if (rc < 0 || ft_module_add(m, "timezone", ft_small(tz)) < 0 ||
      ft_module_add(m, "altzone", ft_small(alt)) < 0 ||
      ft_module_add(m, "daylight", ft_small(janzone != julzone)) < 0)
    return -1;
  return 0;
}

FtValue ft_mod_time_init(void) {
  if (!(FtStructTime_Type.tpflags & FT_TPFLAG_READY) &&
      ft_type_ready(&FtStructTime_Type) < 0)
    return 0;
  FtValue m = ft_module_new("time");
  if (!m)
    return 0;
  if (ft_module_add_methods(m, time_methods) < 0 ||
      ft_module_add(m, "struct_time", ft_val(&FtStructTime_Type)) < 0 ||
      ft_module_add(m, "CLOCK_REALTIME", ft_small(CLOCK_REALTIME)) < 0 ||
      ft_module_add(m, "CLOCK_MONOTONIC", ft_small(CLOCK_MONOTONIC)) < 0 ||
      ft_module_add(m, "CLOCK_PROCESS_CPUTIME_ID",
                    ft_small(CLOCK_PROCESS_CPUTIME_ID)) < 0 ||
      ft_module_add(m, "CLOCK_THREAD_CPUTIME_ID",
                    ft_small(CLOCK_THREAD_CPUTIME_ID)) < 0 ||
      add_zone_info(m) < 0) {
    ft_decref(m);
    return 0;
  }
  return m;
}
