/*
 * func.c -- function and code object types.
 *
 * A function pairs a code object with the globals it runs in, its defaults
 * and its closure.  Functions defined at module or class level are made
 * deferred-refcounted by MAKE_FUNCTION (they live as long as the program,
 * and every thread calls them): loading and calling them writes nothing
 * shared.  Attributes (defaults, __doc__, __dict__) are set under the
 * function's mutex; readers see whole words.
 */
#include "code.h"

static void code_dealloc(FtObject *o) {
  FtCode *c = (FtCode *)o;
  ft_mem_free(c->code);
  ft_mem_free(c->lines);
  ft_mem_free(c->caches);
  ft_mem_free(c->cell2arg);
  FT_CLEAR(c->consts);
  FT_CLEAR(c->names);
  FT_CLEAR(c->varnames);
  FT_CLEAR(c->cellvars);
  FT_CLEAR(c->freevars);
  FT_CLEAR(c->name);
  FT_CLEAR(c->qualname);
  FT_CLEAR(c->filename);
  ft_object_free(o);
}

FtValue ft_code_new(void) {
  FtObject *o = ft_object_alloc(&FtCode_Type, sizeof(FtCode));
  return o ? ft_val(o) : 0;
}

static FtValue code_repr(FtValue self) {
  FtCode *c = (FtCode *)ft_obj(self);
  return ft_str_from_format("<code object %U at %p, file \"%U\", line %d>", c->name,
                            (void *)self, c->filename, c->firstlineno);
}

#define CODE_FIELD(f)                                                        \
  static FtValue code_get_##f(FtValue self) {                                \
    return ft_newref(((FtCode *)ft_obj(self))->f);                           \
  }
CODE_FIELD(consts)
CODE_FIELD(names)
CODE_FIELD(varnames)
CODE_FIELD(cellvars)
CODE_FIELD(freevars)
CODE_FIELD(name)
CODE_FIELD(qualname)
CODE_FIELD(filename)
static FtValue code_get_argcount(FtValue self) {
  return ft_small(((FtCode *)ft_obj(self))->argcount);
}
static FtValue code_get_firstlineno(FtValue self) {
  return ft_small(((FtCode *)ft_obj(self))->firstlineno);
}
/* CPython's co_flags: OPTIMIZED | NEWLOCALS for functions, then the
 * flags ftpy shares with it (its own, such as FT_CO_SIMPLE, stay hidden). */
static FtValue code_get_flags(FtValue self) {
  int fl = ((FtCode *)ft_obj(self))->flags;
  int r = fl & (FT_CO_VARARGS | FT_CO_VARKEYWORDS | FT_CO_NESTED | FT_CO_GENERATOR);
  if (!(fl & FT_CO_MODULE))
    r |= 0x1 | 0x2;
  return ft_small(r);
}
static FtValue code_get_posonlyargcount(FtValue self) {
  return ft_small(((FtCode *)ft_obj(self))->posonlyargcount);
}
static FtValue code_get_kwonlyargcount(FtValue self) {
  return ft_small(((FtCode *)ft_obj(self))->kwonlyargcount);
}
static FtValue code_get_nlocals(FtValue self) {
  return ft_small((intptr_t)ft_tuple_len(((FtCode *)ft_obj(self))->varnames));
}
static FtValue code_get_stacksize(FtValue self) {
  return ft_small(((FtCode *)ft_obj(self))->stacksize);
}

static const FtGetSetDef code_getsets[] = {
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtCode_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                      .name = "code",
                      .basicsize = sizeof(FtCode),
                      .dealloc = code_dealloc,
                      .repr = code_repr,
                      .getsets = code_getsets};

/* ---- functions ------------------------------------------------------- */

FtValue ft_func_new(FtValue code, FtValue globals, FtValue qualname) {
  FtFunction *f = (FtFunction *)ft_object_alloc(&FtFunction_Type, sizeof(FtFunction));
  if (!f)
    return 0;
  FtCode *co = (FtCode *)ft_obj(code);
  f->code = ft_newref(code);
  f->globals = ft_newref(globals);
  FtValue b = ft_dict_get_cstr(globals, "__builtins__");
  if (b && ft_type(b) == &FtModule_Type) {
    FtValue d = ft_newref(ft_module_dict(b));
    ft_decref(b);
    b = d;
  }
  if (!b) {
    ft_err_clear();
    b = ft_newref(ft_vm_builtins());
  }
  f->builtins = b;
  f->name = ft_newref(co->name);
  f->qualname = ft_newref(qualname ? qualname : co->name);
  f->module = ft_dict_get_cstr(globals, "__name__");
  if (!f->module) {
    ft_err_clear();
    f->module = ft_newref(FT_NONE);
  }
  FtValue doc = ft_tuple_len(co->consts) && !(co->flags & FT_CO_MODULE)
                    ? ft_tuple_get(co->consts, 0)
                    : FT_NONE;
  f->doc = ft_newref(ft_str_check(doc) ? doc : FT_NONE);
  return ft_val(f);
}

static void func_dealloc(FtObject *o) {
  FtFunction *f = (FtFunction *)o;
  FT_CLEAR(f->code);
  FT_CLEAR(f->globals);
  FT_CLEAR(f->builtins);
  FT_CLEAR(f->name);
  FT_CLEAR(f->qualname);
  FT_CLEAR(f->module);
  FT_CLEAR(f->doc);
  FT_CLEAR(f->defaults);
  FT_CLEAR(f->kwdefaults);
  FT_CLEAR(f->closure);
  FT_CLEAR(f->annotations);
  FT_CLEAR(f->dict);
  ft_object_free(o);
}

static FtValue func_repr(FtValue self) {
  return ft_str_from_format("<function %U at %p>", ((FtFunction *)ft_obj(self))->qualname,
                            (void *)self);
}

static FtValue func_descr_get(FtValue self, FtValue obj, FtValue type) {
  if (!obj || obj == FT_NONE)
    return ft_newref(self);
  return ft_method_new(self, obj);
}

static FtValue func_call(FtValue self, const FtValue *args, size_t nargs, FtValue kw) {
  return ft_func_call(self, args, nargs, kw);
}

#define FUNC_FIELD(f, dflt)                                                  \
  static FtValue func_get_##f(FtValue self) {                                \
    FtValue v = ((FtFunction *)ft_obj(self))->f;                             \
    return ft_newref(v ? v : (dflt));                                        \
  }                                                                          \
  static int func_set_##f(FtValue self, FtValue v) {                         \
    FtFunction *fn = (FtFunction *)ft_obj(self);                             \
    ft_mutex_lock(&fn->ob.mutex);                                            \
    ft_setref(&fn->f, v && v != FT_NONE ? ft_newref(v) : 0);                 \
    ft_mutex_unlock(&fn->ob.mutex);                                          \
    return 0;                                                                \
  }
FUNC_FIELD(name, FT_NONE)
FUNC_FIELD(qualname, FT_NONE)
FUNC_FIELD(module, FT_NONE)
FUNC_FIELD(doc, FT_NONE)
FUNC_FIELD(defaults, FT_NONE)
FUNC_FIELD(kwdefaults, FT_NONE)
static FtValue func_get_closure(FtValue self) {
  FtValue v = ((FtFunction *)ft_obj(self))->closure;
  return ft_newref(v ? v : FT_NONE);
}
static FtValue func_get_code(FtValue self) {
  return ft_newref(((FtFunction *)ft_obj(self))->code);
}
static FtValue func_get_globals(FtValue self) {
  return ft_newref(((FtFunction *)ft_obj(self))->globals);
}
static FtValue func_get_annotations(FtValue self) {
  FtFunction *fn = (FtFunction *)ft_obj(self);
  ft_mutex_lock(&fn->ob.mutex);
  if (!fn->annotations)
    fn->annotations = ft_dict_new();
  FtValue a = fn->annotations;
  ft_xincref(a);
  ft_mutex_unlock(&fn->ob.mutex);
  return a;
}

static const FtGetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL},
    {"__module__", func_get_module, func_set_module, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL},
    {"__closure__", func_get_closure, NULL, NULL},
    {"__code__", func_get_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL},
    {"__annotations__", func_get_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

FtType FtFunction_Type = {.ob = FT_STATIC_HEAD(&FtType_Type),
                          .name = "function",
                          .basicsize = sizeof(FtFunction),
                          .dictoffset = offsetof(FtFunction, dict),
                          .dealloc = func_dealloc,
                          .repr = func_repr,
                          .call = func_call,
                          .descr_get = func_descr_get,
                          .getsets = func_getsets};
