/*
 * str.c -- the str type: immutable Unicode text.
 *
 * Representation: an FtStr (ft.h) holds the text as UTF-8 in data[] (NUL
 * terminated), `size` bytes and `len` code points.  Lone surrogates (which
 * Python strs may hold) are stored as their 3-byte generalized UTF-8 form.
 * Invariant: size == len exactly when the text is ASCII, and then the
 * FT_STR_ASCII flag is set, so indexing and slicing are O(1); non-ASCII
 * text maps code-point indexes to byte offsets by walking, helped by a
 * per-thread position cache so `s[i]` in a loop stays linear.
 *
 * Construction always goes through str_alloc; the empty string and every
 * Latin-1 character (U+0000..U+00FF) are immortal, interned singletons made
 * by ft_str_init(), so s[i], iteration and split() of short text never
 * allocate.  Interned strings live in one global set (intern_table).
 *
 * Synchronization rule: a str never changes after it is published, so
 * reads need no lock.  The lazily computed hash is a relaxed atomic (racing
 * threads store the same value).  ob.flags and the text are written only
 * before the object is shared: at creation, when interning a string this
 * thread alone references, or when ft_str_append_inplace grows a string
 * whose only reference the calling thread holds.  The intern table is
 * guarded by intern_lock; the position cache and the intern-lookup cache
 * are _Thread_local; the case tables are written once by ft_str_init.
 *
 * Character classes outside ASCII (isalpha, isprintable/repr, isdigit,
 * isdecimal, isnumeric) use range tables generated from the Unicode 14.0
 * database that CPython 3.11 ships, so they match it exactly.  Case
 * mapping uses hand-written ranges (Latin, Greek, Cyrillic, Armenian,
 * Georgian, Cherokee, Glagolitic, Coptic, fullwidth, Deseret...) plus
 * CPython's multi-character special cases; isidentifier approximates
 * XID_Start/XID_Continue from the letter and digit tables.
 */
#include "ft.h"
#include "runtime/strbuf.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Argument-type errors name None as "None", not "NoneType" (as CPython's
 * argument converters do). */
static inline const char *argtype(FtValue v) {
  return v == FT_NONE ? "None" : ft_type_name(v);
}

#define UNUSED(x) (void)(x)

static inline FtStr *S(FtValue v) { return (FtStr *)ft_obj(v); }
/* ft_str_check with the common exact-type case first (one load). */
static inline int str_check_fast(FtValue v) {
  return !ft_is_small(v) && (ft_obj(v)->type == &FtStr_Type ||
                             (ft_obj(v)->type->tpflags & FT_TPFLAG_STR_SUBCLASS));
}
static inline int is_exact_str(FtValue v) {
  return !ft_is_small(v) && ft_obj(v)->type == &FtStr_Type;
}
static inline int str_is_ascii(const FtStr *s) { return s->size == s->len; }

/* ==== UTF-8 ============================================================= */

/* Byte length of a sequence from its lead byte (valid UTF-8 assumed). */
static inline size_t u8_seqlen(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Decode the (valid) sequence at p; *n gets its byte length. */
static inline uint32_t u8_decode(const unsigned char *p, size_t *n) {
  unsigned char c = p[0];
  if (c < 0x80) {
    *n = 1;
    return c;
  }
  if (c < 0xE0) {
    *n = 2;
    return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *n = 3;
    return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
           (p[2] & 0x3F);
  }
  *n = 4;
  return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
         ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Decode the code point that ends just before p (p > start). */
static inline uint32_t u8_decode_back(const unsigned char *start,
                                      const unsigned char *p, size_t *n) {
  const unsigned char *q = p - 1;
  while (q > start && (*q & 0xC0) == 0x80)
    q--;
  return u8_decode(q, n);
}

static inline size_t u8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Number of code points in valid UTF-8: bytes minus continuation bytes,
 * eight bytes at a time (a continuation byte is 10xxxxxx). */
static size_t u8_count(const char *p, size_t n) {
  size_t cont = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (!(w & 0x8080808080808080ull))
      continue;
    uint64_t t = w & ~(w << 1) & 0x8080808080808080ull;
    cont += (size_t)__builtin_popcountll(t);
  }
  for (; i < n; i++)
    cont += ((unsigned char)p[i] & 0xC0) == 0x80;
  return n - cont;
}

/* Is the whole buffer ASCII? */
static int u8_all_ascii(const char *p, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; i++)
    acc |= (unsigned char)p[i];
  return !(acc & 0x8080808080808080ull);
}

/* ==== character classes and case mapping ================================= */

static const uint8_t ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1};

static int uc_isspace(uint32_t c) {
  if (c < 128)
    return ascii_space[c];
  return c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/* ---- case mapping and case properties ----
 * Everything below is generated from the Unicode 14.0.0 database that
 * CPython 3.11 ships (by running each property through CPython's own str
 * methods on single characters), so mappings and predicates match it
 * exactly.  The mappings are CPython's full ones: str.lower() of U+0130
 * gives two characters; those multi-character results live in
 * special_cases. */
enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD };
#define CASE_SPECIAL 0x7FFFFFFF

typedef struct {
  uint32_t lo, hi;
  uint8_t step;   /* 1, or 2 for alternating upper/lower pairs */
  int32_t d[4];   /* delta per MAP_* kind, or CASE_SPECIAL */
} CaseRun;

typedef struct {
  uint32_t cp;
  uint8_t kind;
  uint32_t out[3];
} SpecialCase;

#include "unicode_tables.inc" /* tools/gen_unicode_tables.py */

#define NCASERUNS (sizeof case_runs / sizeof case_runs[0])
#define NSPECIAL (sizeof special_cases / sizeof special_cases[0])
#define NRANGES(t) (sizeof t / sizeof t[0])

static int in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n);

/* Deltas for U+0000..U+05FF (Latin, Greek, Cyrillic, Armenian), filled by
 * ft_str_init so common text maps with one load; and, per 256-code-point
 * block below U+20000, whether any case run touches it, so uncased
 * scripts (CJK, Indic...) skip the search.  Both are written once at
 * start-up and read-only afterwards. */
#define CASE_TAB_N 0x600
#define CASE_BLOCKS 0x200
static int32_t case_tab[CASE_TAB_N][4];
static uint8_t case_block[CASE_BLOCKS];
static int case_tab_ready;

static int32_t case_delta_slow(uint32_t c, int kind) {
  if ((c >> 8) >= CASE_BLOCKS || (case_tab_ready && !case_block[c >> 8]))
    return 0;
  size_t lo = 0, hi = NCASERUNS;
  while (lo < hi) { /* the last run starting at or before c */
    size_t mid = (lo + hi) / 2;
    if (case_runs[mid].lo <= c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return 0;
  const CaseRun *r = &case_runs[lo - 1];
  if (c > r->hi || (c - r->lo) % r->step)
    return 0;
  return r->d[kind];
}

static inline int32_t case_delta(uint32_t c, int kind) {
  if (c < CASE_TAB_N && case_tab_ready)
    return case_tab[c][kind];
  return case_delta_slow(c, kind);
}

static void case_tab_init(void) {
  for (uint32_t c = 0; c < CASE_TAB_N; c++)
    for (int k = 0; k < 4; k++)
      case_tab[c][k] = case_delta_slow(c, k);
  for (size_t i = 0; i < NCASERUNS; i++)
    for (uint32_t b = case_runs[i].lo >> 8;
         b <= case_runs[i].hi >> 8 && b < CASE_BLOCKS; b++)
      case_block[b] = 1;
  case_tab_ready = 1;
}

static int uc_isupper(uint32_t c) {
  if (c < 128)
    return c >= 'A' && c <= 'Z';
  return in_ranges(c, upper_ranges, NRANGES(upper_ranges));
}

static int uc_islower(uint32_t c) {
  if (c < 128)
    return c >= 'a' && c <= 'z';
  return in_ranges(c, lower_ranges, NRANGES(lower_ranges));
}

/* Title-case letters (category Lt: Dž, Lj, ᾈ...). */
static int uc_istitlecase(uint32_t c) {
  return c >= 0x1C5 && in_ranges(c, title_ranges, NRANGES(title_ranges));
}

static int uc_iscased(uint32_t c) {
  if (c < 128)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return in_ranges(c, cased_ranges, NRANGES(cased_ranges));
}

/* Letters (str.isalpha: categories Lu Ll Lt Lm Lo).  Generated from the
 * Unicode 14.0.0 database (CPython 3.11's), code points >= U+0080;
 * sorted, disjoint, inclusive. */
static const uint32_t alpha_ranges[][2] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6},
    {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC},
    {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
    {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C},
    {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F},
    {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA},
    {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3},
    {0x6D5, 0x6D5}, {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC},
    {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F}, {0x74D, 0x7A5},
    {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5}, {0x7FA, 0x7FA},
    {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828},
    {0x840, 0x858}, {0x860, 0x86A}, {0x870, 0x887}, {0x889, 0x88E},
    {0x8A0, 0x8C9}, {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950},
    {0x958, 0x961}, {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990},
    {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9},
    {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1},
    {0x9F0, 0x9F1}, {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10},
    {0xA13, 0xA28}, {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36},
    {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA72, 0xA74},
    {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0},
    {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0},
    {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10},
    {0xB13, 0xB28}, {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39},
    {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61}, {0xB71, 0xB71},
    {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95},
    {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4},
    {0xBA8, 0xBAA}, {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C},
    {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D},
    {0xC58, 0xC5A}, {0xC5D, 0xC5D}, {0xC60, 0xC61}, {0xC80, 0xC80},
    {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8}, {0xCAA, 0xCB3},
    {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE}, {0xCE0, 0xCE1},
    {0xCF1, 0xCF2}, {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A},
    {0xD3D, 0xD3D}, {0xD4E, 0xD4E}, {0xD54, 0xD56}, {0xD5F, 0xD61},
    {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB},
    {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33},
    {0xE40, 0xE46}, {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A},
    {0xE8C, 0xEA3}, {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3},
    {0xEBD, 0xEBD}, {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF},
    {0xF00, 0xF00}, {0xF40, 0xF47}, {0xF49, 0xF6C}, {0xF88, 0xF8C},
    {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D},
    {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081},
    {0x108E, 0x108E}, {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD},
    {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x124A, 0x124D}, {0x1250, 0x1256},
    {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D},
    {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0},
    {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315},
    {0x1318, 0x135A}, {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD},
    {0x1401, 0x166C}, {0x166F, 0x167F}, {0x1681, 0x169A}, {0x16A0, 0x16EA},
    {0x16F1, 0x16F8}, {0x1700, 0x1711}, {0x171F, 0x1731}, {0x1740, 0x1751},
    {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8},
    {0x18AA, 0x18AA}, {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D},
    {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A16},
    {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33}, {0x1B45, 0x1B4C},
    {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA},
    {0x1CBD, 0x1CBF}, {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6},
    {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59},
    {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC},
    {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4},
    {0x1FF6, 0x1FFC}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C},
    {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149},
    {0x214E, 0x214E}, {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE},
    {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D},
    {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96}, {0x2DA0, 0x2DA6},
    {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F},
    {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096},
    {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F},
    {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF},
    {0x4E00, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F},
    {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5},
    {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xA7D0, 0xA7D1},
    {0xA7D3, 0xA7D3}, {0xA7D5, 0xA7D9}, {0xA7F2, 0xA801}, {0xA803, 0xA805},
    {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873}, {0xA882, 0xA8B3},
    {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925},
    {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF},
    {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28},
    {0xAA40, 0xAA42}, {0xAA44, 0xAA4B}, {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A},
    {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6}, {0xAAB9, 0xAABD},
    {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEA},
    {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16},
    {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69},
    {0xAB70, 0xABE2}, {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB},
    {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17},
    {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1},
    {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB},
    {0xFE70, 0xFE74}, {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
    {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7},
    {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D},
    {0x10050, 0x1005D}, {0x10080, 0x100FA}, {0x10280, 0x1029C},
    {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340},
    {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D},
    {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D},
    {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527},
    {0x10530, 0x10563}, {0x10570, 0x1057A}, {0x1057C, 0x1058A},
    {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1},
    {0x105A3, 0x105B1}, {0x105B3, 0x105B9}, {0x105BB, 0x105BC},
    {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767},
    {0x10780, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835},
    {0x10837, 0x10838}, {0x1083C, 0x1083C}, {0x1083F, 0x10855},
    {0x10860, 0x10876}, {0x10880, 0x1089E}, {0x108E0, 0x108F2},
    {0x108F4, 0x108F5}, {0x10900, 0x10915}, {0x10920, 0x10939},
    {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00},
    {0x10A10, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35},
    {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7},
    {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35}, {0x10B40, 0x10B55},
    {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48},
    {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23},
    {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1}, {0x10F00, 0x10F1C},
    {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10F70, 0x10F81},
    {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037},
    {0x11071, 0x11072}, {0x11075, 0x11075}, {0x11083, 0x110AF},
    {0x110D0, 0x110E8}, {0x11103, 0x11126}, {0x11144, 0x11144},
    {0x11147, 0x11147}, {0x11150, 0x11172}, {0x11176, 0x11176},
    {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA},
    {0x111DC, 0x111DC}, {0x11200, 0x11211}, {0x11213, 0x1122B},
    {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128A, 0x1128D},
    {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE},
    {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328},
    {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339},
    {0x1133D, 0x1133D}, {0x11350, 0x11350}, {0x1135D, 0x11361},
    {0x11400, 0x11434}, {0x11447, 0x1144A}, {0x1145F, 0x11461},
    {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7},
    {0x11580, 0x115AE}, {0x115D8, 0x115DB}, {0x11600, 0x1162F},
    {0x11644, 0x11644}, {0x11680, 0x116AA}, {0x116B8, 0x116B8},
    {0x11700, 0x1171A}, {0x11740, 0x11746}, {0x11800, 0x1182B},
    {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909},
    {0x1190C, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192F},
    {0x1193F, 0x1193F}, {0x11941, 0x11941}, {0x119A0, 0x119A7},
    {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3},
    {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A},
    {0x11A50, 0x11A50}, {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D},
    {0x11AB0, 0x11AF8}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E},
    {0x11C40, 0x11C40}, {0x11C72, 0x11C8F}, {0x11D00, 0x11D06},
    {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46},
    {0x11D60, 0x11D65}, {0x11D67, 0x11D68}, {0x11D6A, 0x11D89},
    {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2}, {0x11FB0, 0x11FB0},
    {0x12000, 0x12399}, {0x12480, 0x12543}, {0x12F90, 0x12FF0},
    {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16A70, 0x16ABE}, {0x16AD0, 0x16AED},
    {0x16B00, 0x16B2F}, {0x16B40, 0x16B43}, {0x16B63, 0x16B77},
    {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A},
    {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1},
    {0x16FE3, 0x16FE3}, {0x17000, 0x187F7}, {0x18800, 0x18CD5},
    {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB},
    {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B150, 0x1B152},
    {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A},
    {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99},
    {0x1D400, 0x1D454}, {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F},
    {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC},
    {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3},
    {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514},
    {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E},
    {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550},
    {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA},
    {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734},
    {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E}, {0x1D770, 0x1D788},
    {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB},
    {0x1DF00, 0x1DF1E}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D},
    {0x1E14E, 0x1E14E}, {0x1E290, 0x1E2AD}, {0x1E2C0, 0x1E2EB},
    {0x1E7E0, 0x1E7E6}, {0x1E7E8, 0x1E7EB}, {0x1E7ED, 0x1E7EE},
    {0x1E7F0, 0x1E7FE}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943},
    {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F},
    {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27},
    {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39},
    {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47},
    {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F},
    {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57},
    {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D},
    {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64},
    {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77},
    {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89},
    {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9},
    {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
    {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
    {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
#define NALPHA (sizeof alpha_ranges / sizeof alpha_ranges[0])

static int in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < r[mid][0])
      hi = mid;
    else if (c > r[mid][1])
      lo = mid + 1;
    else
      return 1;
  }
  return 0;
}

/* The "0" of every decimal digit set (Nd) above ASCII, sorted.
 * Generated from the Unicode 14.0.0 database (CPython 3.11's). */
static const uint32_t decimal_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
    0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E950, 0x1FBF0,
};

/* Decimal value of c, or -1. */
static int uc_decimal(uint32_t c) {
  if (c < 128)
    return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
  size_t lo = 0, hi = sizeof decimal_zeros / sizeof decimal_zeros[0];
  while (lo < hi) { /* last zero <= c */
    size_t mid = (lo + hi) / 2;
    if (decimal_zeros[mid] <= c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return -1;
  uint32_t z = decimal_zeros[lo - 1];
  return c - z < 10 ? (int)(c - z) : -1;
}

/* Digits that are not decimal (superscripts, circled...): isdigit.
 * Generated from the Unicode 14.0.0 database (CPython 3.11's), code
 * points >= U+0080; sorted, disjoint, inclusive. */
static const uint32_t digit_ranges[][2] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA},
    {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468},
    {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
    {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A},
    {0x1F100, 0x1F10A},
};

/* Numeric but not digits (fractions, roman and CJK numerals...).
 * Generated from the Unicode 14.0.0 database (CPython 3.11's), code
 * points >= U+0080; sorted, disjoint, inclusive. */
static const uint32_t numeric_ranges[][2] = {
    {0xBC, 0xBE}, {0x9F4, 0x9F9}, {0xB72, 0xB77}, {0xBF0, 0xBF2},
    {0xC78, 0xC7E}, {0xD58, 0xD5E}, {0xD70, 0xD78}, {0xF2A, 0xF33},
    {0x1372, 0x137C}, {0x16EE, 0x16F0}, {0x17F0, 0x17F9}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B},
    {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789},
    {0x2793, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029},
    {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F},
    {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF}, {0x3405, 0x3405},
    {0x3483, 0x3483}, {0x382A, 0x382A}, {0x3B4D, 0x3B4D}, {0x4E00, 0x4E00},
    {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D},
    {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x4E96, 0x4E96}, {0x4EBF, 0x4EC0},
    {0x4EDF, 0x4EDF}, {0x4EE8, 0x4EE8}, {0x4F0D, 0x4F0D}, {0x4F70, 0x4F70},
    {0x5104, 0x5104}, {0x5146, 0x5146}, {0x5169, 0x5169}, {0x516B, 0x516B},
    {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5345}, {0x534C, 0x534C},
    {0x53C1, 0x53C4}, {0x56DB, 0x56DB}, {0x58F1, 0x58F1}, {0x58F9, 0x58F9},
    {0x5E7A, 0x5E7A}, {0x5EFE, 0x5EFF}, {0x5F0C, 0x5F0E}, {0x5F10, 0x5F10},
    {0x62FE, 0x62FE}, {0x634C, 0x634C}, {0x67D2, 0x67D2}, {0x6F06, 0x6F06},
    {0x7396, 0x7396}, {0x767E, 0x767E}, {0x8086, 0x8086}, {0x842C, 0x842C},
    {0x8CAE, 0x8CAE}, {0x8CB3, 0x8CB3}, {0x8D30, 0x8D30}, {0x9621, 0x9621},
    {0x9646, 0x9646}, {0x964C, 0x964C}, {0x9678, 0x9678}, {0x96F6, 0x96F6},
    {0xA6E6, 0xA6EF}, {0xA830, 0xA835}, {0xF96B, 0xF96B}, {0xF973, 0xF973},
    {0xF978, 0xF978}, {0xF9B2, 0xF9B2}, {0xF9D1, 0xF9D1}, {0xF9D3, 0xF9D3},
    {0xF9FD, 0xF9FD}, {0x10107, 0x10133}, {0x10140, 0x10178},
    {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323},
    {0x10341, 0x10341}, {0x1034A, 0x1034A}, {0x103D1, 0x103D5},
    {0x10858, 0x1085F}, {0x10879, 0x1087F}, {0x108A7, 0x108AF},
    {0x108FB, 0x108FF}, {0x10916, 0x1091B}, {0x109BC, 0x109BD},
    {0x109C0, 0x109CF}, {0x109D2, 0x109FF}, {0x10A44, 0x10A48},
    {0x10A7D, 0x10A7E}, {0x10A9D, 0x10A9F}, {0x10AEB, 0x10AEF},
    {0x10B58, 0x10B5F}, {0x10B78, 0x10B7F}, {0x10BA9, 0x10BAF},
    {0x10CFA, 0x10CFF}, {0x10E69, 0x10E7E}, {0x10F1D, 0x10F26},
    {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB}, {0x1105B, 0x11065},
    {0x111E1, 0x111F4}, {0x1173A, 0x1173B}, {0x118EA, 0x118F2},
    {0x11C5A, 0x11C6C}, {0x11FC0, 0x11FD4}, {0x12400, 0x1246E},
    {0x16B5B, 0x16B61}, {0x16E80, 0x16E96}, {0x1D2E0, 0x1D2F3},
    {0x1D360, 0x1D378}, {0x1E8C7, 0x1E8CF}, {0x1EC71, 0x1ECAB},
    {0x1ECAD, 0x1ECAF}, {0x1ECB1, 0x1ECB4}, {0x1ED01, 0x1ED2D},
    {0x1ED2F, 0x1ED3D}, {0x1F10B, 0x1F10C}, {0x20001, 0x20001},
    {0x20064, 0x20064}, {0x200E2, 0x200E2}, {0x20121, 0x20121},
    {0x2092A, 0x2092A}, {0x20983, 0x20983}, {0x2098C, 0x2098C},
    {0x2099C, 0x2099C}, {0x20AEA, 0x20AEA}, {0x20AFD, 0x20AFD},
    {0x20B19, 0x20B19}, {0x22390, 0x22390}, {0x22998, 0x22998},
    {0x23B1B, 0x23B1B}, {0x2626D, 0x2626D}, {0x2F890, 0x2F890},
};

static int uc_isdecimal(uint32_t c) { return uc_decimal(c) >= 0; }
static int uc_isdigit(uint32_t c) {
  return uc_decimal(c) >= 0 ||
         (c >= 0x80 &&
          in_ranges(c, digit_ranges, sizeof digit_ranges / sizeof digit_ranges[0]));
}
static int uc_isnumeric(uint32_t c) {
  return uc_isdigit(c) ||
         (c >= 0x80 && in_ranges(c, numeric_ranges,
                                 sizeof numeric_ranges / sizeof numeric_ranges[0]));
}
static int uc_isalpha(uint32_t c) {
  if (c < 128)
    return ((c | 32) >= 'a' && (c | 32) <= 'z');
  return in_ranges(c, alpha_ranges, NALPHA);
}
static int uc_isalnum(uint32_t c) {
  return uc_isalpha(c) || uc_isnumeric(c);
}

/* Not printable (repr escapes them): categories Cc Cf Cs Co Cn Zl Zp
 * and Zs except the space.  Generated from the Unicode 14.0.0 database
 * (CPython 3.11's), code points >= U+0080; sorted, disjoint, inclusive. */
static const uint32_t unprintable_ranges[][2] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B},
    {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558},
    {0x58B, 0x58C}, {0x590, 0x590}, {0x5C8, 0x5CF}, {0x5EB, 0x5EE},
    {0x5F5, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70E, 0x70F},
    {0x74B, 0x74C}, {0x7B2, 0x7BF}, {0x7FB, 0x7FC}, {0x82E, 0x82F},
    {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F}, {0x86B, 0x86F},
    {0x88F, 0x897}, {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E},
    {0x991, 0x992}, {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5},
    {0x9BA, 0x9BB}, {0x9C5, 0x9C6}, {0x9C9, 0x9CA}, {0x9CF, 0x9D6},
    {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5}, {0x9FF, 0xA00},
    {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29},
    {0xA31, 0xA31}, {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B},
    {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50},
    {0xA52, 0xA58}, {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80},
    {0xA84, 0xA84}, {0xA8E, 0xA8E}, {0xA92, 0xA92}, {0xAA9, 0xAA9},
    {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB}, {0xAC6, 0xAC6},
    {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5},
    {0xAF2, 0xAF8}, {0xB00, 0xB00}, {0xB04, 0xB04}, {0xB0D, 0xB0E},
    {0xB11, 0xB12}, {0xB29, 0xB29}, {0xB31, 0xB31}, {0xB34, 0xB34},
    {0xB3A, 0xB3B}, {0xB45, 0xB46}, {0xB49, 0xB4A}, {0xB4E, 0xB54},
    {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65}, {0xB78, 0xB81},
    {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98},
    {0xB9B, 0xB9B}, {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7},
    {0xBAB, 0xBAD}, {0xBBA, 0xBBD}, {0xBC3, 0xBC5}, {0xBC9, 0xBC9},
    {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5}, {0xBFB, 0xBFF},
    {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B},
    {0xC45, 0xC45}, {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57},
    {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76},
    {0xC8D, 0xC8D}, {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4},
    {0xCBA, 0xCBB}, {0xCC5, 0xCC5}, {0xCC9, 0xCC9}, {0xCCE, 0xCD4},
    {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5}, {0xCF0, 0xCF0},
    {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45},
    {0xD49, 0xD49}, {0xD50, 0xD53}, {0xD64, 0xD65}, {0xD80, 0xD80},
    {0xD84, 0xD84}, {0xD97, 0xD99}, {0xDB2, 0xDB2}, {0xDBC, 0xDBC},
    {0xDBE, 0xDBF}, {0xDC7, 0xDC9}, {0xDCB, 0xDCE}, {0xDD5, 0xDD5},
    {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1}, {0xDF5, 0xE00},
    {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85},
    {0xE8B, 0xE8B}, {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF},
    {0xEC5, 0xEC5}, {0xEC7, 0xEC7}, {0xECE, 0xECF}, {0xEDA, 0xEDB},
    {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70}, {0xF98, 0xF98},
    {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6},
    {0x10C8, 0x10CC}, {0x10CE, 0x10CF}, {0x1249, 0x1249}, {0x124E, 0x124F},
    {0x1257, 0x1257}, {0x1259, 0x1259}, {0x125E, 0x125F}, {0x1289, 0x1289},
    {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7}, {0x12BF, 0x12BF},
    {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311},
    {0x1316, 0x1317}, {0x135B, 0x135C}, {0x137D, 0x137F}, {0x139A, 0x139F},
    {0x13F6, 0x13F7}, {0x13FE, 0x13FF}, {0x1680, 0x1680}, {0x169D, 0x169F},
    {0x16F9, 0x16FF}, {0x1716, 0x171E}, {0x1737, 0x173F}, {0x1754, 0x175F},
    {0x176D, 0x176D}, {0x1771, 0x1771}, {0x1774, 0x177F}, {0x17DE, 0x17DF},
    {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x180E, 0x180E}, {0x181A, 0x181F},
    {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F},
    {0x192C, 0x192F}, {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F},
    {0x1975, 0x197F}, {0x19AC, 0x19AF}, {0x19CA, 0x19CF}, {0x19DB, 0x19DD},
    {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F}, {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F},
    {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F},
    {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C},
    {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF},
    {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F},
    {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E},
    {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5},
    {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F},
    {0x209D, 0x209F}, {0x20C1, 0x20CF}, {0x20F1, 0x20FF}, {0x218C, 0x218F},
    {0x2427, 0x243F}, {0x244B, 0x245F}, {0x2B74, 0x2B75}, {0x2B96, 0x2B96},
    {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F},
    {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7},
    {0x2DAF, 0x2DAF}, {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7},
    {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF}, {0x2E5E, 0x2E7F},
    {0x2E9A, 0x2E9A}, {0x2EF4, 0x2EFF}, {0x2FD6, 0x2FEF}, {0x2FFC, 0x3000},
    {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104}, {0x3130, 0x3130},
    {0x318F, 0x318F}, {0x31E4, 0x31EF}, {0x321F, 0x321F}, {0xA48D, 0xA48F},
    {0xA4C7, 0xA4CF}, {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF},
    {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F},
    {0xA83A, 0xA83F}, {0xA878, 0xA87F}, {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF},
    {0xA954, 0xA95E}, {0xA97D, 0xA97F}, {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD},
    {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B},
    {0xAAC3, 0xAADA}, {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10},
    {0xAB17, 0xAB1F}, {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F}, {0xAB6C, 0xAB6F},
    {0xABEE, 0xABEF}, {0xABFA, 0xABFF}, {0xD7A4, 0xD7AF}, {0xD7C7, 0xD7CA},
    {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F}, {0xFADA, 0xFAFF}, {0xFB07, 0xFB12},
    {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F},
    {0xFB42, 0xFB42}, {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91},
    {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53},
    {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75}, {0xFEFD, 0xFF00},
    {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9},
    {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF},
    {0x1000C, 0x1000C}, {0x10027, 0x10027}, {0x1003B, 0x1003B},
    {0x1003E, 0x1003E}, {0x1004E, 0x1004F}, {0x1005E, 0x1007F},
    {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136},
    {0x1018F, 0x1018F}, {0x1019D, 0x1019F}, {0x101A1, 0x101CF},
    {0x101FE, 0x1027F}, {0x1029D, 0x1029F}, {0x102D1, 0x102DF},
    {0x102FC, 0x102FF}, {0x10324, 0x1032C}, {0x1034B, 0x1034F},
    {0x1037B, 0x1037F}, {0x1039E, 0x1039E}, {0x103C4, 0x103C7},
    {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF},
    {0x104D4, 0x104D7}, {0x104FC, 0x104FF}, {0x10528, 0x1052F},
    {0x10564, 0x1056E}, {0x1057B, 0x1057B}, {0x1058B, 0x1058B},
    {0x10593, 0x10593}, {0x10596, 0x10596}, {0x105A2, 0x105A2},
    {0x105B2, 0x105B2}, {0x105BA, 0x105BA}, {0x105BD, 0x105FF},
    {0x10737, 0x1073F}, {0x10756, 0x1075F}, {0x10768, 0x1077F},
    {0x10786, 0x10786}, {0x107B1, 0x107B1}, {0x107BB, 0x107FF},
    {0x10806, 0x10807}, {0x10809, 0x10809}, {0x10836, 0x10836},
    {0x10839, 0x1083B}, {0x1083D, 0x1083E}, {0x10856, 0x10856},
    {0x1089F, 0x108A6}, {0x108B0, 0x108DF}, {0x108F3, 0x108F3},
    {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E},
    {0x10940, 0x1097F}, {0x109B8, 0x109BB}, {0x109D0, 0x109D1},
    {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A14, 0x10A14},
    {0x10A18, 0x10A18}, {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E},
    {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF},
    {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38},
    {0x10B56, 0x10B57}, {0x10B73, 0x10B77}, {0x10B92, 0x10B98},
    {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F},
    {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F},
    {0x10D3A, 0x10E5F}, {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA},
    {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F},
    {0x10F5A, 0x10F6F}, {0x10F8A, 0x10FAF}, {0x10FCC, 0x10FDF},
    {0x10FF7, 0x10FFF}, {0x1104E, 0x11051}, {0x11076, 0x1107E},
    {0x110BD, 0x110BD}, {0x110C3, 0x110CF}, {0x110E9, 0x110EF},
    {0x110FA, 0x110FF}, {0x11135, 0x11135}, {0x11148, 0x1114F},
    {0x11177, 0x1117F}, {0x111E0, 0x111E0}, {0x111F5, 0x111FF},
    {0x11212, 0x11212}, {0x1123F, 0x1127F}, {0x11287, 0x11287},
    {0x11289, 0x11289}, {0x1128E, 0x1128E}, {0x1129E, 0x1129E},
    {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF},
    {0x11304, 0x11304}, {0x1130D, 0x1130E}, {0x11311, 0x11312},
    {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334},
    {0x1133A, 0x1133A}, {0x11345, 0x11346}, {0x11349, 0x1134A},
    {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C},
    {0x11364, 0x11365}, {0x1136D, 0x1136F}, {0x11375, 0x113FF},
    {0x1145C, 0x1145C}, {0x11462, 0x1147F}, {0x114C8, 0x114CF},
    {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF},
    {0x11645, 0x1164F}, {0x1165A, 0x1165F}, {0x1166D, 0x1167F},
    {0x116BA, 0x116BF}, {0x116CA, 0x116FF}, {0x1171B, 0x1171C},
    {0x1172C, 0x1172F}, {0x11747, 0x117FF}, {0x1183C, 0x1189F},
    {0x118F3, 0x118FE}, {0x11907, 0x11908}, {0x1190A, 0x1190B},
    {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936},
    {0x11939, 0x1193A}, {0x11947, 0x1194F}, {0x1195A, 0x1199F},
    {0x119A8, 0x119A9}, {0x119D8, 0x119D9}, {0x119E5, 0x119FF},
    {0x11A48, 0x11A4F}, {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF},
    {0x11C09, 0x11C09}, {0x11C37, 0x11C37}, {0x11C46, 0x11C4F},
    {0x11C6D, 0x11C6F}, {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8},
    {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07}, {0x11D0A, 0x11D0A},
    {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E},
    {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66},
    {0x11D69, 0x11D69}, {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92},
    {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF},
    {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF},
    {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12F8F},
    {0x12FF3, 0x12FFF}, {0x1342F, 0x143FF}, {0x14647, 0x167FF},
    {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F}, {0x16A6A, 0x16A6D},
    {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF},
    {0x16AF6, 0x16AFF}, {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A},
    {0x16B62, 0x16B62}, {0x16B78, 0x16B7C}, {0x16B90, 0x16E3F},
    {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E},
    {0x16FA0, 0x16FDF}, {0x16FE5, 0x16FEF}, {0x16FF2, 0x16FFF},
    {0x187F8, 0x187FF}, {0x18CD6, 0x18CFF}, {0x18D09, 0x1AFEF},
    {0x1AFF4, 0x1AFF4}, {0x1AFFC, 0x1AFFC}, {0x1AFFF, 0x1AFFF},
    {0x1B123, 0x1B14F}, {0x1B153, 0x1B163}, {0x1B168, 0x1B16F},
    {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F},
    {0x1BC89, 0x1BC8F}, {0x1BC9A, 0x1BC9B}, {0x1BCA0, 0x1CEFF},
    {0x1CF2E, 0x1CF2F}, {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF},
    {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128}, {0x1D173, 0x1D17A},
    {0x1D1EB, 0x1D1FF}, {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF},
    {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455},
    {0x1D49D, 0x1D49D}, {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4},
    {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD}, {0x1D4BA, 0x1D4BA},
    {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506},
    {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D},
    {0x1D53A, 0x1D53A}, {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545},
    {0x1D547, 0x1D549}, {0x1D551, 0x1D551}, {0x1D6A6, 0x1D6A7},
    {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0},
    {0x1DAB0, 0x1DEFF}, {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007},
    {0x1E019, 0x1E01A}, {0x1E022, 0x1E022}, {0x1E025, 0x1E025},
    {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F},
    {0x1E14A, 0x1E14D}, {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF},
    {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7},
    {0x1E7EC, 0x1E7EC}, {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF},
    {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F},
    {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00},
    {0x1ED3E, 0x1EDFF}, {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20},
    {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26}, {0x1EE28, 0x1EE28},
    {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A},
    {0x1EE3C, 0x1EE41}, {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48},
    {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50},
    {0x1EE53, 0x1EE53}, {0x1EE55, 0x1EE56}, {0x1EE58, 0x1EE58},
    {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E},
    {0x1EE60, 0x1EE60}, {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66},
    {0x1EE6B, 0x1EE6B}, {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78},
    {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A},
    {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA},
    {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F},
    {0x1F094, 0x1F09F}, {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0},
    {0x1F0D0, 0x1F0D0}, {0x1F0F6, 0x1F0FF}, {0x1F1AE, 0x1F1E5},
    {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F24F},
    {0x1F252, 0x1F25F}, {0x1F266, 0x1F2FF}, {0x1F6D8, 0x1F6DC},
    {0x1F6ED, 0x1F6EF}, {0x1F6FD, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D9, 0x1F7DF}, {0x1F7EC, 0x1F7EF}, {0x1F7F1, 0x1F7FF},
    {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF},
    {0x1FA54, 0x1FA5F}, {0x1FA6E, 0x1FA6F}, {0x1FA75, 0x1FA77},
    {0x1FA7D, 0x1FA7F}, {0x1FA87, 0x1FA8F}, {0x1FAAD, 0x1FAAF},
    {0x1FABB, 0x1FABF}, {0x1FAC6, 0x1FACF}, {0x1FADA, 0x1FADF},
    {0x1FAE8, 0x1FAEF}, {0x1FAF7, 0x1FAFF}, {0x1FB93, 0x1FB93},
    {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF},
    {0x2B739, 0x2B73F}, {0x2B81E, 0x2B81F}, {0x2CEA2, 0x2CEAF},
    {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF},
    {0xE01F0, 0x10FFFF},
};

static int uc_isprintable(uint32_t c) {
  if (c < 128)
    return c >= 0x20 && c < 0x7F;
  return !in_ranges(c, unprintable_ranges,
                    sizeof unprintable_ranges / sizeof unprintable_ranges[0]);
}

/* ==== allocation and construction ========================================= */

static FtStr *empty_str;          /* immortal "" (set by ft_str_init) */
static FtStr *char_cache[256];    /* immortal U+0000..U+00FF */

/* Allocate an exact str of `size` bytes and `len` code points; data[size]
 * is set to NUL, the rest is for the caller to fill. */
static FtStr *str_alloc(size_t size, size_t len) {
  if (size > (SIZE_MAX >> 2)) {
    ft_err_nomemory();
    return NULL;
  }
  FtStr *s = (FtStr *)ft_object_alloc(&FtStr_Type, sizeof(FtStr) + size + 1);
  if (!s)
    return NULL;
  s->len = len;
  s->size = size;
  atomic_store_explicit(&s->hash, -1, memory_order_relaxed);
  if (size == len)
    s->ob.flags = FT_STR_ASCII;
  s->data[size] = 0;
  return s;
}

FtValue ft_str_alloc(size_t size, size_t len) {
  return ft_val(str_alloc(size, len));
}

static inline FtValue str_empty(void) {
  if (empty_str)
    return ft_val(empty_str);
  return ft_val(str_alloc(0, 0));
}

/* The cached str for a code point < 256 (immortal), or a new one. */
static inline FtValue str_char(uint32_t cp) {
  if (cp < 256 && char_cache[cp])
    return ft_val(char_cache[cp]);
  char buf[4];
  size_t n = u8_encode(cp, buf);
  FtStr *s = str_alloc(n, 1);
  if (!s)
    return 0;
  memcpy(s->data, buf, n);
  return ft_val(s);
}

/* New str from UTF-8 whose code-point count is known. */
static FtValue str_from_utf8_len(const char *p, size_t size, size_t len) {
  if (len <= 1) {
    if (len == 0)
      return str_empty();
    if (size == 1)
      return str_char((unsigned char)p[0]);
    if (size == 2) {
      size_t n;
      return str_char(u8_decode((const unsigned char *)p, &n));
    }
  }
  FtStr *s = str_alloc(size, len);
  if (!s)
    return 0;
  memcpy(s->data, p, size);
  return ft_val(s);
}

FtValue ft_str_new(const char *utf8, size_t size) {
  return str_from_utf8_len(utf8, size, u8_count(utf8, size));
}

FtValue ft_str_from_cstr(const char *s) { return ft_str_new(s, strlen(s)); }

FtValue ft_str_from_codepoint(uint32_t cp) {
  if (cp > 0x10FFFF)
    return ft_err_format(&FtExc_ValueError, "chr() arg not in range(0x110000)");
  return str_char(cp);
}

/* Substring of s from byte offset `off`, `size` bytes, `len` code points;
 * returns s itself when it covers an exact str entirely. */
static FtValue str_sub(FtValue s, size_t off, size_t size, size_t len) {
  if (size == S(s)->size && is_exact_str(s))
    return ft_newref(s);
  return str_from_utf8_len(S(s)->data + off, size, len);
}

/* A str built from an FtStrBuf holding UTF-8 with `len` code points
 * (SIZE_MAX: count them).  Frees the buffer. */
static FtValue str_from_buf(FtStrBuf *b, size_t len) {
  if (len == SIZE_MAX)
    len = u8_count(b->data, b->len);
  FtValue r = str_from_utf8_len(b->data, b->len, len);
  ft_strbuf_free(b);
  return r;
}

static FtValue buf_nomem(FtStrBuf *b) {
  ft_strbuf_free(b);
  return ft_err_nomemory();
}

/* ---- UTF-8 decoding of untrusted bytes ---------------------------------- */

/* Length of the valid sequence at p[0..n), or 0 if invalid; *bad gets the
 * number of bytes forming the maximal invalid prefix and *why the reason
 * (0 invalid start byte, 1 invalid continuation byte, 2 unexpected end). */
static size_t u8_check_seq(const unsigned char *p, size_t n, size_t *bad,
                           int *why) {
  unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80)
    return 1;
  if (c < 0xC2) {
    *bad = 1;
    *why = 0;
    return 0;
  }
  if (c < 0xE0)
    need = 1;
  else if (c < 0xF0) {
    need = 2;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xED)
      hi = 0x9F;
  } else if (c < 0xF5) {
    need = 3;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
  } else {
    *bad = 1;
    *why = 0;
    return 0;
  }
  for (size_t k = 1; k <= need; k++) {
    if (k >= n) {
      *bad = k;
      *why = 2;
      return 0;
    }
    unsigned char d = p[k];
    if (k == 1 ? (d < lo || d > hi) : (d & 0xC0) != 0x80) {
      *bad = k;
      *why = 1;
      return 0;
    }
  }
  return need + 1;
}

static const char *const u8_reasons[] = {
    "invalid start byte", "invalid continuation byte", "unexpected end of data"};

/* Raise type(enc, obj, start, end, reason), so the exception carries the
 * attributes CPython's do (its str() renders the usual message); steals
 * obj. */
static FtValue codec_error(FtType *type, const char *enc, FtValue obj,
                           size_t start, size_t end, const char *reason) {
  FtValue e = 0;
  if (obj) {
    FtValue es = ft_str_from_cstr(enc), rs = ft_str_from_cstr(reason);
    FtValue st = ft_int_from_u64(start), en = ft_int_from_u64(end);
    FtValue args = es && rs && st && en ? ft_tuple_pack(5, es, obj, st, en, rs) : 0;
    ft_xdecref(es);
    ft_xdecref(rs);
    ft_xdecref(st);
    ft_xdecref(en);
    ft_decref(obj);
    e = args ? ft_exc_new(type, args) : 0;
    ft_xdecref(args);
  }
  if (e)
    ft_err_raise(e);
  return 0;
}

static FtValue decode_error(const char *enc, const unsigned char *b, size_t size,
                            size_t start, size_t end, const char *reason) {
  return codec_error(&FtExc_UnicodeDecodeError, enc,
                     ft_bytes_new((const char *)b, size), start, end, reason);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESC,
       ERR_XMLCHARREF, ERR_SURROGATEPASS, ERR_UNKNOWN };

static int errors_kind(const char *errors) {
  if (!errors || !strcmp(errors, "strict"))
    return ERR_STRICT;
  if (!strcmp(errors, "ignore"))
    return ERR_IGNORE;
  if (!strcmp(errors, "replace"))
    return ERR_REPLACE;
  if (!strcmp(errors, "backslashreplace"))
    return ERR_BACKSLASH;
  if (!strcmp(errors, "surrogateescape"))
    return ERR_SURROGATEESC;
  if (!strcmp(errors, "xmlcharrefreplace"))
    return ERR_XMLCHARREF;
  if (!strcmp(errors, "surrogatepass"))
    return ERR_SURROGATEPASS;
  return ERR_UNKNOWN;
}

static FtValue unknown_handler(const char *errors) {
  return ft_err_format(&FtExc_LookupError, "unknown error handler name '%s'",
                       errors);
}

/* Append what a decoding error handler substitutes for bad bytes. */
static int decode_substitute(FtStrBuf *b, int kind, const unsigned char *p,
                             size_t n) {
  switch (kind) {
  case ERR_REPLACE:
    return ft_strbuf_append(b, "\xEF\xBF\xBD", 3);
  case ERR_BACKSLASH:
    for (size_t i = 0; i < n; i++)
      if (ft_strbuf_printf(b, "\\x%02x", (unsigned)p[i]) < 0)
        return -1;
    return 0;
  case ERR_SURROGATEESC:
    for (size_t i = 0; i < n; i++)
      if (p[i] < 128 || ft_strbuf_append_codepoint(b, 0xDC00 + p[i]) < 0)
        return -1;
    return 0;
  default:
    return 0;
  }
}

FtValue ft_str_decode_utf8(const char *bytes, size_t size, const char *errors) {
  const unsigned char *p = (const unsigned char *)bytes;
  size_t i = 0;
  /* Fast path: ASCII prefix, then validate; copy only once. */
  while (i + 8 <= size) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull)
      break;
    i += 8;
  }
  size_t cps = i, bad = 0;
  int why = 0;
  while (i < size) {
    if (p[i] < 0x80) {
      i++;
      cps++;
      continue;
    }
    size_t n = u8_check_seq(p + i, size - i, &bad, &why);
    if (!n)
      break;
    i += n;
    cps++;
  }
  if (i == size)
    return str_from_utf8_len(bytes, size, cps);
  int kind = errors_kind(errors);
  if (kind == ERR_STRICT)
    return decode_error("utf-8", p, size, i, i + bad, u8_reasons[why]);
  if (kind == ERR_UNKNOWN || kind == ERR_XMLCHARREF)
    return unknown_handler(errors);
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_strbuf_append(&b, bytes, i) < 0)
    return buf_nomem(&b);
  while (i < size) {
    size_t n = p[i] < 0x80 ? 1 : u8_check_seq(p + i, size - i, &bad, &why);
    if (n) {
      if (ft_strbuf_append(&b, p + i, n) < 0)
        return buf_nomem(&b);
      i += n;
      continue;
    }
    if (kind == ERR_SURROGATEPASS && p[i] == 0xED && size - i >= 3 &&
        p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && (p[i + 2] & 0xC0) == 0x80) {
      if (ft_strbuf_append(&b, p + i, 3) < 0)
        return buf_nomem(&b);
      i += 3;
      continue;
    }
    if (kind == ERR_SURROGATEPASS) {
      ft_strbuf_free(&b);
      return decode_error("utf-8", p, size, i, i + bad, u8_reasons[why]);
    }
    if (decode_substitute(&b, kind, p + i, bad) < 0)
      return buf_nomem(&b);
    i += bad;
  }
  return str_from_buf(&b, SIZE_MAX);
}

/* Codec names we know: 0 utf-8, 1 ascii, 2 latin-1, CODEC_UTF16.. the
 * UTF-16/32 family, -1 unknown. */
enum { CODEC_UTF16 = 3, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32,
       CODEC_UTF32LE, CODEC_UTF32BE };
static inline int is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }
static void cp_escape(uint32_t cp, char *out, size_t cap);
static FtValue encode_error(const char *enc, FtValue s, size_t start_cp,
                            size_t end_cp, const char *reason);
static int codec_kind(const char *enc) {
  char norm[32];
  size_t n = 0;
  if (!enc || !strcmp(enc, "utf-8") || !strcmp(enc, "utf8"))
    return 0;
  if (!strcmp(enc, "ascii"))
    return 1;
  for (const char *p = enc; *p && n < sizeof norm - 1; p++) {
    char c = *p;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c == '_' || c == ' ')
      c = '-';
    norm[n++] = c;
  }
  norm[n] = 0;
  static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
  static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
  static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1",
                                       "iso8859-1", "8859", "cp819", "l1",
                                       "latin", "iso-ir-100", NULL};
  for (int i = 0; utf8[i]; i++)
    if (!strcmp(norm, utf8[i]))
      return 0;
  for (int i = 0; ascii[i]; i++)
    if (!strcmp(norm, ascii[i]))
      return 1;
  for (int i = 0; latin1[i]; i++)
    if (!strcmp(norm, latin1[i]))
      return 2;
  /* UTF-16/32: with a BOM (little-endian, as CPython on x86), -le, -be */
  static const char *const wide[] = {
      "utf-16",    "utf16",    "u16",       "utf-16-le", "utf-16le", "",
      "utf-16-be", "utf-16be", "",          "utf-32",    "utf32",    "u32",
      "utf-32-le", "utf-32le", "",          "utf-32-be", "utf-32be", ""};
  for (int i = 0; i < (int)(sizeof wide / sizeof wide[0]); i++)
    if (wide[i][0] && !strcmp(norm, wide[i]))
      return CODEC_UTF16 + i / 3;
  return -1;
}

/* The canonical codec names used in error messages. */
static const char *const wide_names[] = {"utf-16", "utf-16-le", "utf-16-be",
                                         "utf-32", "utf-32-le", "utf-32-be"};

static inline uint32_t rd_unit(const unsigned char *p, int width, int be) {
  if (width == 2)
    return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
  return be ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
            : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* Decode UTF-16 / UTF-32 (codec CODEC_UTF16..CODEC_UTF32BE).  A BOM picks
 * the byte order for the plain names; error positions count the BOM, and
 * errors name the codec with its byte order ('utf-16-le'), as CPython. */
static FtValue decode_wide(const char *bytes, size_t size, int codec,
                           const char *errors) {
  const unsigned char *p = (const unsigned char *)bytes;
  int width = codec >= CODEC_UTF32 ? 4 : 2;
  int base = width == 2 ? CODEC_UTF16 : CODEC_UTF32;
  int be = codec == base + 2;
  size_t i = 0;
  if (codec == base) {
    if (width == 2 && size >= 2 && p[0] == 0xFE && p[1] == 0xFF)
      be = 1, i = 2;
    else if (width == 2 && size >= 2 && p[0] == 0xFF && p[1] == 0xFE)
      i = 2;
    else if (width == 4 && size >= 4 && !memcmp(p, "\0\0\xFE\xFF", 4))
      be = 1, i = 4;
    else if (width == 4 && size >= 4 && !memcmp(p, "\xFF\xFE\0\0", 4))
      i = 4;
  }
  const char *enc = wide_names[base - CODEC_UTF16 + 1 + be];
  int kind = errors_kind(errors);
  FtStrBuf b;
  ft_strbuf_init(&b);
  while (i < size) {
    const char *why = NULL;
    size_t end = i + (size_t)width;
    int passable = 0; /* a lone surrogate that surrogatepass may keep */
    uint32_t cp = 0;
    if (size - i < (size_t)width) {
      why = "truncated data";
      end = size;
    } else {
      cp = rd_unit(p + i, width, be);
      if (width == 4) {
        if (cp > 0x10FFFF)
          why = "code point not in range(0x110000)";
        else if (is_surrogate(cp))
          why = "code point in surrogate code point range(0xd800, 0xe000)",
          passable = 1;
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        why = "illegal encoding", passable = 1;
      } else if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (size - i < 4) {
          why = "unexpected end of data", end = size, passable = 1;
        } else {
          uint32_t lo = rd_unit(p + i + 2, 2, be);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            end = i + 4;
          } else {
            why = "illegal UTF-16 surrogate", passable = 1;
          }
        }
      }
    }
    if (!why) {
      if (ft_strbuf_append_codepoint(&b, cp) < 0)
        return buf_nomem(&b);
      i = end;
      continue;
    }
    if (kind == ERR_SURROGATEPASS && passable) {
      if (ft_strbuf_append_codepoint(&b, cp) < 0)
        return buf_nomem(&b);
      i += (size_t)width;
      continue;
    }
    int ascii_bytes = 0;
    for (size_t k = i; k < end; k++)
      ascii_bytes |= p[k] < 0x80;
    if (kind == ERR_STRICT || kind == ERR_SURROGATEPASS ||
        (kind == ERR_SURROGATEESC && ascii_bytes)) {
      ft_strbuf_free(&b);
      return decode_error(enc, p, size, i, end, why);
    }
    if (kind == ERR_UNKNOWN || kind == ERR_XMLCHARREF) {
      ft_strbuf_free(&b);
      return unknown_handler(errors);
    }
    if (decode_substitute(&b, kind, p + i, end - i) < 0)
      return buf_nomem(&b);
    i = end;
  }
  return str_from_buf(&b, SIZE_MAX);
}

/* Append cp to b as one UTF-16/32 code unit sequence. */
static int put_wide(FtStrBuf *b, uint32_t cp, int width, int be) {
  unsigned char u[8];
  size_t n = 0;
  uint32_t units[2] = {cp, 0};
  int nu = 1;
  if (width == 2 && cp >= 0x10000) {
    units[0] = 0xD800 + ((cp - 0x10000) >> 10);
    units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
    nu = 2;
  }
  for (int k = 0; k < nu; k++)
    for (int j = 0; j < width; j++) {
      int shift = be ? 8 * (width - 1 - j) : 8 * j;
      u[n++] = (unsigned char)(units[k] >> shift);
    }
  return ft_strbuf_append(b, u, n);
}

/* Encode s as UTF-16 / UTF-32 (the plain names write a little-endian BOM). */
static FtValue encode_wide(FtValue s, int codec, const char *errors) {
  const unsigned char *p = (const unsigned char *)S(s)->data;
  size_t size = S(s)->size;
  int width = codec >= CODEC_UTF32 ? 4 : 2;
  int base = width == 2 ? CODEC_UTF16 : CODEC_UTF32;
  int be = codec == base + 2;
  const char *enc = wide_names[codec - CODEC_UTF16];
  int kind = errors_kind(errors);
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (codec == base && put_wide(&b, 0xFEFF, width, 0) < 0)
    return buf_nomem(&b);
  size_t i = 0, cpi = 0;
  while (i < size) {
    size_t n;
    uint32_t cp = u8_decode(p + i, &n);
    if (!is_surrogate(cp)) {
      if (put_wide(&b, cp, width, be) < 0)
        return buf_nomem(&b);
      i += n;
      cpi++;
      continue;
    }
    /* unlike UTF-8, CPython reports each surrogate on its own here */
    size_t j = i + n, cpj = cpi + 1;
    if (kind == ERR_STRICT || kind == ERR_SURROGATEESC) {
      ft_strbuf_free(&b);
      return encode_error(enc, s, cpi, cpj, "surrogates not allowed");
    }
    if (kind == ERR_UNKNOWN) {
      ft_strbuf_free(&b);
      return unknown_handler(errors);
    }
    for (size_t k = i; k < j;) {
      size_t m;
      uint32_t c2 = u8_decode(p + k, &m);
      char esc[16] = "";
      if (kind == ERR_REPLACE)
        strcpy(esc, "?");
      else if (kind == ERR_XMLCHARREF)
        snprintf(esc, sizeof esc, "&#%u;", c2);
      else if (kind == ERR_BACKSLASH)
        cp_escape(c2, esc, sizeof esc);
      else if (kind == ERR_SURROGATEPASS) /* the unit itself */
        for (int j2 = 0; j2 < width; j2++)
          if (ft_strbuf_append_char(
                  &b, (char)(c2 >> (be ? 8 * (width - 1 - j2) : 8 * j2))) < 0)
            return buf_nomem(&b);
      for (char *e = esc; *e; e++)
        if (put_wide(&b, (unsigned char)*e, width, be) < 0)
          return buf_nomem(&b);
      k += m;
    }
    i = j;
    cpi = cpj;
  }
  FtValue r = ft_bytes_new(b.data, b.len);
  ft_strbuf_free(&b);
  return r;
}

/* Decode bytes with a named codec (str(b, enc), bytes.decode). */
static FtValue str_decode_impl(const char *bytes, size_t size,
                               const char *encoding, const char *errors) {
  int codec = codec_kind(encoding);
  if (codec == 0)
    return ft_str_decode_utf8(bytes, size, errors);
  if (codec < 0)
    return ft_err_format(&FtExc_LookupError, "unknown encoding: %s", encoding);
  if (codec >= CODEC_UTF16)
    return decode_wide(bytes, size, codec, errors);
  const unsigned char *p = (const unsigned char *)bytes;
  if (u8_all_ascii(bytes, size))
    return str_from_utf8_len(bytes, size, size);
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (codec == 2) { /* latin-1: every byte is its code point */
    for (size_t i = 0; i < size; i++)
      if (ft_strbuf_append_codepoint(&b, p[i]) < 0)
        return buf_nomem(&b);
    return str_from_buf(&b, size);
  }
  int kind = errors_kind(errors);
  for (size_t i = 0; i < size; i++) {
    if (p[i] < 128) {
      if (ft_strbuf_append_char(&b, (char)p[i]) < 0)
        return buf_nomem(&b);
      continue;
    }
    if (kind == ERR_STRICT) {
      ft_strbuf_free(&b);
      return decode_error("ascii", p, size, i, i + 1, "ordinal not in range(128)");
    }
    if (kind == ERR_UNKNOWN || kind == ERR_XMLCHARREF ||
        kind == ERR_SURROGATEPASS) {
      ft_strbuf_free(&b);
      return unknown_handler(errors);
    }
    if (decode_substitute(&b, kind, p + i, 1) < 0)
      return buf_nomem(&b);
  }
  return str_from_buf(&b, SIZE_MAX);
}

/* ---- encoding -------------------------------------------------------- */

/* repr-style escape of one code point for codec error messages. */
static void cp_escape(uint32_t cp, char *out, size_t cap) {
  if (cp <= 0xFF)
    snprintf(out, cap, "\\x%02x", cp);
  else if (cp <= 0xFFFF)
    snprintf(out, cap, "\\u%04x", cp);
  else
    snprintf(out, cap, "\\U%08x", cp);
}

static FtValue encode_error(const char *enc, FtValue s, size_t start_cp,
                            size_t end_cp, const char *reason) {
  return codec_error(&FtExc_UnicodeEncodeError, enc, ft_newref(s), start_cp,
                     end_cp, reason);
}

/* Encode str s to bytes with a named codec (str.encode). */
static FtValue str_encode_impl(FtValue s, const char *encoding,
                               const char *errors) {
  const unsigned char *p = (const unsigned char *)S(s)->data;
  size_t size = S(s)->size;
  int codec = codec_kind(encoding);
  if (codec < 0)
    return ft_err_format(&FtExc_LookupError, "unknown encoding: %s", encoding);
  if (codec >= CODEC_UTF16)
    return encode_wide(s, codec, errors);
  if (str_is_ascii(S(s)))
    return ft_bytes_new((const char *)p, size);
  if (codec == 0) { /* UTF-8 is the storage: copy unless it has surrogates */
    const unsigned char *q = p, *end = p + size;
    while ((q = memchr(q, 0xED, (size_t)(end - q))) && q + 1 < end && q[1] < 0xA0)
      q++;
    if (!q || q + 1 >= end)
      return ft_bytes_new((const char *)p, size);
  }
  const char *encname = codec == 0 ? "utf-8" : codec == 1 ? "ascii" : "latin-1";
  uint32_t limit = codec == 0 ? 0x110000 : codec == 1 ? 0x80 : 0x100;
  const char *reason = codec == 0 ? "surrogates not allowed"
                       : codec == 1 ? "ordinal not in range(128)"
                                    : "ordinal not in range(256)";
  int kind = errors_kind(errors);
  FtStrBuf b;
  ft_strbuf_init(&b);
  size_t i = 0, cpi = 0;
  while (i < size) {
    size_t n;
    uint32_t cp = u8_decode(p + i, &n);
    int ok = codec == 0 ? !is_surrogate(cp) : cp < limit;
    if (ok) {
      int r = codec == 0 ? ft_strbuf_append(&b, p + i, n)
                         : ft_strbuf_append_char(&b, (char)cp);
      if (r < 0)
        return buf_nomem(&b);
      i += n;
      cpi++;
      continue;
    }
    /* The run of unencodable characters, as CPython reports it. */
    size_t j = i, cpj = cpi;
    while (j < size) {
      size_t m;
      uint32_t c2 = u8_decode(p + j, &m);
      if (codec == 0 ? !is_surrogate(c2) : c2 < limit)
        break;
      j += m;
      cpj++;
    }
    if (kind == ERR_SURROGATEESC || kind == ERR_SURROGATEPASS) {
      /* surrogateescape turns U+DC80..U+DCFF back into bytes */
      int all = 1;
      for (size_t k = i; k < j;) {
        size_t m;
        uint32_t c2 = u8_decode(p + k, &m);
        if (kind == ERR_SURROGATEESC ? !(c2 >= 0xDC80 && c2 <= 0xDCFF)
                                     : !(codec == 0 && is_surrogate(c2)))
          all = 0;
        k += m;
      }
      if (!all) {
        ft_strbuf_free(&b);
        return encode_error(encname, s, cpi, cpj, reason);
      }
      for (size_t k = i; k < j;) {
        size_t m;
        uint32_t c2 = u8_decode(p + k, &m);
        int r = kind == ERR_SURROGATEESC ? ft_strbuf_append_char(&b, (char)(c2 - 0xDC00))
                                         : ft_strbuf_append(&b, p + k, m);
        if (r < 0)
          return buf_nomem(&b);
        k += m;
      }
      i = j;
      cpi = cpj;
      continue;
    }
    switch (kind) {
    case ERR_STRICT:
      ft_strbuf_free(&b);
      return encode_error(encname, s, cpi, cpj, reason);
    case ERR_IGNORE:
      break;
    case ERR_REPLACE:
      if (ft_strbuf_append_repeat(&b, '?', cpj - cpi) < 0)
        return buf_nomem(&b);
      break;
    case ERR_BACKSLASH:
    case ERR_XMLCHARREF:
      for (size_t k = i; k < j;) {
        size_t m;
        uint32_t c2 = u8_decode(p + k, &m);
        char esc[16];
        if (kind == ERR_XMLCHARREF)
          snprintf(esc, sizeof esc, "&#%u;", c2);
        else
          cp_escape(c2, esc, sizeof esc);
        if (ft_strbuf_append_cstr(&b, esc) < 0)
          return buf_nomem(&b);
        k += m;
      }
      break;
    default:
      ft_strbuf_free(&b);
      return unknown_handler(errors);
    }
    i = j;
    cpi = cpj;
  }
  FtValue r = ft_bytes_new(b.data, b.len);
  ft_strbuf_free(&b);
  return r;
}

/* Codec names outside CPython's built-in fast path (aliases such as 'u8',
 * 'l1', 'utf-16-le') go through its codec registry, which wraps an unknown
 * error handler's LookupError with the codec's name; r passes through. */
static FtValue codec_wrap(FtValue r, const char *enc, const char *what) {
  if (r || !enc || codec_kind(enc) < 0 || !ft_err_matches(&FtExc_LookupError))
    return r;
  char norm[16];
  size_t n = 0;
  for (const char *q = enc; *q && n < sizeof norm - 1; q++) {
    char c = *q;
    c = (char)(c >= 'A' && c <= 'Z' ? c + 32 : (c == '_' || c == ' ') ? '-' : c);
    norm[n++] = c;
  }
  norm[n] = 0;
  static const char *const fast[] = {"utf-8", "utf8", "latin-1", "latin1",
                                     "iso-8859-1", "iso8859-1", "ascii",
                                     "us-ascii", "utf-16", "utf16", "utf-32",
                                     "utf32", NULL};
  for (int i = 0; fast[i]; i++)
    if (!strcmp(norm, fast[i]))
      return 0;
  FtValue exc = ft_err_fetch();
  FtValue msg = ft_to_str(exc);
  ft_decref(exc);
  if (!msg)
    return 0;
  ft_err_format(&FtExc_LookupError, "%s with '%s' codec failed (LookupError: %U)",
                what, enc, msg);
  ft_decref(msg);
  return 0;
}

FtValue ft_str_decode(const char *bytes, size_t size, const char *encoding,
                      const char *errors) {
  return codec_wrap(str_decode_impl(bytes, size, encoding, errors), encoding,
                    "decoding");
}

FtValue ft_str_encode(FtValue s, const char *encoding, const char *errors) {
  return codec_wrap(str_encode_impl(s, encoding, errors), encoding, "encoding");
}

/* ==== hashing and equality ============================================== */

/* A fast 64-bit hash of a byte string (multiply-xorshift over 8-byte
 * words); never returns -1.  Shared with bytes so equal contents hash
 * alike. */
intptr_t ft_str_hash_bytes(const void *data, size_t n) {
  if (n == 0)
    return 0; /* as CPython: hash('') == hash(b'') == 0 */
  const unsigned char *p = data;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)n * 0xFF51AFD7ED558CCDull);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ w ^ ((uint64_t)n << 59)) * 0x94D049BB133111EBull;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  intptr_t r = (intptr_t)h;
  return r == -1 ? -2 : r;
}

intptr_t ft_str_hash(FtValue v) {
  FtStr *s = S(v);
  intptr_t h = atomic_load_explicit(&s->hash, memory_order_relaxed);
  if (h != -1)
    return h;
  h = ft_str_hash_bytes(s->data, s->size);
  atomic_store_explicit(&s->hash, h, memory_order_relaxed);
  return h;
}

int ft_str_eq(FtValue a, FtValue b) {
  if (a == b)
    return 1;
  FtStr *x = S(a), *y = S(b);
  if (x->size != y->size)
    return 0;
  if ((x->ob.flags & y->ob.flags & FT_STR_INTERNED) && x->ob.type == y->ob.type)
    return 0; /* two distinct interned strs differ */
  intptr_t hx = atomic_load_explicit(&x->hash, memory_order_relaxed);
  intptr_t hy = atomic_load_explicit(&y->hash, memory_order_relaxed);
  if (hx != -1 && hy != -1 && hx != hy)
    return 0;
  return memcmp(x->data, y->data, x->size) == 0;
}

/* ==== interning =========================================================== */

/* The intern set: open addressing over FtStr* (NULL = empty), power-of-two
 * capacity, load <= 1/2.  Entries are immortal and never removed.
 * Synchronization: every access holds intern_lock (interning happens at
 * compile time and attribute-name creation, never in hot loops). */
static FtMutex intern_lock;
static FtStr **intern_table;
static size_t intern_cap, intern_count;

static FtStr *intern_find(const char *p, size_t size, intptr_t h) {
  if (!intern_table)
    return NULL;
  size_t mask = intern_cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    FtStr *e = intern_table[i];
    if (!e)
      return NULL;
    if (atomic_load_explicit(&e->hash, memory_order_relaxed) == h &&
        e->size == size && !memcmp(e->data, p, size))
      return e;
  }
}

static int intern_insert(FtStr *s) {
  if ((intern_count + 1) * 2 > intern_cap) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    FtStr **nt = calloc(ncap, sizeof *nt);
    if (!nt)
      return -1;
    for (size_t i = 0; i < intern_cap; i++) {
      FtStr *e = intern_table[i];
      if (!e)
        continue;
      size_t j = (size_t)atomic_load_explicit(&e->hash, memory_order_relaxed) &
                 (ncap - 1);
      while (nt[j])
        j = (j + 1) & (ncap - 1);
      nt[j] = e;
    }
    free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
  }
  size_t mask = intern_cap - 1;
  size_t i = (size_t)atomic_load_explicit(&s->hash, memory_order_relaxed) & mask;
  while (intern_table[i])
    i = (i + 1) & mask;
  intern_table[i] = s;
  intern_count++;
  return 0;
}

/* Intern the text p[0..size): the existing entry or a new immortal str.
 * `cand` (exact str, only referenced by the caller's thread) is made the
 * entry in place when given, saving a copy. */
static FtValue intern_text(const char *p, size_t size, FtStr *cand) {
  intptr_t h = ft_str_hash_bytes(p, size);
  ft_mutex_lock(&intern_lock);
  FtStr *e = intern_find(p, size, h);
  if (e) {
    ft_mutex_unlock(&intern_lock);
    return ft_val(e);
  }
  FtStr *s = cand;
  if (!s) {
    s = str_alloc(size, u8_count(p, size));
    if (!s) {
      ft_mutex_unlock(&intern_lock);
      return 0;
    }
    memcpy(s->data, p, size);
  }
  atomic_store_explicit(&s->hash, h, memory_order_relaxed);
  s->ob.flags |= FT_STR_INTERNED;
  ft_object_make_immortal(&s->ob);
  if (intern_insert(s) < 0) {
    ft_mutex_unlock(&intern_lock);
    return ft_err_nomemory();
  }
  ft_mutex_unlock(&intern_lock);
  return ft_val(s);
}

/* Per-thread cache of recent ft_str_intern_cstr results keyed by the C
 * string's address (callers mostly pass literals), verified by content so
 * a reused buffer cannot return a stale entry.  Entries are immortal. */
#define ICACHE_SIZE 256
static _Thread_local struct {
  const char *key;
  FtStr *val;
} icache[ICACHE_SIZE];

FtValue ft_str_intern_literal(const char *s) {
  uintptr_t a = (uintptr_t)s;
  size_t slot = (size_t)((a ^ (a >> 6) ^ (a >> 12)) & (ICACHE_SIZE - 1));
  if (icache[slot].key == s && icache[slot].val)
    return ft_val(icache[slot].val); /* a literal's address names its text */
  return ft_str_intern_cstr(s);
}

FtValue ft_str_intern_cstr(const char *s) {
  uintptr_t a = (uintptr_t)s;
  size_t slot = (size_t)((a ^ (a >> 6) ^ (a >> 12)) & (ICACHE_SIZE - 1));
  size_t n = strlen(s);
  FtStr *v = icache[slot].val;
  if (v && icache[slot].key == s && v->size == n && !memcmp(v->data, s, n))
    return ft_val(v);
  FtValue r = intern_text(s, n, NULL);
  if (r) {
    icache[slot].key = s;
    icache[slot].val = S(r);
  }
  return r;
}

FtValue ft_str_intern(FtValue v) {
  FtStr *s = S(v);
  if ((s->ob.flags & FT_STR_INTERNED) && is_exact_str(v))
    return v;
  /* Intern in place only when nobody else can be looking at the object:
   * exact str, owned by us, one reference. */
  int in_place = is_exact_str(v) && !ft_obj_is_immortal(&s->ob) &&
                 s->ob.tid == ft_thread_id() && s->ob.ref_local == 1 &&
                 atomic_load_explicit(&s->ob.ref_shared, memory_order_relaxed) == 0;
  FtValue r = intern_text(s->data, s->size, in_place ? s : NULL);
  if (r != v)
    ft_decref(v);
  return r;
}

void ft_str_init(void) {
  if (empty_str)
    return;
  case_tab_init();
  for (uint32_t c = 0; c < 256; c++) {
    char buf[4];
    size_t n = u8_encode(c, buf);
    FtValue v = intern_text(buf, n, NULL);
    if (!v)
      return;
    char_cache[c] = S(v);
  }
  FtValue e = intern_text("", 0, NULL);
  if (e)
    empty_str = S(e);
}

/* ==== the formatter behind ft_err_format ================================= */

FtValue ft_str_vformat(const char *fmt, va_list ap) {
  FtStrBuf b;
  ft_strbuf_init(&b);
  const char *p = fmt;
  while (*p) {
    const char *pct = strchr(p, '%');
    if (!pct) {
      if (ft_strbuf_append_cstr(&b, p) < 0)
        return buf_nomem(&b);
      break;
    }
    if (pct > p && ft_strbuf_append(&b, p, (size_t)(pct - p)) < 0)
      return buf_nomem(&b);
    p = pct + 1;
    if (*p == '%') {
      if (ft_strbuf_append_char(&b, '%') < 0)
        return buf_nomem(&b);
      p++;
      continue;
    }
    /* flags, width, precision, length modifiers */
    const char *spec = pct;
    while (*p && strchr("-+ #0", *p))
      p++;
    while (*p >= '0' && *p <= '9')
      p++;
    int prec = -1;
    if (*p == '.') {
      p++;
      prec = 0;
      while (*p >= '0' && *p <= '9')
        prec = prec * 10 + (*p++ - '0');
    }
    int lmod = 0; /* 1 l, 2 ll, 3 z, 4 j/t */
    if (*p == 'l') {
      lmod = 1;
      p++;
      if (*p == 'l') {
        lmod = 2;
        p++;
      }
    } else if (*p == 'z') {
      lmod = 3;
      p++;
    } else if (*p == 'j' || *p == 't') {
      lmod = 4;
      p++;
    }
    char conv = *p;
    if (!conv)
      break;
    p++;
    char sub[32];
    size_t speclen = (size_t)(p - spec);
    if (speclen >= sizeof sub)
      speclen = sizeof sub - 1;
    memcpy(sub, spec, speclen);
    sub[speclen] = 0;
    int r = 0;
    switch (conv) {
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
      if (lmod == 0)
        r = ft_strbuf_printf(&b, sub, va_arg(ap, int));
      else if (lmod == 1)
        r = ft_strbuf_printf(&b, sub, va_arg(ap, long));
      else if (lmod == 2)
        r = ft_strbuf_printf(&b, sub, va_arg(ap, long long));
      else if (lmod == 3)
        r = ft_strbuf_printf(&b, sub, va_arg(ap, size_t));
      else
        r = ft_strbuf_printf(&b, sub, va_arg(ap, intmax_t));
      break;
    case 'f':
    case 'g':
    case 'e':
      r = ft_strbuf_printf(&b, sub, va_arg(ap, double));
      break;
    case 'p':
      r = ft_strbuf_printf(&b, "%p", va_arg(ap, void *));
      break;
    case 'c':
      r = ft_strbuf_append_codepoint(&b, (uint32_t)va_arg(ap, int));
      break;
    case 's': {
      const char *s = va_arg(ap, const char *);
      if (!s)
        s = "(null)";
      size_t n = strlen(s);
      if (prec >= 0 && (size_t)prec < n) /* cut at a character boundary */
        for (n = (size_t)prec; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80;)
          n--;
      r = ft_strbuf_append(&b, s, n);
      break;
    }
    case 'R':
    case 'S':
    case 'U':
    case 'A': {
      FtValue v = va_arg(ap, FtValue);
      FtValue t;
      if (conv == 'U')
        t = ft_newref(v);
      else if (conv == 'R')
        t = ft_repr(v);
      else if (conv == 'A')
        t = ft_ascii(v);
      else
        t = ft_to_str(v);
      if (!t) {
        ft_strbuf_free(&b);
        return 0;
      }
      size_t n = S(t)->size;
      if (prec >= 0 && (size_t)prec < S(t)->len) {
        /* %.Ns / %.NR: at most N code points */
        const char *d = S(t)->data;
        size_t i = 0;
        for (int k = 0; k < prec; k++)
          i += u8_seqlen((unsigned char)d[i]);
        n = i;
      }
      r = ft_strbuf_append(&b, S(t)->data, n);
      ft_decref(t);
      break;
    }
    case 'T': {
      FtValue v = va_arg(ap, FtValue);
      r = ft_strbuf_append_cstr(&b, ft_type_name(v));
      break;
    }
    default:
      r = ft_strbuf_append(&b, spec, (size_t)(p - spec));
      break;
    }
    if (r < 0)
      return buf_nomem(&b);
  }
  return str_from_buf(&b, SIZE_MAX);
}

FtValue ft_str_from_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  FtValue r = ft_str_vformat(fmt, ap);
  va_end(ap);
  return r;
}

/* ==== code-point indexes and byte offsets ================================= */

/* Per-thread cache of the last (str, code-point index, byte offset) used
 * on a non-ASCII str, so loops over s[i] walk from the previous position
 * instead of the start.  It holds a reference so the address cannot be
 * reused by another str while cached. */
static _Thread_local FtValue pos_str;
static _Thread_local size_t pos_cp, pos_off;
#define POS_CACHE_MIN 64 /* shorter strs are walked from an end */

/* Byte offset of code point i (0 <= i <= len). */
static size_t cp_to_off(FtStr *s, size_t i) {
  if (str_is_ascii(s))
    return i;
  if (i >= s->len)
    return s->size;
  const unsigned char *d = (const unsigned char *)s->data;
  size_t cp = 0, off = 0, best = i;
  if (s->len - i < best) {
    cp = s->len;
    off = s->size;
    best = s->len - i;
  }
  int cache = s->size >= POS_CACHE_MIN;
  if (cache && pos_str == ft_val(s)) {
    size_t dist = i > pos_cp ? i - pos_cp : pos_cp - i;
    if (dist < best) {
      cp = pos_cp;
      off = pos_off;
    }
  }
  while (cp < i) {
    off += u8_seqlen(d[off]);
    cp++;
  }
  while (cp > i) {
    off--;
    while ((d[off] & 0xC0) == 0x80)
      off--;
    cp--;
  }
  if (cache) {
    if (pos_str != ft_val(s)) {
      FtValue old = pos_str;
      pos_str = ft_newref(ft_val(s));
      ft_xdecref(old);
    }
    pos_cp = i;
    pos_off = off;
  }
  return off;
}

/* Code-point index of byte offset off (a character boundary). */
static size_t off_to_cp(FtStr *s, size_t off) {
  if (str_is_ascii(s))
    return off;
  if (pos_str == ft_val(s) && off >= pos_off)
    return pos_cp + u8_count(s->data + pos_off, off - pos_off);
  return u8_count(s->data, off);
}

/* Advance n code points from byte offset off. */
static size_t u8_advance(const char *data, size_t off, size_t n) {
  const unsigned char *d = (const unsigned char *)data;
  while (n--)
    off += u8_seqlen(d[off]);
  return off;
}

/* Optional start/end argument: None or absent keeps *out; big ints clamp
 * like CPython's _PyEval_SliceIndex. */
static int index_arg(FtValue v, intptr_t *out) {
  if (!v || v == FT_NONE)
    return 0;
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  if (!ft_int_check(v) && !ft_type(v)->index) {
    ft_err_format(&FtExc_TypeError,
                  "slice indices must be integers or None or have an "
                  "__index__ method");
    return -1;
  }
  FtValue iv = ft_index(v);
  if (!iv)
    return -1;
  intptr_t i = ft_int_as_ssize(iv);
  if (i == -1 && ft_err_occurred()) {
    if (!ft_err_matches(&FtExc_OverflowError)) {
      ft_decref(iv);
      return -1;
    }
    ft_err_clear();
    i = ft_int_sign(iv) < 0 ? INTPTR_MIN : INTPTR_MAX;
  }
  ft_decref(iv);
  *out = i;
  return 0;
}

/* Clamp [start, end) to [0, len] like CPython's ADJUST_INDICES. */
static void adjust_indices(intptr_t *start, intptr_t *end, intptr_t len) {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0)
      *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0)
      *start = 0;
  }
}

/* ==== searching in bytes ================================================== */

/* Substring search.  Short needles: memchr (SIMD in libc) for the first
 * byte, then compare -- measured ~3x faster than a scalar skip/bloom loop
 * and than memmem's set-up cost on the short texts programs mostly
 * search.  Long needles keep memmem's linear worst case. */
static const char *find_bytes(const char *h, size_t hn, const char *n,
                              size_t nn) {
  if (nn == 0)
    return h;
  if (nn > hn)
    return NULL;
  if (nn == 1)
    return memchr(h, n[0], hn);
  if (nn > 32)
    return memmem(h, hn, n, nn);
  const char *end = h + hn - nn + 1;
  while (h < end) {
    const char *p = memchr(h, n[0], (size_t)(end - h));
    if (!p)
      return NULL;
    if (p[nn - 1] == n[nn - 1] && !memcmp(p + 1, n + 1, nn - 2))
      return p;
    h = p + 1;
  }
  return NULL;
}

static const char *rfind_bytes(const char *h, size_t hn, const char *n,
                               size_t nn) {
  if (nn == 0)
    return h + hn;
  if (nn > hn)
    return NULL;
  if (nn == 1)
    return memrchr(h, n[0], hn);
  for (const char *p = h + hn - nn;; p--) {
    if (*p == n[0] && !memcmp(p, n, nn))
      return p;
    if (p == h)
      return NULL;
  }
}

/* Non-overlapping occurrences, at most maxcount. */
static size_t count_bytes(const char *h, size_t hn, const char *n, size_t nn,
                          size_t maxcount) {
  size_t c = 0;
  if (nn == 0)
    return 0; /* callers handle the empty needle */
  if (nn == 1 && maxcount == SIZE_MAX) {
    char ch = n[0];
    for (size_t i = 0; i < hn; i++)
      c += h[i] == ch;
    return c;
  }
  const char *end = h + hn;
  while (c < maxcount) {
    const char *p = find_bytes(h, (size_t)(end - h), n, nn);
    if (!p)
      break;
    c++;
    h = p + nn;
  }
  return c;
}

/* ==== protocol slots ====================================================== */

static void str_dealloc(FtObject *o) { ft_object_free(o); }

static intptr_t str_hash_slot(FtValue v) { return ft_str_hash(v); }

static intptr_t str_len_slot(FtValue v) { return (intptr_t)S(v)->len; }

static int str_bool_slot(FtValue v) { return S(v)->size != 0; }

/* An exact str with the same text (str(s) on a subclass instance). */
static FtValue str_exact(FtValue v) {
  if (is_exact_str(v))
    return ft_newref(v);
  return str_from_utf8_len(S(v)->data, S(v)->size, S(v)->len);
}

static FtValue str_str_slot(FtValue v) { return str_exact(v); }

FtValue ft_str_repr(FtValue v) {
  FtStr *s = S(v);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t n = s->size;
  int has_sq = memchr(d, '\'', n) != NULL;
  int has_dq = has_sq && memchr(d, '"', n) != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  if (str_is_ascii(s)) {
    size_t i = 0;
    for (; i < n; i++) {
      unsigned char c = d[i];
      if (c < 0x20 || c == 0x7F || c == '\\' || c == (unsigned char)quote)
        break;
    }
    if (i == n) { /* nothing to escape: one copy */
      FtStr *r = str_alloc(n + 2, n + 2);
      if (!r)
        return 0;
      r->data[0] = quote;
      memcpy(r->data + 1, d, n);
      r->data[n + 1] = quote;
      return ft_val(r);
    }
  }
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_strbuf_reserve(&b, n + 2) < 0)
    return buf_nomem(&b);
  ft_strbuf_append_char(&b, quote);
  size_t i = 0;
  while (i < n) {
    unsigned char c = d[i];
    int r;
    if (c < 0x80) {
      i++;
      if (c == (unsigned char)quote || c == '\\') {
        char e[2] = {'\\', (char)c};
        r = ft_strbuf_append(&b, e, 2);
      } else if (c == '\n')
        r = ft_strbuf_append(&b, "\\n", 2);
      else if (c == '\t')
        r = ft_strbuf_append(&b, "\\t", 2);
      else if (c == '\r')
        r = ft_strbuf_append(&b, "\\r", 2);
      else if (c < 0x20 || c == 0x7F)
        r = ft_strbuf_printf(&b, "\\x%02x", c);
      else
        r = ft_strbuf_append_char(&b, (char)c);
    } else {
      size_t k;
      uint32_t cp = u8_decode(d + i, &k);
      if (uc_isprintable(cp))
        r = ft_strbuf_append(&b, d + i, k);
      else {
        char esc[16];
        cp_escape(cp, esc, sizeof esc);
        r = ft_strbuf_append_cstr(&b, esc);
      }
      i += k;
    }
    if (r < 0)
      return buf_nomem(&b);
  }
  if (ft_strbuf_append_char(&b, quote) < 0)
    return buf_nomem(&b);
  return str_from_buf(&b, SIZE_MAX);
}

static FtValue str_repr_slot(FtValue v) { return ft_str_repr(v); }

/* ascii(s) for a str: repr with every non-ASCII character escaped. */
FtValue ft_str_ascii_repr(FtValue v) {
  FtValue r = ft_str_repr(v);
  if (!r || str_is_ascii(S(r)))
    return r;
  FtStrBuf b;
  ft_strbuf_init(&b);
  const unsigned char *d = (const unsigned char *)S(r)->data;
  size_t n = S(r)->size;
  for (size_t i = 0; i < n;) {
    size_t k;
    uint32_t cp = u8_decode(d + i, &k);
    int rc;
    if (cp < 0x80)
      rc = ft_strbuf_append_char(&b, (char)cp);
    else {
      char esc[16];
      cp_escape(cp, esc, sizeof esc);
      rc = ft_strbuf_append_cstr(&b, esc);
    }
    if (rc < 0) {
      ft_decref(r);
      return buf_nomem(&b);
    }
    i += k;
  }
  ft_decref(r);
  return str_from_buf(&b, b.len);
}

FtValue ft_str_concat(FtValue a, FtValue b) {
  FtStr *x = S(a), *y = S(b);
  if (y->size == 0 && is_exact_str(a))
    return ft_newref(a);
  if (x->size == 0 && is_exact_str(b))
    return ft_newref(b);
  if (x->size + y->size < x->size)
    return ft_err_nomemory();
  FtStr *r = str_alloc(x->size + y->size, x->len + y->len);
  if (!r)
    return 0;
  memcpy(r->data, x->data, x->size);
  memcpy(r->data + x->size, y->data, y->size);
  return ft_val(r);
}

/* *slot = *slot + b for `s += t` loops.  When the calling thread holds
 * the only reference to *slot (exact, mortal str it owns, local count 1,
 * no shared count), nobody else can observe the object, so it is grown in
 * place (amortised: see below) instead of copied.  Otherwise a plain concatenation.  *slot is replaced (the
 * old reference is consumed); returns 0, or -1 with an error (and *slot
 * unchanged). */
int ft_str_append_inplace(FtValue *slot, FtValue b) {
  FtValue a = *slot;
  FtStr *x = S(a), *y = S(b);
  if (is_exact_str(a) && !ft_obj_is_immortal(&x->ob) && y->size &&
      x->ob.tid == ft_thread_id() && x->ob.ref_local == 1 &&
      atomic_load_explicit(&x->ob.ref_shared, memory_order_relaxed) == 0 &&
      !(x->ob.flags & FT_STR_INTERNED) && a != b) {
    size_t nsize = x->size + y->size, need = sizeof(FtStr) + nsize + 1;
    FtStr *r = x;
    if (ft_object_usable_size(&x->ob) < need) {
      /* grow by a quarter more than asked, so a loop of appends copies
       * O(n) bytes in all whatever the allocator does with big blocks */
      r = (FtStr *)ft_object_resize(&x->ob, need + need / 4);
      if (!r)
        return -1;
    }
    memcpy(r->data + r->size, y->data, y->size);
    r->data[nsize] = 0;
    r->size = nsize;
    r->len += y->len;
    r->ob.flags = nsize == r->len ? FT_STR_ASCII : 0;
    atomic_store_explicit(&r->hash, -1, memory_order_relaxed);
    *slot = ft_val(r);
    return 0;
  }
  FtValue r = ft_str_concat(a, b);
  if (!r)
    return -1;
  *slot = r;
  ft_decref(a);
  return 0;
}

/* Concatenate n strs (f-strings' BUILD_STRING): one allocation. */
FtValue ft_str_build(const FtValue *pieces, size_t n) {
  size_t size = 0, len = 0, nonempty = 0, last = 0;
  for (size_t i = 0; i < n; i++) {
    size += S(pieces[i])->size;
    len += S(pieces[i])->len;
    if (S(pieces[i])->size) {
      nonempty++;
      last = i;
    }
  }
  if (nonempty == 0)
    return str_empty();
  if (nonempty == 1 && is_exact_str(pieces[last]))
    return ft_newref(pieces[last]);
  FtStr *r = str_alloc(size, len);
  if (!r)
    return 0;
  char *o = r->data;
  for (size_t i = 0; i < n; i++) {
    memcpy(o, S(pieces[i])->data, S(pieces[i])->size);
    o += S(pieces[i])->size;
  }
  return ft_val(r);
}

/* Join an array of values (borrowed) with sep. */
static FtValue join_array(FtValue sep, const FtValue *items, size_t n) {
  if (n == 0)
    return str_empty();
  if (n == 1 && is_exact_str(items[0]))
    return ft_newref(items[0]);
  FtStr *sp = S(sep);
  size_t size = sp->size * (n - 1), len = sp->len * (n - 1);
  for (size_t i = 0; i < n; i++) {
    FtValue it = items[i];
    if (!str_check_fast(it))
      return ft_err_format(&FtExc_TypeError,
                           "sequence item %zu: expected str instance, %T found",
                           i, it);
    size += S(it)->size;
    len += S(it)->len;
  }
  FtStr *r = str_alloc(size, len);
  if (!r)
    return 0;
  char *o = r->data;
  if (sp->size == 0) {
    for (size_t i = 0; i < n; i++) {
      memcpy(o, S(items[i])->data, S(items[i])->size);
      o += S(items[i])->size;
    }
  } else if (sp->size == 1) {
    char c = sp->data[0];
    for (size_t i = 0; i < n; i++) {
      if (i)
        *o++ = c;
      memcpy(o, S(items[i])->data, S(items[i])->size);
      o += S(items[i])->size;
    }
  } else {
    for (size_t i = 0; i < n; i++) {
      if (i) {
        memcpy(o, sp->data, sp->size);
        o += sp->size;
      }
      memcpy(o, S(items[i])->data, S(items[i])->size);
      o += S(items[i])->size;
    }
  }
  return ft_val(r);
}

/* join over an exact list without copying its items: measure under the
 * list's mutex, allocate unlocked, then copy under the mutex again if the
 * list still has the same length and the pieces still fit (items are
 * immutable strs the list keeps alive while we hold its lock; no Python
 * code runs locked).  Returns FT_NULL with no error to ask the caller to
 * fall back to a snapshot when the list keeps changing. */
static FtValue join_list_locked(FtValue sep, FtValue list) {
  FtList *l = (FtList *)ft_obj(list);
  FtStr *sp = S(sep);
  for (int attempt = 0; attempt < 3; attempt++) {
    ft_mutex_lock(&l->ob.mutex);
    size_t n = l->n, size = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
      FtValue it = l->items[i];
      if (!str_check_fast(it)) {
        FtValue bad = ft_newref(it);
        ft_mutex_unlock(&l->ob.mutex);
        ft_err_format(&FtExc_TypeError,
                      "sequence item %zu: expected str instance, %T found", i, bad);
        ft_decref(bad);
        return 0;
      }
      size += S(it)->size;
      len += S(it)->len;
    }
    if (n <= 1) {
      FtValue r = n == 0 ? str_empty() : is_exact_str(l->items[0])
                                             ? ft_newref(l->items[0])
                                             : 0;
      FtValue one = n == 1 && !r ? ft_newref(l->items[0]) : 0;
      ft_mutex_unlock(&l->ob.mutex);
      if (one) {
        r = str_exact(one);
        ft_decref(one);
      }
      return r;
    }
    ft_mutex_unlock(&l->ob.mutex);
    size += sp->size * (n - 1);
    len += sp->len * (n - 1);
    FtStr *r = str_alloc(size, len);
    if (!r)
      return 0;
    ft_mutex_lock(&l->ob.mutex);
    int ok = l->n == n;
    char *o = r->data, *end = r->data + size;
    size_t got_len = 0;
    for (size_t i = 0; ok && i < n; i++) {
      FtValue it = l->items[i];
      if (!str_check_fast(it) ||
          S(it)->size + (i ? sp->size : 0) > (size_t)(end - o)) {
        ok = 0;
        break;
      }
      if (i) {
        memcpy(o, sp->data, sp->size);
        o += sp->size;
      }
      memcpy(o, S(it)->data, S(it)->size);
      o += S(it)->size;
      got_len += S(it)->len;
    }
    ft_mutex_unlock(&l->ob.mutex);
    if (ok && o == end && got_len + sp->len * (n - 1) == len)
      return ft_val(r);
    ft_decref(ft_val(r)); /* changed under us: measure again */
  }
  return 0;
}

FtValue ft_str_join(FtValue sep, FtValue iterable) {
  if (ft_isinstance_exact(iterable, &FtTuple_Type))
    return join_array(sep, ft_tuple_items(iterable), ft_tuple_len(iterable));
  if (ft_isinstance_exact(iterable, &FtList_Type)) {
    FtValue r = join_list_locked(sep, iterable);
    if (r || ft_err_occurred())
      return r;
    /* A snapshot: another thread keeps mutating the list. */
    size_t n = 0;
    FtValue *snap = ft_list_snapshot(iterable, &n);
    if (!snap && n)
      return 0;
    if (!snap && ft_err_occurred())
      return 0;
    r = join_array(sep, snap, n);
    for (size_t i = 0; i < n; i++)
      ft_decref(snap[i]);
    ft_mem_free(snap);
    return r;
  }
  FtType *t = ft_type(iterable);
  if (!t->iter && !t->getitem)
    return ft_err_format(&FtExc_TypeError, "can only join an iterable");
  FtValue tup = ft_tuple_from_iterable(iterable);
  if (!tup)
    return 0;
  FtValue r = join_array(sep, ft_tuple_items(tup), ft_tuple_len(tup));
  ft_decref(tup);
  return r;
}

/* s * n */
static FtValue str_repeat(FtValue v, intptr_t n) {
  FtStr *s = S(v);
  if (n <= 0 || s->size == 0)
    return str_empty();
  if (n == 1 && is_exact_str(v))
    return ft_newref(v);
  if (s->size > (size_t)(INTPTR_MAX / n))
    return ft_err_format(&FtExc_OverflowError, "repeated string is too long");
  size_t total = s->size * (size_t)n;
  FtStr *r = str_alloc(total, s->len * (size_t)n);
  if (!r)
    return 0;
  if (s->size == 1) {
    memset(r->data, s->data[0], total);
  } else { /* doubling copies */
    memcpy(r->data, s->data, s->size);
    size_t done = s->size;
    while (done < total) {
      size_t k = done <= total - done ? done : total - done;
      memcpy(r->data + done, r->data, k);
      done += k;
    }
  }
  return ft_val(r);
}

/* CPython's str has no number slots: `s + x` / `s * x` first give a
 * class-defined x.__radd__ / __rmul__ its chance and only then fall back to
 * the sequence operation (and its error).  Our slot is called first, so
 * it runs the right operand's slot itself; FT_NOTIMPL = it declined. */
static FtValue other_slot(FtValue a, FtValue b, int nb) {
  FtType *t = ft_type(b);
  if (!(t->tpflags & FT_TPFLAG_HEAPTYPE) || !t->nb[nb])
    return FT_NOTIMPL;
  return t->nb[nb](a, b);
}

static FtValue str_nb_add(FtValue a, FtValue b) {
  if (!ft_str_check(a))
    return FT_NOTIMPL;
  if (ft_str_check(b))
    return ft_str_concat(a, b);
  FtValue r = other_slot(a, b, FT_NB_ADD);
  if (r != FT_NOTIMPL)
    return r;
  return ft_err_format(&FtExc_TypeError,
                       "can only concatenate str (not \"%T\") to str", b);
}

static FtValue str_nb_mul(FtValue a, FtValue b) {
  FtValue s, n;
  if (ft_str_check(a)) {
    s = a;
    n = b;
  } else if (ft_str_check(b)) {
    s = b;
    n = a;
  } else {
    return FT_NOTIMPL;
  }
  if (ft_is_small(n))
    return str_repeat(s, ft_small_val(n));
  if (ft_int_check(n) || ft_type(n)->index) {
    FtValue iv = ft_index(n);
    if (!iv)
      return 0;
    intptr_t k = ft_int_as_ssize(iv);
    ft_decref(iv);
    if (k == -1 && ft_err_occurred())
      return 0;
    return str_repeat(s, k);
  }
  if (s == a) { /* str * x: x.__rmul__ first */
    FtValue r = other_slot(a, b, FT_NB_MUL);
    if (r != FT_NOTIMPL)
      return r;
  }
  return ft_err_format(&FtExc_TypeError,
                       "can't multiply sequence by non-int of type '%T'", n);
}

static FtValue str_nb_mod(FtValue a, FtValue b) {
  if (!ft_str_check(a))
    return FT_NOTIMPL;
  return ft_str_percent(a, b);
}

static FtValue str_richcompare(FtValue a, FtValue b, int op) {
  if (!ft_str_check(a) || !ft_str_check(b))
    return FT_NOTIMPL;
  if (op == FT_EQ || op == FT_NE)
    return ft_bool(ft_str_eq(a, b) ^ (op == FT_NE));
  FtStr *x = S(a), *y = S(b);
  size_t m = x->size < y->size ? x->size : y->size;
  int c = a == b ? 0 : memcmp(x->data, y->data, m);
  if (c == 0)
    c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
  int r;
  switch (op) {
  case FT_LT: r = c < 0; break;
  case FT_LE: r = c <= 0; break;
  case FT_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return ft_bool(r);
}

static int str_contains(FtValue self, FtValue x) {
  if (!ft_str_check(x)) {
    ft_err_format(&FtExc_TypeError,
                  "'in <string>' requires string as left operand, not %T", x);
    return -1;
  }
  return find_bytes(S(self)->data, S(self)->size, S(x)->data, S(x)->size) != NULL;
}

/* The one-character str at byte offset off. */
static inline FtValue char_at(FtStr *s, size_t off) {
  unsigned char c = (unsigned char)s->data[off];
  if (c < 0x80)
    return str_char(c);
  size_t n;
  return str_char(u8_decode((const unsigned char *)s->data + off, &n));
}

static FtValue str_slice_n(FtValue self, intptr_t start, intptr_t stop,
                           intptr_t step, intptr_t n);

static FtValue str_slice(FtValue self, FtValue key) {
  intptr_t start, stop, step;
  intptr_t n = ft_slice_indices(key, (intptr_t)S(self)->len, &start, &stop, &step);
  if (n < 0)
    return 0;
  return str_slice_n(self, start, stop, step, n);
}

FtValue ft_str_getslice(FtValue self, intptr_t start, intptr_t stop, intptr_t step) {
  intptr_t n = ft_slice_adjust((intptr_t)S(self)->len, &start, &stop, step);
  return str_slice_n(self, start, stop, step, n);
}

/* s[start:stop:step] with the bounds adjusted to the length, n items. */
static FtValue str_slice_n(FtValue self, intptr_t start, intptr_t stop,
                           intptr_t step, intptr_t n) {
  FtStr *s = S(self);
  if (n == 0)
    return str_empty();
  if (step == 1) {
    size_t o1 = cp_to_off(s, (size_t)start);
    size_t o2 = str_is_ascii(s) ? (size_t)stop : u8_advance(s->data, o1, (size_t)n);
    return str_sub(self, o1, o2 - o1, (size_t)n);
  }
  if (n == 1)
    return char_at(s, cp_to_off(s, (size_t)start));
  if (str_is_ascii(s)) {
    FtStr *r = str_alloc((size_t)n, (size_t)n);
    if (!r)
      return 0;
    const char *d = s->data + start;
    for (intptr_t i = 0; i < n; i++, d += step)
      r->data[i] = *d;
    return ft_val(r);
  }
  FtStrBuf b;
  ft_strbuf_init(&b);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t off = cp_to_off(s, (size_t)start);
  for (intptr_t i = 0; i < n; i++) {
    size_t k = u8_seqlen(d[off]);
    if (ft_strbuf_append(&b, d + off, k) < 0)
      return buf_nomem(&b);
    if (i + 1 == n)
      break;
    if (step > 0) {
      off = u8_advance(s->data, off, (size_t)step);
    } else {
      for (intptr_t j = 0; j < -step; j++) {
        off--;
        while ((d[off] & 0xC0) == 0x80)
          off--;
      }
    }
  }
  return str_from_buf(&b, (size_t)n);
}

static FtValue str_getitem(FtValue self, FtValue key) {
  FtStr *s = S(self);
  intptr_t i;
  if (ft_is_small(key)) {
    i = ft_small_val(key);
  } else if (ft_isinstance_exact(key, &FtSlice_Type)) {
    return str_slice(self, key);
  } else if (ft_int_check(key) || ft_type(key)->index) {
    FtValue iv = ft_index(key);
    if (!iv)
      return 0;
    i = ft_int_as_ssize(iv);
    ft_decref(iv);
    if (i == -1 && ft_err_occurred()) {
      if (ft_err_matches(&FtExc_OverflowError)) {
        ft_err_clear();
        return ft_err_format(&FtExc_IndexError,
                             "cannot fit 'int' into an index-sized integer");
      }
      return 0;
    }
  } else {
    return ft_err_format(&FtExc_TypeError,
                         "string indices must be integers, not '%T'", key);
  }
  if (i < 0)
    i += (intptr_t)s->len;
  if (i < 0 || (size_t)i >= s->len)
    return ft_err_format(&FtExc_IndexError, "string index out of range");
  if (str_is_ascii(s))
    return str_char((unsigned char)s->data[i]);
  return char_at(s, cp_to_off(s, (size_t)i));
}

/* ==== the str iterator ==================================================== */

/* Synchronization: `off` advances with a CAS, so threads sharing one
 * iterator each get distinct characters; `str` never changes. */
typedef struct FtStrIter {
  FtObject ob;
  FtValue str;
  _Atomic size_t off;
} FtStrIter;

FtType FtStrIter_Type, FtStrAsciiIter_Type;

static FtValue str_iter(FtValue self) {
  /* two names for one implementation, as CPython 3.11 shows them */
  FtType *t = str_is_ascii(S(self)) ? &FtStrAsciiIter_Type : &FtStrIter_Type;
  FtStrIter *it = (FtStrIter *)ft_object_alloc(t, sizeof(FtStrIter));
  if (!it)
    return 0;
  it->str = ft_newref(self);
  atomic_store_explicit(&it->off, 0, memory_order_relaxed);
  return ft_val(it);
}

static FtValue striter_next(FtValue self) {
  FtStrIter *it = (FtStrIter *)ft_obj(self);
  FtStr *s = S(it->str);
  size_t off = atomic_load_explicit(&it->off, memory_order_relaxed);
  for (;;) {
    if (off >= s->size)
      return 0;
    size_t k = u8_seqlen((unsigned char)s->data[off]);
    if (atomic_compare_exchange_weak_explicit(&it->off, &off, off + k,
                                              memory_order_relaxed,
                                              memory_order_relaxed))
      break;
  }
  return char_at(s, off);
}

static FtValue striter_iter(FtValue self) { return ft_newref(self); }

static void striter_dealloc(FtObject *o) {
  ft_decref(((FtStrIter *)o)->str);
  ft_object_free(o);
}

static FtValue striter_length_hint(FtValue self, const FtValue *args,
                                   size_t nargs, FtValue kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  FtStrIter *it = (FtStrIter *)ft_obj(self);
  FtStr *s = S(it->str);
  size_t off = atomic_load_explicit(&it->off, memory_order_relaxed);
  if (off >= s->size)
    return ft_small(0);
  return ft_int_from_u64(s->len - off_to_cp(s, off));
}

static const FtMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtStrIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "str_iterator",
    .basicsize = sizeof(FtStrIter),
    .dealloc = striter_dealloc,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

FtType FtStrAsciiIter_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(FtStrIter),
    .dealloc = striter_dealloc,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

/* ==== method helpers ====================================================== */

static inline int count_bad(size_t n, size_t lo, size_t hi) {
  return n < lo || n > hi;
}

/* CPython reports wrong calls of built-in methods in four styles, which we
 * reproduce: METH_NOARGS, METH_O, Argument Clinic positional-only (all
 * "str.name() takes no keyword arguments") and the old find()-style
 * tuple parsing. */
static int no_kw(const char *name, FtValue kwnames) {
  if (kwnames && ft_tuple_len(kwnames)) {
    ft_err_format(&FtExc_TypeError, "str.%s() takes no keyword arguments", name);
    return -1;
  }
  return 0;
}

static int check_noargs(const char *name, size_t nargs, FtValue kwnames) {
  if (no_kw(name, kwnames) < 0)
    return -1;
  if (nargs) {
    ft_err_format(&FtExc_TypeError, "str.%s() takes no arguments (%zu given)",
                  name, nargs);
    return -1;
  }
  return 0;
}

static int check_onearg(const char *name, size_t nargs, FtValue kwnames) {
  if (no_kw(name, kwnames) < 0)
    return -1;
  if (nargs != 1) {
    ft_err_format(&FtExc_TypeError,
                  "str.%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
  }
  return 0;
}

static int check_old(const char *name, size_t nargs, FtValue kwnames,
                     size_t lo, size_t hi) {
  if (no_kw(name, kwnames) < 0)
    return -1;
  if (nargs < lo) {
    ft_err_format(&FtExc_TypeError, "%s() takes at least %zu argument%s (%zu given)",
                  name, lo, lo == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs > hi) {
    ft_err_format(&FtExc_TypeError, "%s() takes at most %zu argument%s (%zu given)",
                  name, hi, hi == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}

/* Argument Clinic positional-only methods. */
#define POSONLY(name, lo, hi)                                                \
  do {                                                                       \
    if (no_kw(name, kwnames) < 0)                                            \
      return 0;                                                              \
    if (count_bad(nargs, lo, hi) && ft_args_count(name, nargs, lo, hi) < 0)  \
      return 0;                                                              \
  } while (0)

#define NOARGS(name)                                                         \
  do {                                                                       \
    UNUSED(args);                                                            \
    if ((nargs || kwnames) && check_noargs(name, nargs, kwnames) < 0)        \
      return 0;                                                              \
  } while (0)

#define ONEARG(name)                                                         \
  do {                                                                       \
    if ((nargs != 1 || kwnames) && check_onearg(name, nargs, kwnames) < 0)   \
      return 0;                                                              \
  } while (0)

/* An index-sized int argument (width, count, maxsplit...). */
static int ssize_arg(FtValue v, intptr_t *out) {
  if (ft_is_small(v)) {
    *out = ft_small_val(v);
    return 0;
  }
  intptr_t i = ft_int_as_ssize(v);
  if (i == -1 && ft_err_occurred()) {
    /* CPython's Py_ssize_t argument converter words overflow this way */
    if (ft_err_matches(&FtExc_OverflowError)) {
      ft_err_clear();
      ft_err_format(&FtExc_OverflowError,
                    "Python int too large to convert to C ssize_t");
    }
    return -1;
  }
  *out = i;
  return 0;
}

/* A C int argument (expandtabs' tabsize). */
static int int_arg(FtValue v, intptr_t *out) {
  if (ssize_arg(v, out) < 0) {
    if (ft_err_matches(&FtExc_OverflowError))
      ft_err_clear();
    else
      return -1;
  } else if (*out >= INT_MIN && *out <= INT_MAX) {
    return 0;
  }
  ft_err_format(&FtExc_OverflowError, "Python int too large to convert to C int");
  return -1;
}

/* A growable array of new references, for building result lists. */
typedef struct {
  FtValue *items;
  size_t n, cap;
  FtValue inl[16];
} VVec;

static void vvec_init(VVec *v) {
  v->items = v->inl;
  v->n = 0;
  v->cap = 16;
}

static void vvec_clear(VVec *v) {
  for (size_t i = 0; i < v->n; i++)
    ft_decref(v->items[i]);
  if (v->items != v->inl)
    ft_mem_free(v->items);
  v->items = v->inl;
  v->n = 0;
}

/* Push a new reference (stolen); returns -1 (and clears v) if x is 0 or
 * memory runs out. */
static int vvec_push(VVec *v, FtValue x) {
  if (!x) {
    vvec_clear(v);
    return -1;
  }
  if (v->n == v->cap) {
    size_t ncap = v->cap * 2;
    FtValue *ni = ft_mem_alloc(ncap * sizeof(FtValue));
    if (!ni) {
      ft_decref(x);
      vvec_clear(v);
      return -1;
    }
    memcpy(ni, v->items, v->n * sizeof(FtValue));
    if (v->items != v->inl)
      ft_mem_free(v->items);
    v->items = ni;
    v->cap = ncap;
  }
  v->items[v->n++] = x;
  return 0;
}

/* The list of v's items (references move into it), reversed if asked. */
static FtValue vvec_to_list(VVec *v, int reverse) {
  FtValue l = ft_list_new(v->n);
  if (!l) {
    vvec_clear(v);
    return 0;
  }
  FtValue *dst = ((FtList *)ft_obj(l))->items;
  for (size_t i = 0; i < v->n; i++)
    dst[i] = v->items[reverse ? v->n - 1 - i : i];
  if (v->items != v->inl)
    ft_mem_free(v->items);
  v->items = v->inl;
  v->n = 0;
  return l;
}

/* Piece [off, off+size) of s as a new str. */
static inline FtValue piece(FtValue self, size_t off, size_t size) {
  FtStr *s = S(self);
  size_t len = str_is_ascii(s) ? size : u8_count(s->data + off, size);
  return str_sub(self, off, size, len);
}

/* Byte length of the whitespace character at d[i] (i < n), or 0. */
static inline size_t ws_at(const unsigned char *d, size_t i, size_t n) {
  unsigned char c = d[i];
  if (c < 0x80)
    return ascii_space[c];
  if (c == 0xC2)
    return (i + 1 < n && (d[i + 1] == 0x85 || d[i + 1] == 0xA0)) ? 2 : 0;
  if (c < 0xE1 || c > 0xE3 || i + 2 >= n)
    return 0;
  unsigned char c1 = d[i + 1], c2 = d[i + 2];
  if (c == 0xE1)
    return (c1 == 0x9A && c2 == 0x80) ? 3 : 0;
  if (c == 0xE3)
    return (c1 == 0x80 && c2 == 0x80) ? 3 : 0;
  if (c1 == 0x80) /* U+2000..U+200A, U+2028, U+2029, U+202F */
    return (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) ? 3 : 0;
  return (c1 == 0x81 && c2 == 0x9F) ? 3 : 0; /* U+205F */
}

/* Byte length of the whitespace character ending at d[j-1] (j > 0), or 0. */
static inline size_t ws_before(const unsigned char *d, size_t j) {
  unsigned char c = d[j - 1];
  if (c < 0x80)
    return ascii_space[c];
  size_t i = j - 1;
  while (i > 0 && (d[i] & 0xC0) == 0x80)
    i--;
  size_t k = ws_at(d, i, j);
  return k == j - i ? k : 0;
}

/* A str argument or an error "<prefix>must be str, not T". */
static int check_str_arg(FtValue v, const char *what) {
  if (ft_str_check(v))
    return 0;
  ft_err_format(&FtExc_TypeError, "%smust be str, not %T", what, v);
  return -1;
}

/* ==== split family ======================================================== */

static FtValue split_ws(FtValue self, intptr_t maxsplit) {
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t n = s->size, i = 0, k;
  VVec v;
  vvec_init(&v);
  if (maxsplit < 0)
    maxsplit = INTPTR_MAX;
  while (maxsplit-- > 0) {
    while (i < n && (k = ws_at(d, i, n)))
      i += k;
    if (i == n)
      break;
    size_t j = i;
    while (j < n && !ws_at(d, j, n))
      j++;
    if (i == 0 && j == n && is_exact_str(self))
      return vvec_push(&v, ft_newref(self)) < 0 ? 0 : vvec_to_list(&v, 0);
    if (vvec_push(&v, piece(self, i, j - i)) < 0)
      return 0;
    i = j;
  }
  while (i < n && (k = ws_at(d, i, n)))
    i += k;
  if (i < n && vvec_push(&v, piece(self, i, n - i)) < 0)
    return 0;
  return vvec_to_list(&v, 0);
}

static FtValue rsplit_ws(FtValue self, intptr_t maxsplit) {
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t j = s->size, k;
  VVec v;
  vvec_init(&v);
  if (maxsplit < 0)
    maxsplit = INTPTR_MAX;
  while (maxsplit-- > 0) {
    while (j > 0 && (k = ws_before(d, j)))
      j -= k;
    if (j == 0)
      break;
    size_t i = j;
    while (i > 0 && !ws_before(d, i))
      i--;
    if (vvec_push(&v, piece(self, i, j - i)) < 0)
      return 0;
    j = i;
  }
  while (j > 0 && (k = ws_before(d, j)))
    j -= k;
  if (j > 0 && vvec_push(&v, piece(self, 0, j)) < 0)
    return 0;
  return vvec_to_list(&v, 1);
}

static FtValue split_sep(FtValue self, FtValue sep, intptr_t maxsplit,
                         int right) {
  FtStr *s = S(self), *p = S(sep);
  if (p->size == 0)
    return ft_err_format(&FtExc_ValueError, "empty separator");
  if (maxsplit < 0)
    maxsplit = INTPTR_MAX;
  VVec v;
  vvec_init(&v);
  const char *d = s->data;
  if (!right) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      const char *f = find_bytes(d + i, s->size - i, p->data, p->size);
      if (!f)
        break;
      size_t j = (size_t)(f - d);
      if (vvec_push(&v, piece(self, i, j - i)) < 0)
        return 0;
      i = j + p->size;
    }
    if (vvec_push(&v, piece(self, i, s->size - i)) < 0)
      return 0;
    return vvec_to_list(&v, 0);
  }
  size_t j = s->size;
  while (maxsplit-- > 0) {
    const char *f = rfind_bytes(d, j, p->data, p->size);
    if (!f)
      break;
    size_t i = (size_t)(f - d) + p->size;
    if (vvec_push(&v, piece(self, i, j - i)) < 0)
      return 0;
    j = (size_t)(f - d);
  }
  if (vvec_push(&v, piece(self, 0, j)) < 0)
    return 0;
  return vvec_to_list(&v, 1);
}

static FtValue do_split(const char *name, FtValue self, const FtValue *args,
                        size_t nargs, FtValue kwnames, int right) {
  FtValue a[2] = {0, 0};
  if (kwnames || nargs > 2) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    if (ft_args_parse(name, args, nargs, kwnames, names, 0, 0, a) < 0)
      return 0;
  } else {
    for (size_t i = 0; i < nargs; i++)
      a[i] = args[i];
  }
  intptr_t maxsplit = -1;
  if (a[1] && ssize_arg(a[1], &maxsplit) < 0)
    return 0;
  if (!a[0] || a[0] == FT_NONE)
    return right ? rsplit_ws(self, maxsplit) : split_ws(self, maxsplit);
  if (!ft_str_check(a[0]))
    return ft_err_format(&FtExc_TypeError, "must be str or None, not %T", a[0]);
  return split_sep(self, a[0], maxsplit, right);
}

static FtValue str_split(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  return do_split("split", self, args, nargs, kwnames, 0);
}

static FtValue str_rsplit(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  return do_split("rsplit", self, args, nargs, kwnames, 1);
}

/* Length of the line break at d[i] (0 if none): \n \r \r\n \v \f \x1c-\x1e
 * \x85 U+2028 U+2029. */
static inline size_t linebreak_at(const unsigned char *d, size_t i, size_t n) {
  unsigned char c = d[i];
  if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e))
    return 1;
  if (c == '\r')
    return (i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
  if (c == 0xC2)
    return (i + 1 < n && d[i + 1] == 0x85) ? 2 : 0;
  if (c == 0xE2 && i + 2 < n && d[i + 1] == 0x80 &&
      (d[i + 2] == 0xA8 || d[i + 2] == 0xA9))
    return 3;
  return 0;
}

static FtValue str_splitlines(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  FtValue a[1] = {0};
  static const char *const names[] = {"keepends", NULL};
  if (ft_args_parse("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  /* keepends is an int argument in CPython: "x" or 1.5 is a TypeError. */
  intptr_t keep = 0;
  if (a[0] && ssize_arg(a[0], &keep) < 0)
    return 0;
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t n = s->size, i = 0;
  VVec v;
  vvec_init(&v);
  while (i < n) {
    size_t j = i, k = 0;
    while (j < n && !(k = linebreak_at(d, j, n)))
      j++;
    size_t end = keep ? j + k : j;
    if (vvec_push(&v, piece(self, i, end - i)) < 0)
      return 0;
    i = j + k;
  }
  return vvec_to_list(&v, 0);
}

static FtValue str_join_m(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  ONEARG("join");
  return ft_str_join(self, args[0]);
}

/* ==== partition =========================================================== */

static FtValue do_partition(FtValue self, FtValue sep, int right) {
  if (check_str_arg(sep, "") < 0)
    return 0;
  FtStr *s = S(self), *p = S(sep);
  if (p->size == 0)
    return ft_err_format(&FtExc_ValueError, "empty separator");
  const char *f = right ? rfind_bytes(s->data, s->size, p->data, p->size)
                        : find_bytes(s->data, s->size, p->data, p->size);
  FtValue t = ft_tuple_new(3);
  if (!t)
    return 0;
  FtValue *it = ft_tuple_items(t);
  if (!f) {
    FtValue e = str_empty();
    it[right ? 2 : 0] = str_exact(self);
    it[1] = e;
    it[right ? 0 : 2] = e; /* the empty str is immortal */
    if (!it[right ? 2 : 0]) {
      ft_decref(t);
      return 0;
    }
    return t;
  }
  size_t i = (size_t)(f - s->data);
  it[0] = piece(self, 0, i);
  it[1] = str_exact(sep);
  it[2] = piece(self, i + p->size, s->size - i - p->size);
  if (!it[0] || !it[1] || !it[2]) {
    ft_decref(t);
    return 0;
  }
  return t;
}

static FtValue str_partition(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  ONEARG("partition");
  return do_partition(self, args[0], 0);
}

static FtValue str_rpartition(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  ONEARG("rpartition");
  return do_partition(self, args[0], 1);
}

/* ==== strip family ======================================================== */

/* which: 1 left, 2 right, 3 both. */
static FtValue do_strip(const char *name, FtValue self, const FtValue *args,
                        size_t nargs, FtValue kwnames, int which) {
  POSONLY(name, 0, 1);
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t i = 0, j = s->size, k;
  FtValue chars = nargs ? args[0] : FT_NONE;
  if (chars == FT_NONE) {
    if (which & 1)
      while (i < j && (k = ws_at(d, i, j)))
        i += k;
    if (which & 2)
      while (j > i && (k = ws_before(d, j)))
        j -= k;
  } else {
    if (!ft_str_check(chars))
      return ft_err_format(&FtExc_TypeError, "%s arg must be None or str", name);
    FtStr *c = S(chars);
    if (str_is_ascii(c)) {
      /* ASCII set: bytes compare directly (multi-byte sequences never
       * contain ASCII bytes). */
      uint64_t set[2] = {0, 0}; /* bitmap of the 128 ASCII bytes */
      for (size_t x = 0; x < c->size; x++) {
        unsigned char ch = (unsigned char)c->data[x];
        set[ch >> 6] |= 1ull << (ch & 63);
      }
#define IN_SET(ch) ((ch) < 128 && (set[(ch) >> 6] >> ((ch) & 63) & 1))
      if (which & 1)
        while (i < j && IN_SET(d[i]))
          i++;
      if (which & 2)
        while (j > i && IN_SET(d[j - 1]))
          j--;
#undef IN_SET
    } else {
      const char *cd = c->data;
      size_t cn = c->size;
      if (which & 1)
        while (i < j) {
          size_t m = u8_seqlen(d[i]);
          const char *f = find_bytes(cd, cn, (const char *)d + i, m);
          if (!f || ((unsigned char)f[0] & 0xC0) == 0x80)
            break;
          i += m;
        }
      if (which & 2)
        while (j > i) {
          size_t m;
          u8_decode_back(d, d + j, &m);
          const char *f = find_bytes(cd, cn, (const char *)d + j - m, m);
          if (!f)
            break;
          j -= m;
        }
    }
  }
  return piece(self, i, j - i);
}

static FtValue str_strip(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  return do_strip("strip", self, args, nargs, kwnames, 3);
}
static FtValue str_lstrip(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  return do_strip("lstrip", self, args, nargs, kwnames, 1);
}
static FtValue str_rstrip(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  return do_strip("rstrip", self, args, nargs, kwnames, 2);
}

/* ==== replace ============================================================= */

static FtValue str_replace(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  POSONLY("replace", 2, 3);
  FtValue oldv = args[0], newv = args[1];
  if (!ft_str_check(oldv))
    return ft_err_format(&FtExc_TypeError,
                         "replace() argument 1 must be str, not %s", argtype(oldv));
  if (!ft_str_check(newv))
    return ft_err_format(&FtExc_TypeError,
                         "replace() argument 2 must be str, not %s", argtype(newv));
  intptr_t maxc = -1;
  if (nargs > 2 && ssize_arg(args[2], &maxc) < 0)
    return 0;
  size_t maxcount = maxc < 0 ? SIZE_MAX : (size_t)maxc;
  FtStr *s = S(self), *o = S(oldv), *nw = S(newv);
  if (maxcount == 0)
    return str_exact(self);
  if (o->size == 0) {
    /* insert new before every character and at the end */
    size_t slots = s->len + 1;
    size_t cnt = slots < maxcount ? slots : maxcount;
    if (nw->size == 0)
      return str_exact(self);
    FtStr *r = str_alloc(s->size + cnt * nw->size, s->len + cnt * nw->len);
    if (!r)
      return 0;
    char *w = r->data;
    size_t i = 0;
    for (size_t c = 0; c < cnt; c++) {
      memcpy(w, nw->data, nw->size);
      w += nw->size;
      if (i < s->size) {
        size_t m = u8_seqlen((unsigned char)s->data[i]);
        memcpy(w, s->data + i, m);
        w += m;
        i += m;
      }
    }
    memcpy(w, s->data + i, s->size - i);
    return ft_val(r);
  }
  if (o->size == 1 && nw->size == 1) {
    const char *f = memchr(s->data, o->data[0], s->size);
    if (!f)
      return str_exact(self);
    FtStr *r = str_alloc(s->size, s->len);
    if (!r)
      return 0;
    memcpy(r->data, s->data, s->size);
    char oc = o->data[0], nc = nw->data[0];
    char *p = r->data + (f - s->data), *end = r->data + s->size;
    while (maxcount-- && p) {
      *p = nc;
      p = memchr(p + 1, oc, (size_t)(end - p - 1));
    }
    return ft_val(r);
  }
  /* one search pass: remember where the matches are */
  size_t stackpos[64], *pos = stackpos, cap = 64, cnt = 0;
  const char *p = s->data, *end = s->data + s->size;
  while (cnt < maxcount) {
    const char *f = find_bytes(p, (size_t)(end - p), o->data, o->size);
    if (!f)
      break;
    if (cnt == cap) {
      size_t *np = ft_mem_alloc(cap * 2 * sizeof(size_t));
      if (!np) {
        if (pos != stackpos)
          ft_mem_free(pos);
        return 0;
      }
      memcpy(np, pos, cnt * sizeof(size_t));
      if (pos != stackpos)
        ft_mem_free(pos);
      pos = np;
      cap *= 2;
    }
    pos[cnt++] = (size_t)(f - s->data);
    p = f + o->size;
  }
  if (cnt == 0)
    return str_exact(self);
  size_t size = s->size - cnt * o->size + cnt * nw->size;
  size_t len = s->len - cnt * o->len + cnt * nw->len;
  FtStr *r = str_alloc(size, len);
  if (!r) {
    if (pos != stackpos)
      ft_mem_free(pos);
    return 0;
  }
  char *w = r->data;
  size_t prev = 0;
  for (size_t c = 0; c < cnt; c++) {
    memcpy(w, s->data + prev, pos[c] - prev);
    w += pos[c] - prev;
    memcpy(w, nw->data, nw->size);
    w += nw->size;
    prev = pos[c] + o->size;
  }
  memcpy(w, s->data + prev, s->size - prev);
  if (pos != stackpos)
    ft_mem_free(pos);
  return ft_val(r);
}

/* ==== find family ========================================================= */

/* Parse (sub, start, end) and resolve to a byte range of self.  Returns 0
 * ok, 1 when the range is empty-invalid (start > len: nothing found), -1
 * error.  *sub is borrowed. */
static int find_args(const char *name, FtValue self, const FtValue *args,
                     size_t nargs, FtValue kwnames, FtValue *sub,
                     size_t *off1, size_t *off2, intptr_t *start_cp) {
  if ((nargs < 1 || nargs > 3 || kwnames) &&
      check_old(name, nargs, kwnames, 1, 3) < 0)
    return -1;
  *sub = args[0];
  FtStr *s = S(self);
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1 && index_arg(args[1], &start) < 0)
    return -1;
  if (nargs > 2 && index_arg(args[2], &end) < 0)
    return -1;
  adjust_indices(&start, &end, (intptr_t)s->len);
  *start_cp = start;
  if (start > (intptr_t)s->len || end < start) {
    *off1 = *off2 = 0;
    return 1;
  }
  *off1 = cp_to_off(s, (size_t)start);
  *off2 = cp_to_off(s, (size_t)end);
  return 0;
}

/* Returns the code-point index or -1 (not found) or -2 (error). */
static intptr_t do_find(const char *name, FtValue self, const FtValue *args,
                        size_t nargs, FtValue kwnames, int right) {
  FtValue sub;
  size_t o1, o2;
  intptr_t start;
  int r = find_args(name, self, args, nargs, kwnames, &sub, &o1, &o2, &start);
  if (r < 0)
    return -2;
  if (!ft_str_check(sub)) {
    ft_err_format(&FtExc_TypeError, "must be str, not %T", sub);
    return -2;
  }
  if (r == 1)
    return -1;
  FtStr *s = S(self), *p = S(sub);
  const char *f = right ? rfind_bytes(s->data + o1, o2 - o1, p->data, p->size)
                        : find_bytes(s->data + o1, o2 - o1, p->data, p->size);
  if (!f)
    return -1;
  if (str_is_ascii(s))
    return (intptr_t)(f - s->data);
  return start + (intptr_t)u8_count(s->data + o1, (size_t)(f - s->data) - o1);
}

static FtValue str_find(FtValue self, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  intptr_t r = do_find("find", self, args, nargs, kwnames, 0);
  return r == -2 ? 0 : ft_small(r);
}
static FtValue str_rfind(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  intptr_t r = do_find("rfind", self, args, nargs, kwnames, 1);
  return r == -2 ? 0 : ft_small(r);
}
static FtValue str_index(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  intptr_t r = do_find("index", self, args, nargs, kwnames, 0);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "substring not found");
  return r == -2 ? 0 : ft_small(r);
}
static FtValue str_rindex(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  intptr_t r = do_find("rindex", self, args, nargs, kwnames, 1);
  if (r == -1)
    return ft_err_format(&FtExc_ValueError, "substring not found");
  return r == -2 ? 0 : ft_small(r);
}

static FtValue str_count(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  FtValue sub;
  size_t o1, o2;
  intptr_t start;
  int r = find_args("count", self, args, nargs, kwnames, &sub, &o1, &o2, &start);
  if (r < 0)
    return 0;
  if (!ft_str_check(sub))
    return ft_err_format(&FtExc_TypeError, "must be str, not %T", sub);
  if (r == 1)
    return ft_small(0);
  FtStr *s = S(self), *p = S(sub);
  if (p->size == 0) /* one more than the characters in range */
    return ft_small((intptr_t)(str_is_ascii(s) ? o2 - o1
                                               : u8_count(s->data + o1, o2 - o1)) +
                    1);
  return ft_small((intptr_t)count_bytes(s->data + o1, o2 - o1, p->data,
                                        p->size, SIZE_MAX));
}

static FtValue do_startsend(const char *name, FtValue self, const FtValue *args,
                            size_t nargs, FtValue kwnames, int end_) {
  FtValue sub;
  size_t o1, o2;
  intptr_t start;
  int r = find_args(name, self, args, nargs, kwnames, &sub, &o1, &o2, &start);
  if (r < 0)
    return 0;
  FtStr *s = S(self);
  const FtValue *cands = &sub;
  size_t ncand = 1;
  if (ft_isinstance_type(sub, &FtTuple_Type)) {
    cands = ft_tuple_items(sub);
    ncand = ft_tuple_len(sub);
  } else if (!ft_str_check(sub)) {
    return ft_err_format(&FtExc_TypeError,
                         "%s first arg must be str or a tuple of str, not %T",
                         name, sub);
  }
  for (size_t k = 0; k < ncand; k++) {
    FtValue c = cands[k];
    if (!ft_str_check(c))
      return ft_err_format(&FtExc_TypeError,
                           "tuple for %s must only contain str, not %T", name, c);
    if (r == 1)
      continue;
    FtStr *p = S(c);
    if (p->size > o2 - o1)
      continue;
    const char *at = end_ ? s->data + o2 - p->size : s->data + o1;
    if (!memcmp(at, p->data, p->size))
      return FT_TRUE;
  }
  return FT_FALSE;
}

static FtValue str_startswith(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  return do_startsend("startswith", self, args, nargs, kwnames, 0);
}
static FtValue str_endswith(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  return do_startsend("endswith", self, args, nargs, kwnames, 1);
}

static FtValue str_removeprefix(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  ONEARG("removeprefix");
  FtValue p = args[0];
  if (!ft_str_check(p))
    return ft_err_format(&FtExc_TypeError,
                         "removeprefix() argument must be str, not %s", argtype(p));
  FtStr *s = S(self), *x = S(p);
  if (x->size <= s->size && !memcmp(s->data, x->data, x->size))
    return str_from_utf8_len(s->data + x->size, s->size - x->size,
                             s->len - x->len);
  return str_exact(self);
}

static FtValue str_removesuffix(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  ONEARG("removesuffix");
  FtValue p = args[0];
  if (!ft_str_check(p))
    return ft_err_format(&FtExc_TypeError,
                         "removesuffix() argument must be str, not %s", argtype(p));
  FtStr *s = S(self), *x = S(p);
  if (x->size && x->size <= s->size &&
      !memcmp(s->data + s->size - x->size, x->data, x->size))
    return str_from_utf8_len(s->data, s->size - x->size, s->len - x->len);
  return str_exact(self);
}

/* ==== case mapping ======================================================== */

enum { CM_LOWER, CM_UPPER, CM_SWAP, CM_TITLE, CM_CAPITALIZE, CM_CASEFOLD };

/* Append the full mapping of c under `kind` (a MAP_* value). */
static int append_mapped(FtStrBuf *b, uint32_t c, int kind) {
  int32_t d = case_delta(c, kind);
  if (d == CASE_SPECIAL) {
    size_t lo = 0, hi = NSPECIAL;
    while (lo < hi) { /* sorted by (cp, kind) */
      size_t mid = (lo + hi) / 2;
      const SpecialCase *sc = &special_cases[mid];
      if (sc->cp < c || (sc->cp == c && sc->kind < kind))
        lo = mid + 1;
      else
        hi = mid;
    }
    const SpecialCase *sc = &special_cases[lo];
    for (int k = 0; k < 3 && sc->out[k]; k++)
      if (ft_strbuf_append_codepoint(b, sc->out[k]) < 0)
        return -1;
    return 0;
  }
  uint32_t m = (uint32_t)((int32_t)c + d);
  if (m >= 0x80 && m < 0x800 && b->len + 3 <= b->cap) {
    /* the common 2-byte case without a call (keeps len < cap, NUL) */
    b->data[b->len++] = (char)(0xC0 | (m >> 6));
    b->data[b->len++] = (char)(0x80 | (m & 0x3F));
    b->data[b->len] = 0;
    return 0;
  }
  return ft_strbuf_append_codepoint(b, m);
}

/* Case_Ignorable characters (apostrophes, periods, colons, modifier
 * letters, combining marks...): skipped when looking for a neighbour. */
static int uc_case_ignorable(uint32_t c) {
  return in_ranges(c, ignorable_ranges, NRANGES(ignorable_ranges));
}

/* Greek capital sigma lowers to final sigma at the end of a word:
 * preceded by a cased letter and not followed by one (ignoring
 * case-ignorable characters on both sides). */
static int final_sigma(const unsigned char *d, size_t n, size_t i, size_t k) {
  size_t j = i;
  int before = 0;
  while (j > 0) {
    size_t m;
    uint32_t c = u8_decode_back(d, d + j, &m);
    j -= m;
    if (uc_case_ignorable(c))
      continue;
    before = uc_iscased(c);
    break;
  }
  if (!before)
    return 0;
  for (j = i + k; j < n;) {
    size_t m;
    uint32_t c = u8_decode(d + j, &m);
    j += m;
    if (uc_case_ignorable(c))
      continue;
    return !uc_iscased(c);
  }
  return 1;
}

static inline unsigned char a_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}
static inline unsigned char a_upper(unsigned char c) {
  return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 32) : c;
}
static inline int a_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int a_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* For 8 ASCII bytes: 0x20 in each byte that lies in [lo, hi], else 0
 * (no byte exceeds 0x7F, so the additions never carry across bytes). */
static inline uint64_t swar_range_mask(uint64_t w, unsigned char lo,
                                       unsigned char hi) {
  const uint64_t ones = 0x0101010101010101ull;
  uint64_t ge = w + ones * (uint64_t)(0x80 - lo);      /* bit 7: byte >= lo */
  uint64_t gt = w + ones * (uint64_t)(0x80 - hi - 1);  /* bit 7: byte > hi */
  return ((ge & ~gt) & (ones * 0x80)) >> 2;
}

/* lower()/upper() of ASCII text, 8 bytes at a time; returns self when
 * nothing changes. */
static FtValue case_ascii_simple(FtValue self, int upper) {
  FtStr *s = S(self);
  const char *d = s->data;
  size_t n = s->size, i = 0;
  unsigned char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, d + i, 8);
    if (swar_range_mask(w, lo, hi))
      break;
  }
  if (i + 8 > n) {
    for (; i < n; i++)
      if ((unsigned char)d[i] >= lo && (unsigned char)d[i] <= hi)
        break;
    if (i == n)
      return str_exact(self);
  }
  FtStr *r = str_alloc(n, n);
  if (!r)
    return 0;
  char *o = r->data;
  memcpy(o, d, i);
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, d + i, 8);
    w ^= swar_range_mask(w, lo, hi);
    memcpy(o + i, &w, 8);
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    o[i] = (char)((c >= lo && c <= hi) ? c ^ 0x20 : c);
  }
  return ft_val(r);
}

static FtValue case_ascii(FtValue self, int mode) {
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t n = s->size, i = 0;
  if (mode == CM_LOWER || mode == CM_CASEFOLD)
    return case_ascii_simple(self, 0);
  if (mode == CM_UPPER)
    return case_ascii_simple(self, 1);
  FtStr *r = str_alloc(n, n);
  if (!r)
    return 0;
  unsigned char *o = (unsigned char *)r->data;
  switch (mode) {
  case CM_SWAP:
    for (; i < n; i++)
      o[i] = a_isupper(d[i]) ? a_lower(d[i]) : a_upper(d[i]);
    break;
  case CM_CAPITALIZE:
    for (; i < n; i++)
      o[i] = i == 0 ? a_upper(d[i]) : a_lower(d[i]);
    break;
  default: { /* title */
    int prev = 0;
    for (; i < n; i++) {
      unsigned char c = d[i];
      o[i] = prev ? a_lower(c) : a_upper(c);
      prev = a_isupper(c) || a_islower(c);
    }
  }
  }
  return ft_val(r);
}

static FtValue case_map(FtValue self, int mode) {
  FtStr *s = S(self);
  if (str_is_ascii(s))
    return case_ascii(self, mode);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t n = s->size;
  FtStrBuf b;
  ft_strbuf_init(&b);
  if (ft_strbuf_reserve(&b, n) < 0)
    return buf_nomem(&b);
  int prev_cased = 0, first = 1;
  for (size_t i = 0; i < n;) {
    size_t k;
    uint32_t c = u8_decode(d + i, &k);
    int kind, r;
    switch (mode) {
    case CM_LOWER:
      kind = MAP_LOWER;
      break;
    case CM_UPPER:
      kind = MAP_UPPER;
      break;
    case CM_CASEFOLD:
      kind = MAP_FOLD;
      break;
    case CM_SWAP:
      kind = uc_isupper(c) ? MAP_LOWER : uc_islower(c) ? MAP_UPPER : -1;
      break;
    case CM_CAPITALIZE:
      kind = first ? MAP_TITLE : MAP_LOWER;
      break;
    default:
      kind = prev_cased ? MAP_LOWER : MAP_TITLE;
      prev_cased = uc_iscased(c);
      break;
    }
    first = 0;
    if (c == 0x3A3 && kind == MAP_LOWER && final_sigma(d, n, i, k))
      r = ft_strbuf_append_codepoint(&b, 0x3C2);
    else if (kind < 0 || (c < 0x80 && kind != MAP_FOLD)) {
      unsigned char o = (unsigned char)c;
      if (kind == MAP_LOWER)
        o = a_lower(o);
      else if (kind >= 0)
        o = a_upper(o);
      r = kind < 0 ? ft_strbuf_append(&b, d + i, k)
                   : ft_strbuf_append_char(&b, (char)o);
    } else
      r = append_mapped(&b, c, kind);
    if (r < 0)
      return buf_nomem(&b);
    i += k;
  }
  return str_from_buf(&b, SIZE_MAX);
}

#define CASE_METHOD(fname, pyname, mode)                                     \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    NOARGS(pyname);                                                          \
    return case_map(self, mode);                                             \
  }
CASE_METHOD(str_lower, "lower", CM_LOWER)
CASE_METHOD(str_upper, "upper", CM_UPPER)
CASE_METHOD(str_swapcase, "swapcase", CM_SWAP)
CASE_METHOD(str_title, "title", CM_TITLE)
CASE_METHOD(str_capitalize, "capitalize", CM_CAPITALIZE)
CASE_METHOD(str_casefold, "casefold", CM_CASEFOLD)

/* ==== predicates ========================================================== */

/* True when every character satisfies pred (and there is one). */
static FtValue all_chars(FtValue self, int (*pred)(uint32_t)) {
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  if (s->size == 0)
    return FT_FALSE;
  for (size_t i = 0; i < s->size;) {
    size_t k = 1;
    uint32_t c = d[i] < 0x80 ? d[i] : u8_decode(d + i, &k);
    if (!pred(c))
      return FT_FALSE;
    i += k;
  }
  return FT_TRUE;
}

#define PRED_METHOD(fname, pyname, pred)                                     \
  static FtValue fname(FtValue self, const FtValue *args, size_t nargs,      \
                       FtValue kwnames) {                                    \
    NOARGS(pyname);                                                          \
    return all_chars(self, pred);                                            \
  }
PRED_METHOD(str_isdigit, "isdigit", uc_isdigit)
PRED_METHOD(str_isdecimal, "isdecimal", uc_isdecimal)
PRED_METHOD(str_isnumeric, "isnumeric", uc_isnumeric)
PRED_METHOD(str_isalpha, "isalpha", uc_isalpha)
PRED_METHOD(str_isalnum, "isalnum", uc_isalnum)
PRED_METHOD(str_isspace, "isspace", uc_isspace)

static FtValue str_isascii(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NOARGS("isascii");
  return ft_bool(str_is_ascii(S(self)));
}

static FtValue str_isprintable(FtValue self, const FtValue *args, size_t nargs,
                               FtValue kwnames) {
  NOARGS("isprintable");
  if (S(self)->size == 0)
    return FT_TRUE;
  return all_chars(self, uc_isprintable);
}

/* mode 0 isupper, 1 islower, 2 istitle */
static FtValue case_pred(FtValue self, int mode) {
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  int cased = 0, prev_cased = 0;
  for (size_t i = 0; i < s->size;) {
    size_t k = 1;
    uint32_t c = d[i] < 0x80 ? d[i] : u8_decode(d + i, &k);
    i += k;
    int up = uc_isupper(c), lo = !up && uc_islower(c);
    if (mode == 0) {
      if (lo || uc_istitlecase(c))
        return FT_FALSE;
      cased |= up;
    } else if (mode == 1) {
      if (up || uc_istitlecase(c))
        return FT_FALSE;
      cased |= lo;
    } else {
      if (up) {
        if (prev_cased)
          return FT_FALSE;
        prev_cased = cased = 1;
      } else if (lo) {
        if (!prev_cased)
          return FT_FALSE;
        prev_cased = cased = 1;
      } else if (uc_istitlecase(c)) {
        if (prev_cased)
          return FT_FALSE;
        prev_cased = cased = 1;
      } else {
        prev_cased = 0;
      }
    }
  }
  return ft_bool(cased);
}

static FtValue str_isupper(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NOARGS("isupper");
  return case_pred(self, 0);
}
static FtValue str_islower(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NOARGS("islower");
  return case_pred(self, 1);
}
static FtValue str_istitle(FtValue self, const FtValue *args, size_t nargs,
                           FtValue kwnames) {
  NOARGS("istitle");
  return case_pred(self, 2);
}

/* XID_Start plus '_' / XID_Continue, as CPython's isidentifier. */
static int id_start(uint32_t c) {
  if (c < 128)
    return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return in_ranges(c, xid_start_ranges, NRANGES(xid_start_ranges));
}
static int id_continue(uint32_t c) {
  if (c < 128)
    return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
           (c >= '0' && c <= '9');
  return in_ranges(c, xid_continue_ranges, NRANGES(xid_continue_ranges));
}

/* Is s a valid identifier (keywords included, as str.isidentifier)? */
int ft_str_isidentifier(FtValue v) {
  FtStr *s = S(v);
  const unsigned char *d = (const unsigned char *)s->data;
  if (s->size == 0)
    return 0;
  for (size_t i = 0; i < s->size;) {
    size_t k = 1;
    uint32_t c = d[i] < 0x80 ? d[i] : u8_decode(d + i, &k);
    if (!(i == 0 ? id_start(c) : id_continue(c)))
      return 0;
    i += k;
  }
  return 1;
}

static FtValue str_isidentifier(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  NOARGS("isidentifier");
  return ft_bool(ft_str_isidentifier(self));
}

/* ==== padding ============================================================= */

static FtValue pad(FtValue self, size_t left, size_t right, uint32_t fill) {
  FtStr *s = S(self);
  if (left == 0 && right == 0)
    return str_exact(self);
  char fb[4];
  size_t fl = u8_encode(fill, fb);
  FtStr *r = str_alloc(s->size + (left + right) * fl, s->len + left + right);
  if (!r)
    return 0;
  char *o = r->data;
  if (fl == 1) {
    memset(o, fb[0], left);
    o += left;
  } else
    for (size_t i = 0; i < left; i++, o += fl)
      memcpy(o, fb, fl);
  memcpy(o, s->data, s->size);
  o += s->size;
  if (fl == 1)
    memset(o, fb[0], right);
  else
    for (size_t i = 0; i < right; i++, o += fl)
      memcpy(o, fb, fl);
  return ft_val(r);
}

/* which: 0 ljust, 1 rjust, 2 center */
static FtValue do_just(const char *name, FtValue self, const FtValue *args,
                       size_t nargs, FtValue kwnames, int which) {
  POSONLY(name, 1, 2);
  intptr_t width;
  if (ssize_arg(args[0], &width) < 0)
    return 0;
  uint32_t fill = ' ';
  if (nargs > 1) {
    FtValue f = args[1];
    if (!ft_str_check(f))
      return ft_err_format(&FtExc_TypeError,
                           "The fill character must be a unicode character, not %T",
                           f);
    if (S(f)->len != 1)
      return ft_err_format(&FtExc_TypeError,
                           "The fill character must be exactly one character long");
    size_t k;
    fill = u8_decode((const unsigned char *)S(f)->data, &k);
  }
  size_t len = S(self)->len;
  if (width <= (intptr_t)len)
    return str_exact(self);
  size_t marg = (size_t)width - len;
  if (which == 0)
    return pad(self, 0, marg, fill);
  if (which == 1)
    return pad(self, marg, 0, fill);
  size_t left = marg / 2 + (marg & (size_t)width & 1);
  return pad(self, left, marg - left, fill);
}

static FtValue str_ljust(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  return do_just("ljust", self, args, nargs, kwnames, 0);
}
static FtValue str_rjust(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  return do_just("rjust", self, args, nargs, kwnames, 1);
}
static FtValue str_center(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  return do_just("center", self, args, nargs, kwnames, 2);
}

static FtValue str_zfill(FtValue self, const FtValue *args, size_t nargs,
                         FtValue kwnames) {
  ONEARG("zfill");
  intptr_t width;
  if (ssize_arg(args[0], &width) < 0)
    return 0;
  FtStr *s = S(self);
  if (width <= (intptr_t)s->len)
    return str_exact(self);
  FtValue r = pad(self, (size_t)width - s->len, 0, '0');
  if (!r)
    return 0;
  char *o = S(r)->data;
  size_t fill = (size_t)width - s->len;
  if (s->size && (s->data[0] == '+' || s->data[0] == '-')) {
    o[0] = s->data[0];
    o[fill] = '0';
  }
  return r;
}

static FtValue str_expandtabs(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  FtValue a[1] = {0};
  static const char *const names[] = {"tabsize", NULL};
  if (ft_args_parse("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  intptr_t tab = 8;
  if (a[0] && int_arg(a[0], &tab) < 0)
    return 0;
  FtStr *s = S(self);
  if (!memchr(s->data, '\t', s->size))
    return str_exact(self);
  FtStrBuf b;
  ft_strbuf_init(&b);
  const unsigned char *d = (const unsigned char *)s->data;
  size_t col = 0, len = 0;
  for (size_t i = 0; i < s->size;) {
    unsigned char c = d[i];
    int r = 0;
    if (c == '\t') {
      if (tab > 0) {
        size_t k = (size_t)tab - col % (size_t)tab;
        r = ft_strbuf_append_repeat(&b, ' ', k);
        col += k;
        len += k;
      }
      i++;
    } else {
      size_t k = u8_seqlen(c);
      r = ft_strbuf_append(&b, d + i, k);
      i += k;
      len++;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    if (r < 0)
      return buf_nomem(&b);
  }
  return str_from_buf(&b, len);
}

/* ==== encode, translate =================================================== */

static FtValue str_encode(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  FtValue a[2] = {0, 0};
  static const char *const names[] = {"encoding", "errors", NULL};
  if (ft_args_parse("encode", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  const char *enc = NULL, *err = NULL;
  if (a[0]) {
    if (!ft_str_check(a[0]))
      return ft_err_format(&FtExc_TypeError,
                           "encode() argument 'encoding' must be str, not %s",
                           argtype(a[0]));
    enc = S(a[0])->data;
  }
  if (a[1]) {
    if (!ft_str_check(a[1]))
      return ft_err_format(&FtExc_TypeError,
                           "encode() argument 'errors' must be str, not %s",
                           argtype(a[1]));
    err = S(a[1])->data;
  }
  return ft_str_encode(self, enc, err);
}

static FtValue str_maketrans(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  UNUSED(self);
  POSONLY("maketrans", 1, 3);
  FtValue x = args[0];
  FtValue d = ft_dict_new();
  if (!d)
    return 0;
  if (nargs == 1) {
    if (!ft_dict_check(x)) {
      ft_decref(d);
      return ft_err_format(&FtExc_TypeError, "if you give only one argument to "
                                             "maketrans it must be a dict");
    }
    size_t pos = 0;
    FtValue k, v;
    while (ft_dict_next(x, &pos, &k, &v)) {
      FtValue key = 0;
      if (ft_str_check(k)) {
        if (S(k)->len != 1) {
          ft_err_format(&FtExc_ValueError,
                        "string keys in translate table must be of length 1");
        } else {
          size_t m;
          key = ft_small(u8_decode((const unsigned char *)S(k)->data, &m));
        }
      } else if (ft_int_check(k)) {
        key = ft_newref(k);
      } else {
        ft_err_format(&FtExc_TypeError,
                      "keys in translate table must be strings or integers");
      }
      int rc = key ? ft_dict_set(d, key, v) : -1;
      ft_xdecref(key);
      ft_decref(k);
      ft_decref(v);
      if (rc < 0) {
        ft_decref(d);
        return 0;
      }
    }
    return d;
  }
  FtValue y = args[1];
  if (!ft_str_check(y)) {
    ft_decref(d);
    return ft_err_format(&FtExc_TypeError, "maketrans() argument 2 must be str, not %s",
        argtype(y));
  }
  if (nargs > 2 && !ft_str_check(args[2])) {
    ft_decref(d);
    return ft_err_format(&FtExc_TypeError, "maketrans() argument 3 must be str, not %s",
        argtype(args[2]));
  }
  if (!ft_str_check(x)) {
    ft_decref(d);
    return ft_err_format(&FtExc_TypeError, "first maketrans argument must be a "
                                           "string if there is a second argument");
  }
  if (S(x)->len != S(y)->len) {
    ft_decref(d);
    return ft_err_format(&FtExc_ValueError,
                         "the first two maketrans arguments must have equal length");
  }
  const unsigned char *xp = (const unsigned char *)S(x)->data;
  const unsigned char *yp = (const unsigned char *)S(y)->data;
  for (size_t i = 0, j = 0; i < S(x)->size;) {
    size_t k1, k2;
    uint32_t a = u8_decode(xp + i, &k1), b = u8_decode(yp + j, &k2);
    if (ft_dict_set(d, ft_small(a), ft_small(b)) < 0) {
      ft_decref(d);
      return 0;
    }
    i += k1;
    j += k2;
  }
  if (nargs > 2) {
    const unsigned char *zp = (const unsigned char *)S(args[2])->data;
    for (size_t i = 0; i < S(args[2])->size;) {
      size_t k;
      uint32_t c = u8_decode(zp + i, &k);
      if (ft_dict_set(d, ft_small(c), FT_NONE) < 0) {
        ft_decref(d);
        return 0;
      }
      i += k;
    }
  }
  return d;
}

/* table[c] for translate: new ref, FT_NULL with no error = unchanged. */
static FtValue translate_lookup(FtValue table, uint32_t c) {
  if (ft_isinstance_exact(table, &FtDict_Type))
    return ft_dict_get(table, ft_small(c));
  FtValue v = ft_getitem(table, ft_small(c));
  if (!v && ft_err_matches(&FtExc_LookupError))
    ft_err_clear();
  return v;
}

static FtValue str_translate(FtValue self, const FtValue *args, size_t nargs,
                             FtValue kwnames) {
  ONEARG("translate");
  FtValue table = args[0];
  FtStr *s = S(self);
  const unsigned char *d = (const unsigned char *)s->data;
  /* Results for ASCII characters are looked up once each. */
  FtValue cache[128];
  uint8_t cached[128] = {0};
  FtStrBuf b;
  ft_strbuf_init(&b);
  FtValue res = 0;
  for (size_t i = 0; i < s->size;) {
    size_t k = 1;
    uint32_t c = d[i] < 0x80 ? d[i] : u8_decode(d + i, &k);
    FtValue v;
    if (c < 128 && cached[c]) {
      v = cache[c];
    } else {
      v = translate_lookup(table, c);
      if (!v && ft_err_occurred())
        goto done;
      if (c < 128) {
        cached[c] = 1;
        cache[c] = v;
      }
    }
    int r;
    if (!v)
      r = ft_strbuf_append(&b, d + i, k);
    else if (v == FT_NONE)
      r = 0;
    else if (ft_is_small(v) || ft_int_check(v)) {
      int64_t cp;
      int ovf = 0;
      if (ft_int_as_i64(v, &cp, &ovf) < 0 && !ovf)
        goto done_v;
      if (ovf || cp < 0 || cp > 0x10FFFF) {
        ft_err_format(&FtExc_ValueError,
                      "character mapping must be in range(0x110000)");
        goto done_v;
      }
      r = ft_strbuf_append_codepoint(&b, (uint32_t)cp);
    } else if (ft_str_check(v))
      r = ft_strbuf_append(&b, S(v)->data, S(v)->size);
    else {
      ft_err_format(&FtExc_TypeError,
                    "character mapping must return integer, None or str");
      goto done_v;
    }
    if (c >= 128)
      ft_xdecref(v);
    if (r < 0) {
      ft_err_nomemory();
      goto done;
    }
    i += k;
    continue;
  done_v:
    if (c >= 128)
      ft_xdecref(v);
    goto done;
  }
  res = str_from_buf(&b, SIZE_MAX);
done:
  ft_strbuf_free(&b);
  for (int c = 0; c < 128; c++)
    if (cached[c])
      ft_xdecref(cache[c]);
  return res;
}

/* ==== formatting entry points ============================================= */

static FtValue str_format_m(FtValue self, const FtValue *args, size_t nargs,
                            FtValue kwnames) {
  return ft_str_format_method(self, args, nargs, kwnames);
}

static FtValue str_format_map_m(FtValue self, const FtValue *args,
                                size_t nargs, FtValue kwnames) {
  ONEARG("format_map");
  return ft_str_format_map(self, args[0]);
}

static FtValue str_dunder_format(FtValue self, const FtValue *args,
                                 size_t nargs, FtValue kwnames) {
  ONEARG("__format__");
  if (!ft_str_check(args[0]))
    return ft_err_format(&FtExc_TypeError,
                         "__format__() argument must be str, not %s",
                         argtype(args[0]));
  return ft_str_format_spec(self, args[0]);
}

static FtValue str_sizeof(FtValue self, const FtValue *args, size_t nargs,
                          FtValue kwnames) {
  NOARGS("__sizeof__");
  /* CPython's numbers, which programs print: a compact str is a 48-byte
   * (ASCII) or 72-byte header plus len + 1 units of 1, 2 or 4 bytes,
   * the unit being set by the largest code point */
  FtStr *st = S(self);
  if (st->len == st->size)
    return ft_small((intptr_t)(48 + st->len + 1));
  size_t kind = 1;
  const unsigned char *d = (const unsigned char *)st->data;
  for (size_t i = 0; i < st->size && kind < 4; i++) {
    if (d[i] >= 0xF0)
      kind = 4;
    else if (d[i] >= 0xC4 && (d[i] & 0xC0) == 0xC0)
      kind = 2; /* a lead byte of a code point >= U+0100 */
  }
  return ft_small((intptr_t)(72 + (st->len + 1) * kind));
}

static FtValue str_getnewargs(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames) {
  NOARGS("__getnewargs__");
  FtValue c = str_exact(self);
  if (!c)
    return 0;
  FtValue t = ft_tuple_pack(1, c);
  ft_decref(c);
  return t;
}

/* ==== construction from Python ============================================ */

static FtValue str_new(FtType *type, const FtValue *args, size_t nargs,
                       FtValue kwnames) {
  FtValue a[3] = {0, 0, 0};
  if (!kwnames && nargs <= 1) {
    if (nargs)
      a[0] = args[0];
  } else {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    if (ft_args_parse("str", args, nargs, kwnames, names, 0, 0, a) < 0)
      return 0;
  }
  FtValue r;
  if (!a[0]) {
    r = str_empty();
  } else if (a[1] || a[2]) {
    const char *enc = NULL, *err = NULL;
    if (a[1]) {
      if (!ft_str_check(a[1]))
        return ft_err_format(&FtExc_TypeError,
                             "str() argument 'encoding' must be str, not %s",
                             argtype(a[1]));
      enc = S(a[1])->data;
    }
    if (a[2]) {
      if (!ft_str_check(a[2]))
        return ft_err_format(&FtExc_TypeError,
                             "str() argument 'errors' must be str, not %s",
                             argtype(a[2]));
      err = S(a[2])->data;
    }
    FtValue bv = ft_bytes_coerce(a[0]);
    if (bv) {
      r = ft_str_decode(ft_bytes_data(bv), ft_bytes_size(bv), enc, err);
      ft_decref(bv);
    } else if (ft_err_occurred())
      return 0;
    else if (ft_str_check(a[0]))
      return ft_err_format(&FtExc_TypeError, "decoding str is not supported");
    else
      return ft_err_format(&FtExc_TypeError,
                           "decoding to str: need a bytes-like object, %T found",
                           a[0]);
  } else {
    r = ft_to_str(a[0]);
  }
  if (!r || type == &FtStr_Type)
    return r;
  /* A subclass instance: the same text in an object of `type`.  The
   * subclass's own fields (basicsize - sizeof(FtStr) bytes) cannot sit at
   * a fixed offset after FtStr because the text is stored inline there;
   * we allocate room for them after the text, rounded up to 8 bytes. */
  FtStr *src = S(r);
  FtStr *o = (FtStr *)ft_object_alloc(type, type->basicsize + src->size + 1 + 7);
  if (!o) {
    ft_decref(r);
    return 0;
  }
  o->len = src->len;
  o->size = src->size;
  atomic_store_explicit(&o->hash, -1, memory_order_relaxed);
  if (src->size == src->len)
    o->ob.flags = FT_STR_ASCII;
  memcpy(o->data, src->data, src->size + 1);
  ft_decref(r);
  return ft_val(o);
}

/* ==== the type object ===================================================== */

static const FtMethodDef str_methods[] = {
    {"split", str_split, 0, "Return a list of the substrings in the string."},
    {"rsplit", str_rsplit, 0, NULL},
    {"splitlines", str_splitlines, 0, NULL},
    {"join", str_join_m, 0, "Concatenate any number of strings."},
    {"strip", str_strip, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"replace", str_replace, 0, NULL},
    {"find", str_find, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"index", str_index, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"count", str_count, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"partition", str_partition, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"title", str_title, 0, NULL},
    {"capitalize", str_capitalize, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"center", str_center, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"expandtabs", str_expandtabs, 0, NULL},
    {"encode", str_encode, 0, NULL},
    {"maketrans", str_maketrans, FT_METH_STATIC, NULL},
    {"translate", str_translate, 0, NULL},
    {"format", str_format_m, 0, NULL},
    {"format_map", str_format_map_m, 0, NULL},
    {"__format__", str_dunder_format, 0, NULL},
    {"__sizeof__", str_sizeof, 0, NULL},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

FtType FtStr_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "str",
    .basicsize = sizeof(FtStr),
    .itemsize = 1,
    .tpflags = FT_TPFLAG_BASETYPE | FT_TPFLAG_STR_SUBCLASS,
    .dealloc = str_dealloc,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .bool_ = str_bool_slot,
    .nb[FT_NB_ADD] = str_nb_add,
    .nb[FT_NB_MUL] = str_nb_mul,
    .nb[FT_NB_MOD] = str_nb_mod,
    .new_ = str_new,
    .methods = str_methods,
};
