/*
 * opcodes.h -- the bytecode instruction set.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in
 * the high 24.  Instructions with an inline cache (LOAD_GLOBAL, LOAD_ATTR,
 * LOAD_METHOD, STORE_ATTR) use the code object's cache slot of the same
 * index.  Jump arguments are absolute instruction indexes.
 */
#ifndef FT_OPCODES_H
#define FT_OPCODES_H

#define FT_OPCODES(X)                                                        \
  X(NOP) X(POP_TOP) X(DUP_TOP) X(DUP_TOP_TWO) X(ROT_TWO) X(ROT_THREE)        \
  X(ROT_FOUR) X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST)        \
  X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLOSURE)               \
  X(LOAD_CLASSDEREF) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME)               \
  X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) X(LOAD_ATTR)               \
  X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD) X(CALL_METHOD) X(CALL)         \
  X(CALL_KW) X(CALL_EX) X(BINARY_OP) X(INPLACE_OP) X(COMPARE_OP) X(IS_OP)    \
  X(CONTAINS_OP) X(UNARY_NEG) X(UNARY_POS) X(UNARY_INVERT) X(UNARY_NOT)      \
  X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE)           \
  X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) \
  X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE)          \
  X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE) X(BUILD_STRING)              \
  X(FORMAT_VALUE) X(UNPACK_SEQUENCE) X(UNPACK_EX) X(JUMP)                    \
  X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP)           \
  X(JUMP_IF_TRUE_OR_POP) X(GET_ITER) X(FOR_ITER) X(MAKE_FUNCTION)            \
  X(RETURN_VALUE) X(LOAD_BUILD_CLASS) X(SETUP_FINALLY) X(POP_BLOCK)          \
  X(POP_EXCEPT) X(RERAISE) X(RAISE_VARARGS) X(CHECK_EXC_MATCH)               \
  X(BEFORE_WITH) X(CALL_EXIT_NONE) X(WITH_EXCEPT_START) X(IMPORT_NAME)       \
  X(IMPORT_FROM) X(IMPORT_STAR) X(LOAD_ASSERTION_ERROR) X(YIELD_VALUE)       \
  X(GET_YIELD_FROM_ITER) X(YIELD_FROM) X(SETUP_ANNOTATIONS)  \
  X(END_FOR) X(PRINT_EXPR)                                                   \
  /* LOAD_FAST / LOAD_CONST marked by the compiler by what follows them   \
   * (codegen.c, mark_fused): the handler may do the whole sequence, on   \
   * the locals' borrowed references, and skip the rest */                \
  X(LOAD_FAST_ATTR) X(LOAD_FAST_SUBSCR) X(LOAD_FAST_BINOP)                 \
  X(LOAD_FAST_COMPARE) X(LOAD_FAST_CONTAINS) X(LOAD_FAST_METHOD)           \
  X(LOAD_FAST_STORE_ATTR) X(LOAD_FAST_PAIR) X(LOAD_CONST_IS)     \
  X(LOAD_FAST_IS) X(DUP_TOP_TWO_SUBSCR) X(ROT_THREE_STORE_SUBSCR)     \
  X(LOAD_FAST_JUMP)

enum {
#define FT_OP_ENUM(name) OP_##name,
  FT_OPCODES(FT_OP_ENUM)
#undef FT_OP_ENUM
      FT_OP_COUNT
};

/* MAKE_FUNCTION flags */
#define FT_MF_DEFAULTS 1
#define FT_MF_KWDEFAULTS 2
#define FT_MF_ANNOTATIONS 4
#define FT_MF_CLOSURE 8

/* FORMAT_VALUE flags */
#define FT_FV_STR 1
#define FT_FV_REPR 2
#define FT_FV_ASCII 3
#define FT_FV_CONV_MASK 3
#define FT_FV_HAS_SPEC 4

/* Block types on a frame's block stack. */
#define FT_BLOCK_FINALLY 1        /* SETUP_FINALLY: handler address */
#define FT_BLOCK_EXCEPT_HANDLER 2 /* inside a handler: restores handled */

#endif
