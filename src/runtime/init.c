/*
 * init.c -- interpreter start-up and shutdown, and the table of native
 * modules.
 *
 * Start-up runs on the main thread before any other thread exists: it
 * creates the main thread state, readies every static type, and builds the
 * builtins and sys modules.  Everything it creates is published to other
 * threads only by their creation (pthread_create is a full barrier).
 */
#include <stdlib.h>

#include "ft.h"
#include "tstate.h"
#include "vm/code.h"
#include "vm/exceptions.h"
#include "objects/typeslots.h"

FtValue ft_mod_builtins_init(void);
FtValue ft_mod_sys_init(void);
FtValue ft_mod__thread_init(void);
FtValue ft_mod_time_init(void);
FtValue ft_mod_math_init(void);
FtValue ft_mod__traceback_init(void);
FtValue ft_vm_build_class_builtin(void);

static FtValue builtins_module, builtins_dict; /* written once at start-up */

static FtValue mod_builtins_get(void) { return ft_newref(builtins_module); }

const FtNativeModule ft_native_modules[] = {
    {"builtins", mod_builtins_get},
    {"sys", ft_mod_sys_init},
    {"_thread", ft_mod__thread_init},
    {"time", ft_mod_time_init},
    {"math", ft_mod_math_init},
    {"_traceback", ft_mod__traceback_init},
    {NULL, NULL}};

FtValue ft_vm_builtins(void) { return builtins_dict; }

static FtType *const core_types[] = {
    &FtType_Type, &FtObject_Type, &FtInt_Type, &FtBool_Type, &FtFloat_Type, &FtStr_Type,
    &FtBytes_Type, &FtTuple_Type, &FtList_Type, &FtDict_Type, &FtSet_Type,
    &FtFrozenSet_Type, &FtNone_Type, &FtNotImplemented_Type, &FtEllipsis_Type,
    &FtRange_Type, &FtSlice_Type, &FtFunction_Type, &FtCode_Type, &FtCell_Type,
    &FtMethod_Type, &FtBuiltin_Type, &FtModule_Type, &FtProperty_Type,
    &FtStaticMethod_Type, &FtClassMethod_Type, &FtSuper_Type, &FtGen_Type, &FtComplex_Type,
    &FtByteArray_Type, &FtStrIter_Type, &FtStrAsciiIter_Type, &FtBytesIter_Type,
    &FtByteArrayIter_Type, &FtMethodDescr_Type, &FtClassMethodDescr_Type, &FtGetSetDescr_Type,
    &FtMemberDescr_Type, &FtSlotWrapper_Type,
    &FtMappingProxy_Type, &FtUnion_Type, &FtGenericAlias_Type, &FtFrame_Type, NULL};

int ft_runtime_init(void) {
  if (!ft_tstate_new())
    return -1;
  ft_int_init();
  ft_str_init();
  for (int i = 0; core_types[i]; i++)
    if (ft_type_ready(core_types[i]) < 0)
      return -1;
  ft_tuple_init();
  ft_list_init();
  ft_dict_init();
  ft_set_init();
  ft_range_init();
  ft_slice_init();
  ft_exceptions_init();
  builtins_module = ft_mod_builtins_init();
  if (!builtins_module)
    return -1;
  builtins_dict = ft_module_dict(builtins_module);
  FtValue bc = ft_vm_build_class_builtin();
  if (!bc || ft_module_add(builtins_module, "__build_class__", bc) < 0)
    return -1;
  ft_decref(bc);
  return 0;
}

FtValue ft_runtime_builtins_module(void) { return builtins_module; }
