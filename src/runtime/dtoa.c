/*
 * dtoa.c - double -> decimal text, matching CPython 3.11 (see dtoa.h).
 *
 * How it works.  Digit generation:
 *  - shortest (repr): candidates are the correctly rounded 15-, 16- and
 *    17-significant-digit decimals R15, R16, R17 of |x|.  For a normal
 *    double, half an ulp is < 1.2e-16 relative while 15-digit decimals are
 *    >= 1e-15 relative apart, so any decimal of <= 15 digits that reads back
 *    as x IS R15: if R15 round-trips, R15 minus its trailing zeros is the
 *    shortest answer, otherwise the answer has 16 or 17 digits.  R16 is the
 *    nearest 16-digit candidate; only at a power of two (where the interval
 *    below x is half as wide) can R16 fail while its neighbour on the other
 *    side of x succeeds, so that neighbour is tried too; R17 always
 *    round-trips.  Three ways to evaluate this, fastest first:
 *    (1) R15 = round(|x| * 10**s) computed in double is exact whenever R15
 *    round-trips (the product's error is < 1/2), and "m / 10**s == |x|"
 *    with m < 2**53, s <= 22 is an exact round-trip test (one correctly
 *    rounded IEEE operation on exact operands is what strtod computes), so
 *    short values like 0.1 or 123.25 cost a multiply and a divide.
 *    (2) On x86, |x| * 10**s in 80-bit long double (10**s exact up to
 *    s = 27) is known to within 2**-63 relative: enough to find R15, R16,
 *    R17 and to compare |R - x| with half an ulp, unless a decision falls
 *    within that error (about 1% of 17-digit values), then:
 *    (3) printf("%.16e") gives R17; R15 and R16 are derived from it by
 *    decimal rounding unless the dropped digits look like a tie (then
 *    printf is asked again at that precision); strtod checks round trips.
 *    Subnormals (uniform spacing, fewer digits) simply try 1..17 digits.
 *  - N significant / N after the point: for <= 17 significant or <= 27
 *    fraction digits the same one-rounding product (2) or (1) decides the
 *    digits when it is not too close to a tie; otherwise printf "%.*e" /
 *    "%.*f", which glibc computes exactly, rounding half-even on the binary
 *    value like CPython.  Requests beyond the exact expansion's length are
 *    capped (the digits past it are zeros; the layout adds them back).
 * Layout follows CPython's format_float_short rules: a virtual digit string
 * (digits padded with zeros on both sides) is sliced, the point inserted,
 * a trailing point dropped unless '#', an exponent of >= 2 digits added.
 *
 * Invariant: printf's radix character (locale dependent, maybe multibyte)
 * is never copied: only ASCII digits and the exponent are parsed out.
 *
 * No shared state: only const tables and the stack; errno is preserved
 * across strtod.  Safe to call from any thread.
 *
 * Synchronization: none needed.  Pure functions of their arguments with no
 * global mutable state (errno is saved and restored); safe from any thread.
 */
#include "runtime/dtoa.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The exact-arithmetic shortcuts need double operations rounded once to
 * binary64 (no x87 extended precision). */
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0 && !defined(FT_DTOA_NO_FAST)
#define DTOA_EXACT_FP 1
#else
#define DTOA_EXACT_FP 0
#endif

/* x86's 80-bit long double (64-bit significand) gives 11 spare bits over a
 * double: enough to decide most roundings and round trips without printf.
 * Elsewhere long double is either double or slow software quad: unused.
 * (FT_DTOA_NO_LDBL / FT_DTOA_NO_FAST turn the shortcuts off, so tests can
 * cover the portable paths on x86 too.) */
#if (defined(__x86_64__) || defined(__i386__)) && LDBL_MANT_DIG == 64 &&     \
    !defined(FT_DTOA_NO_FAST) && !defined(FT_DTOA_NO_LDBL)
#define DTOA_LDBL 1
#else
#define DTOA_LDBL 0
#endif

#if DTOA_EXACT_FP
/* 10**0 .. 10**22 are exactly representable. */
static const double dtoa_pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
#endif

#if DTOA_LDBL
/* 10**0 .. 10**27 are exact in a 64-bit significand (5**27 < 2**64). */
static const long double dtoa_lpow10[28] = {
    1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,  1e7L,  1e8L,  1e9L,
    1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
    1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};
#endif

static const uint64_t dtoa_upow10[18] = {1ULL,
                                         10ULL,
                                         100ULL,
                                         1000ULL,
                                         10000ULL,
                                         100000ULL,
                                         1000000ULL,
                                         10000000ULL,
                                         100000000ULL,
                                         1000000000ULL,
                                         10000000000ULL,
                                         100000000000ULL,
                                         1000000000000ULL,
                                         10000000000000ULL,
                                         100000000000000ULL,
                                         1000000000000000ULL,
                                         10000000000000000ULL,
                                         100000000000000000ULL};

/* ---- small helpers -------------------------------------------------- */

/* Decimal digits of m > 0 into out (room for 20); returns their count. */
static int dtoa_u64_to_digits(uint64_t m, char *out) {
  char tmp[20];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + (int)(m % 10));
    m /= 10;
  } while (m);
  for (int i = 0; i < n; i++)
    out[i] = tmp[n - 1 - i];
  return n;
}

/* strtod of "DIGITSeEXP" without disturbing the caller's errno. */
static double dtoa_strtod_me(uint64_t m, int e) {
  char buf[48];
  int n = dtoa_u64_to_digits(m, buf);
  snprintf(buf + n, sizeof buf - (size_t)n, "e%d", e);
  int saved = errno;
  double v = strtod(buf, NULL);
  errno = saved;
  return v;
}

/* Does m * 10**e read back (round-to-nearest) as exactly ax? */
static int dtoa_roundtrips(uint64_t m, int e, double ax) {
#if DTOA_EXACT_FP
  if (m <= (1ULL << 53)) {
    if (e >= 0 && e <= 22)
      return (double)m * dtoa_pow10[e] == ax;
    if (e < 0 && e >= -22)
      return (double)m / dtoa_pow10[-e] == ax;
  }
#endif
  return dtoa_strtod_me(m, e) == ax;
}

/* Parse printf "%e" output into its first <= 17 digits as an integer and
 * the exponent so that value = m * 10**e.  Non-digits before the 'e' (the
 * locale's radix, a sign) are skipped. */
static void dtoa_parse_e17(const char *s, uint64_t *m_out, int *e_out) {
  uint64_t m = 0;
  int nd = 0;
  for (; *s && *s != 'e' && *s != 'E'; s++)
    if (*s >= '0' && *s <= '9') {
      m = m * 10 + (uint64_t)(*s - '0');
      nd++;
    }
  int ex = 0;
  if (*s) {
    s++;
    int neg = (*s == '-');
    if (*s == '-' || *s == '+')
      s++;
    for (; *s >= '0' && *s <= '9'; s++)
      ex = ex * 10 + (*s - '0');
    if (neg)
      ex = -ex;
  }
  /* "d.ddd e X": the last digit has weight 10**(X - (nd - 1)) */
  *m_out = m;
  *e_out = ex - (nd - 1);
}

/* printf's correctly rounded p-significant-digit value of ax as m*10**e. */
static void dtoa_printf_sig(double ax, int p, uint64_t *m, int *e) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
  dtoa_parse_e17(buf, m, e);
}

/* Round m17 * 10**e17 (m17 of 17 digits) to p digits as m * 10**e, m of
 * p digits; 0 if the dropped part looks like a tie, since R17 is itself
 * rounded and cannot tell which side of the tie the true value is on. */
static int dtoa_round17(uint64_t m17, int e17, int p, uint64_t *m, int *e) {
  uint64_t div = dtoa_upow10[17 - p];
  uint64_t q = m17 / div, r = m17 % div, half = div / 2;
  if (r == half)
    return 0;
  q += (r > half);
  *e = e17 + (17 - p);
  if (q == dtoa_upow10[p]) { /* carried into a new digit: 99.9 -> 100 */
    q /= 10;
    (*e)++;
  }
  *m = q;
  return 1;
}

/* floor(log10(2**e2)) for |e2| < 1700 (78913 / 2**18 ~ log10(2)). */
static int dtoa_floor_log10_pow2(int e2) {
  return e2 >= 0 ? (int)(((int64_t)e2 * 78913) >> 18)
                 : -(int)((((int64_t)-e2 * 78913) + (1 << 18) - 1) >> 18);
}

#if DTOA_LDBL
/* x87 arithmetic is only as wide as the precision-control word says; check
 * it really keeps 64 bits (a volatile read defeats constant folding). */
static int dtoa_ld_ok(void) {
  volatile long double one = 1.0L;
  long double x = one + 0x1p-63L;
  return x != 1.0L;
}

/* |x| * 10**s rounded once to 64 bits: its error is < t * 2**-64. */
static long double dtoa_ld_scale(double ax, int s) {
  return s >= 0 ? (long double)ax * dtoa_lpow10[s]
                : (long double)ax / dtoa_lpow10[-s];
}
#endif

/* m = round-half-even(|x| * 10**s) when a wide enough product proves which
 * integer is nearest; 0 when unsure (close to a tie) or out of range.
 * ld: dtoa_ld_ok() was checked by the caller (once per conversion). */
static int dtoa_round_scaled(double ax, int s, int ld, uint64_t *m) {
#if DTOA_LDBL
  if (ld && s >= -27 && s <= 27) {
    long double t = dtoa_ld_scale(ax, s);
    if (!(t < 0x1p62L))
      return 0;
    uint64_t fl = (uint64_t)t;
    long double f = t - (long double)fl; /* exact */
    long double d = f - 0.5L;
    if ((d < 0 ? -d : d) <= t * 0x1p-63L)
      return 0;
    *m = fl + (f > 0.5L);
    return 1;
  }
#endif
#if DTOA_EXACT_FP
  if (s >= -22 && s <= 22) {
    double t = s >= 0 ? ax * dtoa_pow10[s] : ax / dtoa_pow10[-s];
    if (!(t < 0x1p52))
      return 0;
    uint64_t fl = (uint64_t)t;
    double f = t - (double)fl;
    if (fabs(f - 0.5) <= t * 0x1p-52)
      return 0;
    *m = fl + (f > 0.5);
    return 1;
  }
#endif
  (void)ax;
  (void)s;
  (void)ld;
  (void)m;
  return 0;
}

#if DTOA_LDBL
/* Does m * 10**-s read back as ax?  Compares |m - ax*10**s| with half an
 * ulp of ax scaled the same way (hu above, hl below ax).  1 yes, 0 no,
 * -1 too close to call with 64-bit precision. */
static int dtoa_ld_inside(uint64_t m, long double t, long double hu,
                          long double hl) {
  long double d = (long double)m - t, h = hu;
  if (d < 0) {
    d = -d;
    h = hl;
  }
  long double margin = t * 0x1p-61L;
  if (d < h - margin)
    return 1;
  if (d > h + margin)
    return 0;
  return -1;
}

/* The shortest-digits search of dtoa_shortest_me done in 64-bit extended
 * precision: no printf, no strtod.  Returns 0 (caller falls back) when ax
 * is out of range or any decision is too close to call. */
static int dtoa_ld_shortest(double ax, uint64_t bits, int k, int r15_failed,
                            uint64_t *m_out, int *e_out) {
  int s = 16 - k; /* scale giving 17 integer digits if ax has k+1 */
  if (s < -26 || s > 27 || !dtoa_ld_ok())
    return 0;
  const int ld = 1;
  long double t17 = dtoa_ld_scale(ax, s);
  if (t17 >= 1e17L) {
    s--;
    t17 = dtoa_ld_scale(ax, s);
  }
  if (s - 2 < -27)
    return 0;
  uint64_t ubits;
  double next;
  ubits = bits + 1;
  memcpy(&next, &ubits, sizeof next);
  double ulp = next - ax; /* exact; ax is far from the overflow edge */
  int pow2 = (bits & 0xFFFFFFFFFFFFFULL) == 0;
  uint64_t m;
  int r;
  if (!r15_failed) {
    long double t15 = dtoa_ld_scale(ax, s - 2);
    long double hu = dtoa_ld_scale(ulp, s - 2) * 0.5L;
    if (!dtoa_round_scaled(ax, s - 2, ld, &m))
      return 0;
    r = dtoa_ld_inside(m, t15, hu, pow2 ? hu * 0.5L : hu);
    if (r < 0)
      return 0;
    if (r) {
      *m_out = m;
      *e_out = 2 - s;
      return 1;
    }
  }
  {
    long double t16 = dtoa_ld_scale(ax, s - 1);
    long double hu = dtoa_ld_scale(ulp, s - 1) * 0.5L;
    long double hl = pow2 ? hu * 0.5L : hu;
    if (!dtoa_round_scaled(ax, s - 1, ld, &m))
      return 0;
    r = dtoa_ld_inside(m, t16, hu, hl);
    if (r < 0)
      return 0;
    if (r) {
      *m_out = m;
      *e_out = 1 - s;
      return 1;
    }
    if (pow2) {
      /* the interval below ax is half as wide: the 16-digit neighbour on
       * the other side may read back although the nearest does not */
      uint64_t nb = (long double)m < t16 ? m + 1 : m - 1;
      if (nb < dtoa_upow10[15] || nb >= dtoa_upow10[16])
        return 0;
      r = dtoa_ld_inside(nb, t16, hu, hl);
      if (r < 0)
        return 0;
      if (r) {
        *m_out = nb;
        *e_out = 1 - s;
        return 1;
      }
    }
  }
  if (!dtoa_round_scaled(ax, s, ld, &m))
    return 0;
  *m_out = m; /* 17 digits always read back */
  *e_out = -s;
  return 1;
}
#endif

/* Shortest round-tripping decimal of a positive finite ax as m * 10**e,
 * m without trailing zeros. */
static void dtoa_shortest_me(double ax, uint64_t *m_out, int *e_out) {
  uint64_t bits;
  memcpy(&bits, &ax, sizeof bits);
  int be = (int)(bits >> 52) & 0x7FF;
  uint64_t m;
  int e;

  if (be == 0) {
    /* Subnormal: spacing is uniform, so the nearest p-digit decimal is
     * the best p-digit candidate; try p = 1, 2, ... */
    for (int p = 1; p <= 17; p++) {
      dtoa_printf_sig(ax, p, &m, &e);
      if (p == 17 || dtoa_strtod_me(m, e) == ax)
        break;
    }
    goto strip;
  }

  /* ax has k+1 or k+2 integer digits. */
  int k = dtoa_floor_log10_pow2(be - 1023);
  int r15_failed = 0;
  (void)k;
  (void)r15_failed;

#if DTOA_EXACT_FP
  {
    /* Scale ax to [1e14, 1e15): s = 15 - (number of integer digits). */
    int s = 14 - k;
    for (int tries = 0; tries < 2 && s >= -22 && s <= 22; tries++) {
      double t = s >= 0 ? ax * dtoa_pow10[s] : ax / dtoa_pow10[-s];
      if (t >= 1e15) { /* ax had k+2 integer digits */
        s--;
        continue;
      }
      m = (uint64_t)(t + 0.5); /* t < 2**50: t + 0.5 is exact */
      e = -s;
      if (dtoa_roundtrips(m, e, ax))
        goto strip;
      r15_failed = (t >= 1e14); /* it really was R15 */
      break;
    }
  }
#endif
#if DTOA_LDBL
  if (dtoa_ld_shortest(ax, bits, k, r15_failed, &m, &e))
    goto strip;
#endif

  {
    uint64_t m17, cand;
    int e17;
    dtoa_printf_sig(ax, 17, &m17, &e17);
    if (!r15_failed) {
      if (!dtoa_round17(m17, e17, 15, &cand, &e))
        dtoa_printf_sig(ax, 15, &cand, &e);
      if (dtoa_roundtrips(cand, e, ax)) {
        m = cand;
        goto strip;
      }
    }
    if (!dtoa_round17(m17, e17, 16, &cand, &e))
      dtoa_printf_sig(ax, 16, &cand, &e);
    if (dtoa_roundtrips(cand, e, ax)) {
      m = cand;
      goto strip;
    }
    /* Asymmetric interval at a power of two: the 16-digit neighbour on
     * the other side of ax may still read back as ax. */
    if ((bits & 0xFFFFFFFFFFFFFULL) == 0) {
      uint64_t nb = dtoa_strtod_me(cand, e) < ax ? cand + 1 : cand - 1;
      int ne = e;
      if (nb == dtoa_upow10[16]) { /* 9999999999999999 + 1 */
        nb = dtoa_upow10[15];
        ne++;
      } else if (nb < dtoa_upow10[15]) { /* 1000000000000000 - 1 */
        nb = nb * 10 + 9;
        ne--;
      }
      if (dtoa_roundtrips(nb, ne, ax)) {
        m = nb;
        e = ne;
        goto strip;
      }
    }
    m = m17;
    e = e17;
  }

strip:
  while (m % 10 == 0) {
    m /= 10;
    e++;
  }
  *m_out = m;
  *e_out = e;
}

/* ---- digit generation ----------------------------------------------- */

static void dtoa_set_zero(FtDtoaDecimal *d) {
  d->digits[0] = '0';
  d->digits[1] = '\0';
  d->ndigits = 1;
  d->decpt = 1;
}

/* Fill d from printf %e / %f output: keep ASCII digits, skip the radix,
 * drop leading/trailing zeros.  int_digits: for %f, count of digits
 * before the radix is found by the parser (is_fixed). */
static void dtoa_parse_printf(const char *s, int is_fixed, FtDtoaDecimal *d) {
  int n = 0, decpt = 0, seen_radix = 0;
  for (; *s && *s != 'e' && *s != 'E'; s++) {
    if (*s >= '0' && *s <= '9') {
      if (n == 0 && *s == '0') { /* leading zero */
        if (seen_radix)
          decpt--;
        continue;
      }
      if (n < FT_DTOA_MAX_DIGITS - 1)
        d->digits[n++] = *s;
      if (!seen_radix)
        decpt++;
    } else if (*s != '-' && *s != '+') {
      seen_radix = 1;
    }
  }
  if (!is_fixed) {
    /* %e: exactly one digit before the radix; decpt from the exponent */
    int ex = 0;
    if (*s) {
      s++;
      int neg = (*s == '-');
      if (*s == '-' || *s == '+')
        s++;
      for (; *s >= '0' && *s <= '9'; s++)
        ex = ex * 10 + (*s - '0');
      if (neg)
        ex = -ex;
    }
    decpt = ex + 1;
  }
  while (n > 0 && d->digits[n - 1] == '0')
    n--;
  if (n == 0) {
    dtoa_set_zero(d);
    return;
  }
  d->digits[n] = '\0';
  d->ndigits = n;
  d->decpt = decpt;
}

/* FIXED / SIGNIFICANT modes for modest precisions without printf: round
 * |x| * 10**s once (dtoa_round_scaled).  0 if it cannot decide. */
static int dtoa_digits_fast(double ax, int mode, int ndigits,
                            FtDtoaDecimal *d) {
  int ld = 0;
#if DTOA_LDBL
  ld = dtoa_ld_ok();
#endif
  uint64_t m;
  int s;
  if (mode == FT_DTOA_FIXED) {
    s = ndigits < 0 ? 0 : ndigits;
    if (s > 27)
      return 0;
  } else {
    int n = ndigits < 1 ? 1 : ndigits;
    if (n > 17)
      return 0;
    uint64_t bits;
    memcpy(&bits, &ax, sizeof bits);
    int be = (int)(bits >> 52) & 0x7FF;
    if (be == 0)
      return 0;
    /* n digits before the point if ax has k+1 integer digits */
    s = n - 1 - dtoa_floor_log10_pow2(be - 1023);
    if (s < -27 || s > 28)
      return 0;
    uint64_t top;
    /* one more integer digit than assumed: m would have n+1 digits */
    if (!dtoa_round_scaled(ax, s, ld, &top))
      return 0;
    if (top >= dtoa_upow10[n]) {
      /* unless it only got there by rounding up (99.96 -> 100.0), in
       * which case either scale yields the same value */
      s--;
    }
  }
  if (!dtoa_round_scaled(ax, s, ld, &m))
    return 0;
  if (m == 0) {
    dtoa_set_zero(d);
    return 1;
  }
  int nd = dtoa_u64_to_digits(m, d->digits);
  d->decpt = nd - s;
  while (nd > 1 && d->digits[nd - 1] == '0')
    nd--;
  d->digits[nd] = '\0';
  d->ndigits = nd;
  return 1;
}

void ft_dtoa_digits(double x, int mode, int ndigits, FtDtoaDecimal *d) {
  d->negative = signbit(x) ? 1 : 0;
  if (isnan(x)) {
    d->kind = FT_DTOA_NAN;
    d->ndigits = 0;
    d->decpt = 0;
    d->digits[0] = '\0';
    return;
  }
  if (isinf(x)) {
    d->kind = FT_DTOA_INF;
    d->ndigits = 0;
    d->decpt = 0;
    d->digits[0] = '\0';
    return;
  }
  d->kind = FT_DTOA_FINITE;
  double ax = fabs(x);
  if (ax == 0.0) {
    dtoa_set_zero(d);
    return;
  }
  if (mode == FT_DTOA_SHORTEST) {
    uint64_t m;
    int e;
    dtoa_shortest_me(ax, &m, &e);
    d->ndigits = dtoa_u64_to_digits(m, d->digits);
    d->digits[d->ndigits] = '\0';
    d->decpt = d->ndigits + e;
    return;
  }
  if (dtoa_digits_fast(ax, mode, ndigits, d))
    return;
  char buf[FT_DTOA_MAX_DIGITS + 64];
  if (mode == FT_DTOA_FIXED) {
    /* 1074 fraction digits make any double exact. */
    int p = ndigits < 0 ? 0 : ndigits > 1080 ? 1080 : ndigits;
    snprintf(buf, sizeof buf, "%.*f", p, ax);
    dtoa_parse_printf(buf, 1, d);
  } else {
    /* 767 significant digits make any double exact. */
    int p = ndigits < 1 ? 1 : ndigits > 780 ? 780 : ndigits;
    snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
    dtoa_parse_printf(buf, 0, d);
  }
}

/* ---- layout --------------------------------------------------------- */

/* Copy the virtual digits [a, b) (digits padded with '0' on both sides). */
static char *dtoa_emit(char *p, const char *dig, int nd, int64_t a,
                       int64_t b) {
  if (a >= b)
    return p;
  if (a < 0) {
    int64_t z = (b < 0 ? b : 0) - a;
    memset(p, '0', (size_t)z);
    p += z;
    a += z;
  }
  if (a < b && a < nd) {
    int64_t hi = b < nd ? b : nd;
    memcpy(p, dig + a, (size_t)(hi - a));
    p += hi - a;
    a = hi;
  }
  if (a < b) {
    memset(p, '0', (size_t)(b - a));
    p += b - a;
  }
  return p;
}

/* The laid-out number, described before writing so its length is known. */
typedef struct DtoaLayout {
  char sign;       /* 0, '-' or '+' */
  const char *dig; /* digits (or "inf"/"nan" text when special) */
  int nd;
  int special; /* inf/nan: dig is the whole text */
  int use_exp;
  int exp;
  int64_t decpt, vstart, vend;
  int point; /* write the decimal point */
  char echar;
  int pct;
} DtoaLayout;

/* Decide the layout for type 'e', 'f', 'g' or 'r' (CPython rules). */
static void dtoa_plan(DtoaLayout *L, int type, int precision, int flags) {
  int64_t decpt = L->decpt;
  int64_t vend = L->nd;
  int add_dot_0 = (flags & FT_DTOA_ADD_DOT_0) != 0;
  int alt = (flags & FT_DTOA_ALT) != 0;
  L->use_exp = 0;
  switch (type) {
  case 'e':
    L->use_exp = 1;
    vend = (int64_t)precision + 1;
    break;
  case 'f':
    vend = decpt + precision;
    break;
  case 'g':
    /* with add_dot_0, switch one digit earlier so "100" is not shown as
     * "100.0" with more digits than asked for */
    if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
      L->use_exp = 1;
    if (alt)
      vend = precision;
    break;
  default: /* 'r' */
    if (decpt <= -4 || decpt > 16)
      L->use_exp = 1;
    break;
  }
  if (L->use_exp) {
    L->exp = (int)(decpt - 1);
    decpt = 1;
  }
  L->vstart = decpt <= 0 ? decpt - 1 : 0;
  int64_t minend = (!L->use_exp && add_dot_0) ? decpt + 1 : decpt;
  if (vend < minend)
    vend = minend;
  L->decpt = decpt;
  L->vend = vend;
  L->point = decpt < vend || alt;
}

static size_t dtoa_layout_len(const DtoaLayout *L) {
  if (L->special)
    return (L->sign != 0) + 3 + (size_t)L->pct;
  size_t n = (L->sign != 0) + (size_t)(L->vend - L->vstart) + (size_t)L->point;
  if (L->use_exp) {
    int a = L->exp < 0 ? -L->exp : L->exp;
    n += 2 + (a >= 100 ? 3 : 2);
  }
  return n + (size_t)L->pct;
}

/* Write exactly dtoa_layout_len(L) bytes at p; returns the end. */
static char *dtoa_layout_write(const DtoaLayout *L, char *p) {
  if (L->sign)
    *p++ = L->sign;
  if (L->special) {
    memcpy(p, L->dig, 3);
    p += 3;
  } else {
    p = dtoa_emit(p, L->dig, L->nd, L->vstart, L->decpt);
    if (L->point)
      *p++ = '.';
    p = dtoa_emit(p, L->dig, L->nd, L->decpt, L->vend);
    if (L->use_exp) {
      int a = L->exp < 0 ? -L->exp : L->exp;
      *p++ = L->echar;
      *p++ = L->exp < 0 ? '-' : '+';
      if (a >= 100)
        *p++ = (char)('0' + a / 100);
      *p++ = (char)('0' + a / 10 % 10);
      *p++ = (char)('0' + a % 10);
    }
  }
  if (L->pct)
    *p++ = '%';
  return p;
}

size_t ft_dtoa_repr(double x, char *out, size_t cap) {
  char tmp[FT_DTOA_REPR_MAX];
  char dig[24];
  DtoaLayout L;
  memset(&L, 0, sizeof L);
  L.echar = 'e';
  if (isnan(x)) {
    L.special = 1;
    L.dig = "nan";
  } else {
    L.sign = signbit(x) ? '-' : 0;
    if (isinf(x)) {
      L.special = 1;
      L.dig = "inf";
    } else {
      double ax = fabs(x);
      if (ax == 0.0) {
        dig[0] = '0';
        L.nd = 1;
        L.decpt = 1;
      } else {
        uint64_t m;
        int e;
        dtoa_shortest_me(ax, &m, &e);
        L.nd = dtoa_u64_to_digits(m, dig);
        L.decpt = L.nd + e;
      }
      L.dig = dig;
      dtoa_plan(&L, 'r', 0, FT_DTOA_ADD_DOT_0);
    }
  }
  char *end = dtoa_layout_write(&L, tmp);
  size_t n = (size_t)(end - tmp);
  if (cap > 0) {
    size_t c = n < cap - 1 ? n : cap - 1;
    memcpy(out, tmp, c);
    out[c] = '\0';
  }
  return n;
}

int ft_dtoa_format_buf(double x, int type, int precision, int flags,
                       FtStrBuf *out) {
  int upper = 0, pct = 0;
  switch (type) {
  case 0:
    flags |= FT_DTOA_ADD_DOT_0;
    type = precision < 0 ? 'r' : 'g';
    break;
  case 'r':
    flags |= FT_DTOA_ADD_DOT_0;
    break;
  case 'E':
  case 'F':
  case 'G':
    upper = 1;
    type += 'a' - 'A';
    break;
  case 'e':
  case 'f':
  case 'g':
    break;
  case 'n':
    type = 'g';
    break;
  case '%':
    type = 'f';
    x *= 100.0; /* as CPython: scale first, then round */
    pct = 1;
    break;
  default:
    return -1;
  }
  if (precision < 0)
    precision = 6;
  if (type == 'g' && precision == 0)
    precision = 1;

  DtoaLayout L;
  memset(&L, 0, sizeof L);
  L.pct = pct;
  L.echar = upper ? 'E' : 'e';
  /* Only used for finite values: big, so not zero-filled. */
  FtDtoaDecimal d;
  if (isnan(x)) {
    L.special = 1;
    L.dig = upper ? "NAN" : "nan";
    L.sign = (flags & FT_DTOA_SIGN) ? '+' : 0;
  } else if (isinf(x)) {
    L.special = 1;
    L.dig = upper ? "INF" : "inf";
    L.sign = x < 0 ? '-' : (flags & FT_DTOA_SIGN) ? '+' : 0;
  } else {
    int mode = type == 'r' ? FT_DTOA_SHORTEST
               : type == 'f' ? FT_DTOA_FIXED
                             : FT_DTOA_SIGNIFICANT;
    int nd = type == 'e' ? (precision == 0x7fffffff ? precision : precision + 1)
                         : precision;
    ft_dtoa_digits(x, mode, nd, &d);
    int neg = d.negative;
    if (neg && (flags & FT_DTOA_NO_NEG_0) && d.ndigits == 1 &&
        d.digits[0] == '0')
      neg = 0;
    L.sign = neg ? '-' : (flags & FT_DTOA_SIGN) ? '+' : 0;
    L.dig = d.digits;
    L.nd = d.ndigits;
    L.decpt = d.decpt;
    dtoa_plan(&L, type, precision, flags);
  }
  size_t n = dtoa_layout_len(&L);
  if (ft_strbuf_reserve(out, n) < 0)
    return -1;
  char *end = dtoa_layout_write(&L, out->data + out->len);
  out->len = (size_t)(end - out->data);
  out->data[out->len] = '\0';
  return 0;
}

long ft_dtoa_format(double x, int type, int precision, int flags, char *out,
                    size_t cap) {
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_dtoa_format_buf(x, type, precision, flags, &b) < 0) {
    ft_strbuf_free(&b);
    return -1;
  }
  if (cap > 0) {
    size_t c = b.len < cap - 1 ? b.len : cap - 1;
    memcpy(out, b.data, c);
    out[c] = '\0';
  }
  long n = (long)b.len;
  ft_strbuf_free(&b);
  return n;
}
