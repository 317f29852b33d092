/*
 * listsort.c -- the stable sort behind list.sort() and sorted(): a
 * timsort (natural runs, binary insertion up to a minimum run length,
 * a stack of pending runs merged with galloping), written for ftpy.
 *
 * Representation: the array being sorted is a pair of parallel arrays,
 * keys (what is compared) and optional values (the list items, when a key
 * function produced the keys); every move applies to both.  A MergeState
 * holds the comparison function chosen for the keys, the adaptive
 * min_gallop, a scratch buffer and the pending-run stack.
 *
 * Invariant: at every point -- including after a comparison raised -- the
 * arrays hold a permutation of their original contents, so the caller can
 * always put them back into the list.  Pending runs are contiguous and
 * their lengths satisfy the classic timsort invariants
 * (len[i-2] > len[i-1] + len[i], len[i-1] > len[i]) after each collapse.
 *
 * Comparison: before sorting, the keys are scanned once; when they are all
 * small ints, all exact str, all exact float, or all exact tuples whose
 * first items are all small ints or all str, a specialised "less than"
 * that cannot run Python code is used; otherwise ft_richcompare_bool.
 *
 * Synchronization: the arrays are private to the caller (list.c takes the
 * items out of the list before sorting); nothing here is shared.
 */
#include "ft.h"

#define MIN_GALLOP 7
#define MAX_PENDING 85

typedef struct Slice {
  FtValue *k; /* keys */
  FtValue *v; /* values, or NULL */
} Slice;

typedef struct Run {
  Slice base;
  size_t len;
} Run;

struct MergeState;
typedef int (*LtFn)(struct MergeState *, FtValue, FtValue);

typedef struct MergeState {
  LtFn lt;
  LtFn elem_lt; /* first-item compare for the tuple fast path */
  int elem_is_str;
  size_t min_gallop;
  int has_vals;
  FtValue *tmp; /* scratch: tmp_cap keys then tmp_cap values */
  size_t tmp_cap;
  int npending;
  Run pending[MAX_PENDING];
} MergeState;

/* ---- comparisons ----------------------------------------------------- */

static int lt_generic(MergeState *ms, FtValue a, FtValue b) {
  (void)ms;
  return ft_richcompare_bool(a, b, FT_LT);
}

/* Tagged small ints order like their values. */
static int lt_small(MergeState *ms, FtValue a, FtValue b) {
  (void)ms;
  return (intptr_t)a < (intptr_t)b;
}

/* UTF-8 byte order is code point order. */
static int lt_str(MergeState *ms, FtValue a, FtValue b) {
  (void)ms;
  size_t na = ft_str_size(a), nb = ft_str_size(b);
  int c = memcmp(ft_str_data(a), ft_str_data(b), na < nb ? na : nb);
  return c < 0 || (c == 0 && na < nb);
}

static int lt_float(MergeState *ms, FtValue a, FtValue b) {
  (void)ms;
  return ft_float_val(a) < ft_float_val(b);
}

static int eq_first(MergeState *ms, FtValue a, FtValue b) {
  if (a == b)
    return 1;
  if (!ms->elem_is_str)
    return 0; /* distinct small ints */
  return ft_str_size(a) == ft_str_size(b) &&
         memcmp(ft_str_data(a), ft_str_data(b), ft_str_size(a)) == 0;
}

static int lt_tuple(MergeState *ms, FtValue a, FtValue b) {
  size_t na = ft_tuple_len(a), nb = ft_tuple_len(b);
  size_t n = na < nb ? na : nb, i = 0;
  if (eq_first(ms, ft_tuple_get(a, 0), ft_tuple_get(b, 0))) {
    for (i = 1; i < n; i++) {
      int k = ft_eq(ft_tuple_get(a, i), ft_tuple_get(b, i));
      if (k < 0)
        return -1;
      if (!k)
        break;
    }
    if (i >= n)
      return na < nb;
    return ft_richcompare_bool(ft_tuple_get(a, i), ft_tuple_get(b, i), FT_LT);
  }
  return ms->elem_lt(ms, ft_tuple_get(a, 0), ft_tuple_get(b, 0));
}

static void choose_compare(MergeState *ms, const FtValue *keys, size_t n) {
  int all_small = 1, all_str = 1, all_float = 1, all_tuple = 1;
  int t_small = 1, t_str = 1;
  for (size_t i = 0; i < n; i++) {
    FtValue k = keys[i];
    if (ft_is_small(k)) {
      all_str = all_float = all_tuple = 0;
      continue;
    }
    all_small = 0;
    FtType *t = ft_type(k);
    if (t != &FtStr_Type)
      all_str = 0;
    if (t != &FtFloat_Type)
      all_float = 0;
    if (t != &FtTuple_Type || ft_tuple_len(k) == 0) {
      all_tuple = 0;
    } else {
      FtValue f = ft_tuple_get(k, 0);
      if (!ft_is_small(f))
        t_small = 0;
      if (ft_is_small(f) || ft_type(f) != &FtStr_Type)
        t_str = 0;
    }
    if (!all_str && !all_float && !all_tuple)
      break;
  }
  ms->lt = lt_generic;
  if (all_small)
    ms->lt = lt_small;
  else if (all_str)
    ms->lt = lt_str;
  else if (all_float)
    ms->lt = lt_float;
  else if (all_tuple && (t_small || t_str)) {
    ms->lt = lt_tuple;
    ms->elem_lt = t_small ? lt_small : lt_str;
    ms->elem_is_str = !t_small;
  }
}

#define LT(a, b) (ms->lt(ms, (a), (b)))

/* ---- moving items (keys and values together) ------------------------- */

static inline void sl_adv(MergeState *ms, Slice *s, ptrdiff_t n) {
  s->k += n;
  if (ms->has_vals)
    s->v += n;
}
static inline void sl_cp1(MergeState *ms, Slice d, Slice s) {
  d.k[0] = s.k[0];
  if (ms->has_vals)
    d.v[0] = s.v[0];
}
static inline void sl_cpn(MergeState *ms, Slice d, Slice s, size_t n) {
  memcpy(d.k, s.k, n * sizeof(FtValue));
  if (ms->has_vals)
    memcpy(d.v, s.v, n * sizeof(FtValue));
}
static inline void sl_mvn(MergeState *ms, Slice d, Slice s, size_t n) {
  memmove(d.k, s.k, n * sizeof(FtValue));
  if (ms->has_vals)
    memmove(d.v, s.v, n * sizeof(FtValue));
}
static inline Slice sl_at(MergeState *ms, Slice s, ptrdiff_t n) {
  sl_adv(ms, &s, n);
  return s;
}

static void sl_reverse(MergeState *ms, Slice s, size_t n) {
  for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
    FtValue t = s.k[i];
    s.k[i] = s.k[j - 1];
    s.k[j - 1] = t;
    if (ms->has_vals) {
      t = s.v[i];
      s.v[i] = s.v[j - 1];
      s.v[j - 1] = t;
    }
  }
}

static int ensure_tmp(MergeState *ms, size_t need) {
  if (need <= ms->tmp_cap)
    return 0;
  ft_mem_free(ms->tmp);
  ms->tmp = ft_mem_alloc(need * 2 * sizeof(FtValue));
  if (!ms->tmp) {
    ms->tmp_cap = 0;
    return -1;
  }
  ms->tmp_cap = need;
  return 0;
}

static Slice tmp_slice(MergeState *ms) {
  Slice s = {ms->tmp, ms->has_vals ? ms->tmp + ms->tmp_cap : NULL};
  return s;
}

/* ---- small pieces ---------------------------------------------------- */

/* Sort s[0..n) given that s[0..start) is sorted: binary insertion. */
static int binarysort(MergeState *ms, Slice s, size_t n, size_t start) {
  for (size_t i = start; i < n; i++) {
    FtValue pk = s.k[i];
    FtValue pv = ms->has_vals ? s.v[i] : 0;
    size_t lo = 0, hi = i;
    while (lo < hi) {
      size_t mid = lo + ((hi - lo) >> 1);
      int k = LT(pk, s.k[mid]);
      if (k < 0)
        return -1;
      if (k)
        hi = mid;
      else
        lo = mid + 1;
    }
    memmove(s.k + lo + 1, s.k + lo, (i - lo) * sizeof(FtValue));
    s.k[lo] = pk;
    if (ms->has_vals) {
      memmove(s.v + lo + 1, s.v + lo, (i - lo) * sizeof(FtValue));
      s.v[lo] = pv;
    }
  }
  return 0;
}

/* Length of the run starting at s (n >= 1 items available); a strictly
 * descending run is reversed in place.  -1 on error. */
static ptrdiff_t count_run(MergeState *ms, Slice s, size_t n) {
  if (n == 1)
    return 1;
  int k = LT(s.k[1], s.k[0]);
  if (k < 0)
    return -1;
  size_t i = 2;
  if (k) {
    for (; i < n; i++) {
      k = LT(s.k[i], s.k[i - 1]);
      if (k < 0)
        return -1;
      if (!k)
        break;
    }
    sl_reverse(ms, s, i);
  } else {
    for (; i < n; i++) {
      k = LT(s.k[i], s.k[i - 1]);
      if (k < 0)
        return -1;
      if (k)
        break;
    }
  }
  return (ptrdiff_t)i;
}

/* Leftmost position to insert key into sorted a[0..n): a[k-1] < key <=
 * a[k].  Starts galloping at hint.  -1 on error. */
static ptrdiff_t gallop_left(MergeState *ms, FtValue key, FtValue *a,
                             ptrdiff_t n, ptrdiff_t hint) {
  ptrdiff_t lastofs = 0, ofs = 1;
  int k = LT(a[hint], key);
  if (k < 0)
    return -1;
  if (k) {
    /* a[hint] < key: gallop right. */
    ptrdiff_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = LT(a[hint + ofs], key);
      if (k < 0)
        return -1;
      if (!k)
        break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0)
        ofs = maxofs;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    /* key <= a[hint]: gallop left. */
    ptrdiff_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = LT(a[hint - ofs], key);
      if (k < 0)
        return -1;
      if (k)
        break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0)
        ofs = maxofs;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    ptrdiff_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  /* a[lastofs] < key <= a[ofs]: binary search in between. */
  ++lastofs;
  while (lastofs < ofs) {
    ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
    k = LT(a[m], key);
    if (k < 0)
      return -1;
    if (k)
      lastofs = m + 1;
    else
      ofs = m;
  }
  return ofs;
}

/* Rightmost position: a[k-1] <= key < a[k]. */
static ptrdiff_t gallop_right(MergeState *ms, FtValue key, FtValue *a,
                              ptrdiff_t n, ptrdiff_t hint) {
  ptrdiff_t lastofs = 0, ofs = 1;
  int k = LT(key, a[hint]);
  if (k < 0)
    return -1;
  if (k) {
    /* key < a[hint]: gallop left. */
    ptrdiff_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = LT(key, a[hint - ofs]);
      if (k < 0)
        return -1;
      if (!k)
        break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0)
        ofs = maxofs;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    ptrdiff_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    /* a[hint] <= key: gallop right. */
    ptrdiff_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = LT(key, a[hint + ofs]);
      if (k < 0)
        return -1;
      if (k)
        break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0)
        ofs = maxofs;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
    k = LT(key, a[m]);
    if (k < 0)
      return -1;
    if (k)
      ofs = m;
    else
      lastofs = m + 1;
  }
  return ofs;
}

/* ---- merging --------------------------------------------------------- */

/* Merge adjacent runs A = ssa[0..na) and B = ssb[0..nb) with na <= nb,
 * B[0] < A[0] and A[na-1] > B[nb-1] (merge_at arranged that).  A is
 * copied to the scratch buffer and the merge fills from the left. */
static int merge_lo(MergeState *ms, Slice ssa, size_t na, Slice ssb,
                    size_t nb) {
  if (ensure_tmp(ms, na) < 0)
    return -1;
  Slice a = tmp_slice(ms), dest = ssa;
  sl_cpn(ms, a, ssa, na);
  int result = -1;
  size_t min_gallop = ms->min_gallop;

  sl_cp1(ms, dest, ssb);
  sl_adv(ms, &dest, 1);
  sl_adv(ms, &ssb, 1);
  if (--nb == 0)
    goto succeed;
  if (na == 1)
    goto copy_b;
  for (;;) {
    size_t acount = 0, bcount = 0;
    /* One-at-a-time mode until a run keeps winning. */
    for (;;) {
      int k = LT(ssb.k[0], a.k[0]);
      if (k < 0)
        goto fail;
      if (k) {
        sl_cp1(ms, dest, ssb);
        sl_adv(ms, &dest, 1);
        sl_adv(ms, &ssb, 1);
        ++bcount;
        acount = 0;
        if (--nb == 0)
          goto succeed;
        if (bcount >= min_gallop)
          break;
      } else {
        sl_cp1(ms, dest, a);
        sl_adv(ms, &dest, 1);
        sl_adv(ms, &a, 1);
        ++acount;
        bcount = 0;
        if (--na == 1)
          goto copy_b;
        if (acount >= min_gallop)
          break;
      }
    }
    /* Galloping mode. */
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      ptrdiff_t k = gallop_right(ms, ssb.k[0], a.k, (ptrdiff_t)na, 0);
      if (k < 0)
        goto fail;
      acount = (size_t)k;
      if (k) {
        sl_cpn(ms, dest, a, (size_t)k);
        sl_adv(ms, &dest, k);
        sl_adv(ms, &a, k);
        na -= (size_t)k;
        if (na == 1)
          goto copy_b;
        if (na == 0) /* only with an inconsistent comparison */
          goto succeed;
      }
      sl_cp1(ms, dest, ssb);
      sl_adv(ms, &dest, 1);
      sl_adv(ms, &ssb, 1);
      if (--nb == 0)
        goto succeed;

      k = gallop_left(ms, a.k[0], ssb.k, (ptrdiff_t)nb, 0);
      if (k < 0)
        goto fail;
      bcount = (size_t)k;
      if (k) {
        sl_mvn(ms, dest, ssb, (size_t)k);
        sl_adv(ms, &dest, k);
        sl_adv(ms, &ssb, k);
        nb -= (size_t)k;
        if (nb == 0)
          goto succeed;
      }
      sl_cp1(ms, dest, a);
      sl_adv(ms, &dest, 1);
      sl_adv(ms, &a, 1);
      if (--na == 1)
        goto copy_b;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na)
    sl_cpn(ms, dest, a, na);
  return result;
copy_b:
  /* The last element of A belongs after all of B. */
  sl_mvn(ms, dest, ssb, nb);
  sl_cp1(ms, sl_at(ms, dest, (ptrdiff_t)nb), a);
  return 0;
}

/* The mirror image: na >= nb, B goes to the scratch buffer and the merge
 * fills from the right. */
static int merge_hi(MergeState *ms, Slice ssa, size_t na, Slice ssb,
                    size_t nb) {
  if (ensure_tmp(ms, nb) < 0)
    return -1;
  Slice basea = ssa, baseb = tmp_slice(ms);
  sl_cpn(ms, baseb, ssb, nb);
  Slice dest = sl_at(ms, ssb, (ptrdiff_t)nb - 1);
  Slice b = sl_at(ms, baseb, (ptrdiff_t)nb - 1);
  Slice a = sl_at(ms, ssa, (ptrdiff_t)na - 1);
  int result = -1;
  size_t min_gallop = ms->min_gallop;

  sl_cp1(ms, dest, a);
  sl_adv(ms, &dest, -1);
  sl_adv(ms, &a, -1);
  if (--na == 0)
    goto succeed;
  if (nb == 1)
    goto copy_a;
  for (;;) {
    size_t acount = 0, bcount = 0;
    for (;;) {
      int k = LT(b.k[0], a.k[0]);
      if (k < 0)
        goto fail;
      if (k) {
        sl_cp1(ms, dest, a);
        sl_adv(ms, &dest, -1);
        sl_adv(ms, &a, -1);
        ++acount;
        bcount = 0;
        if (--na == 0)
          goto succeed;
        if (acount >= min_gallop)
          break;
      } else {
        sl_cp1(ms, dest, b);
        sl_adv(ms, &dest, -1);
        sl_adv(ms, &b, -1);
        ++bcount;
        acount = 0;
        if (--nb == 1)
          goto copy_a;
        if (bcount >= min_gallop)
          break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      ptrdiff_t k = gallop_right(ms, b.k[0], basea.k, (ptrdiff_t)na,
                                 (ptrdiff_t)na - 1);
      if (k < 0)
        goto fail;
      k = (ptrdiff_t)na - k;
      acount = (size_t)k;
      if (k) {
        sl_adv(ms, &dest, -k);
        sl_adv(ms, &a, -k);
        sl_mvn(ms, sl_at(ms, dest, 1), sl_at(ms, a, 1), (size_t)k);
        na -= (size_t)k;
        if (na == 0)
          goto succeed;
      }
      sl_cp1(ms, dest, b);
      sl_adv(ms, &dest, -1);
      sl_adv(ms, &b, -1);
      if (--nb == 1)
        goto copy_a;

      k = gallop_left(ms, a.k[0], baseb.k, (ptrdiff_t)nb, (ptrdiff_t)nb - 1);
      if (k < 0)
        goto fail;
      k = (ptrdiff_t)nb - k;
      bcount = (size_t)k;
      if (k) {
        sl_adv(ms, &dest, -k);
        sl_adv(ms, &b, -k);
        sl_cpn(ms, sl_at(ms, dest, 1), sl_at(ms, b, 1), (size_t)k);
        nb -= (size_t)k;
        if (nb == 1)
          goto copy_a;
        if (nb == 0) /* only with an inconsistent comparison */
          goto succeed;
      }
      sl_cp1(ms, dest, a);
      sl_adv(ms, &dest, -1);
      sl_adv(ms, &a, -1);
      if (--na == 0)
        goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb)
    sl_cpn(ms, sl_at(ms, dest, -((ptrdiff_t)nb - 1)), baseb, nb);
  return result;
copy_a:
  /* The first element of B belongs before all of A. */
  sl_adv(ms, &dest, -(ptrdiff_t)na);
  sl_adv(ms, &a, -(ptrdiff_t)na);
  sl_mvn(ms, sl_at(ms, dest, 1), sl_at(ms, a, 1), na);
  sl_cp1(ms, dest, b);
  return 0;
}

/* Merge pending runs i and i+1. */
static int merge_at(MergeState *ms, int i) {
  Slice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
  size_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
  ms->pending[i].len = na + nb;
  if (i == ms->npending - 3)
    ms->pending[i + 1] = ms->pending[i + 2];
  --ms->npending;

  /* Elements of A already <= B[0] stay where they are. */
  ptrdiff_t k = gallop_right(ms, ssb.k[0], ssa.k, (ptrdiff_t)na, 0);
  if (k < 0)
    return -1;
  sl_adv(ms, &ssa, k);
  na -= (size_t)k;
  if (na == 0)
    return 0;
  /* Elements of B already >= A[-1] stay too. */
  k = gallop_left(ms, ssa.k[na - 1], ssb.k, (ptrdiff_t)nb, (ptrdiff_t)nb - 1);
  if (k <= 0)
    return (int)k;
  nb = (size_t)k;
  if (na <= nb)
    return merge_lo(ms, ssa, na, ssb, nb);
  return merge_hi(ms, ssa, na, ssb, nb);
}

static int merge_collapse(MergeState *ms) {
  Run *p = ms->pending;
  while (ms->npending > 1) {
    int n = ms->npending - 2;
    if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
        (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
      if (p[n - 1].len < p[n + 1].len)
        --n;
      if (merge_at(ms, n) < 0)
        return -1;
    } else if (p[n].len <= p[n + 1].len) {
      if (merge_at(ms, n) < 0)
        return -1;
    } else {
      break;
    }
  }
  return 0;
}

static int merge_force_collapse(MergeState *ms) {
  Run *p = ms->pending;
  while (ms->npending > 1) {
    int n = ms->npending - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len)
      --n;
    if (merge_at(ms, n) < 0)
      return -1;
  }
  return 0;
}

static size_t compute_minrun(size_t n) {
  size_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/* ---- entry point ----------------------------------------------------- */

/* Sort keys[0..n) stably, moving values[] (may be NULL) along.  reverse:
 * descending order, still stable (reverse, sort, reverse back, as CPython
 * does).  Returns 0, or -1 with an exception when a comparison failed; the
 * arrays are a permutation of the input in every case. */
int ft_listsort(FtValue *keys, FtValue *values, size_t n, int reverse) {
  if (n < 2)
    return 0;
  MergeState ms;
  memset(&ms, 0, sizeof ms);
  ms.min_gallop = MIN_GALLOP;
  ms.has_vals = values != NULL;
  choose_compare(&ms, keys, n);
  Slice lo = {keys, values};
  if (reverse)
    sl_reverse(&ms, lo, n);

  int res = -1;
  size_t minrun = compute_minrun(n), remaining = n;
  do {
    ptrdiff_t run = count_run(&ms, lo, remaining);
    if (run < 0)
      goto done;
    if ((size_t)run < minrun) {
      size_t force = remaining <= minrun ? remaining : minrun;
      if (binarysort(&ms, lo, force, (size_t)run) < 0)
        goto done;
      run = (ptrdiff_t)force;
    }
    ms.pending[ms.npending].base = lo;
    ms.pending[ms.npending].len = (size_t)run;
    ++ms.npending;
    if (merge_collapse(&ms) < 0)
      goto done;
    sl_adv(&ms, &lo, run);
    remaining -= (size_t)run;
  } while (remaining);
  if (merge_force_collapse(&ms) < 0)
    goto done;
  res = 0;
done:
  if (reverse) {
    Slice all = {keys, values};
    sl_reverse(&ms, all, n);
  }
  ft_mem_free(ms.tmp);
  return res;
}
