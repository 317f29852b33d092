/*
 * cell.c -- cells: the boxes that hold variables shared between a function
 * and the closures nested in it (types.CellType).
 *
 * Representation: FtCell (vm/code.h) {_Atomic value}; 0 means empty
 * (unbound variable).  The cell owns a reference to its value.
 *
 * Synchronization: the same protocol as the eval loop (LOAD_DEREF /
 * STORE_DEREF): a reader loads the value and takes its reference under the
 * cell's mutex; a writer exchanges the value under the mutex and drops the
 * old one after unlocking.  So a reader can never incref a value that a
 * concurrent writer has already released.  repr only prints addresses and
 * needs no reference.
 */
#include "ft.h"
#include "vm/code.h"

#define CELL(v) ((FtCell *)ft_obj(v))

FtValue ft_cell_new(FtValue v) {
  FtCell *c = (FtCell *)ft_object_alloc(&FtCell_Type, sizeof(FtCell));
  if (!c)
    return 0;
  ft_xincref(v);
  atomic_store_explicit(&c->value, v, memory_order_relaxed);
  return ft_val(c);
}

static FtValue cell_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)type;
  if (ft_args_no_kw("cell", kwnames) < 0 || ft_args_count("cell", nargs, 0, 1) < 0)
    return 0;
  return ft_cell_new(nargs ? args[0] : 0);
}

static void cell_dealloc(FtObject *o) {
  FtValue v = atomic_exchange(&((FtCell *)o)->value, 0);
  ft_xdecref(v);
  ft_object_free(o);
}

static FtValue cell_repr(FtValue self) {
  FtValue v = atomic_load_explicit(&CELL(self)->value, memory_order_acquire);
  if (!v)
    return ft_str_from_format("<cell at %p: empty>", (void *)self);
  return ft_str_from_format("<cell at %p: %s object at %p>", (void *)self,
                            ft_type_name(v), (void *)v);
}

/* The current value with a new reference, or 0 when empty. */
static FtValue cell_take(FtCell *c) {
  ft_mutex_lock(&c->ob.mutex);
  FtValue v = atomic_load_explicit(&c->value, memory_order_relaxed);
  ft_xincref(v);
  ft_mutex_unlock(&c->ob.mutex);
  return v;
}

static FtValue cell_richcompare(FtValue a, FtValue b, int op) {
  if (ft_is_small(b) || ft_type(b) != &FtCell_Type)
    return FT_NOTIMPL;
  FtValue x = cell_take(CELL(a)), y = cell_take(CELL(b));
  if (x && y) {
    FtValue r = ft_richcompare(x, y, op);
    ft_decref(x);
    ft_decref(y);
    return r;
  }
  ft_xdecref(x);
  ft_xdecref(y);
  /* An empty cell sorts before a full one. */
  int c = (x != 0) - (y != 0);
  int res = 0;
  switch (op) {
  case FT_LT: res = c < 0; break;
  case FT_LE: res = c <= 0; break;
  case FT_EQ: res = c == 0; break;
  case FT_NE: res = c != 0; break;
  case FT_GT: res = c > 0; break;
  default: res = c >= 0; break;
  }
  return ft_bool(res);
}

static FtValue cell_get_contents(FtValue self) {
  FtValue v = cell_take(CELL(self));
  if (!v)
    return ft_err_format(&FtExc_ValueError, "Cell is empty");
  return v;
}

static int cell_set_contents(FtValue self, FtValue v) {
  FtCell *c = CELL(self);
  ft_xincref(v);
  ft_mutex_lock(&c->ob.mutex);
  FtValue old = atomic_exchange_explicit(&c->value, v, memory_order_release);
  ft_mutex_unlock(&c->ob.mutex);
  ft_xdecref(old);
  return 0;
}

static const FtGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtCell_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "cell",
    .basicsize = sizeof(FtCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .new_ = cell_new,
    .getsets = cell_getsets,
};
