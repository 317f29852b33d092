/*
 * test_format.c - tests (and a micro benchmark) for strbuf.h, dtoa.h and
 * formatspec.h.
 *
 * What it holds: unit tests of FtStrBuf; the CPython-generated tables of
 * format_cases.inc (format(value, spec) results and ValueError messages
 * for str/int/float, '%' conversions, repr of ~20000 sampled doubles);
 * a round-trip + shortness check of ft_dtoa_repr on millions of random bit
 * patterns (FT_TEST_REPR_N overrides the count); the whole table again
 * from several threads at once (the code under test has no shared state,
 * so this must pass under -fsanitize=thread too).  `test_format bench`
 * times repr/format.
 *
 * How it works: every case is parsed and applied through the public API and
 * the bytes compared with what CPython 3.11 produced (see
 * gen_format_cases.py, which regenerates format_cases.inc).  Failures are
 * printed (first 30) and counted; the exit status is 1 if any failed.
 *
 * Invariant: test state shared between threads is only the const tables
 * and an _Atomic failure counter.
 */
#include "../../src/objects/formatspec.h"
#include "../../src/runtime/dtoa.h"
#include "../../src/runtime/strbuf.h"

#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { K_STR, K_INT, K_FLOAT };

typedef struct FormatCase {
  int kind;
  const char *spec;
  size_t speclen;
  int neg;          /* int: value < 0 */
  const char *text; /* str: UTF-8 text; int: |value| in the spec's base */
  size_t textlen;
  uint64_t fbits;  /* float: the value; int: float(value) */
  long long small; /* int: value if it fits; str: code point count */
  int fits;        /* int: value fits in int64 (small is valid) */
  int status;      /* 0 ok, 1 ValueError, 2 OverflowError */
  const char *expected; /* output, or the exception's message */
  size_t explen;
} FormatCase;

typedef struct PercentCase {
  int kind;
  int flags;
  int width, prec;
  char type;
  int neg;
  const char *text;
  size_t textlen;
  uint64_t fbits;
  size_t ncp;
  const char *expected;
} PercentCase;

typedef struct ReprCase {
  uint64_t bits;
  const char *repr;
} ReprCase;

/* check_format_vs_cpython.sh builds with a larger generated table. */
#ifdef FORMAT_CASES_INC
#include FORMAT_CASES_INC
#else
#include "format_cases.inc"
#endif

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static _Atomic long failures;
static _Atomic int quiet; /* threads: report only the count */

static void fail(const char *what, const char *spec, size_t speclen,
                 const char *got, const char *expected) {
  long n = atomic_fetch_add(&failures, 1);
  if (n < 30 && !atomic_load(&quiet))
    fprintf(stderr, "FAIL %s spec '%.*s': got '%s' expected '%s'\n", what,
            (int)speclen, spec, got, expected);
}

#define CHECK(c)                                                             \
  do {                                                                       \
    if (!(c)) {                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c);  \
      atomic_fetch_add(&failures, 1);                                        \
    }                                                                        \
  } while (0)

static double from_bits(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

/* ---- strbuf ---------------------------------------------------------- */

static void test_strbuf(void) {
  FtStrBuf b;
  ft_strbuf_init(&b);
  CHECK(b.len == 0 && b.data[0] == '\0' && b.data == b.inline_buf);
  CHECK(ft_strbuf_append_cstr(&b, "abc") == 0);
  CHECK(ft_strbuf_append_char(&b, 'd') == 0);
  CHECK(ft_strbuf_append_repeat(&b, 'x', 3) == 0);
  CHECK(strcmp(b.data, "abcdxxx") == 0 && b.len == 7);
  CHECK(ft_strbuf_append_codepoint(&b, 0xE9) == 0);
  CHECK(ft_strbuf_append_codepoint(&b, 0x20AC) == 0);
  CHECK(ft_strbuf_append_codepoint(&b, 0x1F600) == 0);
  CHECK(ft_strbuf_append_codepoint(&b, 0x110000) == -1);
  CHECK(strcmp(b.data, "abcdxxx\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") == 0);
  CHECK(ft_strbuf_append_repeat_codepoint(&b, 0xE9, 2) == 0);
  CHECK(b.len == 7 + 2 + 3 + 4 + 4);
  ft_strbuf_truncate(&b, 3);
  CHECK(strcmp(b.data, "abc") == 0);
  /* grow past the inline storage, with printf */
  for (int i = 0; i < 1000; i++)
    CHECK(ft_strbuf_printf(&b, "%d,", i) == 0);
  CHECK(b.data != b.inline_buf && b.len < b.cap && b.data[b.len] == '\0');
  CHECK(strncmp(b.data, "abc0,1,2,", 9) == 0);
  CHECK(strcmp(b.data + b.len - 4, "999,") == 0);
  /* a long printf into a fresh buffer */
  FtStrBuf c;
  ft_strbuf_init(&c);
  CHECK(ft_strbuf_printf(&c, "%0300d|%s", 7, "end") == 0);
  CHECK(c.len == 304 && strcmp(c.data + 299, "7|end") == 0);
  size_t n;
  char *s = ft_strbuf_finish(&c, &n);
  CHECK(s != NULL && n == 304 && s[304] == '\0');
  free(s);
  CHECK(c.len == 0 && c.data == c.inline_buf);
  ft_strbuf_append_cstr(&c, "short");
  s = ft_strbuf_finish(&c, &n);
  CHECK(s != NULL && n == 5 && strcmp(s, "short") == 0);
  free(s);
  /* size overflow is an error, not a crash, and keeps the buffer */
  CHECK(ft_strbuf_reserve(&b, SIZE_MAX) == -1);
  CHECK(ft_strbuf_append_repeat_codepoint(&b, 0x1F600, SIZE_MAX / 2) == -1);
  CHECK(b.data[b.len] == '\0');
  ft_strbuf_free(&b);
  CHECK(b.len == 0 && b.data == b.inline_buf);
  ft_strbuf_free(&c);
}

/* ---- format() table --------------------------------------------------- */

static const char *type_name(int kind) {
  return kind == K_STR ? "str" : kind == K_INT ? "int" : "float";
}

/* Run one format() case; returns 1 if it matched. */
static int run_format_case(const FormatCase *c, FtStrBuf *out) {
  char err[512];
  FtFormatSpec spec;
  FtFormatKind kind = c->kind == K_STR   ? FT_FORMAT_STR
                      : c->kind == K_INT ? FT_FORMAT_INT
                                         : FT_FORMAT_FLOAT;
  ft_strbuf_truncate(out, 0);
  int r = ft_formatspec_parse(c->spec, c->speclen, kind, type_name(c->kind),
                              &spec, err, sizeof err);
  if (r < 0) {
    if (c->status == 1 && strcmp(err, c->expected) == 0)
      return 1;
    fail("parse", c->spec, c->speclen, err, c->expected);
    return 0;
  }
  if (c->status == 1) {
    fail("no error", c->spec, c->speclen, "(ok)", c->expected);
    return 0;
  }
  switch (c->kind) {
  case K_STR:
    r = ft_formatspec_apply_str(&spec, c->text, c->textlen, (size_t)c->small,
                                out);
    break;
  case K_FLOAT:
    r = ft_formatspec_apply_float(&spec, from_bits(c->fbits), out);
    break;
  default:
    if (ft_formatspec_is_float_type(&spec))
      r = ft_formatspec_apply_float(&spec, from_bits(c->fbits), out);
    else if (spec.type == 'c') {
      long long v = c->small;
      if (!c->fits || c->neg || v > 0x10FFFF)
        r = -2; /* the caller's range check */
      else
        r = ft_formatspec_apply_char(&spec, (uint32_t)v, out);
    } else
      r = ft_formatspec_apply_int(&spec, c->neg, c->text, c->textlen, out);
    /* the int64 convenience entry must agree when the value fits */
    if (c->fits) {
      FtStrBuf o2;
      ft_strbuf_init(&o2);
      int r2 = ft_formatspec_apply_i64(&spec, c->small, &o2);
      if (r2 != r || (r == 0 && (o2.len != out->len ||
                                 memcmp(o2.data, out->data, o2.len) != 0)))
        fail("apply_i64", c->spec, c->speclen, o2.data, out->data);
      ft_strbuf_free(&o2);
    }
    break;
  }
  if (r == -2) {
    /* "%c arg not in range(0x110000)", or for ints beyond a C long the
     * caller's conversion error: either way an OverflowError */
    if (c->status == 2)
      return 1;
    fail("range", c->spec, c->speclen, "(-2)", c->expected);
    return 0;
  }
  if (r != 0) {
    fail("apply", c->spec, c->speclen, "(error)", c->expected);
    return 0;
  }
  if (c->status != 0 || out->len != c->explen ||
      memcmp(out->data, c->expected, c->explen) != 0) {
    fail(type_name(c->kind), c->spec, c->speclen, out->data, c->expected);
    return 0;
  }
  return 1;
}

static int run_percent_case(const PercentCase *c, FtStrBuf *out) {
  ft_strbuf_truncate(out, 0);
  int r;
  if (c->kind == K_INT)
    r = ft_formatspec_percent_int(c->flags, c->width, c->prec, c->type, c->neg,
                                  c->text, c->textlen, out);
  else if (c->kind == K_FLOAT)
    r = ft_formatspec_percent_float(c->flags, c->width, c->prec, c->type,
                                    from_bits(c->fbits), out);
  else
    r = ft_formatspec_percent_str(c->flags, c->width, c->prec, c->type,
                                  c->text, c->textlen, c->ncp, out);
  if (r != 0 || strcmp(out->data, c->expected) != 0) {
    char fmt[64];
    snprintf(fmt, sizeof fmt, "%%[flags %d] width %d prec %d %c", c->flags,
             c->width, c->prec, c->type);
    fail("percent", fmt, strlen(fmt), out->data, c->expected);
    return 0;
  }
  return 1;
}

static int run_repr_case(const ReprCase *c) {
  char buf[FT_DTOA_REPR_MAX];
  size_t n = ft_dtoa_repr(from_bits(c->bits), buf, sizeof buf);
  if (n != strlen(c->repr) || strcmp(buf, c->repr) != 0) {
    fail("repr", "", 0, buf, c->repr);
    return 0;
  }
  return 1;
}

static void test_tables(void) {
  FtStrBuf out;
  ft_strbuf_init(&out);
  size_t ok = 0;
  for (size_t i = 0; i < NELEM(format_cases); i++)
    ok += (size_t)run_format_case(&format_cases[i], &out);
  printf("format(): %zu/%zu cases match CPython\n", ok, NELEM(format_cases));
  ok = 0;
  for (size_t i = 0; i < NELEM(percent_cases); i++)
    ok += (size_t)run_percent_case(&percent_cases[i], &out);
  printf("%%-format: %zu/%zu cases match CPython\n", ok,
         NELEM(percent_cases));
  ok = 0;
  for (size_t i = 0; i < NELEM(repr_cases); i++)
    ok += (size_t)run_repr_case(&repr_cases[i]);
  printf("repr(float): %zu/%zu sampled doubles match CPython\n", ok,
         NELEM(repr_cases));
  ft_strbuf_free(&out);
}

/* ---- dtoa direct checks ----------------------------------------------- */

static void expect_fmt(double x, int type, int prec, int flags,
                       const char *want) {
  char buf[64];
  long n = ft_dtoa_format(x, type, prec, flags, buf, sizeof buf);
  if (n != (long)strlen(want) || strcmp(buf, want) != 0)
    fail("ft_dtoa_format", "", 0, buf, want);
}

static void test_dtoa_misc(void) {
  expect_fmt(1.0, 0, -1, 0, "1.0");
  expect_fmt(1.0, 0, 3, 0, "1.0");
  expect_fmt(1e20, 0, 3, 0, "1e+20");
  expect_fmt(1.0, 'r', -1, 0, "1.0");
  expect_fmt(1e16, 'r', -1, 0, "1e+16");
  expect_fmt(0.5, 'f', 0, 0, "0");
  expect_fmt(1.5, 'f', 0, 0, "2");
  expect_fmt(2.5, 'f', 0, 0, "2");
  expect_fmt(1.0, 'f', 0, FT_DTOA_ALT, "1.");
  expect_fmt(-0.0, 'f', 1, FT_DTOA_NO_NEG_0, "0.0");
  expect_fmt(-0.04, 'f', 1, FT_DTOA_NO_NEG_0, "0.0");
  expect_fmt(-0.04, 'f', 1, 0, "-0.0");
  expect_fmt(3.0, 'g', -1, FT_DTOA_SIGN, "+3");
  expect_fmt(INFINITY, 'F', -1, FT_DTOA_SIGN, "+INF");
  expect_fmt(-NAN, 'g', -1, 0, "nan");
  expect_fmt(0.25, '%', 1, 0, "25.0%");
  expect_fmt(1e300, 'e', 2, 0, "1.00e+300");
  {
    char buf[8]; /* unknown type */
    CHECK(ft_dtoa_format(1.0, 'q', 2, 0, buf, sizeof buf) == -1);
  }
  /* truncation reports the full length */
  {
    char buf[4];
    CHECK(ft_dtoa_format(123456.0, 'f', 2, 0, buf, sizeof buf) == 9);
    CHECK(strcmp(buf, "123") == 0);
    CHECK(ft_dtoa_repr(0.1, buf, sizeof buf) == 3 && strcmp(buf, "0.1") == 0);
    CHECK(ft_dtoa_repr(0.25, buf, 2) == 4 && strcmp(buf, "0") == 0);
  }
  /* huge precisions: exact expansion then zeros */
  {
    FtStrBuf b;
    ft_strbuf_init(&b);
    CHECK(ft_dtoa_format_buf(1.0 / 3, 'f', 60, 0, &b) == 0);
    CHECK(strcmp(b.data, "0.333333333333333314829616256247390992939472198486"
                         "328125000000") == 0);
    ft_strbuf_truncate(&b, 0);
    CHECK(ft_dtoa_format_buf(5e-324, 'f', 100000, 0, &b) == 0);
    CHECK(b.len == 100002 && strncmp(b.data + 325, "4940656458", 10) == 0);
    CHECK(b.data[b.len - 1] == '0');
    ft_strbuf_truncate(&b, 0);
    CHECK(ft_dtoa_format_buf(1e308, 'e', 2000, 0, &b) == 0);
    CHECK(b.len == 2000 + 2 + 5 && strncmp(b.data, "1.00000000000000001097", 22) == 0);
    ft_strbuf_free(&b);
  }
  /* ft_dtoa_digits modes */
  {
    FtDtoaDecimal d;
    ft_dtoa_digits(123.456, FT_DTOA_SHORTEST, 0, &d);
    CHECK(strcmp(d.digits, "123456") == 0 && d.decpt == 3 && !d.negative);
    ft_dtoa_digits(-0.001, FT_DTOA_FIXED, 1, &d);
    CHECK(strcmp(d.digits, "0") == 0 && d.decpt == 1 && d.negative);
    ft_dtoa_digits(9.96, FT_DTOA_SIGNIFICANT, 2, &d);
    CHECK(strcmp(d.digits, "1") == 0 && d.decpt == 2);
    ft_dtoa_digits(INFINITY, FT_DTOA_SHORTEST, 0, &d);
    CHECK(d.kind == FT_DTOA_INF);
  }
}

/* ---- random repr round trip -------------------------------------------- */

static uint64_t rng_next(uint64_t *s) {
  /* splitmix64 */
  uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/* Significant digits in a repr string. */
static int repr_ndigits(const char *s) {
  int n = 0, started = 0, trailing = 0;
  for (; *s && *s != 'e'; s++) {
    if (*s < '0' || *s > '9')
      continue;
    if (*s == '0' && !started)
      continue;
    started = 1;
    n++;
    trailing = *s == '0' ? trailing + 1 : 0;
  }
  n -= trailing; /* "100.0" has 1 significant digit */
  return n ? n : 1;
}

static void test_repr_random(long count) {
  uint64_t seed = 12345;
  long bad = 0;
  char buf[FT_DTOA_REPR_MAX], shorter[64];
  for (long i = 0; i < count; i++) {
    uint64_t b = rng_next(&seed);
    if (i & 1) /* half with a moderate exponent: the common range */
      b = (b & 0x800FFFFFFFFFFFFFULL) | ((uint64_t)(1023 - 30 + (b >> 52) % 70) << 52);
    double x = from_bits(b);
    if (isnan(x))
      continue;
    ft_dtoa_repr(x, buf, sizeof buf);
    double y = strtod(buf, NULL);
    if (memcmp(&x, &y, sizeof x) != 0) {
      if (bad++ < 10)
        fprintf(stderr, "repr round trip: %016llx -> %s\n",
                (unsigned long long)b, buf);
      continue;
    }
    if (isinf(x) || x == 0)
      continue;
    int nd = repr_ndigits(buf);
    if (nd > 1) { /* the nearest (nd-1)-digit decimal must not round-trip */
      snprintf(shorter, sizeof shorter, "%.*e", nd - 2, x);
      if (strtod(shorter, NULL) == x && bad++ < 10)
        fprintf(stderr, "repr not shortest: %016llx -> %s (%s)\n",
                (unsigned long long)b, buf, shorter);
    }
  }
  printf("repr(float): %ld random doubles round-trip, shortest (%ld bad)\n",
         count, bad);
  atomic_fetch_add(&failures, bad);
}

/* ---- 'e' / 'f' / 'g' against the C library ----------------------------------- */

/* For finite values CPython's '%.{p}e' / 'f' / 'g' (and '#e', '#f') equal
 * glibc printf's (both exact, half-even, same 'g' exponent rule), so printf
 * is an oracle for the fast rounding paths.  Values include exact binary fractions k/2**j, which produce exact
 * decimal ties at some precisions. */
static void test_fixed_random(long count) {
  uint64_t seed = 777;
  long bad = 0;
  char want[512], got[512];
  for (long i = 0; i < count; i++) {
    uint64_t r = rng_next(&seed);
    double x;
    switch (r % 4) {
    case 0: /* moderate magnitudes */
      x = from_bits((rng_next(&seed) & 0x800FFFFFFFFFFFFFULL) |
                    ((uint64_t)(1023 - 40 + (r >> 8) % 100) << 52));
      break;
    case 1: /* exact binary fractions: ties */
      x = (double)(int64_t)(rng_next(&seed) % 2000001 - 1000000) /
          (double)(1ULL << ((r >> 8) % 12));
      break;
    case 2: /* short decimals */
      x = (double)(int64_t)(rng_next(&seed) % 20000001 - 10000000) /
          pow(10, (double)((r >> 8) % 9));
      break;
    default: /* anything */
      x = from_bits(rng_next(&seed));
      if (isnan(x) || isinf(x))
        x = 0.5;
      break;
    }
    int p = (int)((r >> 20) % 21);
    char type = "efgg"[(r >> 40) % 4];
    /* not '#g': glibc prints '%#.2g' of 99.9 as "1.e+02" (CPython and C99
     * say "1.0e+02"); the CPython tables cover '#g' */
    int alt = (r >> 44) & 1 && type != 'g';
    char fmt[8] = {'%', '.', '*', type, 0};
    if (alt) /* '#': keep the point (and, for g, trailing zeros) */
      memcpy(fmt, (char[]){'%', '#', '.', '*', type, 0}, 6);
    snprintf(want, sizeof want, fmt, p, x);
    long n = ft_dtoa_format(x, type, p, alt ? FT_DTOA_ALT : 0, got, sizeof got);
    if (n < 0 || strcmp(want, got) != 0) {
      if (bad++ < 10)
        fprintf(stderr, "%%.%d%c of %.17g: got %s want %s\n", p, type, x, got,
                want);
    }
  }
  printf("'e'/'f'/'g': %ld random values agree with printf (%ld bad)\n", count,
         bad);
  atomic_fetch_add(&failures, bad);
}

/* ---- locale independence ------------------------------------------------ */

/* printf/strtod follow LC_NUMERIC; the output must not.  Runs only where a
 * comma-decimal locale is installed (single-threaded: setlocale is not). */
static void test_locale(void) {
  static const char *locales[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8",
                                  "fr_FR.utf8", "ru_RU.UTF-8", "de_DE"};
  static const struct {
    double x;
    char type;
    int prec;
  } cases[] = {{1e300, 'f', 3}, {5e-324, 'r', -1}, {1.5, 'f', 30},
               {0.1, 'e', 20},  {1e-310, 'g', 5},  {123.456, 'g', 40},
               {1e100, 'r', -1}, {-2.5e-7, 'f', 12}};
  enum { N = sizeof cases / sizeof cases[0] };
  char want[N][512], got[512];
  for (int i = 0; i < N; i++)
    ft_dtoa_format(cases[i].x, cases[i].type, cases[i].prec, 0, want[i], 512);
  const char *old = setlocale(LC_NUMERIC, NULL);
  char saved[64];
  snprintf(saved, sizeof saved, "%s", old ? old : "C");
  const char *used = NULL;
  for (size_t i = 0; i < NELEM(locales) && !used; i++)
    if (setlocale(LC_NUMERIC, locales[i]))
      used = locales[i];
  if (!used) {
    printf("locale: no comma-decimal locale installed, skipped\n");
    return;
  }
  for (int i = 0; i < N; i++) {
    ft_dtoa_format(cases[i].x, cases[i].type, cases[i].prec, 0, got, 512);
    if (strcmp(got, want[i]) != 0)
      fail("locale", used, strlen(used), got, want[i]);
  }
  setlocale(LC_NUMERIC, saved);
  printf("locale: output under %s unchanged\n", used);
}

/* ---- threads ---------------------------------------------------------- */

static void *thread_main(void *arg) {
  (void)arg;
  FtStrBuf out;
  ft_strbuf_init(&out);
  for (int rep = 0; rep < 2; rep++) {
    for (size_t i = 0; i < NELEM(format_cases); i++)
      run_format_case(&format_cases[i], &out);
    for (size_t i = 0; i < NELEM(percent_cases); i++)
      run_percent_case(&percent_cases[i], &out);
    for (size_t i = 0; i < NELEM(repr_cases); i++)
      run_repr_case(&repr_cases[i]);
  }
  ft_strbuf_free(&out);
  return NULL;
}

static void test_threads(int nthreads) {
  pthread_t t[16];
  long before = atomic_load(&failures);
  for (int i = 0; i < nthreads; i++)
    CHECK(pthread_create(&t[i], NULL, thread_main, NULL) == 0);
  for (int i = 0; i < nthreads; i++)
    pthread_join(t[i], NULL);
  printf("threads: %d threads ran all tables twice, %ld failures\n", nthreads,
         atomic_load(&failures) - before);
}

/* ---- benchmark ---------------------------------------------------------- */

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench(void) {
  enum { N = 1000000 };
  static double xs[N];
  const char *names[] = {"random bits", "uniform [0,1)", "2-decimals",
                         "integers", "x*0.1 sums"};
  uint64_t seed = 1;
  char buf[64];
  for (int kind = 0; kind < 5; kind++) {
    for (int i = 0; i < N; i++) {
      uint64_t b = rng_next(&seed);
      double x;
      switch (kind) {
      case 0:
        x = from_bits(b);
        if (isnan(x))
          x = 1.0;
        break;
      case 1:
        x = (double)(b >> 11) * 0x1p-53;
        break;
      case 2:
        x = (double)(b % 100000) / 100.0;
        break;
      case 3:
        x = (double)(b % 1000000);
        break;
      default:
        x = (double)(b % 1000) * 0.1 + (double)((b >> 40) % 1000) * 0.01;
        break;
      }
      xs[i] = x;
    }
    size_t tot = 0;
    double t0 = now_s();
    for (int i = 0; i < N; i++)
      tot += ft_dtoa_repr(xs[i], buf, sizeof buf);
    double t1 = now_s();
    for (int i = 0; i < N; i++)
      tot += (size_t)snprintf(buf, sizeof buf, "%.17g", xs[i]);
    double t2 = now_s();
    FtStrBuf b;
    ft_strbuf_init(&b);
    FtFormatSpec spec;
    char err[256];
    ft_formatspec_parse(">12,.2f", 7, FT_FORMAT_FLOAT, "float", &spec, err,
                        sizeof err);
    double t3 = now_s();
    for (int i = 0; i < N; i++) {
      ft_strbuf_truncate(&b, 0);
      ft_formatspec_apply_float(&spec, xs[i], &b);
      tot += b.len;
    }
    double t4 = now_s();
    ft_strbuf_free(&b);
    printf("%-14s repr %4.0f ns   printf %%.17g %4.0f ns   format '>12,.2f' "
           "%4.0f ns  (%zu)\n",
           names[kind], (t1 - t0) * 1e9 / N, (t2 - t1) * 1e9 / N,
           (t4 - t3) * 1e9 / N, tot);
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "bench") == 0) {
    bench();
    return 0;
  }
  long n = 2000000;
  const char *env = getenv("FT_TEST_REPR_N");
  if (env)
    n = atol(env);
  test_strbuf();
  test_dtoa_misc();
  test_tables();
  test_repr_random(n);
  test_fixed_random(n / 2);
  test_locale();
  atomic_store(&quiet, 1);
  test_threads(4);
  long f = atomic_load(&failures);
  printf("%s: %ld failures\n", f ? "FAILED" : "OK", f);
  return f ? 1 : 0;
}
