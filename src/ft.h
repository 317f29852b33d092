/*
 * ft.h -- the internal API shared by every part of ftpy: the layouts of the
 * core immutable objects (so hot paths can inline field access), their
 * constructors, the error API and the abstract object protocol.
 *
 * Conventions (as in CPython's C API, so they are familiar):
 *  - functions returning FtValue return a NEW reference, or 0 with an
 *    exception set in the current thread state;
 *  - int-returning functions return -1 with an exception set on error;
 *  - arguments are borrowed unless a comment says "steals";
 *  - functions named *_borrow return borrowed references.
 * Every object type lives in its own file under src/objects/ with the
 * prefix of its name (ft_list_* in list.c); this header only gathers what
 * other files call.
 */
#ifndef FT_H
#define FT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/object.h"

/* ---- errors (runtime/error.c) --------------------------------------- */

/* Exception types: FtExc_<Name>, each a static FtType. */
#define FT_EXC_LIST(X)                                                       \
  X(BaseException)                                                           \
  X(SystemExit)                                                              \
  X(KeyboardInterrupt)                                                       \
  X(GeneratorExit)                                                           \
  X(Exception)                                                               \
  X(StopIteration)                                                           \
  X(StopAsyncIteration)                                                      \
  X(ArithmeticError)                                                         \
  X(FloatingPointError)                                                      \
  X(OverflowError)                                                           \
  X(ZeroDivisionError)                                                       \
  X(AssertionError)                                                          \
  X(AttributeError)                                                          \
  X(BufferError)                                                             \
  X(EOFError)                                                                \
  X(ImportError)                                                             \
  X(ModuleNotFoundError)                                                     \
  X(LookupError)                                                             \
  X(IndexError)                                                              \
  X(KeyError)                                                                \
  X(MemoryError)                                                             \
  X(NameError)                                                               \
  X(UnboundLocalError)                                                       \
  X(OSError)                                                                 \
  X(FileNotFoundError)                                                       \
  X(FileExistsError)                                                         \
  X(PermissionError)                                                         \
  X(IsADirectoryError)                                                       \
  X(NotADirectoryError)                                                      \
  X(TimeoutError)                                                            \
  X(InterruptedError)                                                        \
  X(BlockingIOError)                                                         \
  X(ChildProcessError)                                                       \
  X(ProcessLookupError)                                                      \
  X(ConnectionError)                                                         \
  X(BrokenPipeError)                                                         \
  X(ConnectionAbortedError)                                                  \
  X(ConnectionRefusedError)                                                  \
  X(ConnectionResetError)                                                    \
  X(ReferenceError)                                                          \
  X(RuntimeError)                                                            \
  X(NotImplementedError)                                                     \
  X(RecursionError)                                                          \
  X(SyntaxError)                                                             \
  X(IndentationError)                                                        \
  X(TabError)                                                                \
  X(SystemError)                                                             \
  X(TypeError)                                                               \
  X(ValueError)                                                              \
  X(UnicodeError)                                                            \
  X(UnicodeDecodeError)                                                      \
  X(UnicodeEncodeError)                                                      \
  X(Warning)                                                                 \
  X(UserWarning)                                                             \
  X(DeprecationWarning)                                                      \
  X(RuntimeWarning)                                                          \
  X(PendingDeprecationWarning)                                               \
  X(SyntaxWarning)                                                           \
  X(FutureWarning)                                                           \
  X(ImportWarning)                                                           \
  X(UnicodeWarning)                                                          \
  X(BytesWarning)                                                            \
  X(ResourceWarning)                                                         \
  X(EncodingWarning)                                                         \
  X(UnicodeTranslateError)

#define FT_EXC_DECL(name) extern FtType FtExc_##name;
FT_EXC_LIST(FT_EXC_DECL)
#undef FT_EXC_DECL

/* Set an exception of `type` with a message built from a printf-like
 * format.  Extra conversions: %R repr(FtValue), %S str(FtValue),
 * %T the type name of an FtValue, %U an FtValue str inserted as is.
 * Returns 0 so callers can `return ft_err_format(...)`. */
FtValue ft_err_format(FtType *type, const char *fmt, ...);
FtValue ft_err_vformat(FtType *type, const char *fmt, va_list ap);
/* Set an exception of `type` with args (value,) -- or an existing
 * exception instance when value is one. */
FtValue ft_err_set_value(FtType *type, FtValue value);
FtValue ft_err_set_none(FtType *type); /* no args */
FtValue ft_err_nomemory(void);
/* Raise an exception object (steals exc). */
void ft_err_raise(FtValue exc);
/* The pending exception (borrowed) or 0. */
FtValue ft_err_occurred(void);
/* Is the pending exception an instance of t? */
int ft_err_matches(FtType *t);
void ft_err_clear(void);
/* Take the pending exception (new ref) and clear it; 0 if none. */
FtValue ft_err_fetch(void);
/* Print the pending exception with its traceback to stderr, clear it. */
void ft_err_print(void);
/* Does exception value/type `exc` match class or tuple `cls`? */
int ft_exc_matches(FtValue exc, FtValue cls);
int ft_exc_is_instance(FtValue v);
FtValue ft_exc_args(FtValue exc); /* borrowed tuple */
/* Create an exception instance of type t with the given args tuple. */
FtValue ft_exc_new(FtType *t, FtValue args);

/* ---- int (objects/int.c) --------------------------------------------- */

/* Big ints (out of small-int range) are FtLong objects over GMP; a value
 * that fits in a small int is ALWAYS represented as a small int, so two
 * equal ints have equal tags and small ints never hit GMP. */
FtValue ft_int_from_i64(int64_t i);
FtValue ft_int_from_u64(uint64_t u);
FtValue ft_int_from_double(double d); /* truncates; raises on nan/inf */
/* Parse a Python int literal / int(str, base); base 0 = literal rules. */
FtValue ft_int_from_string(const char *s, size_t len, int base);
/* -1 on error (TypeError for non-int); *overflow = 1 when out of range. */
int ft_int_as_i64(FtValue v, int64_t *out, int *overflow);
/* Index conversion with OverflowError "cannot fit 'int' into an index-sized
 * integer"; accepts __index__ objects.  Returns -1 w/ error (check occurred). */
intptr_t ft_int_as_ssize(FtValue v);
double ft_int_as_double(FtValue v); /* OverflowError: returns -1.0, set */
int ft_int_check(FtValue v);        /* int or bool or subclass */
int ft_int_sign(FtValue v);
FtValue ft_int_str(FtValue v);      /* decimal str */
FtValue ft_int_format_base(FtValue v, int base, int alternate_prefix);
FtValue ft_int_powmod(FtValue b, FtValue e, FtValue m);
FtValue ft_int_round(FtValue x, FtValue ndigits); /* ndigits may be 0 */
void ft_int_init(void); /* start-up: GMP allocator */
/* -- added by the int/float helper (objects/int.c) -- */
/* Arithmetic on two ints (int, bool or subclasses; the caller checks),
 * with small-int fast paths; for the VM's binary-op slow paths. */
FtValue ft_int_add(FtValue a, FtValue b);
FtValue ft_int_sub(FtValue a, FtValue b);
FtValue ft_int_mul(FtValue a, FtValue b);
FtValue ft_int_floordiv(FtValue a, FtValue b);
FtValue ft_int_mod(FtValue a, FtValue b);
FtValue ft_int_truediv(FtValue a, FtValue b);
FtValue ft_int_pow(FtValue a, FtValue b);
FtValue ft_int_lshift(FtValue a, FtValue b);
FtValue ft_int_rshift(FtValue a, FtValue b);
FtValue ft_int_and(FtValue a, FtValue b);
FtValue ft_int_or(FtValue a, FtValue b);
FtValue ft_int_xor(FtValue a, FtValue b);
int ft_int_compare(FtValue a, FtValue b); /* -1, 0, 1; both ints */
/* Exact int vs double comparison: -1, 0, 1, or 2 when d is nan. */
int ft_int_cmp_double(FtValue v, double d);
/* v = m * 2**e, 0.5 <= |m| < 1, for any size (math.log of huge ints). */
double ft_int_frexp(FtValue v, int64_t *e);
/* format(v, spec) for ints / floats (spec is UTF-8, may be empty). */
FtValue ft_int_format(FtValue v, const char *spec, size_t len);
/* sys.get_int_max_str_digits / set_int_max_str_digits (0 = no limit;
 * set raises ValueError for 0 < n < 640 and returns -1). */
int ft_int_get_max_str_digits(void);
int ft_int_set_max_str_digits(int n);
/* Text of a number from a str with Unicode digits/spaces mapped to ASCII
 * (ft_mem_alloc'd, NUL-terminated; NULL on MemoryError). */
char *ft_int_numeric_ascii(const char *utf8, size_t size, size_t *out_size);
/* For the math module: non-negative arguments checked by the caller. */
FtValue ft_int_gcd(FtValue a, FtValue b);
FtValue ft_int_lcm(FtValue a, FtValue b);
FtValue ft_int_factorial(uint64_t n);
FtValue ft_int_isqrt(FtValue n);
FtValue ft_int_comb(FtValue n, FtValue k);
FtValue ft_int_perm(FtValue n, FtValue k);
/* -- end of additions -- */
/* bool */
FtValue ft_bool(int b); /* FT_TRUE / FT_FALSE, immortal */
extern FtObject ft_true_object, ft_false_object;
#define FT_TRUE ft_val(&ft_true_object)
#define FT_FALSE ft_val(&ft_false_object)

/* ---- float (objects/float.c) ------------------------------------------ */

typedef struct FtFloat {
  FtObject ob;
  double value;
} FtFloat;
FtValue ft_float_new(double d);
/* The per-thread freelist of dead exact floats (float.c), linked through
 * their value field; thread-local, so no synchronization.  The inline
 * helpers let the eval loop recycle temporaries without calls. */
#define FT_FLOAT_FREELIST_MAX 256
extern _Thread_local FtFloat *ft_float_freelist;
extern _Thread_local int ft_float_nfree;
/* A float from the freelist with a fresh header, or 0 when it is empty. */
static inline FtValue ft_float_pop_free(double d) {
  FtFloat *f = ft_float_freelist;
  if (!f)
    return 0;
  memcpy(&ft_float_freelist, &f->value, sizeof ft_float_freelist);
  ft_float_nfree--;
  /* the same header ft_object_alloc gives a fresh object */
  atomic_store_explicit(&f->ob.tid, ft_alloc_tid(), memory_order_relaxed);
  atomic_store_explicit(&f->ob.ref_local, 1, memory_order_relaxed);
  atomic_store_explicit(&f->ob.ref_shared, 0, memory_order_relaxed);
  f->ob.gc_bits = 0;
  f->ob.flags = 0;
  f->value = d;
  return ft_val(f);
}
static inline FtValue ft_float_new_fast(double d) {
  FtValue v = ft_float_pop_free(d);
  return v ? v : ft_float_new(d);
}
/* Put a dead exact float (count zero, no other holder) on the freelist;
 * 0 when the list is full (then free it normally). */
static inline int ft_float_push_free(FtObject *o) {
  if (ft_float_nfree >= FT_FLOAT_FREELIST_MAX)
    return 0;
  FtFloat *f = (FtFloat *)o;
  /* keep the rest of the header (type, zero mutex/bits/flags) as is */
  memcpy(&f->value, &ft_float_freelist, sizeof ft_float_freelist);
  ft_float_freelist = f;
  ft_float_nfree++;
  return 1;
}
static inline double ft_float_val(FtValue v) {
  return ((FtFloat *)ft_obj(v))->value;
}
/* float(x) conversion for any number; -1.0 with error set on failure. */
double ft_float_as_double(FtValue v);
FtValue ft_float_repr(FtValue v);
FtValue ft_float_round(FtValue x, FtValue ndigits); /* ndigits may be 0 */
/* -- added by the int/float helper (objects/float.c) -- */
FtValue ft_float_format(FtValue v, const char *spec, size_t len);
/* Free this thread's float freelist: call when a thread exits. */
void ft_float_clear_freelist(void);
/* -- end of additions -- */
/* -- added by the complex helper (objects/complex.c) -- */
/* complex: two doubles, immutable; user subclasses extend the layout. */
typedef struct FtComplex {
  FtObject ob;
  double real, imag;
} FtComplex;
extern FtType FtComplex_Type;
FtValue ft_complex_new(double real, double imag);
int ft_complex_check(FtValue v); /* complex or a subclass */
/* (xr + xi j) ** (yr + yi j) exactly as complex.__pow__ (raises
 * ZeroDivisionError / OverflowError like it); float ** float uses it for a
 * negative base and a fractional exponent. */
FtValue ft_complex_pow(double xr, double xi, double yr, double yi);
/* -- end of complex additions -- */

/* ---- str (objects/str.c) --------------------------------------------- */

/* Immutable UTF-8 text.  `len` counts code points, `size` bytes; for ASCII
 * text they are equal and indexing is O(1).  data is NUL-terminated.  The
 * hash is computed lazily (relaxed atomic; racing writers store the same
 * value). */
typedef struct FtStr {
  FtObject ob;
  size_t len;
  size_t size;
  _Atomic intptr_t hash; /* -1 = not yet computed */
  char data[];
} FtStr;
#define FT_STR_INTERNED 1 /* ob.flags */
#define FT_STR_ASCII 2    /* ob.flags */
static inline const char *ft_str_data(FtValue s) {
  return ((FtStr *)ft_obj(s))->data;
}
static inline size_t ft_str_size(FtValue s) { return ((FtStr *)ft_obj(s))->size; }
static inline size_t ft_str_len(FtValue s) { return ((FtStr *)ft_obj(s))->len; }
static inline int ft_str_check(FtValue v) {
  return FT_TYPE_HAS(v, FT_TPFLAG_STR_SUBCLASS);
}
/* New str from UTF-8 bytes (assumed valid; use ft_str_decode_utf8 for
 * untrusted bytes). */
FtValue ft_str_new(const char *utf8, size_t size);
FtValue ft_str_from_cstr(const char *s);
FtValue ft_str_decode_utf8(const char *bytes, size_t size, const char *errors);
FtValue ft_str_from_format(const char *fmt, ...); /* same % codes as errors */
FtValue ft_str_from_codepoint(uint32_t cp);
/* An immortal interned str; equal names give the same object. */
FtValue ft_str_intern_cstr(const char *s);
/* The same for a string in static storage that never changes (a literal,
 * a name in a const table): found by address alone in the common case. */
FtValue ft_str_intern_literal(const char *s);
FtValue ft_str_intern(FtValue s); /* steals s, returns the interned one */
intptr_t ft_str_hash(FtValue s);
int ft_str_eq(FtValue a, FtValue b);
FtValue ft_str_concat(FtValue a, FtValue b);
/* Allocate an uninitialised str of `size` bytes / `len` code points to be
 * filled by the caller (used by builders). */
FtValue ft_str_alloc(size_t size, size_t len);
FtValue ft_str_repr(FtValue s);
FtValue ft_str_join(FtValue sep, FtValue iterable);
/* Apply a format spec (format(x, spec)) for str/int/float values. */
FtValue ft_str_format_spec(FtValue str_value, FtValue spec);
/* The formatter behind ft_err_format / ft_str_from_format. */
FtValue ft_str_vformat(const char *fmt, va_list ap);
void ft_str_init(void); /* start-up: character cache, intern table */
/* -- added by the str helper (objects/str.c, objects/str_format.c) -- */
/* iter(str) for non-ASCII / ASCII text; both need ft_type_ready. */
extern FtType FtStrIter_Type, FtStrAsciiIter_Type;
/* Decode bytes with a codec name (utf-8, ascii, latin-1 and aliases; NULL =
 * utf-8) and an errors handler name (NULL = strict). */
FtValue ft_str_decode(const char *bytes, size_t size, const char *encoding,
                      const char *errors);
/* str.encode: returns bytes. */
FtValue ft_str_encode(FtValue s, const char *encoding, const char *errors);
/* The hash str and bytes use for their contents (never -1). */
intptr_t ft_str_hash_bytes(const void *data, size_t n);
/* ascii() of a str: its repr with non-ASCII characters escaped. */
FtValue ft_str_ascii_repr(FtValue s);
/* `s += t` for two strs: *slot = *slot + b, growing *slot in place when
 * this thread holds its only reference (the caller must have dropped
 * any other reference it owns, e.g. the variable being assigned).
 * Consumes the reference in *slot; 0 ok, -1 error (*slot unchanged). */
int ft_str_append_inplace(FtValue *slot, FtValue b);
/* Concatenate n strs in one allocation (f-strings: BUILD_STRING). */
FtValue ft_str_build(const FtValue *pieces, size_t n);
/* fmt % args (str's nb[FT_NB_MOD]; str_format.c). */
FtValue ft_str_percent(FtValue fmt, FtValue args);
/* fmt.format(*args, **kw) in the vector convention; fmt.format_map(m). */
FtValue ft_str_format_method(FtValue fmt, const FtValue *args, size_t nargs,
                             FtValue kwnames);
FtValue ft_str_format_map(FtValue fmt, FtValue mapping);
/* str.isidentifier() (keywords included); for the tokenizer too. */
int ft_str_isidentifier(FtValue s);
/* -- end of str helper additions -- */

/* ---- bytes (objects/bytes.c) ----------------------------------------- */

typedef struct FtBytes {
  FtObject ob;
  size_t size;
  _Atomic intptr_t hash;
  char data[]; /* NUL-terminated */
} FtBytes;
FtValue ft_bytes_new(const char *data, size_t size);
static inline const char *ft_bytes_data(FtValue b) {
  return ((FtBytes *)ft_obj(b))->data;
}
static inline size_t ft_bytes_size(FtValue b) {
  return ((FtBytes *)ft_obj(b))->size;
}
/* -- added by the str helper (objects/bytes.c, objects/bytearray.c) -- */
static inline int ft_bytes_check(FtValue v) {
  return FT_TYPE_HAS(v, FT_TPFLAG_BYTES_SUBCLASS);
}
/* A bytes-like value as bytes: v itself (new ref) for bytes, a snapshot
 * copy for bytearray; 0 with NO error set if v is not bytes-like. */
FtValue ft_bytes_coerce(FtValue v);
/* bytes % args (objects/str_format.c). */
FtValue ft_bytes_percent(FtValue fmt, FtValue args);
/* A bytes copy of a bytearray's current contents (objects/bytearray.c). */
FtValue ft_bytearray_snapshot(FtValue ba);
extern FtType FtBytesIter_Type, FtByteArray_Type, FtByteArrayIter_Type;
/* -- end of str helper additions -- */

/* ---- tuple (objects/tuple.c) ----------------------------------------- */

typedef struct FtTuple {
  FtObject ob;
  size_t n;
  FtValue items[];
} FtTuple;
static inline size_t ft_tuple_len(FtValue t) { return ((FtTuple *)ft_obj(t))->n; }
static inline FtValue *ft_tuple_items(FtValue t) {
  return ((FtTuple *)ft_obj(t))->items;
}
static inline FtValue ft_tuple_get(FtValue t, size_t i) { /* borrowed */
  return ((FtTuple *)ft_obj(t))->items[i];
}
/* New tuple of n items, all 0: the caller fills every slot (stealing). */
FtValue ft_tuple_new(size_t n);
FtValue ft_tuple_from_array(const FtValue *items, size_t n); /* increfs */
FtValue ft_tuple_pack(size_t n, ...);                        /* increfs */
FtValue ft_tuple_from_iterable(FtValue it);
extern FtObject *ft_empty_tuple;
#define FT_EMPTY_TUPLE ft_val(ft_empty_tuple)
/* -- added by the containers helper (objects/tuple.c) -- */
extern FtType FtTupleIter_Type;
void ft_tuple_init(void); /* ft_type_ready for the tuple types */
/* -- end of tuple.c block -- */

/* ---- list (objects/list.c) ------------------------------------------- */

/* Mutation and reads that must see a consistent (n, items) take ob.mutex;
 * see list.c for the exact rule. */
typedef struct FtList {
  FtObject ob;
  size_t n;
  size_t cap;
  FtValue *items;
} FtList;
FtValue ft_list_new(size_t n); /* n slots of 0 for the caller to fill */
FtValue ft_list_from_array(const FtValue *items, size_t n); /* increfs */
FtValue ft_list_from_iterable(FtValue it);
int ft_list_append(FtValue list, FtValue v); /* increfs v */
FtValue ft_list_get(FtValue list, intptr_t i); /* new ref; IndexError */
/* lst[i] = v for an exact list, taking over the caller's reference to v
 * (released on error too); -1 with IndexError when out of range. */
int ft_list_set_steal(FtValue list, intptr_t i, FtValue v);
/* lst[start:stop:step], and lst[start:stop:step] = v (v 0: del), for an
 * exact list, with the bounds as ft_slice_unpack gives them. */
FtValue ft_list_getslice(FtValue list, intptr_t start, intptr_t stop, intptr_t step);
/* The same for an exact str or tuple (any slice bounds, unadjusted). */
FtValue ft_str_getslice(FtValue s, intptr_t start, intptr_t stop, intptr_t step);
FtValue ft_tuple_getslice(FtValue t, intptr_t start, intptr_t stop, intptr_t step);
int ft_list_setslice(FtValue list, intptr_t start, intptr_t stop, intptr_t step,
                     FtValue v);
size_t ft_list_size(FtValue list);
int ft_list_extend(FtValue list, FtValue iterable);
int ft_list_sort(FtValue list, FtValue key, int reverse);
FtValue ft_list_as_tuple(FtValue list);
/* Snapshot the items (new refs) into a malloc'd array; *n gets the count.
 * For C code that iterates a possibly shared list. */
FtValue *ft_list_snapshot(FtValue list, size_t *n);
/* Per-thread recursion guard for repr of containers: returns 1 if v is
 * already being repr'd on this thread (print "[...]"), else 0 and marks it;
 * -1 on error.  ft_repr_leave unmarks. */
int ft_repr_enter(FtValue v);
void ft_repr_leave(FtValue v);
/* -- added by the containers helper (objects/list.c, listsort.c) -- */
extern FtType FtListIter_Type, FtListRevIter_Type;
void ft_list_init(void); /* ft_type_ready for the list types */
/* The stable sort (listsort.c): sorts keys[0..n), moving values[] (may be
 * NULL) along; descending if reverse.  0, or -1 with an exception from a
 * comparison; the arrays always stay a permutation of their input. */
int ft_listsort(FtValue *keys, FtValue *values, size_t n, int reverse);
/* -- end of list.c block -- */

/* ---- dict (objects/dict.c) ------------------------------------------- */

FtValue ft_dict_new(void);
/* A dict, or a subclass that keeps dict's __iter__: merged (update, **)
 * from its entries directly, not through keys()/__getitem__ (CPython's
 * rule). */
int ft_dict_is_plain(FtValue v);
/* New ref, or 0: with an error set (e.g. unhashable) or, when the key is
 * missing, with no error. */
FtValue ft_dict_get(FtValue d, FtValue key);
/* Fast lookup by an interned str (attribute/global names). */
FtValue ft_dict_get_str(FtValue d, FtValue name);
/* The same, trying entry *hint first and updating it (an attribute cache
 * keeps one per instruction; any value is safe). */
FtValue ft_dict_get_str_hint(FtValue d, FtValue name, size_t *hint);
/* d[name] = v (v borrowed) trying entry *hint first, updating it. */
/* d[name] = v after ft_dict_hint_replace (dict.h) missed on entry *hint:
 * the full store; *hint gets the entry used. */
int ft_dict_set_str_miss(FtValue d, FtValue name, FtValue v, size_t *hint);
/* o's instance __dict__ (borrowed), created if missing; 0 if o has no
 * __dict__ slot or on MemoryError (then set). */
FtValue ft_object_ensure_dict(FtValue o);
FtValue ft_dict_get_cstr(FtValue d, const char *name);
int ft_dict_set(FtValue d, FtValue key, FtValue v); /* increfs both */
int ft_dict_set_cstr(FtValue d, const char *key, FtValue v);
/* 0 ok, -1 error; KeyError is raised when missing. */
int ft_dict_del(FtValue d, FtValue key);
/* Returns 1 found (and *out new ref or left if out NULL), 0 missing, -1 err */
int ft_dict_pop(FtValue d, FtValue key, FtValue *out);
size_t ft_dict_size(FtValue d);
/* Iterate: *pos starts at 0; returns 1 with new refs in *k / *v (either may
 * be NULL), 0 at the end.  Safe against concurrent mutation (entries
 * added or removed meanwhile may or may not be seen; nothing crashes). */
int ft_dict_next(FtValue d, size_t *pos, FtValue *k, FtValue *v);
FtValue ft_dict_copy(FtValue d);
void ft_dict_thread_exit(void); /* the exiting thread's cached tables */
/* A new dict of n exact str keys, distinct by construction (keyword arguments),
 * with their values: no lookups, no locking. */
FtValue ft_dict_from_distinct_strs(const FtValue *keys, const FtValue *vals, size_t n);
int ft_dict_update(FtValue d, FtValue other); /* mapping or pairs */
FtValue ft_dict_keys_list(FtValue d);
FtValue ft_dict_items_list(FtValue d);
/* Incremented (atomically) on every mutation: for the VM's global caches. */
uint64_t ft_dict_version(FtValue d);
/* The head of a dict object, for the VM's inline cache checks; it must
 * match the start of FtDict in objects/dict.c (checked there). */
typedef struct FtDictHead {
  FtObject ob;
  _Atomic size_t used;
  void *_Atomic keys;
  _Atomic uint64_t version;
} FtDictHead;
static inline uint64_t ft_dict_version_inline(FtValue d) {
  return atomic_load_explicit(&((FtDictHead *)ft_obj(d))->version, memory_order_acquire);
}
static inline int ft_dict_check(FtValue v) {
  return FT_TYPE_HAS(v, FT_TPFLAG_DICT_SUBCLASS);
}
/* -- added by the containers helper (objects/dict.c) -- */
extern FtType FtDictKeys_Type, FtDictValues_Type, FtDictItems_Type,
    FtDictIterKey_Type, FtDictIterValue_Type, FtDictIterItem_Type,
    FtDictRevIterKey_Type, FtDictRevIterValue_Type, FtDictRevIterItem_Type;
void ft_dict_init(void); /* ft_type_ready for the dict types */
/* Atomic snapshot list of a dict's keys or of a dict view's items. */
FtValue ft_dictview_list(FtValue dict_or_view);
/* -- end of dict.c block -- */

/* ---- set (objects/set.c) --------------------------------------------- */

FtValue ft_set_new(FtValue iterable /* or 0 */);
FtValue ft_frozenset_new(FtValue iterable);
int ft_set_add(FtValue s, FtValue key);
/* s |= iterable (set.update), with set.update's insertion order */
int ft_set_update(FtValue s, FtValue iterable);
int ft_set_contains(FtValue s, FtValue key);
size_t ft_set_size(FtValue s);
/* -- added by the containers helper (objects/set.c) -- */
extern FtType FtSetIter_Type;
void ft_set_init(void); /* ft_type_ready for the set types */
int ft_set_discard(FtValue s, FtValue key); /* 1 removed, 0 absent, -1 */
FtValue ft_set_to_list(FtValue s); /* atomic snapshot, iteration order */
/* Next key (new ref) at or after *pos, 1; 0 at the end.  Like
 * ft_dict_next: safe against concurrent mutation. */
int ft_set_next(FtValue s, size_t *pos, FtValue *key);
static inline int ft_anyset_check(FtValue v) {
  return ft_isinstance_type(v, &FtSet_Type) ||
         ft_isinstance_type(v, &FtFrozenSet_Type);
}
/* -- end of set.c block -- */

/* ---- misc types ------------------------------------------------------- */

FtValue ft_slice_new(FtValue start, FtValue stop, FtValue step);
/* Resolve a slice against a length (CPython's PySlice_GetIndicesEx);
 * returns the slice length or -1 with an error. */
intptr_t ft_slice_indices(FtValue slice, intptr_t length, intptr_t *start,
                          intptr_t *stop, intptr_t *step);
FtValue ft_range_new(intptr_t start, intptr_t stop, intptr_t step);
FtValue ft_cell_new(FtValue v);
FtValue ft_builtin_new(const FtMethodDef *def, FtValue self);
FtValue ft_method_new(FtValue func, FtValue self);
/* -- added by the containers helper (objects/slice.c, range.c) -- */
extern FtType FtRangeIter_Type, FtLongRangeIter_Type;
void ft_slice_init(void); /* ft_type_ready for slice */
void ft_range_init(void); /* ft_type_ready for the range types */
/* Slice resolution in two steps, for mutable sequences that must clip
 * against the length they see under their lock: unpack converts the
 * fields (None -> defaults, big ints clamped, __index__ called: may run
 * Python code; "slice step cannot be zero"), adjust clips against a length
 * and returns the slice length (pure arithmetic). */
int ft_slice_unpack(FtValue slice, intptr_t *start, intptr_t *stop,
                    intptr_t *step);
intptr_t ft_slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop,
                         intptr_t step);
/* One slice bound (not None) as a clamped intptr_t; TypeError "slice
 * indices must be integers or None or have an __index__ method". */
int ft_slice_index(FtValue v, intptr_t *out);
/* -- end of slice.c / range.c block -- */
/* -- iterators (objects/iterobject.c), added by the builtins helper -- */
extern FtType FtEnumerate_Type, FtZip_Type, FtMap_Type, FtFilter_Type,
    FtReversed_Type, FtSeqIter_Type, FtCallIter_Type;
/* iter(seq) for objects with only __getitem__; iter(callable, sentinel). */
FtValue ft_seqiter_new(FtValue seq);
FtValue ft_calliter_new(FtValue callable, FtValue sentinel);
/* -- end of iterobject.c block -- */

/* ---- the abstract object protocol (runtime/abstract.c) --------------- */

FtValue ft_repr(FtValue v);
FtValue ft_to_str(FtValue v); /* str(v) */
FtValue ft_ascii(FtValue v);
FtValue ft_format(FtValue v, FtValue spec); /* format(v, spec) */
intptr_t ft_hash(FtValue v);                /* -1 on error */
FtValue ft_richcompare(FtValue a, FtValue b, int op);
int ft_richcompare_bool(FtValue a, FtValue b, int op); /* -1 err */
/* a == b as an int; identity implies equality (as containers use it). */
int ft_eq(FtValue a, FtValue b);
/* Can == on v run no Python code (built-in value types and tuples of
 * them)?  Containers may then compare while holding their lock. */
int ft_eq_is_pure(FtValue v);
/* a == b for two distinct objects with equal hashes, without running
 * Python code: 1 / 0, or -1 when it would have to (compare unlocked). */
int ft_eq_nopython(FtValue a, FtValue b);
int ft_truthy(FtValue v); /* -1 on error */
FtValue ft_getattr(FtValue o, FtValue name);
FtValue ft_getattr_cstr(FtValue o, const char *name);
/* Like ft_getattr but returns 0 with no error when missing. */
FtValue ft_getattr_opt(FtValue o, FtValue name);
int ft_setattr(FtValue o, FtValue name, FtValue v); /* v 0: delete */
int ft_setattr_cstr(FtValue o, const char *name, FtValue v);
FtValue ft_call(FtValue callable, const FtValue *args, size_t nargs,
                FtValue kwnames);
FtValue ft_call0(FtValue callable);
FtValue ft_call1(FtValue callable, FtValue a);
FtValue ft_call2(FtValue callable, FtValue a, FtValue b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be 0. */
FtValue ft_call_tuple_dict(FtValue callable, FtValue args, FtValue kwargs);
/* The items of kwargs (a dict with nkw entries) as call arguments: values
 * (new references) into vals, the keys as a tuple (or 0 when none) into
 * *names.  Returns how many (fewer if the dict shrank meanwhile), or -1
 * (error set: a key that is not a str). */
int ft_call_gather_kwargs(FtValue kwargs, FtValue *vals, size_t nkw, FtValue *names);
FtValue ft_call_method(FtValue self, const char *name, const FtValue *args,
                       size_t nargs);
FtValue ft_getitem(FtValue o, FtValue key);
int ft_setitem(FtValue o, FtValue key, FtValue v);
int ft_delitem(FtValue o, FtValue key);
intptr_t ft_len(FtValue o);
int ft_contains(FtValue container, FtValue item);
FtValue ft_iter(FtValue o);
/* Next item (new ref) or 0: exhausted when no error is set. */
FtValue ft_next(FtValue it);
/* The iterator's next item, or 0: with StopIteration still set when the
 * iterator raised one (yield from and next() need its value).  ft_next
 * clears it, as consumers want. */
FtValue ft_next_raw(FtValue it);
FtValue ft_binop(FtValue a, FtValue b, int nb);
/* The TypeError of an unsupported a OP b, from the operand types. */
FtValue ft_binop_type_error(FtType *ta, FtType *tb, int nb);
FtValue ft_inplace_binop(FtValue a, FtValue b, int nb);
FtValue ft_neg(FtValue v);
FtValue ft_pos(FtValue v);
FtValue ft_invert(FtValue v);
FtValue ft_abs(FtValue v);
FtValue ft_index(FtValue v); /* operator.index */
FtValue ft_number_int(FtValue v);   /* int(v) */
FtValue ft_number_float(FtValue v); /* float(v) */
int ft_isinstance(FtValue o, FtValue cls);   /* cls: type or tuple; -1 err */
int ft_issubclass(FtValue sub, FtValue cls); /* -1 err */
int ft_callable(FtValue v);
const char *ft_type_name(FtValue v); /* "int", "list", "MyClass" */
/* Parse the arguments of a built-in: names lists parameter names (NULL
 * terminated); the first `npos_only` may only be positional; `nrequired`
 * must be given; out[i] receives a borrowed value or 0 when absent. */
int ft_args_parse(const char *fname, const FtValue *args, size_t nargs,
                  FtValue kwnames, const char *const *names, int npos_only,
                  int nrequired, FtValue *out);
/* Reject any keyword arguments: "f() takes no keyword arguments". */
int ft_args_no_kw(const char *fname, FtValue kwnames);
/* Check positional count: "f expected at most 2 arguments, got 3" etc. */
int ft_args_count(const char *fname, size_t nargs, size_t min, size_t max);

/* ---- types (objects/type.c) ----------------------------------------- */

int ft_type_ready(FtType *t);
/* Look a name up along the MRO (borrowed, or 0 without error). */
FtValue ft_type_lookup(FtType *t, FtValue name);
FtValue ft_object_generic_getattr(FtValue o, FtValue name);
int ft_object_generic_setattr(FtValue o, FtValue name, FtValue v);
/* The instance __dict__ slot (or NULL). */
FtValue *ft_object_dict_slot(FtValue o);


/* ---- modules (objects/module.c and src/modules) ------------------------- */

FtValue ft_module_new(const char *name);
FtValue ft_module_dict(FtValue module); /* borrowed */
/* At exit: set the module's globals to None, in insertion order, so
 * the finalizers of what they hold run, as CPython does. */
void ft_module_clear_dict(FtValue module);
int ft_module_add(FtValue module, const char *name, FtValue v); /* increfs */
int ft_module_add_methods(FtValue module, const FtMethodDef *defs);
/* Native modules: each src/modules/X.c defines FtValue ft_mod_X_init(void)
 * returning a new module; runtime/import.c lists them. */
typedef struct FtNativeModule {
  const char *name;
  FtValue (*init)(void);
} FtNativeModule;

/* ---- VM hooks for built-ins (vm/eval.c) ------------------------------- */

FtValue ft_vm_globals(void);  /* borrowed: the running frame's globals */
FtValue ft_vm_getframe(intptr_t depth); /* sys._getframe: a frame snapshot */
extern FtType FtFrame_Type;
FtValue ft_vm_locals(void);   /* new ref: locals() of the running frame */
FtValue ft_vm_builtins(void); /* borrowed: the builtins module dict */
/* sys.stdout / sys.stderr (borrowed, may be 0 early in start-up). */
FtValue ft_sys_stdout(void);
FtValue ft_sys_stderr(void);
FtValue ft_sys_stdin(void);
/* exec/eval of source text in the given namespaces (mode 0 exec, 1 eval). */
FtValue ft_vm_exec_source(FtValue source, FtValue globals, FtValue locals,
                          int mode);
/* -- added by the builtins helper: compile().  source is a str (compile()
 * decodes bytes first); mode 0 exec, 1 eval, 2 single; flags are
 * compile()'s flags argument; returns a code object. -- */
FtValue ft_vm_compile_source(FtValue source, FtValue filename, int mode,
                             int flags);
/* Around any call that may block (sleep, I/O, lock waits): a detached
 * thread does not hold up stop-the-world or memory reclamation. */
void ft_tstate_detach(void);
void ft_tstate_attach(void);
/* Files (objects/file.c). */
FtValue ft_file_from_fd(int fd, const char *name, const char *mode,
                        int line_buffered);
void ft_file_flush_std(void);
void ft_file_set_unbuffered(int on);

/* ---- printing helpers used by print() and tracebacks ----------------- */

/* Write a str to a file object (sys.stdout etc.), honouring native files. */
int ft_file_write_str(FtValue file, FtValue s);
/* -- files (objects/file.c), added by the builtins helper -- */
/* _io.TextIOWrapper and the binary _io.Buffered{Reader,Writer,Random}. */
extern FtType FtFile_Type, FtBufferedReader_Type, FtBufferedWriter_Type,
    FtBufferedRandom_Type;
int ft_file_check(FtValue v); /* one of the native file types (or subclass) */
/* The open() built-in (argument handling included). */
FtValue ft_file_open(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames);
/* io.UnsupportedOperation (borrowed, created on first use; 0 on error). */
FtValue ft_file_unsupported_operation(void);
/* Raise the OSError subclass for errnum (FileNotFoundError for ENOENT...)
 * with args (errno, strerror) and .filename set when filename != 0.
 * Returns 0. */
FtValue ft_file_err_errno(int errnum, FtValue filename);
/* -- end of file.c block -- */

#endif
