/*
 * math.c -- the math module: libm functions with Python's error rules,
 * exact integer functions over GMP (through int.c) and the accurate
 * summations (fsum, hypot, dist).
 *
 * Error rules (as CPython's mathmodule): a nan result from a non-nan
 * argument is ValueError "math domain error"; an infinite result from a
 * finite argument is OverflowError "math range error" for functions that
 * can overflow (exp, cosh, ...) and a domain error for the others (log(0));
 * underflow to zero is silent.  Arguments go through float() rules
 * (ft_float_as_double), except for the integer functions which require
 * __index__.
 *
 * Synchronization: the module has no mutable state; every function is
 * safe to run from many threads at once.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "ft.h"

/* ---- helpers -------------------------------------------------------------- */

static FtValue domain_error(void) {
  return ft_err_format(&FtExc_ValueError, "math domain error");
}

static FtValue range_error(void) {
  return ft_err_format(&FtExc_OverflowError, "math range error");
}

/* An argument as a double: exact floats and small ints inline. */
static inline int arg_double(FtValue v, double *out) {
  if (ft_is_small(v)) {
    *out = (double)ft_small_val(v);
    return 0;
  }
  if (ft_obj(v)->type == &FtFloat_Type) {
    *out = ft_float_val(v);
    return 0;
  }
  double d = ft_float_as_double(v);
  if (d == -1.0 && ft_err_occurred())
    return -1;
  *out = d;
  return 0;
}

/* Check a libm result r for argument x; return the float or raise. */
static FtValue checked(double x, double r, int can_overflow) {
  if (isnan(r) && !isnan(x))
    return domain_error();
  if (isinf(r) && isfinite(x))
    return can_overflow ? range_error() : domain_error();
  return ft_float_new_fast(r);
}

static int one_arg(const char *name, size_t nargs, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames)) {
    ft_err_format(&FtExc_TypeError, "math.%s() takes no keyword arguments",
                  name);
    return -1;
  }
  if (nargs != 1) {
    ft_err_format(&FtExc_TypeError,
                  "math.%s() takes exactly one argument (%zu given)", name,
                  nargs);
    return -1;
  }
  return 0;
}

static int two_args(const char *name, size_t nargs, FtValue kwnames) {
  if (ft_args_no_kw(name, kwnames) < 0)
    return -1;
  if (nargs != 2) {
    ft_err_format(&FtExc_TypeError, "%s expected 2 arguments, got %zu", name,
                  nargs);
    return -1;
  }
  return 0;
}

/* One-argument functions of a double. */
#define MATH_FUNC1(pyname, cexpr, can_overflow)                              \
  static FtValue math_##pyname(FtValue self, const FtValue *args,            \
                               size_t nargs, FtValue kwnames) {              \
    (void)self;                                                              \
    double x;                                                                \
    if (one_arg(#pyname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) \
      return 0;                                                              \
    return checked(x, cexpr, can_overflow);                                  \
  }

MATH_FUNC1(sqrt, sqrt(x), 0)
MATH_FUNC1(exp, exp(x), 1)
MATH_FUNC1(exp2, exp2(x), 1)
MATH_FUNC1(expm1, expm1(x), 1)
MATH_FUNC1(cbrt, cbrt(x), 0)
MATH_FUNC1(sin, sin(x), 0)
MATH_FUNC1(cos, cos(x), 0)
MATH_FUNC1(tan, tan(x), 0)
MATH_FUNC1(asin, asin(x), 0)
MATH_FUNC1(acos, acos(x), 0)
MATH_FUNC1(atan, atan(x), 0)
MATH_FUNC1(sinh, sinh(x), 1)
MATH_FUNC1(cosh, cosh(x), 1)
MATH_FUNC1(tanh, tanh(x), 0)
MATH_FUNC1(asinh, asinh(x), 0)
MATH_FUNC1(acosh, acosh(x), 0)
MATH_FUNC1(atanh, atanh(x), 0)
MATH_FUNC1(log1p, log1p(x), 0)
MATH_FUNC1(fabs, fabs(x), 0)
MATH_FUNC1(erf, erf(x), 0)
MATH_FUNC1(erfc, erfc(x), 0)

/* degrees/radians are plain products: CPython lets them overflow to inf. */
#define MATH_SCALE(pyname, factor)                                           \
  static FtValue math_##pyname(FtValue self, const FtValue *args,            \
                               size_t nargs, FtValue kwnames) {              \
    (void)self;                                                              \
    double x;                                                                \
    if (one_arg(#pyname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) \
      return 0;                                                              \
    return ft_float_new(x * (factor));                                       \
  }
MATH_SCALE(degrees, 180.0 / M_PI)
MATH_SCALE(radians, M_PI / 180.0)

/*
 * gamma and lgamma.  libm's tgamma/lgamma are often more accurate than
 * CPython's, but Python programs print these values, so we use the same
 * method CPython does to get the same last digit: the Lanczos
 * approximation with g = 6.0246..., N = 13 (the Boost/Godfrey
 * coefficients), exact factorials for small integers, and the reflection
 * formula for negative arguments.
 */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_gmh = 5.524680040776729583740234375; /* g - 1/2 */
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* the denominator polynomial x (x+1) ... (x+11), lowest power first */
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
    1925.0,    66.0,       1.0};

/* The Lanczos rational sum for x > 0: Horner in x for small x, in 1/x
 * for large x (so neither overflows). */
static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N - 1; i >= 0; i--) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* sin(pi * x), reducing the argument first so integers give exact 0. */
static double sin_pi(double x) {
  double y = fmod(fabs(x), 2.0), r;
  switch ((int)round(2.0 * y)) {
  case 0: r = sin(M_PI * y); break;
  case 1: r = cos(M_PI * (y - 0.5)); break;
  case 2: r = sin(M_PI * (1.0 - y)); break;
  case 3: r = -cos(M_PI * (y - 1.5)); break;
  default: r = sin(M_PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/* Gamma(x); *err is set to 1 for a domain error, 2 for overflow. */
static double gamma_value(double x, int *err) {
  *err = 0;
  if (isnan(x) || x == HUGE_VAL)
    return x;
  if (x == -HUGE_VAL || x == 0.0 || (x < 0.0 && floor(x) == x)) {
    *err = 1;
    return NAN;
  }
  if (floor(x) == x && x <= 23.0) { /* exact: (x-1)! fits a double */
    double f = 1.0;
    for (int i = 2; i < (int)x; i++)
      f *= i;
    return f;
  }
  double ax = fabs(x);
  if (ax < 1e-20) {
    double r = 1.0 / x;
    if (isinf(r))
      *err = 2;
    return r;
  }
  if (ax > 200.0) {
    if (x < 0.0)
      return 0.0 / sin_pi(x);
    *err = 2;
    return HUGE_VAL;
  }
  double y = ax + lanczos_gmh, z;
  /* z: the rounding error of y, fed back as a first-order correction */
  if (ax > lanczos_gmh)
    z = (y - ax) - lanczos_gmh;
  else
    z = (y - lanczos_gmh) - ax;
  z = z * lanczos_g / y;
  double r, half;
  if (x < 0.0) {
    r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
    r -= z * r;
    if (ax < 140.0) {
      r /= pow(y, ax - 0.5);
    } else {
      half = pow(y, ax / 2.0 - 0.25); /* split so the power can't overflow */
      r /= half;
      r /= half;
    }
  } else {
    r = lanczos_sum(ax) / exp(y);
    r += z * r;
    if (ax < 140.0) {
      r *= pow(y, ax - 0.5);
    } else {
      half = pow(y, ax / 2.0 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (isinf(r))
    *err = 2;
  return r;
}

/* log|Gamma(x)|, with the same error convention as gamma_value. */
static double lgamma_value(double x, int *err) {
  *err = 0;
  if (isnan(x))
    return x;
  if (isinf(x))
    return HUGE_VAL;
  if (floor(x) == x && x <= 2.0) {
    if (x <= 0.0) {
      *err = 1;
      return HUGE_VAL;
    }
    return 0.0; /* lgamma(1) == lgamma(2) == 0 exactly */
  }
  double ax = fabs(x);
  if (ax < 1e-20)
    return -log(ax);
  double r = log(lanczos_sum(ax)) - lanczos_g;
  r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1.0);
  if (x < 0.0) /* reflection */
    r = log(M_PI) - log(fabs(sin_pi(ax))) - log(ax) - r;
  if (isinf(r))
    *err = 2;
  return r;
}

static FtValue math_gamma(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  double x;
  if (one_arg("gamma", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  int err;
  double r = gamma_value(x, &err);
  if (err)
    return err == 1 ? domain_error() : range_error();
  return ft_float_new(r);
}

static FtValue math_lgamma(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  (void)self;
  double x;
  if (one_arg("lgamma", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  int err;
  double r = lgamma_value(x, &err);
  if (err)
    return err == 1 ? domain_error() : range_error();
  return ft_float_new(r);
}

/* ---- logarithms ------------------------------------------------------ */

/* log of any positive int or number; huge ints via their frexp so that
 * math.log(10**1000) works.  kind: 0 ln, 2 log2, 10 log10. */
static int log_value(FtValue v, int kind, double *out) {
  if (!ft_is_small(v) && ft_int_check(v) && ft_obj(v)->type != &FtBool_Type) {
    if (ft_int_sign(v) <= 0) {
      domain_error();
      return -1;
    }
    int64_t e;
    double m = ft_int_frexp(v, &e);
    if (e > DBL_MAX_EXP - 1) {
      double l = kind == 2 ? log2(m) + (double)e
                 : kind == 10 ? log10(m) + (double)e * log10(2.0)
                              : log(m) + (double)e * M_LN2;
      *out = l;
      return 0;
    }
  }
  double x;
  if (arg_double(v, &x) < 0)
    return -1;
  double r = kind == 2 ? log2(x) : kind == 10 ? log10(x) : log(x);
  if ((isnan(r) && !isnan(x)) || (isinf(r) && isfinite(x))) {
    domain_error();
    return -1;
  }
  *out = r;
  return 0;
}

static FtValue math_log(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("log", kwnames) < 0)
    return 0;
  if (nargs < 1 || nargs > 2)
    return ft_err_format(&FtExc_TypeError,
                         "math.log requires 1 to 2 arguments");
  double num, den;
  if (log_value(args[0], 0, &num) < 0)
    return 0;
  if (nargs == 1)
    return ft_float_new(num);
  if (log_value(args[1], 0, &den) < 0)
    return 0;
  if (den == 0.0)
    return ft_err_format(&FtExc_ZeroDivisionError, "float division by zero");
  return ft_float_new(num / den);
}

static FtValue math_log2(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  double r;
  if (one_arg("log2", nargs, kwnames) < 0 || log_value(args[0], 2, &r) < 0)
    return 0;
  return ft_float_new(r);
}

static FtValue math_log10(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  double r;
  if (one_arg("log10", nargs, kwnames) < 0 || log_value(args[0], 10, &r) < 0)
    return 0;
  return ft_float_new(r);
}

/* ---- two-argument functions -------------------------------------------- */

static FtValue math_pow(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)self;
  double x, y, r;
  if (two_args("pow", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 ||
      arg_double(args[1], &y) < 0)
    return 0;
  if (!isfinite(x) || !isfinite(y)) {
    /* C99 Annex F special values, without relying on libm's choices */
    if (isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = odd_y ? x : fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = odd_y ? copysign(0.0, x) : 0.0;
    } else { /* y is infinite */
      if (fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && fabs(x) > 1.0)
        r = y;
      else if (y < 0.0 && fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
    return ft_float_new(r);
  }
  r = pow(x, y);
  if (isnan(r))
    return domain_error();
  if (isinf(r))
    return x == 0.0 ? domain_error() : range_error();
  return ft_float_new(r);
}

static FtValue math_atan2(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  double y, x;
  if (two_args("atan2", nargs, kwnames) < 0 || arg_double(args[0], &y) < 0 ||
      arg_double(args[1], &x) < 0)
    return 0;
  return ft_float_new(atan2(y, x));
}

static FtValue math_fmod(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  double x, y;
  if (two_args("fmod", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 ||
      arg_double(args[1], &y) < 0)
    return 0;
  if (isinf(y) && isfinite(x))
    return ft_float_new(x);
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y))
    return domain_error();
  return ft_float_new(r);
}

static FtValue math_remainder(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)self;
  double x, y;
  if (two_args("remainder", nargs, kwnames) < 0 ||
      arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
    return 0;
  if (isnan(x) || isnan(y))
    return ft_float_new(isnan(x) ? x : y);
  if (isinf(x) || y == 0.0)
    return domain_error();
  if (isinf(y))
    return ft_float_new(x);
  return ft_float_new(remainder(x, y)); /* exact in IEEE arithmetic */
}

static FtValue math_copysign(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  (void)self;
  double x, y;
  if (two_args("copysign", nargs, kwnames) < 0 ||
      arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
    return 0;
  return ft_float_new(copysign(x, y));
}

static FtValue math_nextafter(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)self;
  double x, y;
  if (two_args("nextafter", nargs, kwnames) < 0 ||
      arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
    return 0;
  return ft_float_new(nextafter(x, y));
}

static FtValue math_ulp(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)self;
  double x;
  if (one_arg("ulp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  if (isnan(x))
    return ft_float_new(x);
  x = fabs(x);
  if (isinf(x))
    return ft_float_new(x);
  double next = nextafter(x, HUGE_VAL);
  if (isinf(next))
    return ft_float_new(x - nextafter(x, -HUGE_VAL)); /* x is DBL_MAX */
  return ft_float_new(next - x);
}

static FtValue math_ldexp(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  double x;
  if (two_args("ldexp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  if (!ft_int_check(args[1]))
    return ft_err_format(&FtExc_TypeError,
                         "Expected an int as second argument to ldexp.");
  int64_t e;
  int ovf;
  if (ft_int_as_i64(args[1], &e, &ovf) < 0)
    return 0;
  if (x == 0.0 || !isfinite(x))
    return ft_float_new(x);
  if (e > 100000) /* clamp: the result is infinite anyway */
    return range_error();
  if (e < -100000)
    return ft_float_new(copysign(0.0, x));
  double r = ldexp(x, (int)e);
  if (isinf(r))
    return range_error();
  return ft_float_new(r);
}

static FtValue math_frexp(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  double x;
  if (one_arg("frexp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  int e = 0;
  double m = x;
  if (isfinite(x) && x != 0.0)
    m = frexp(x, &e);
  FtValue f = ft_float_new(m);
  if (!f)
    return 0;
  FtValue t = ft_tuple_pack(2, f, ft_small(e));
  ft_decref(f);
  return t;
}

static FtValue math_modf(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  double x, ip, fp;
  if (one_arg("modf", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
    return 0;
  if (isinf(x)) {
    ip = x;
    fp = copysign(0.0, x);
  } else {
    fp = modf(x, &ip);
  }
  FtValue a = ft_float_new(fp), b = a ? ft_float_new(ip) : 0;
  if (!b) {
    ft_xdecref(a);
    return 0;
  }
  FtValue t = ft_tuple_pack(2, a, b);
  ft_decref(a);
  ft_decref(b);
  return t;
}

/* ---- predicates ------------------------------------------------------------ */

#define MATH_PRED(pyname, cexpr)                                             \
  static FtValue math_##pyname(FtValue self, const FtValue *args,            \
                               size_t nargs, FtValue kwnames) {              \
    (void)self;                                                              \
    double x;                                                                \
    if (one_arg(#pyname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) \
      return 0;                                                              \
    return ft_bool(cexpr);                                                   \
  }
MATH_PRED(isfinite, isfinite(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isnan, isnan(x))

static FtValue math_isclose(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  (void)self;
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
  FtValue a[4] = {0, 0, 0, 0};
  if (nargs > 2)
    return ft_err_format(&FtExc_TypeError,
                         "isclose() takes exactly 2 positional arguments "
                         "(%zu given)",
                         nargs);
  if (ft_args_parse("isclose", args, nargs, kwnames, names, 0, 2, a) < 0)
    return 0;
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0)
    return 0;
  if (a[2] && arg_double(a[2], &rel) < 0)
    return 0;
  if (a[3] && arg_double(a[3], &abs_tol) < 0)
    return 0;
  if (rel < 0.0 || abs_tol < 0.0)
    return ft_err_format(&FtExc_ValueError, "tolerances must be non-negative");
  if (x == y)
    return FT_TRUE;
  if (isinf(x) || isinf(y))
    return FT_FALSE;
  double diff = fabs(y - x);
  return ft_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) ||
                 diff <= abs_tol);
}

/* ---- rounding to ints ------------------------------------------------------ */

/* floor/ceil: exact floats and ints fast, else __floor__/__ceil__, else
 * through float(). */
static FtValue round_to_int(FtValue x, const char *dunder, int up) {
  if (ft_is_small(x))
    return x;
  FtType *t = ft_obj(x)->type;
  if (t == &FtFloat_Type) {
    double d = ft_float_val(x);
    return ft_int_from_double(up ? ceil(d) : floor(d));
  }
  if (ft_type_lookup(t, ft_str_intern_cstr(dunder)))
    return ft_call_method(x, dunder, NULL, 0);
  double d;
  if (arg_double(x, &d) < 0)
    return 0;
  return ft_int_from_double(up ? ceil(d) : floor(d));
}

static FtValue math_floor(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (one_arg("floor", nargs, kwnames) < 0)
    return 0;
  return round_to_int(args[0], "__floor__", 0);
}

static FtValue math_ceil(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  if (one_arg("ceil", nargs, kwnames) < 0)
    return 0;
  return round_to_int(args[0], "__ceil__", 1);
}

static FtValue math_trunc(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (one_arg("trunc", nargs, kwnames) < 0)
    return 0;
  FtValue x = args[0];
  if (ft_is_small(x))
    return x;
  FtType *t = ft_obj(x)->type;
  if (t == &FtFloat_Type)
    return ft_int_from_double(ft_float_val(x));
  if (!ft_type_lookup(t, ft_str_intern_cstr("__trunc__")))
    return ft_err_format(&FtExc_TypeError,
                         "type %s doesn't define __trunc__ method",
                         ft_type_name(x));
  return ft_call_method(x, "__trunc__", NULL, 0);
}

/* ---- integer functions ------------------------------------------------ */

/* operator.index(v) as a new reference. */
static FtValue as_index(FtValue v) {
  if (ft_is_small(v))
    return v;
  return ft_index(v);
}

static FtValue math_gcd(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("gcd", kwnames) < 0)
    return 0;
  FtValue acc = ft_small(0);
  for (size_t i = 0; i < nargs; i++) {
    FtValue x = as_index(args[i]);
    if (!x) {
      ft_decref(acc);
      return 0;
    }
    FtValue g = ft_int_gcd(acc, x);
    ft_decref(x);
    ft_decref(acc);
    if (!g)
      return 0;
    acc = g;
  }
  return acc;
}

static FtValue math_lcm(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("lcm", kwnames) < 0)
    return 0;
  FtValue acc = ft_small(1);
  for (size_t i = 0; i < nargs; i++) {
    FtValue x = as_index(args[i]);
    if (!x) {
      ft_decref(acc);
      return 0;
    }
    FtValue l = ft_int_lcm(acc, x); /* non-negative, 0 if either is 0 */
    ft_decref(x);
    ft_decref(acc);
    if (!l)
      return 0;
    acc = l;
  }
  return acc;
}

static FtValue math_factorial(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  (void)self;
  if (one_arg("factorial", nargs, kwnames) < 0)
    return 0;
  FtValue x = as_index(args[0]);
  if (!x)
    return 0;
  int64_t n;
  int ovf;
  int rc = ft_int_as_i64(x, &n, &ovf);
  ft_decref(x);
  if (rc < 0)
    return 0;
  if (ovf && n > 0)
    return ft_err_format(&FtExc_OverflowError,
                         "factorial() argument should not exceed %lld",
                         (long long)INT64_MAX);
  if (n < 0)
    return ft_err_format(&FtExc_ValueError,
                         "factorial() not defined for negative values");
  return ft_int_factorial((uint64_t)n);
}

static FtValue math_isqrt(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (one_arg("isqrt", nargs, kwnames) < 0)
    return 0;
  FtValue x = as_index(args[0]);
  if (!x)
    return 0;
  FtValue r;
  if (ft_int_sign(x) < 0)
    r = ft_err_format(&FtExc_ValueError,
                      "isqrt() argument must be nonnegative");
  else
    r = ft_int_isqrt(x);
  ft_decref(x);
  return r;
}

/* Shared by comb and perm: n and k as non-negative ints (new refs). */
static int comb_args(FtValue na, FtValue ka, FtValue *n, FtValue *k) {
  *n = as_index(na);
  if (!*n)
    return -1;
  *k = as_index(ka);
  if (!*k) {
    ft_decref(*n);
    return -1;
  }
  const char *msg = ft_int_sign(*n) < 0   ? "n must be a non-negative integer"
                    : ft_int_sign(*k) < 0 ? "k must be a non-negative integer"
                                          : NULL;
  if (msg) {
    ft_decref(*n);
    ft_decref(*k);
    ft_err_format(&FtExc_ValueError, "%s", msg);
    return -1;
  }
  return 0;
}

static FtValue math_comb(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  FtValue n, k;
  if (two_args("comb", nargs, kwnames) < 0 ||
      comb_args(args[0], args[1], &n, &k) < 0)
    return 0;
  FtValue r = ft_int_comb(n, k);
  ft_decref(n);
  ft_decref(k);
  return r;
}

static FtValue math_perm(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("perm", kwnames) < 0)
    return 0;
  if (nargs < 1 || nargs > 2)
    return ft_err_format(&FtExc_TypeError,
                         nargs < 1 ? "perm expected at least 1 argument, got %zu"
                                   : "perm expected at most 2 arguments, got %zu",
                         nargs);
  if (nargs == 1 || args[1] == FT_NONE) {
    FtValue n = as_index(args[0]);
    if (!n)
      return 0;
    if (ft_int_sign(n) < 0) { /* 3.11's perm(n) is factorial(n) */
      ft_decref(n);
      return ft_err_format(&FtExc_ValueError,
                           "factorial() not defined for negative values");
    }
    FtValue r = ft_int_perm(n, n);
    ft_decref(n);
    return r;
  }
  FtValue n, k;
  if (comb_args(args[0], args[1], &n, &k) < 0)
    return 0;
  FtValue r = ft_int_perm(n, k);
  ft_decref(n);
  ft_decref(k);
  return r;
}

/* ---- sums and products ----------------------------------------------------- */

/*
 * fsum: Shewchuk's exact summation.  partials holds non-overlapping
 * doubles whose exact sum is the running total; each new x is added
 * with error-free two-sums.  The final rounding looks one partial deeper
 * to round half-even correctly.
 */
static FtValue math_fsum(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  if (one_arg("fsum", nargs, kwnames) < 0)
    return 0;
  FtValue it = ft_iter(args[0]);
  if (!it)
    return 0;
  double stack[32];
  double *p = stack;
  size_t n = 0, cap = 32;
  double special_sum = 0.0, inf_sum = 0.0;
  FtValue item;
  FtValue result = 0;
  while ((item = ft_next(it))) {
    double x;
    int rc = arg_double(item, &x);
    ft_decref(item);
    if (rc < 0)
      goto done;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
      double y = p[j];
      if (fabs(x) < fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0)
        p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        /* an inf or nan input, or an overflow of finite inputs */
        if (isfinite(xsave)) {
          ft_err_format(&FtExc_OverflowError, "intermediate overflow in fsum");
          goto done;
        }
        if (isinf(xsave))
          inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        if (n == cap) {
          size_t ncap = cap * 2;
          double *np = ft_mem_alloc(ncap * sizeof *np);
          if (!np)
            goto done;
          memcpy(np, p, n * sizeof *np);
          if (p != stack)
            ft_mem_free(p);
          p = np;
          cap = ncap;
        }
        p[n++] = x;
      }
    }
  }
  if (ft_err_occurred())
    goto done;
  if (special_sum != 0.0) {
    if (isnan(inf_sum))
      ft_err_format(&FtExc_ValueError, "-inf + inf in fsum");
    else
      result = ft_float_new(special_sum);
    goto done;
  }
  double hi = 0.0;
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    /* add from the top until the sum is inexact */
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0)
        break;
    }
    /* half-way case: the next partial decides the direction */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr)
        hi = x;
    }
  }
  result = ft_float_new(hi);
done:
  if (p != stack)
    ft_mem_free(p);
  ft_decref(it);
  return result;
}

/*
 * Euclidean norm of n doubles, nearly always correctly rounded: the
 * values are scaled by a power of two (exact) so the largest is in
 * [0.5, 1), their squares are summed exactly enough in binary128 (each
 * square is exact there), and the square root is refined by Newton steps
 * in binary128 before the single final rounding to double.
 */
static double vector_norm(const double *v, size_t n, double max, int found_nan) {
  if (isinf(max))
    return max;
  if (found_nan)
    return NAN;
  if (max == 0.0 || n <= 1)
    return max;
  int e;
  frexp(max, &e);
  __float128 sum = 0;
  for (size_t i = 0; i < n; i++) {
    __float128 x = (__float128)ldexp(v[i], -e); /* exact unless subnormal */
    sum += x * x;
  }
  double seed = sqrt((double)sum);
  __float128 y = seed;
  for (int k = 0; k < 2; k++)
    y = (y + sum / y) * 0.5Q;
  return ldexp((double)y, e);
}

/* Collect the arguments of hypot / dist as doubles. */
static FtValue math_hypot(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  (void)self;
  if (ft_args_no_kw("hypot", kwnames) < 0)
    return 0;
  double stack[16];
  double *v = nargs <= 16 ? stack : ft_mem_alloc(nargs * sizeof *v);
  if (!v)
    return 0;
  double max = 0.0;
  int found_nan = 0;
  for (size_t i = 0; i < nargs; i++) {
    if (arg_double(args[i], &v[i]) < 0) {
      if (v != stack)
        ft_mem_free(v);
      return 0;
    }
    double a = fabs(v[i]);
    found_nan |= isnan(a);
    if (a > max)
      max = a;
  }
  double r = vector_norm(v, nargs, max, found_nan);
  if (v != stack)
    ft_mem_free(v);
  return ft_float_new(r);
}

static FtValue math_dist(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  if (two_args("dist", nargs, kwnames) < 0)
    return 0;
  FtValue p = ft_tuple_from_iterable(args[0]);
  if (!p)
    return 0;
  FtValue q = ft_tuple_from_iterable(args[1]);
  if (!q) {
    ft_decref(p);
    return 0;
  }
  size_t n = ft_tuple_len(p);
  FtValue res = 0;
  double stack[16];
  double *v = stack;
  if (ft_tuple_len(q) != n) {
    ft_err_format(&FtExc_ValueError,
                  "both points must have the same number of dimensions");
    goto out;
  }
  if (n > 16 && !(v = ft_mem_alloc(n * sizeof *v)))
    goto out;
  double max = 0.0;
  int found_nan = 0;
  for (size_t i = 0; i < n; i++) {
    double a, b;
    if (arg_double(ft_tuple_get(p, i), &a) < 0 ||
        arg_double(ft_tuple_get(q, i), &b) < 0)
      goto out;
    v[i] = fabs(a - b);
    found_nan |= isnan(v[i]);
    if (v[i] > max)
      max = v[i];
  }
  res = ft_float_new(vector_norm(v, n, max, found_nan));
out:
  if (v != stack)
    ft_mem_free(v);
  ft_decref(p);
  ft_decref(q);
  return res;
}

static FtValue math_prod(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  (void)self;
  static const char *const names[] = {"", "start", NULL};
  FtValue a[2] = {0, 0};
  if (nargs != 1) /* start is keyword-only */
    return ft_err_format(&FtExc_TypeError,
                         "prod() takes exactly 1 positional argument "
                         "(%zu given)", nargs);
  if (ft_args_parse("prod", args, nargs, kwnames, names, 1, 1, a) < 0)
    return 0;
  FtValue acc = ft_newref(a[1] ? a[1] : ft_small(1));
  FtValue it = ft_iter(a[0]);
  if (!it) {
    ft_decref(acc);
    return 0;
  }
  FtValue item;
  while ((item = ft_next(it))) {
    FtValue r;
    if (ft_is_small(acc & item))
      r = ft_int_mul(acc, item);
    else
      r = ft_binop(acc, item, FT_NB_MUL);
    ft_decref(item);
    ft_decref(acc);
    if (!r) {
      ft_decref(it);
      return 0;
    }
    acc = r;
  }
  ft_decref(it);
  if (ft_err_occurred()) {
    ft_decref(acc);
    return 0;
  }
  return acc;
}

/* ---- the module ---------------------------------------------------------- */

static const FtMethodDef math_methods[] = {
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"log", math_log, 0, "log(x, [base=math.e])"},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number)."},
    {"isclose", math_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items with order."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {NULL, NULL, 0, NULL}};

FtValue ft_mod_math_init(void) {
  FtValue m = ft_module_new("math");
  if (!m)
    return 0;
  if (ft_module_add_methods(m, math_methods) < 0)
    goto fail;
  static const struct {
    const char *name;
    double value;
  } consts[] = {{"pi", M_PI},
                {"e", M_E},
                {"tau", 2 * M_PI},
                {"inf", HUGE_VAL},
                {"nan", NAN}};
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
    FtValue f = ft_float_new(consts[i].value);
    if (!f)
      goto fail;
    int rc = ft_module_add(m, consts[i].name, f);
    ft_decref(f);
    if (rc < 0)
      goto fail;
  }
  return m;
fail:
  ft_decref(m);
  return 0;
}
