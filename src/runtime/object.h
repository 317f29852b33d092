/*
 * object.h -- values, the object header, reference counting and the type
 * structure: the vocabulary every other file of ftpy speaks.
 *
 * A value (FtValue) is one machine word.  Low bit 1: a small int (63-bit
 * signed) stored inline, with no allocation and no reference count.  Low bit
 * 0: a pointer to an FtObject.  0 is "no value" (error or absent).
 *
 * Reference counting is biased (BRC, as in CPython's free-threaded build):
 * every object records the thread that allocated it (tid).  That owner
 * thread counts its references in ref_local with plain loads and stores;
 * every other thread counts in the atomic ref_shared.  ref_shared holds the
 * count shifted left by 2; its low two bits are the merge state
 * (FT_REF_QUEUED: handed to the owner's merge queue; FT_REF_MERGED: the
 * local count was folded in and the object has no owner any more).  An
 * object dies when local + shared reach zero; see runtime/refcount.c for
 * the merge protocol.
 *
 * Immortal objects (None, True, False, interned strings, static types,
 * built-in functions) have ref_local == FT_REF_IMMORTAL and every refcount
 * operation on them is a no-op, so threads sharing them never write to
 * them.  Objects with deferred reference counting (code objects, modules,
 * classes, module-level functions) use the same marker plus the
 * FT_GC_DEFERRED bit: the interpreter loads and calls them without refcount
 * traffic, and the cycle collector (Milestone 3) is what will reclaim them.
 *
 * Synchronization rule for the header: tid and ref_local are written only by
 * the owning thread (or by the thread that merges after the owner gave the
 * object up); ref_shared is atomic; type is written once at allocation (or
 * under the object's mutex for __class__ assignment); mutex is the
 * per-object lock (runtime/lock.h) that containers take around mutation.
 */
#ifndef FT_OBJECT_H
#define FT_OBJECT_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lock.h"

/* ---- values ---------------------------------------------------------- */

typedef uintptr_t FtValue;
typedef struct FtObject FtObject;
typedef struct FtType FtType;

#define FT_NULL ((FtValue)0)
#define FT_SMALL_MAX ((intptr_t)(INTPTR_MAX >> 1))
#define FT_SMALL_MIN ((intptr_t)(INTPTR_MIN >> 1))

static inline int ft_is_small(FtValue v) { return (int)(v & 1); }
static inline intptr_t ft_small_val(FtValue v) { return (intptr_t)v >> 1; }
static inline FtValue ft_small(intptr_t i) { return ((uintptr_t)i << 1) | 1; }
static inline int ft_small_fits(int64_t i) {
  return i >= FT_SMALL_MIN && i <= FT_SMALL_MAX;
}
static inline FtObject *ft_obj(FtValue v) { return (FtObject *)v; }
static inline FtValue ft_val(const void *o) { return (FtValue)o; }

/* ---- the object header --------------------------------------------- */

#define FT_REF_IMMORTAL UINT32_MAX
#define FT_REF_SHARED_SHIFT 2
#define FT_REF_QUEUED 2
#define FT_REF_MERGED 3
#define FT_REF_FLAG_MASK 3

/* gc_bits */
#define FT_GC_DEFERRED 0x01 /* deferred refcount: freed by the cycle GC */
#define FT_GC_TRACKED 0x02  /* may be part of a cycle (containers) */
#define FT_GC_FINALIZED 0x04 /* __del__ already ran (it runs once) */

struct FtObject {
  _Atomic uintptr_t tid;        /* owning thread (ft_thread_id()), 0 = none */
  FtMutex mutex;                /* per-object lock, 1 byte */
  uint8_t gc_bits;
  uint16_t flags;               /* type-specific bits (e.g. str interned) */
  _Atomic uint32_t ref_local;   /* owner-only count, or FT_REF_IMMORTAL */
  _Atomic intptr_t ref_shared;  /* count << 2 | merge state */
  FtType *type;
};

/* Each thread that runs Python gets a unique id from a global counter at
 * registration (never reused, so an object can't be adopted by a new thread
 * that happens to reuse a dead one's id).  An unregistered thread reads
 * FT_TID_NONE, which no object header ever holds: objects it allocates get
 * tid 0 (ownerless), like immortal and merged objects.  So "tid == mine"
 * alone proves an object is owned by the caller and not immortal, which is
 * the one test the refcount fast path makes.  Reading the id is one TLS
 * load. */
#define FT_TID_NONE UINTPTR_MAX
extern _Thread_local uintptr_t ft_tid_value;
static inline uintptr_t ft_thread_id(void) { return ft_tid_value; }
/* The tid to store in a new object's header. */
static inline uintptr_t ft_alloc_tid(void) {
  uintptr_t t = ft_tid_value;
  return t == FT_TID_NONE ? 0 : t;
}

/* The static-object header: immortal, owned by nobody. */
#define FT_STATIC_HEAD(typeptr)                                              \
  { .tid = 0, .gc_bits = 0, .flags = 0, .ref_local = FT_REF_IMMORTAL,        \
    .ref_shared = 0, .type = (typeptr) }

void ft_refcount_merge_zero_local(FtObject *o);  /* owner's local hit zero */
void ft_refcount_decref_shared(FtObject *o);     /* non-owner decref */

/* tid and ref_local are read by other threads (the immortal check, the
 * ownership check), so they are relaxed atomics; only the owner writes
 * ref_local, so its increment is a plain load + store, not an RMW. */
static inline uint32_t ft_ref_local(const FtObject *o) {
  return atomic_load_explicit(&o->ref_local, memory_order_relaxed);
}
static inline int ft_obj_is_immortal(const FtObject *o) {
  return ft_ref_local(o) == FT_REF_IMMORTAL;
}
static inline int ft_obj_is_owned(const FtObject *o) {
  return atomic_load_explicit(&o->tid, memory_order_relaxed) == ft_thread_id();
}

/* Owned by the caller and never referenced from another thread (no shared
 * count): no other thread can be using it, so its fields may be updated
 * without atomics (iterators use this). */
static inline int ft_obj_is_private(FtObject *o) {
  return ft_obj_is_owned(o) &&
         atomic_load_explicit(&o->ref_shared, memory_order_relaxed) == 0;
}

/* Owned first: an owned object is never immortal (immortals have tid 0),
 * so the common case is one compare. */
static inline void ft_incref_obj(FtObject *o) {
  uint32_t l = ft_ref_local(o);
  if (ft_obj_is_owned(o))
    atomic_store_explicit(&o->ref_local, l + 1, memory_order_relaxed);
  else if (l != FT_REF_IMMORTAL)
    atomic_fetch_add_explicit(&o->ref_shared, 1 << FT_REF_SHARED_SHIFT,
                              memory_order_relaxed);
}

static inline void ft_decref_obj(FtObject *o) {
  uint32_t l = ft_ref_local(o);
  if (ft_obj_is_owned(o)) {
    atomic_store_explicit(&o->ref_local, --l, memory_order_relaxed);
    if (l == 0)
      ft_refcount_merge_zero_local(o);
  } else if (l != FT_REF_IMMORTAL) {
    ft_refcount_decref_shared(o);
  }
}

static inline void ft_incref(FtValue v) {
  if (!ft_is_small(v))
    ft_incref_obj(ft_obj(v));
}
static inline void ft_decref(FtValue v) {
  if (!ft_is_small(v))
    ft_decref_obj(ft_obj(v));
}
static inline void ft_xincref(FtValue v) {
  if (v)
    ft_incref(v);
}
static inline void ft_xdecref(FtValue v) {
  if (v)
    ft_decref(v);
}
/* Return v with a new reference: `return ft_newref(x);` */
static inline FtValue ft_newref(FtValue v) {
  ft_incref(v);
  return v;
}
/* Replace *slot by v (stealing v), dropping the old value. */
static inline void ft_setref(FtValue *slot, FtValue v) {
  FtValue old = *slot;
  *slot = v;
  ft_xdecref(old);
}
#define FT_CLEAR(slot)                                                       \
  do {                                                                       \
    FtValue ft_clear_tmp_ = (slot);                                          \
    (slot) = 0;                                                              \
    ft_xdecref(ft_clear_tmp_);                                               \
  } while (0)

/* Make an object immortal (for interned strings, static singletons...). */
void ft_object_make_immortal(FtObject *o);
/* Give an object deferred refcounting (functions, classes, modules, code). */
void ft_object_make_deferred(FtObject *o);

/* Allocate a zeroed object of `size` bytes with its header set up for the
 * calling thread.  Returns NULL with MemoryError set on failure. */
FtObject *ft_object_alloc(FtType *type, size_t size);
/* Grow or shrink o's block to at least size bytes, keeping its contents;
 * may move it.  Only for an object nothing else refers to (the caller
 * holds the one reference).  NULL with MemoryError set (o unchanged). */
FtObject *ft_object_resize(FtObject *o, size_t size);
/* Bytes usable in o's block (at least what it was allocated with). */
size_t ft_object_usable_size(FtObject *o);
/* Free the memory of an object (after its dealloc released its fields). */
void ft_object_free(void *o);
/* The plain allocator (mimalloc); set MemoryError on failure. */
void *ft_mem_alloc(size_t n);
void *ft_mem_calloc(size_t n, size_t size);
void *ft_mem_realloc(void *p, size_t n);
void ft_mem_free(void *p);
/* Is a request of n bytes beyond physical memory?  (mimalloc, which also
 * serves malloc here, would reserve it lazily and the program would crawl
 * into the OOM killer instead of getting MemoryError.) */
int ft_mem_too_big_slow(size_t n);
static inline int ft_mem_too_big(size_t n) {
  /* no machine this runs on has less than 256 MiB */
  return n >= ((size_t)1 << 28) && ft_mem_too_big_slow(n);
}

/* ---- the type structure -------------------------------------------- */

/* Rich comparison operators (same order as CPython). */
enum { FT_LT, FT_LE, FT_EQ, FT_NE, FT_GT, FT_GE };

/* Binary number slots; each slot is called for both operand orders, so it
 * must check the types of both arguments and return FT_NOTIMPL (borrowed,
 * immortal) when it does not handle them. */
enum {
  FT_NB_ADD,
  FT_NB_SUB,
  FT_NB_MUL,
  FT_NB_MATMUL,
  FT_NB_TRUEDIV,
  FT_NB_FLOORDIV,
  FT_NB_MOD,
  FT_NB_DIVMOD,
  FT_NB_POW,
  FT_NB_LSHIFT,
  FT_NB_RSHIFT,
  FT_NB_AND,
  FT_NB_OR,
  FT_NB_XOR,
  FT_NB_COUNT
};

typedef FtValue (*FtUnaryFn)(FtValue);
typedef FtValue (*FtBinaryFn)(FtValue, FtValue);
/* The one calling convention: positional args then keyword values in
 * args[0 .. nargs + len(kwnames)), kwnames a tuple of str or 0. */
typedef FtValue (*FtCallFn)(FtValue callable, const FtValue *args,
                            size_t nargs, FtValue kwnames);
/* Built-in method implementation: self is the bound object (or the type for
 * classmethods, 0 for staticmethods / module functions). */
typedef FtValue (*FtMethodFn)(FtValue self, const FtValue *args, size_t nargs,
                              FtValue kwnames);

#define FT_METH_STATIC 1
#define FT_METH_CLASS 2

typedef struct FtMethodDef {
  const char *name;
  FtMethodFn fn;
  int flags;
  const char *doc;
} FtMethodDef;

typedef struct FtGetSetDef {
  const char *name;
  FtValue (*get)(FtValue self);
  int (*set)(FtValue self, FtValue value); /* value 0 = delete; NULL = ro */
  const char *doc;
} FtGetSetDef;

/* A field stored in the object at `offset` as an FtValue (used for
 * __slots__ and simple read-only C fields). */
typedef struct FtMemberDef {
  const char *name;
  size_t offset;
  int readonly;
} FtMemberDef;

/* type flags */
#define FT_TPFLAG_HEAPTYPE (1u << 0)   /* created by a class statement */
#define FT_TPFLAG_BASETYPE (1u << 1)   /* may be subclassed */
#define FT_TPFLAG_READY (1u << 2)
#define FT_TPFLAG_ABSTRACT_ITER (1u << 3)
#define FT_TPFLAG_HAS_DEL (1u << 4)    /* the class or a base defines __del__ */
/* fast subclass checks */
#define FT_TPFLAG_INT_SUBCLASS (1u << 8)
#define FT_TPFLAG_STR_SUBCLASS (1u << 9)
#define FT_TPFLAG_TUPLE_SUBCLASS (1u << 10)
#define FT_TPFLAG_LIST_SUBCLASS (1u << 11)
#define FT_TPFLAG_DICT_SUBCLASS (1u << 12)
#define FT_TPFLAG_TYPE_SUBCLASS (1u << 13)
#define FT_TPFLAG_EXC_SUBCLASS (1u << 14)
#define FT_TPFLAG_BYTES_SUBCLASS (1u << 15)

/*
 * FtType.  Static types are defined with designated initializers
 * (FT_STATIC_HEAD(&FtType_Type), .name, .basicsize, slots, .methods ...)
 * and made ready by ft_type_ready() at start-up, which builds the dict,
 * the mro and inherits unset slots from the base.  Heap types (class
 * statements) get generic slots that look up dunder methods.
 *
 * Synchronization: everything but `dict` and `version` is written before
 * the type is published (ft_type_ready / class creation).  Writes to a
 * type's attributes go through ft_type_setattr, which takes the type's
 * mutex, updates dict and slots, then bumps `version` (release) so caches
 * keyed on the old version miss.
 */
struct FtType {
  FtObject ob;
  const char *name;
  size_t basicsize;
  size_t itemsize;
  uint32_t tpflags;
  _Atomic uint32_t version; /* 0 = caching disabled for this type */
  FtType *base;
  FtValue bases;       /* tuple */
  FtValue mro;         /* tuple */
  FtValue dict;        /* dict */
  FtValue subclasses;  /* list of types (for version invalidation) */
  FtValue name_obj;    /* str: __name__ */
  FtValue qualname;    /* str: __qualname__ */
  ptrdiff_t dictoffset; /* offset of an FtValue __dict__ slot, 0 if none */
  FtValue slot_names;  /* tuple of __slots__ names for heap types, or 0 */
  /* Inline instance values (objects/ivalues.c): while an instance has no
   * __dict__ yet, up to ivalues_cap of its attributes live in an array of
   * FtValue at ivalues_offset (0: the class has none), indexed by the
   * position of the name in ikeys.  ikeys is append-only: names (interned,
   * immortal) are added under the type's mutex and published by a release
   * store of nikeys; ikeys_bloom has FT_DICT_BLOOM_BIT of each name's hash
   * (only grows).  Readers need no lock. */
  uint32_t ivalues_offset;
  uint32_t ivalues_cap;
  _Atomic FtValue *ikeys;
  _Atomic uint32_t nikeys;
  _Atomic uint64_t ikeys_bloom;

  void (*dealloc)(FtObject *);
  FtUnaryFn repr;
  FtUnaryFn str;
  intptr_t (*hash)(FtValue);        /* -1 on error */
  FtValue (*richcompare)(FtValue, FtValue, int op);
  FtValue (*getattr)(FtValue, FtValue name);
  int (*setattr)(FtValue, FtValue name, FtValue value); /* value 0: del */
  FtValue (*descr_get)(FtValue descr, FtValue obj, FtValue type);
  int (*descr_set)(FtValue descr, FtValue obj, FtValue value);
  FtCallFn call;
  FtUnaryFn iter;
  FtUnaryFn iternext; /* 0 without error set = exhausted */
  intptr_t (*len)(FtValue); /* -1 on error */
  FtBinaryFn getitem;
  int (*setitem)(FtValue, FtValue key, FtValue value); /* value 0: del */
  int (*contains)(FtValue, FtValue);  /* -1 on error */
  int (*bool_)(FtValue);              /* -1 on error */
  FtBinaryFn nb[FT_NB_COUNT];
  FtBinaryFn nb_inplace[FT_NB_COUNT]; /* optional */
  FtUnaryFn neg, pos, invert, abs_;
  FtUnaryFn int_, float_, index;
  FtValue (*new_)(FtType *type, const FtValue *args, size_t nargs,
                  FtValue kwnames);
  int (*init)(FtValue self, const FtValue *args, size_t nargs,
              FtValue kwnames);
  const FtMethodDef *methods;
  const FtGetSetDef *getsets;
  const FtMemberDef *members;
  /* The eval loop's construction cache (vm/eval.c): the Python __init__
   * function found when the type's version was init_tag, so T(...) can
   * push __init__'s frame directly.  Any thread may fill it: tag cleared,
   * function stored, tag set (release), as an FtCache; readers re-check
   * the tag after loading the function. */
  _Atomic uint32_t init_tag;
  _Atomic FtValue init_fn;
};

/* The size of t's instance layout without the inline values, which always
 * come last: what a subclass extends. */
static inline size_t ft_type_layout_size(const FtType *t) {
  return t->ivalues_cap ? t->ivalues_offset : t->basicsize;
}

extern FtType FtType_Type, FtObject_Type, FtInt_Type, FtBool_Type,
    FtFloat_Type, FtStr_Type, FtBytes_Type, FtTuple_Type, FtList_Type,
    FtDict_Type, FtSet_Type, FtFrozenSet_Type, FtNone_Type,
    FtNotImplemented_Type, FtEllipsis_Type, FtRange_Type, FtSlice_Type,
    FtFunction_Type, FtCode_Type, FtCell_Type, FtMethod_Type,
    FtBuiltin_Type, FtModule_Type, FtProperty_Type, FtStaticMethod_Type,
    FtClassMethod_Type, FtSuper_Type;

static inline FtType *ft_type(FtValue v) {
  return ft_is_small(v) ? &FtInt_Type : ft_obj(v)->type;
}
int ft_type_is_subtype(FtType *a, FtType *b);
static inline int ft_isinstance_exact(FtValue v, FtType *t) {
  return ft_type(v) == t;
}
static inline int ft_isinstance_type(FtValue v, FtType *t) {
  FtType *vt = ft_type(v);
  return vt == t || ft_type_is_subtype(vt, t);
}
#define FT_TYPE_HAS(v, flag) ((ft_type(v)->tpflags & (flag)) != 0)

/* ---- singletons ----------------------------------------------------- */

extern FtObject ft_none_object, ft_notimpl_object, ft_ellipsis_object;
#define FT_NONE ft_val(&ft_none_object)
#define FT_NOTIMPL ft_val(&ft_notimpl_object)
#define FT_ELLIPSIS ft_val(&ft_ellipsis_object)

#endif
