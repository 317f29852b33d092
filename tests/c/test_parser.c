/*
 * test_parser.c - tests for the ftpy tokenizer, parser and AST dumper.
 *
 * What it holds: (1) a table of several hundred snippets, valid and
 * invalid, each with the expected ast.dump() text (optionally with
 * positions) or the expected SyntaxError (kind|message|line|offset), all
 * generated from CPython 3.11's ast.parse, the reference; (2) hand-written
 * checks of things a dump does not show (constant payloads, BOM, CRLF,
 * coding declarations, error record fields, nesting limits); (3) a
 * robustness pass that parses every prefix and random mutations of sample
 * programs (and of any files given on the command line), which must never
 * crash -- run it under -fsanitize=address,undefined; (4) a concurrency
 * check parsing the same programs from several threads at once.
 *
 * How it works: plain C11 + pthreads, no test framework; prints failures
 * and a summary, exit status 0 when everything passes.  With
 * `--snippets FILE` it writes the snippet table in the format of
 * tests/c/check_parser_vs_cpython.sh so the table itself can be re-checked
 * against the installed CPython.
 *
 * Build: cc -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=address,undefined \
 *          tests/c/test_parser.c src/compiler/{ast,tokenizer,parser}.c -lm -pthread
 * Usage: test_parser [--quick] [--snippets FILE] [extra .py files to fuzz...]
 *
 * Invariant: the table only holds cases where ftpy agrees with CPython;
 * known differences are listed in the report of parser.h/parser.c.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "../../src/compiler/ast.h"
#include "../../src/compiler/parser.h"

typedef struct {
    const char *mode;   /* "exec", "eval" or "single" */
    int attrs;          /* compare positions too */
    const char *src;
    const char *expect; /* dump, or "ERROR kind|msg|line|offset" */
} FtCase;

/* generated from CPython 3.11 ast.parse; see check_parser_vs_cpython.sh */
static const FtCase ft_cases[] = {
    { "exec", 0,
        "f'{}' + 1",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|7" },
    { "exec", 0,
        "x = (f'{}'\n  + 1)",
        "ERROR SyntaxError|f-string: empty expression not allowed|2|3" },
    { "exec", 0,
        "x = ('a'\n  b'c' + 1)",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|2|8" },
    { "exec", 0,
        "'\\x' + 1",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": truncated \\xXX escape|1|6" },
    { "exec", 0,
        "f(a=1, b, c)",
        "ERROR SyntaxError|positional argument follows keyword argument|1|12" },
    { "exec", 0,
        "f(a=1,\n  b)",
        "ERROR SyntaxError|positional argument follows keyword argument|2|4" },
    { "exec", 0,
        "x = (yield) = 1",
        "ERROR SyntaxError|cannot assign to yield expression|1|6" },
    { "exec", 0,
        "yield = 1",
        "ERROR SyntaxError|assignment to yield expression not possible|1|1" },
    { "exec", 0,
        "f(x for x in y)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id"
        "='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(i"
        "d='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "f(x for x in y, )",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(a, x for x in y)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|6" },
    { "exec", 0,
        "[a, b c, d]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "(a b)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "{a b}",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "{a: b c}",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "f(a, b c)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|6" },
    { "exec", 0,
        "x[a b]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|3" },
    { "exec", 0,
        "print(a b)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|7" },
    { "exec", 0,
        "[a if b c]",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|2" },
    { "exec", 0,
        "[x for x in y z]",
        "ERROR SyntaxError|invalid syntax|1|15" },
    { "exec", 0,
        "[1 2]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "(a, 1 2 3)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "[a.b c.d]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "[\"a\" \"b\" c]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "[x \"a\"]",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "f(**k, *a)",
        "ERROR SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|8" },
    { "exec", 0,
        "def f(a, *, b=1, c): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwo"
        "nlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]),"
        " body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(a=1, /, b): pass",
        "ERROR SyntaxError|non-default argument follows default argument|1|15" },
    { "exec", 0,
        "lambda *: 1",
        "ERROR SyntaxError|named arguments must follow bare *|1|9" },
    { "exec", 0,
        "def f(*, a) -> : pass",
        "ERROR SyntaxError|expected ':'|1|13" },
    { "exec", 0,
        "class A(metaclass=M, x): pass",
        "ERROR SyntaxError|positional argument follows keyword argument|1|23" },
    { "exec", 0,
        "import a.",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "from .. import (a as b, c)",
        "Module(body=[ImportFrom(names=[alias(name='a', asname='b'), alias(name='c')], level=2)], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "from ... import x",
        "Module(body=[ImportFrom(names=[alias(name='x')], level=3)], type_ignores=[])" },
    { "exec", 0,
        "from .... import x",
        "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])" },
    { "exec", 0,
        "async def f():\n    async with a as b, c: pass\n    async for x in y: pass\n    await z",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs"
        "=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a"
        "', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c"
        "', ctx=Load()))], body=[Pass()]), AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id="
        "'y', ctx=Load()), body=[Pass()], orelse=[]), Expr(value=Await(value=Name(id='z', ctx=Load("
        "))))], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def g(): yield from x; y = yield; yield a, b",
        "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))),"
        " Assign(targets=[Name(id='y', ctx=Store())], value=Yield()), Expr(value=Yield(value=Tuple("
        "elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list="
        "[])], type_ignores=[])" },
    { "exec", 0,
        "with (a, b): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context"
        "_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with (a, b) as c: pass",
        "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name("
        "id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()"
        "])], type_ignores=[])" },
    { "exec", 0,
        "with (a as b, c as d,): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Nam"
        "e(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with (a): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "with (a) as b, (c): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "with (yield): pass",
        "Module(body=[With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[]"
        ")" },
    { "exec", 0,
        "with (a for a in b): pass",
        "Module(body=[With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='a', ctx=Load()), "
        "generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()),"
        " ifs=[], is_async=0)]))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "global a, b",
        "Module(body=[Global(names=['a', 'b'])], type_ignores=[])" },
    { "exec", 0,
        "x = 1 if y else 2 if z else 3",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx"
        "=Load()), body=Constant(value=1), orelse=IfExp(test=Name(id='z', ctx=Load()), body=Constan"
        "t(value=2), orelse=Constant(value=3))))], type_ignores=[])" },
    { "exec", 0,
        "a[1:2, ::3, ...]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice("
        "lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant"
        "(value=Ellipsis)], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[:, None]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice("
        "), Constant(value=None)], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[*b]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starre"
        "d(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=["
        "])" },
    { "exec", 0,
        "a[b, *c]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(i"
        "d='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx"
        "=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = *a, *b",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=N"
        "ame(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]"
        ", ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a, = b",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store())], ctx=Store())], value="
        "Name(id='b', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "[a, b] = c",
        "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store("
        "))], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "(a, b), c = d",
        "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b"
        "', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='"
        "d', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "del a, (b, c), [d], e.f, g[0]",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Tuple(elts=[Name(id='b', ctx=Del()),"
        " Name(id='c', ctx=Del())], ctx=Del()), List(elts=[Name(id='d', ctx=Del())], ctx=Del()), At"
        "tribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Del()), Subscript(value=Name(id='g',"
        " ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del (a), b,",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())])], type_ign"
        "ores=[])" },
    { "exec", 0,
        "x: int",
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Loa"
        "d()), simple=1)], type_ignores=[])" },
    { "exec", 0,
        "(x): int = 1",
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Loa"
        "d()), value=Constant(value=1), simple=0)], type_ignores=[])" },
    { "exec", 0,
        "x.y: int",
        "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Stor"
        "e()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])" },
    { "exec", 0,
        "x[0]: int = 1",
        "Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(val"
        "ue=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simpl"
        "e=0)], type_ignores=[])" },
    { "exec", 0,
        "for x, in y: pass",
        "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id"
        "='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for (x, y) in z: pass",
        "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())],"
        " ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for [x, *y] in z: pass",
        "Module(body=[For(target=List(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', c"
        "tx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], or"
        "else=[])], type_ignores=[])" },
    { "exec", 0,
        "x = [i for i in range(3) if i if i > 0 for j in i]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', c"
        "tx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Nam"
        "e(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[Name(id='i', ctx=L"
        "oad()), Compare(left=Name(id='i', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]"
        ")], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='i', ctx=Loa"
        "d()), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = {k: v for k, v in d.items()}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', c"
        "tx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[N"
        "ame(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribu"
        "te(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=["
        "], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = {**a, 'b': 1, **c}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(v"
        "alue='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Lo"
        "ad())]))], type_ignores=[])" },
    { "exec", 0,
        "x = {*a, *b}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Starred(value=Nam"
        "e(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]))"
        "], type_ignores=[])" },
    { "exec", 0,
        "x = (1,)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value="
        "1)], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = ()",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))"
        "], type_ignores=[])" },
    { "exec", 0,
        "print(*args, sep='', **kw)",
        "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(i"
        "d='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')"
        "), keyword(value=Name(id='kw', ctx=Load()))]))], type_ignores=[])" },
    { "exec", 0,
        "f(a)(b)(c)",
        "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name"
        "(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=["
        "Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "not a == b",
        "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), o"
        "ps=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])" },
    { "exec", 0,
        "a < b < c",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparato"
        "rs=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "a is not b",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators="
        "[Name(id='b', ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "a not in b",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators="
        "[Name(id='b', ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "-2 ** -1",
        "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(),"
        " right=UnaryOp(op=USub(), operand=Constant(value=1)))))], type_ignores=[])" },
    { "exec", 0,
        "~a ** b",
        "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='a', ctx=Load()), "
        "op=Pow(), right=Name(id='b', ctx=Load()))))], type_ignores=[])" },
    { "exec", 0,
        "await x ** 2",
        "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right="
        "Constant(value=2)))], type_ignores=[])" },
    { "exec", 0,
        "a @ b",
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='"
        "b', ctx=Load())))], type_ignores=[])" },
    { "exec", 0,
        "a if b else lambda: c",
        "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load())"
        ", orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], def"
        "aults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])" },
    { "exec", 0,
        "lambda a, /, b=1, *c, d, e=2, **f: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b"
        "')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Cons"
        "tant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0))"
        ")], type_ignores=[])" },
    { "exec", 0,
        "lambda: (yield)",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_d"
        "efaults=[], defaults=[]), body=Yield()))], type_ignores=[])" },
    { "exec", 0,
        "x = 0xFF + 0o17 + 0b101 + 1_000 + 1e10 + 1.5j + .5 + 5. + 1E-3",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp"
        "(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add()"
        ", right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant("
        "value=1000)), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(val"
        "ue=1.5j)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op="
        "Add(), right=Constant(value=0.001)))], type_ignores=[])" },
    { "exec", 0,
        "x = 123456789012345678901234567890",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012"
        "345678901234567890))], type_ignores=[])" },
    { "exec", 0,
        "x = 0",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = 00",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = 1e400",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], type"
        "_ignores=[])" },
    { "exec", 0,
        "x = 0.1 + 1e-7 + 1e22 + 1e16 + 123456789.123",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp"
        "(left=BinOp(left=Constant(value=0.1), op=Add(), right=Constant(value=1e-07)), op=Add(), ri"
        "ght=Constant(value=1e+22)), op=Add(), right=Constant(value=1e+16)), op=Add(), right=Consta"
        "nt(value=123456789.123)))], type_ignores=[])" },
    { "exec", 0,
        "x = \"a\" 'b' \"\"\"c\"\"\" '''d'''",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abcd'))], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "x = b\"a\" B'b' rb'\\n' Br\"\\d\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab\\\\n\\\\"
        "d'))], type_ignores=[])" },
    { "exec", 0,
        "x = r'\\n' R\"\\t\" u'x'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\n\\\\tx"
        "'))], type_ignores=[])" },
    { "exec", 0,
        "x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\1\\12\\123\\x41\\u00e9\\U0001F600'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t\\\\\\"
        "'\"\\x07\\x08\\x0c\\x0b\\x00\\x01\\nSA\\xe9\\U0001f600'))], type_ignores=[])" },
    { "exec", 0,
        "x = '\\d \\w \\%'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\d \\\\w"
        " \\\\%'))], type_ignores=[])" },
    { "exec", 0,
        "x = 'line1\\\nline2'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='line1line2'"
        "))], type_ignores=[])" },
    { "exec", 0,
        "x = \"\"\"a\nb\\\nc\"\"\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nbc'))],"
        " type_ignores=[])" },
    { "exec", 0,
        "f'{x!r} {y!s:>10} {z!a} {w=} {v = } {u=!s} {t=:>5}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=114), Constant(value=' '), FormattedValue(value=Name(id='y', ctx=Load()), conver"
        "sion=115, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value=' '), For"
        "mattedValue(value=Name(id='z', ctx=Load()), conversion=97), Constant(value=' w='), Formatt"
        "edValue(value=Name(id='w', ctx=Load()), conversion=114), Constant(value=' v = '), Formatte"
        "dValue(value=Name(id='v', ctx=Load()), conversion=114), Constant(value=' u='), FormattedVa"
        "lue(value=Name(id='u', ctx=Load()), conversion=115), Constant(value=' t='), FormattedValue"
        "(value=Name(id='t', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(val"
        "ue='>5')]))]))], type_ignores=[])" },
    { "exec", 0,
        "f'{{}} {{{x}}} }}{{'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {'), FormattedValue(value=Nam"
        "e(id='x', ctx=Load()), conversion=-1), Constant(value='} }{')]))], type_ignores=[])" },
    { "exec", 0,
        "f'{x:{y}.{z}f}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()),"
        " conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='z', ctx=Load()), conve"
        "rsion=-1), Constant(value='f')]))]))], type_ignores=[])" },
    { "exec", 0,
        "f'''{\nx\n}'''",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{\"a\" if x else \"b\"}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', ctx"
        "=Load()), body=Constant(value='a'), orelse=Constant(value='b')), conversion=-1)]))], type_"
        "ignores=[])" },
    { "exec", 0,
        "f'{x:=10}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=-1, format_spec=JoinedStr(values=[Constant(value='=10')]))]))], type_ignores=[])" },
    { "exec", 0,
        "f'{(x:=10)}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x"
        "', ctx=Store()), value=Constant(value=10)), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{a[\"b\"]}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a'"
        ", ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1)]))], type_ignores=[]"
        ")" },
    { "exec", 0,
        "f'{x!r:^{w}}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Nam"
        "e(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])" },
    { "exec", 0,
        "rf'\\n{x}\\t'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Na"
        "me(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\t')]))], type_ignores=[])" },
    { "exec", 0,
        "f'\\n{x}\\t'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name"
        "(id='x', ctx=Load()), conversion=-1), Constant(value='\\t')]))], type_ignores=[])" },
    { "exec", 0,
        "f'\\N{BULLET} {x}'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\u2022 '), FormattedValue(value"
        "=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{3.14:.2f}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conve"
        "rsion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])" },
    { "exec", 0,
        "f'{x,y}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ct"
        "x=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{*x,}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=N"
        "ame(id='x', ctx=Load()), ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{yield x}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(value=Name(id='x', ct"
        "x=Load())), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{x for x in y}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x"
        "', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='"
        "y', ctx=Load()), ifs=[], is_async=0)]), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "'a' f'b{x}c' 'd' f'e'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name("
        "id='x', ctx=Load()), conversion=-1), Constant(value='cde')]))], type_ignores=[])" },
    { "exec", 0,
        "f''",
        "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])" },
    { "exec", 0,
        "'' f''",
        "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])" },
    { "exec", 0,
        "f'{x}' f'{y}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), c"
        "onversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "f\"{f'{x}'}\"",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=["
        "])" },
    { "exec", 0,
        "f'a' 'b'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab')]))], type_ignores=[])" },
    { "exec", 0,
        "@a.b(c)\n@d\nclass C(B, metaclass=M, **kw):\n    '''doc'''\n    x: int = 1\n    def m(self"
        "): return self.x",
        "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='m"
        "etaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], bod"
        "y=[Expr(value=Constant(value='doc')), AnnAssign(target=Name(id='x', ctx=Store()), annotati"
        "on=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), FunctionDef(name='m', a"
        "rgs=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defau"
        "lts=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Loa"
        "d()))], decorator_list=[])], decorator_list=[Call(func=Attribute(value=Name(id='a', ctx=Lo"
        "ad()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), Name(id='d', "
        "ctx=Load())])], type_ignores=[])" },
    { "exec", 0,
        "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
        "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b',"
        " ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orel"
        "se=[Pass()])])])], type_ignores=[])" },
    { "exec", 0,
        "while x:\n    break\nelse:\n    continue",
        "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nels"
        "e:\n    pass\nfinally:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx="
        "Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(t"
        "ype=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass("
        ")], finalbody=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept* A:\n    pass\nexcept* (B, C) as e:\n    pass",
        "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='A', ctx=Load()),"
        " body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='B', ctx=Load()), Name(id='C', ctx"
        "=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores"
        "=[])" },
    { "exec", 0,
        "try:\n    pass\nfinally:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores"
        "=[])" },
    { "exec", 0,
        "raise",
        "Module(body=[Raise()], type_ignores=[])" },
    { "exec", 0,
        "raise X from Y",
        "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ig"
        "nores=[])" },
    { "exec", 0,
        "assert x, \"msg\"",
        "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignor"
        "es=[])" },
    { "exec", 0,
        "import a.b.c as d, e",
        "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignor"
        "es=[])" },
    { "exec", 0,
        "from m import (a, b,)",
        "Module(body=[ImportFrom(module='m', names=[alias(name='a'), alias(name='b')], level=0)], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "from m import *",
        "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])" },
    { "exec", 0,
        "from . import x",
        "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])" },
    { "exec", 0,
        "nonlocal x",
        "Module(body=[Nonlocal(names=['x'])], type_ignores=[])" },
    { "exec", 0,
        "x = y = z = 1",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store()), Name(id"
        "='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "x += 1; y **= 2; z //= 3; w @= 4; v >>= 5",
        "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)"
        "), AugAssign(target=Name(id='y', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssi"
        "gn(target=Name(id='z', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(ta"
        "rget=Name(id='w', ctx=Store()), op=MatMult(), value=Constant(value=4)), AugAssign(target=N"
        "ame(id='v', ctx=Store()), op=RShift(), value=Constant(value=5))], type_ignores=[])" },
    { "exec", 0,
        "if x: y; z",
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load())),"
        " Expr(value=Name(id='z', ctx=Load()))], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "a = 1;",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "match x:\n    case 1 | 2:\n        pass\n    case [a, b, *rest]:\n        pass\n    case {"
        "\"k\": v, **kw}:\n        pass\n    case Point(x=0, y=0):\n        pass\n    case Point(1,"
        " 2) as p if p:\n        pass\n    case -1 + 2j:\n        pass\n    case None | True | Fals"
        "e:\n        pass\n    case a.b.c:\n        pass\n    case (a, b):\n        pass\n    case "
        "(a):\n        pass\n    case []:\n        pass\n    case ():\n        pass\n    case {}:\n"
        "        pass\n    case \"a\" \"b\":\n        pass\n    case _:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(pat"
        "terns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[P"
        "ass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), "
        "MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(v"
        "alue='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=M"
        "atchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_pattern"
        "s=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass("
        ")]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patte"
        "rns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs="
        "[], kwd_patterns=[]), name='p'), guard=Name(id='p', ctx=Load()), body=[Pass()]), match_cas"
        "e(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Ad"
        "d(), right=Constant(value=2j))), body=[Pass()]), match_case(pattern=MatchOr(patterns=[Matc"
        "hSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[P"
        "ass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', "
        "ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pat"
        "tern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match"
        "_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchSequence(patterns"
        "=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match"
        "_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=Match"
        "Value(value=Constant(value='ab')), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pas"
        "s()])])], type_ignores=[])" },
    { "exec", 0,
        "match = 1\nmatch.x = 2\nmatch(x)\nmatch[x]\nprint(match)",
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Ass"
        "ign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value="
        "Constant(value=2)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', "
        "ctx=Load())], keywords=[])), Expr(value=Subscript(value=Name(id='match', ctx=Load()), slic"
        "e=Name(id='x', ctx=Load()), ctx=Load())), Expr(value=Call(func=Name(id='print', ctx=Load()"
        "), args=[Name(id='match', ctx=Load())], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "case = 1",
        "Module(body=[Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=1))], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "match x, y:\n    case a, b: pass",
        "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())]"
        ", ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchA"
        "s(name='b')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match *x, y:\n    case [*_]: pass\n",
        "Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='x', ctx=Load()), ctx=Load())"
        ", Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns"
        "=[MatchStar()]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "x = f() = 1",
        "ERROR SyntaxError|cannot assign to function call|1|5" },
    { "exec", 0,
        "a = 1 = 2",
        "ERROR SyntaxError|cannot assign to literal|1|5" },
    { "exec", 0,
        "f() = 1",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|1|1" },
    { "exec", 0,
        "x = 1 2",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "if x = 1: pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|4" },
    { "exec", 0,
        "f(a.b = 1)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "1 = x",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|1" },
    { "exec", 0,
        "[1, 2] = x",
        "ERROR SyntaxError|cannot assign to literal|1|2" },
    { "exec", 0,
        "(a, f()) = 1",
        "ERROR SyntaxError|cannot assign to function call|1|5" },
    { "exec", 0,
        "a + 1 = 2",
        "ERROR SyntaxError|cannot assign to expression here. Maybe you meant '==' instead of '='\077"
        "|1|1" },
    { "exec", 0,
        "True = 1",
        "ERROR SyntaxError|cannot assign to True|1|1" },
    { "exec", 0,
        "f() += 1",
        "ERROR SyntaxError|'function call' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "(a, b) += 1",
        "ERROR SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "del f()",
        "ERROR SyntaxError|cannot delete function call|1|5" },
    { "exec", 0,
        "del a + 1",
        "ERROR SyntaxError|cannot delete expression|1|5" },
    { "exec", 0,
        "for f() in x: pass",
        "ERROR SyntaxError|cannot assign to function call|1|5" },
    { "exec", 0,
        "for x + 1 in y: pass",
        "ERROR SyntaxError|cannot assign to expression|1|5" },
    { "exec", 0,
        "with a as f(): pass",
        "ERROR SyntaxError|cannot assign to function call|1|11" },
    { "exec", 0,
        "x: int, y = 1",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "(a, b): int",
        "ERROR SyntaxError|only single target (not tuple) can be annotated|1|1" },
    { "exec", 0,
        "f(): int",
        "ERROR SyntaxError|illegal target for annotation|1|1" },
    { "exec", 0,
        "x = yield = 1",
        "ERROR SyntaxError|assignment to yield expression not possible|1|5" },
    { "exec", 0,
        "print \"hello\"",
        "ERROR SyntaxError|Missing parentheses in call to 'print'. Did you mean print(...)\077|1|1" },
    { "exec", 0,
        "[1, 2 3]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "f(a b)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|3" },
    { "exec", 0,
        "x = (1 if 2)",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|6" },
    { "exec", 0,
        "def f(a=1, b): pass",
        "ERROR SyntaxError|non-default argument follows default argument|1|12" },
    { "exec", 0,
        "def f(*): pass",
        "ERROR SyntaxError|named arguments must follow bare *|1|7" },
    { "exec", 0,
        "def f(**k, a): pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|12" },
    { "exec", 0,
        "def f(/): pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "def f(a, /, b, /): pass",
        "ERROR SyntaxError|/ may appear only once|1|16" },
    { "exec", 0,
        "def f(*a, /): pass",
        "ERROR SyntaxError|/ must be ahead of *|1|11" },
    { "exec", 0,
        "def f(*a, *b): pass",
        "ERROR SyntaxError|* argument may appear only once|1|11" },
    { "exec", 0,
        "def f(*a=1): pass",
        "ERROR SyntaxError|var-positional argument cannot have default value|1|9" },
    { "exec", 0,
        "def f(**a=1): pass",
        "ERROR SyntaxError|var-keyword argument cannot have default value|1|10" },
    { "exec", 0,
        "def f(*, **k): pass",
        "ERROR SyntaxError|named arguments must follow bare *|1|7" },
    { "exec", 0,
        "f(a=1, b)",
        "ERROR SyntaxError|positional argument follows keyword argument|1|9" },
    { "exec", 0,
        "f(**a, b)",
        "ERROR SyntaxError|positional argument follows keyword argument unpacking|1|9" },
    { "exec", 0,
        "f(**a, *b)",
        "ERROR SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|8" },
    { "exec", 0,
        "f(a for a in b, c)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(True=1)",
        "ERROR SyntaxError|cannot assign to True|1|3" },
    { "exec", 0,
        "(a.b := 1)",
        "ERROR SyntaxError|cannot use assignment expressions with attribute|1|2" },
    { "exec", 0,
        "x := 1",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "'a' b'c'",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|1|9" },
    { "exec", 0,
        "b'a' 'c'",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|1|9" },
    { "exec", 0,
        "f'{}'",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|6" },
    { "exec", 0,
        "f'{ }'",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|7" },
    { "exec", 0,
        "f'{x!z}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{x!}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|8" },
    { "exec", 0,
        "f'{x'",
        "ERROR SyntaxError|f-string: expecting '}'|1|6" },
    { "exec", 0,
        "f'}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|5" },
    { "exec", 0,
        "f'{#}'",
        "ERROR SyntaxError|f-string expression part cannot include '#'|1|7" },
    { "exec", 0,
        "f'{\\n}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|8" },
    { "exec", 0,
        "if x\n    pass",
        "ERROR SyntaxError|expected ':'|1|5" },
    { "exec", 0,
        "def f()\n    pass",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "class C",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "while x",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "for x in y",
        "ERROR SyntaxError|expected ':'|1|11" },
    { "exec", 0,
        "if 1:",
        "ERROR IndentationError|expected an indented block after 'if' statement on line 1|1|6" },
    { "exec", 0,
        "[*a for a in b]",
        "ERROR SyntaxError|iterable unpacking cannot be used in comprehension|1|2" },
    { "exec", 0,
        "(*a)",
        "ERROR SyntaxError|cannot use starred expression here|1|2" },
    { "exec", 0,
        "x = *a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Starred(value=Name(id='a', "
        "ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "*a = 1",
        "Module(body=[Assign(targets=[Starred(value=Name(id='a', ctx=Store()), ctx=Store())], value"
        "=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "del *a",
        "ERROR SyntaxError|cannot delete starred|1|5" },
    { "exec", 0,
        "a, *b, *c = 1",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id="
        "'b', ctx=Store()), ctx=Store()), Starred(value=Name(id='c', ctx=Store()), ctx=Store())], c"
        "tx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "lambda x=1, y: x",
        "ERROR SyntaxError|non-default argument follows default argument|1|13" },
    { "exec", 0,
        "import a.b as",
        "ERROR SyntaxError|invalid syntax|1|14" },
    { "exec", 0,
        "from . import",
        "ERROR SyntaxError|invalid syntax|1|14" },
    { "exec", 0,
        "from x import a,",
        "ERROR SyntaxError|trailing comma not allowed without surrounding parentheses|1|17" },
    { "exec", 0,
        "from x import (a, b",
        "ERROR SyntaxError|'(' was never closed|1|15" },
    { "exec", 0,
        "try:\n  pass",
        "ERROR SyntaxError|expected 'except' or 'finally' block|2|7" },
    { "exec", 0,
        "try:\n  pass\nx = 1",
        "ERROR SyntaxError|expected 'except' or 'finally' block|3|1" },
    { "exec", 0,
        "x = 1 +",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "else: pass",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "exec", 0,
        "def f(a, a): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg("
        "arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "f(x=1, x=2)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg"
        "='x', value=Constant(value=1)), keyword(arg='x', value=Constant(value=2))]))], type_ignore"
        "s=[])" },
    { "exec", 0,
        "return 1",
        "Module(body=[Return(value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "break",
        "Module(body=[Break()], type_ignores=[])" },
    { "exec", 0,
        "a \342\211\240 b",
        "ERROR SyntaxError|invalid character '\342\211\240' (U+2260)|1|3" },
    { "exec", 0,
        "'\\x'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": truncated \\xXX escape|1|5" },
    { "exec", 0,
        "b'\\x1'",
        "ERROR SyntaxError|(value error) invalid \\x escape at position 0|1|7" },
    { "exec", 0,
        "'\\U11111111'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9"
        ": illegal Unicode character|1|13" },
    { "exec", 0,
        "b'\303\251'",
        "ERROR SyntaxError|bytes can only contain ASCII literal characters|1|1" },
    { "exec", 0,
        "f(**a, b=1, *c)",
        "ERROR SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|13" },
    { "exec", 0,
        "class C(x for x in y): pass",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "x = {a: 1, **b, c}",
        "ERROR SyntaxError|':' expected after dictionary key|1|17" },
    { "exec", 0,
        "x = {a, b: 1}",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "a[1:2:3:4]",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "(yield) = 1",
        "ERROR SyntaxError|cannot assign to yield expression here. Maybe you meant '==' instead of "
        "'='\077|1|2" },
    { "exec", 0,
        "x = not 1 = 2",
        "ERROR SyntaxError|cannot assign to expression|1|5" },
    { "exec", 0,
        "if x:\npass",
        "ERROR IndentationError|expected an indented block after 'if' statement on line 1|2|1" },
    { "exec", 0,
        "if x:\n  pass\n else: pass",
        "ERROR IndentationError|unindent does not match any outer indentation level|3|12" },
    { "exec", 0,
        "a = 1; ; b = 2",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "",
        "Module(body=[], type_ignores=[])" },
    { "eval", 0,
        "1 + 2",
        "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))" },
    { "eval", 0,
        "  (a,\n   b)",
        "ERROR IndentationError|unexpected indent|1|2" },
    { "eval", 0,
        "x if y else z",
        "Expression(body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse"
        "=Name(id='z', ctx=Load())))" },
    { "eval", 0,
        "yield x",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "eval", 0,
        "a, *b",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "eval", 0,
        "1; 2",
        "ERROR SyntaxError|invalid syntax|1|2" },
    { "single", 0,
        "x = 1",
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])" },
    { "single", 0,
        "if x:\n    y\n",
        "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load"
        "()))], orelse=[])])" },
    { "exec", 1,
        "x = (a + b) * c",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_"
        "offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), lineno"
        "=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, "
        "end_col_offset=10), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end"
        "_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), l"
        "ineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])" },
    { "exec", 1,
        "f(x for x in y)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lin"
        "eno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_of"
        "fset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx"
        "=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=L"
        "oad(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], li"
        "neno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset"
        "=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset"
        "=15)], type_ignores=[])" },
    { "exec", 1,
        "if a:\n    b = 1;\nelif c:\n    pass\nelse:\n    d",
        "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_co"
        "l_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, end_l"
        "ineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2,"
        " end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[If(t"
        "est=Name(id='c', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body"
        "=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Expr(value=Name(i"
        "d='d', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_"
        "offset=4, end_lineno=6, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=6, end_col_"
        "offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])" },
    { "exec", 1,
        "def f(a: int = 1, *b: str, **c) -> None:\n    return a",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annot"
        "ation=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12),"
        " lineno=1, col_offset=6, end_lineno=1, end_col_offset=12)], vararg=arg(arg='b', annotation"
        "=Name(id='str', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=25), lin"
        "eno=1, col_offset=19, end_lineno=1, end_col_offset=25), kwonlyargs=[], kw_defaults=[], kwa"
        "rg=arg(arg='c', lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), defaults=[Const"
        "ant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=[Return(val"
        "ue=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lin"
        "eno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Constan"
        "t(value=None, lineno=1, col_offset=35, end_lineno=1, end_col_offset=39), lineno=1, col_off"
        "set=0, end_lineno=2, end_col_offset=12)], type_ignores=[])" },
    { "exec", 1,
        "class C(B, metaclass=M):\n    x: int",
        "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, en"
        "d_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx="
        "Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11"
        ", end_lineno=1, end_col_offset=22)], body=[AnnAssign(target=Name(id='x', ctx=Store(), line"
        "no=2, col_offset=4, end_lineno=2, end_col_offset=5), annotation=Name(id='int', ctx=Load(),"
        " lineno=2, col_offset=7, end_lineno=2, end_col_offset=10), simple=1, lineno=2, col_offset="
        "4, end_lineno=2, end_col_offset=10)], decorator_list=[], lineno=1, col_offset=0, end_linen"
        "o=2, end_col_offset=10)], type_ignores=[])" },
    { "exec", 1,
        "x = f\"a{b!r:>{w}}c\" \"d\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4,"
        " end_lineno=1, end_col_offset=23), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1,"
        " col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, format_spec=JoinedStr(valu"
        "es=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), Formatte"
        "dValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offse"
        "t=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=23)], lineno=1,"
        " col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end"
        "_col_offset=23), Constant(value='cd', lineno=1, col_offset=4, end_lineno=1, end_col_offset"
        "=23)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, e"
        "nd_lineno=1, end_col_offset=23)], type_ignores=[])" },
    { "exec", 1,
        "x = f'{a, b}' f'{c for c in d}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a"
        "', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='b', ctx=L"
        "oad(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, c"
        "ol_offset=6, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, end_"
        "lineno=1, end_col_offset=31), FormattedValue(value=GeneratorExp(elt=Name(id='c', ctx=Load("
        "), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), generators=[comprehension(ta"
        "rget=Name(id='c', ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), "
        "iter=Name(id='d', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), i"
        "fs=[], is_async=0)], lineno=1, col_offset=16, end_lineno=1, end_col_offset=30), conversion"
        "=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=4, en"
        "d_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)],"
        " type_ignores=[])" },
    { "exec", 1,
        "try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass",
        "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], hand"
        "lers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, en"
        "d_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset"
        "=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[Pass"
        "(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lin"
        "eno=6, end_col_offset=8)], type_ignores=[])" },
    { "exec", 1,
        "with (a as b, c):\n    pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offs"
        "et=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, c"
        "ol_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Lo"
        "ad(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=2, co"
        "l_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_co"
        "l_offset=8)], type_ignores=[])" },
    { "exec", 1,
        "import a.b as c\nfrom .d import (e as f, g)",
        "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_linen"
        "o=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Import"
        "From(module='d', names=[alias(name='e', asname='f', lineno=2, col_offset=16, end_lineno=2,"
        " end_col_offset=22), alias(name='g', lineno=2, col_offset=24, end_lineno=2, end_col_offset"
        "=25)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=26)], type_ignores=[]"
        ")" },
    { "exec", 1,
        "x = [1, 2,]\ny = 1,\nz = a[1:2, ::3]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_line"
        "no=1, end_col_offset=6), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_o"
        "ffset=9)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1,"
        " col_offset=0, end_lineno=1, end_col_offset=11), Assign(targets=[Name(id='y', ctx=Store(),"
        " lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Tuple(elts=[Constant(valu"
        "e=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], ctx=Load(), lineno=2, col_o"
        "ffset=4, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_of"
        "fset=6), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, e"
        "nd_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=3, col_offset=4, "
        "end_lineno=3, end_col_offset=5), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=3,"
        " col_offset=6, end_lineno=3, end_col_offset=7), upper=Constant(value=2, lineno=3, col_offs"
        "et=8, end_lineno=3, end_col_offset=9), lineno=3, col_offset=6, end_lineno=3, end_col_offse"
        "t=9), Slice(step=Constant(value=3, lineno=3, col_offset=13, end_lineno=3, end_col_offset=1"
        "4), lineno=3, col_offset=11, end_lineno=3, end_col_offset=14)], ctx=Load(), lineno=3, col_"
        "offset=6, end_lineno=3, end_col_offset=14), ctx=Load(), lineno=3, col_offset=4, end_lineno"
        "=3, end_col_offset=15), lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)], type_ig"
        "nores=[])" },
    { "exec", 1,
        "lambda x, /, y=1, *z, w, **k: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x', lineno=1, col_offs"
        "et=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='y', lineno=1, col_offset=13, end_li"
        "neno=1, end_col_offset=14)], vararg=arg(arg='z', lineno=1, col_offset=19, end_lineno=1, en"
        "d_col_offset=20), kwonlyargs=[arg(arg='w', lineno=1, col_offset=22, end_lineno=1, end_col_"
        "offset=23)], kw_defaults=[None], kwarg=arg(arg='k', lineno=1, col_offset=27, end_lineno=1,"
        " end_col_offset=28), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, en"
        "d_col_offset=16)]), body=Constant(value=0, lineno=1, col_offset=30, end_lineno=1, end_col_"
        "offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31), lineno=1, col_offset"
        "=0, end_lineno=1, end_col_offset=31)], type_ignores=[])" },
    { "exec", 1,
        "match p:\n    case Point(x=0) | [1, *r] | {\"k\": v, **kw} as q if q:\n        pass",
        "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchClass("
        "cls=Name(id='Point', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14),"
        " patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=2, "
        "col_offset=17, end_lineno=2, end_col_offset=18), lineno=2, col_offset=17, end_lineno=2, en"
        "d_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), MatchSequence"
        "(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=23, end_lineno=2, end_c"
        "ol_offset=24), lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), MatchStar(name='"
        "r', lineno=2, col_offset=26, end_lineno=2, end_col_offset=28)], lineno=2, col_offset=22, e"
        "nd_lineno=2, end_col_offset=29), MatchMapping(keys=[Constant(value='k', lineno=2, col_offs"
        "et=33, end_lineno=2, end_col_offset=36)], patterns=[MatchAs(name='v', lineno=2, col_offset"
        "=38, end_lineno=2, end_col_offset=39)], rest='kw', lineno=2, col_offset=32, end_lineno=2, "
        "end_col_offset=46)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=46), name='q', l"
        "ineno=2, col_offset=9, end_lineno=2, end_col_offset=51), guard=Name(id='q', ctx=Load(), li"
        "neno=2, col_offset=55, end_lineno=2, end_col_offset=56), body=[Pass(lineno=3, col_offset=8"
        ", end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offse"
        "t=12)], type_ignores=[])" },
    { "exec", 1,
        "x = '\303\251' + \"\303\274\"\ny = '\303\251'.upper(); z = 1",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=BinOp(left=Constant(value='\\xe9', lineno=1, col_offset=4, en"
        "d_lineno=1, end_col_offset=8), op=Add(), right=Constant(value='\\xfc', lineno=1, col_offse"
        "t=11, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offs"
        "et=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Assign(targets=[Name(id="
        "'y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Call(fun"
        "c=Attribute(value=Constant(value='\\xe9', lineno=2, col_offset=4, end_lineno=2, end_col_of"
        "fset=8), attr='upper', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=14"
        "), args=[], keywords=[], lineno=2, col_offset=4, end_lineno=2, end_col_offset=16), lineno="
        "2, col_offset=0, end_lineno=2, end_col_offset=16), Assign(targets=[Name(id='z', ctx=Store("
        "), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19)], value=Constant(value=1, lin"
        "eno=2, col_offset=22, end_lineno=2, end_col_offset=23), lineno=2, col_offset=18, end_linen"
        "o=2, end_col_offset=23)], type_ignores=[])" },
    { "exec", 1,
        "async def f():\n    async for x in y:\n        await z\n    async with a:\n        pass",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs"
        "=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno="
        "2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2"
        ", col_offset=19, end_lineno=2, end_col_offset=20), body=[Expr(value=Await(value=Name(id='z"
        "', ctx=Load(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), lineno=3, col_of"
        "fset=8, end_lineno=3, end_col_offset=15), lineno=3, col_offset=8, end_lineno=3, end_col_of"
        "fset=15)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=15), AsyncWith("
        "items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=4, col_offset=15, end_lineno="
        "4, end_col_offset=16))], body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=1"
        "2)], lineno=4, col_offset=4, end_lineno=5, end_col_offset=12)], decorator_list=[], lineno="
        "1, col_offset=0, end_lineno=5, end_col_offset=12)], type_ignores=[])" },
    { "exec", 1,
        "x = \"\"\"abc\ndef\"\"\" + 1",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1)], value=BinOp(left=Constant(value='abc\\ndef', lineno=1, col_offset=4"
        ", end_lineno=2, end_col_offset=6), op=Add(), right=Constant(value=1, lineno=2, col_offset="
        "9, end_lineno=2, end_col_offset=10), lineno=1, col_offset=4, end_lineno=2, end_col_offset="
        "10), lineno=1, col_offset=0, end_lineno=2, end_col_offset=10)], type_ignores=[])" },
    { "exec", 1,
        "@dec\n@dec2(x)\ndef f(): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=9, end_lineno=3, end_col_off"
        "set=13)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1,"
        " end_col_offset=4), Call(func=Name(id='dec2', ctx=Load(), lineno=2, col_offset=1, end_line"
        "no=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno"
        "=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset="
        "8)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])" },
    { "exec", 1,
        "global a; nonlocal b\ndel a[0], b.c\nassert x, y\nraise E from F",
        "Module(body=[Global(names=['a'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), "
        "Nonlocal(names=['b'], lineno=1, col_offset=10, end_lineno=1, end_col_offset=20), Delete(ta"
        "rgets=[Subscript(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_"
        "col_offset=5), slice=Constant(value=0, lineno=2, col_offset=6, end_lineno=2, end_col_offse"
        "t=7), ctx=Del(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), Attribute(value="
        "Name(id='b', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), attr='"
        "c', ctx=Del(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=13)], lineno=2, col_o"
        "ffset=0, end_lineno=2, end_col_offset=13), Assert(test=Name(id='x', ctx=Load(), lineno=3, "
        "col_offset=7, end_lineno=3, end_col_offset=8), msg=Name(id='y', ctx=Load(), lineno=3, col_"
        "offset=10, end_lineno=3, end_col_offset=11), lineno=3, col_offset=0, end_lineno=3, end_col"
        "_offset=11), Raise(exc=Name(id='E', ctx=Load(), lineno=4, col_offset=6, end_lineno=4, end_"
        "col_offset=7), cause=Name(id='F', ctx=Load(), lineno=4, col_offset=13, end_lineno=4, end_c"
        "ol_offset=14), lineno=4, col_offset=0, end_lineno=4, end_col_offset=14)], type_ignores=[])" },
    { "exec", 1,
        "a = b = c\na += 1\na: int = 1\n(a): int",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno="
        "1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_"
        "col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_c"
        "ol_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), AugAssign(target=Na"
        "me(id='a', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=Add(),"
        " value=Constant(value=1, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2"
        ", col_offset=0, end_lineno=2, end_col_offset=6), AnnAssign(target=Name(id='a', ctx=Store()"
        ", lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), annotation=Name(id='int', ctx=L"
        "oad(), lineno=3, col_offset=3, end_lineno=3, end_col_offset=6), value=Constant(value=1, li"
        "neno=3, col_offset=9, end_lineno=3, end_col_offset=10), simple=1, lineno=3, col_offset=0, "
        "end_lineno=3, end_col_offset=10), AnnAssign(target=Name(id='a', ctx=Store(), lineno=4, col"
        "_offset=1, end_lineno=4, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=4"
        ", col_offset=5, end_lineno=4, end_col_offset=8), simple=0, lineno=4, col_offset=0, end_lin"
        "eno=4, end_col_offset=8)], type_ignores=[])" },
    { "exec", 0,
        "x = 1\n\t# tab comment\ny = 2",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign("
        "targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])" },
    { "exec", 0,
        "if x:\n\ty = 1\n\tif z:\n\t\tw = 2",
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Stor"
        "e())], value=Constant(value=1)), If(test=Name(id='z', ctx=Load()), body=[Assign(targets=[N"
        "ame(id='w', ctx=Store())], value=Constant(value=2))], orelse=[])], orelse=[])], type_ignor"
        "es=[])" },
    { "exec", 0,
        "if x:\n        y = 1\n\tz = 2",
        "ERROR TabError|inconsistent use of tabs and spaces in indentation|3|1" },
    { "exec", 0,
        "if x:\n\ty = 1\n        z = 2",
        "ERROR TabError|inconsistent use of tabs and spaces in indentation|3|1" },
    { "exec", 0,
        "x = 1 \\\n    + 2",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1"
        "), op=Add(), right=Constant(value=2)))], type_ignores=[])" },
    { "exec", 0,
        "x = (1 +\n# comment\n\n     2)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1"
        "), op=Add(), right=Constant(value=2)))], type_ignores=[])" },
    { "exec", 0,
        "if True:\n    pass\n    # comment at different indent\n  # another\nz = 1",
        "Module(body=[If(test=Constant(value=True), body=[Pass()], orelse=[]), Assign(targets=[Name"
        "(id='z', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "def f():\n    pass\n\n\n",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "x = 1  # trailing comment",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "# only a comment",
        "Module(body=[], type_ignores=[])" },
    { "exec", 0,
        "   ",
        "Module(body=[], type_ignores=[])" },
    { "exec", 0,
        "\\\nx = 1",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = 0x_FF_ff + 0B1_0 + 0O7_7 + 1_2.3_4e-1_0 + 1_0j + 0_0 + 0.0 + 00.0e0",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp"
        "(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=65535), op=Add(), right=C"
        "onstant(value=2)), op=Add(), right=Constant(value=63)), op=Add(), right=Constant(value=1.2"
        "34e-09)), op=Add(), right=Constant(value=10j)), op=Add(), right=Constant(value=0)), op=Add"
        "(), right=Constant(value=0.0)), op=Add(), right=Constant(value=0.0)))], type_ignores=[])" },
    { "exec", 0,
        "x = 1if y else 2",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx"
        "=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])" },
    { "exec", 0,
        "x = [0x1for x in y]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[BoolOp(op=Or(), "
        "values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], comparators"
        "=[Name(id='y', ctx=Load())])])], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = 1.__add__",
        "ERROR SyntaxError|invalid decimal literal|1|6" },
    { "exec", 0,
        "x = 1 .real",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Constant(va"
        "lue=1), attr='real', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = 0777",
        "ERROR SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o p"
        "refix for octal integers|1|5" },
    { "exec", 0,
        "x = 0b12",
        "ERROR SyntaxError|invalid digit '2' in binary literal|1|8" },
    { "exec", 0,
        "x = 0o78",
        "ERROR SyntaxError|invalid digit '8' in octal literal|1|8" },
    { "exec", 0,
        "x = 0xg",
        "ERROR SyntaxError|invalid hexadecimal literal|1|6" },
    { "exec", 0,
        "x = 1e",
        "ERROR SyntaxError|invalid decimal literal|1|5" },
    { "exec", 0,
        "x = 1_",
        "ERROR SyntaxError|invalid decimal literal|1|6" },
    { "exec", 0,
        "x = 1__0",
        "ERROR SyntaxError|invalid decimal literal|1|6" },
    { "exec", 0,
        "x = 5j",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5j))], type_"
        "ignores=[])" },
    { "exec", 0,
        "x = 1.5e+10j",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=15000000000j"
        "))], type_ignores=[])" },
    { "exec", 0,
        "x = 0e0",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))], type"
        "_ignores=[])" },
    { "exec", 0,
        "x = 1e1000j",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=infj))], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "x = .5j",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.5j))], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "x = 'abc' \"def\" '''ghi''' \"\"\"jkl\"\"\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abcdefghijk"
        "l'))], type_ignores=[])" },
    { "exec", 0,
        "x = r'\\'' + r\"\\\"\" + r'\\\\'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Const"
        "ant(value=\"\\\\'\"), op=Add(), right=Constant(value='\\\\\"')), op=Add(), right=Constant("
        "value='\\\\\\\\')))], type_ignores=[])" },
    { "exec", 0,
        "x = b'\\x00\\xff\\n' + rb'\\x00'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=b"
        "'\\x00\\xff\\n'), op=Add(), right=Constant(value=b'\\\\x00')))], type_ignores=[])" },
    { "exec", 0,
        "x = '\\u00e9\\U0001f600\\N{BULLET}\\N{bullet}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\xe9\\U000"
        "1f600\\u2022\\u2022'))], type_ignores=[])" },
    { "exec", 0,
        "x = '\\uD800\\udfff'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\ud800\\ud"
        "fff'))], type_ignores=[])" },
    { "exec", 0,
        "x = '\\777 \\400 \\0 \\00 \\000 \\1234'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\u01ff \\u"
        "0100 \\x00 \\x00 \\x00 S4'))], type_ignores=[])" },
    { "exec", 0,
        "x = b'\\777'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\xff'))],"
        " type_ignores=[])" },
    { "exec", 0,
        "x = '\\8 \\9 \\q \\ '",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\8 \\\\9"
        " \\\\q \\\\ '))], type_ignores=[])" },
    { "exec", 0,
        "x = U'x' + u'y' + R'\\z' + BR'\\a' + Rb'\\b' + bR'\\c' + Br'\\d'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp"
        "(left=BinOp(left=BinOp(left=BinOp(left=Constant(value='x'), op=Add(), right=Constant(value"
        "='y', kind='u')), op=Add(), right=Constant(value='\\\\z')), op=Add(), right=Constant(value"
        "=b'\\\\a')), op=Add(), right=Constant(value=b'\\\\b')), op=Add(), right=Constant(value=b'\\"
        "\\c')), op=Add(), right=Constant(value=b'\\\\d')))], type_ignores=[])" },
    { "exec", 0,
        "x = F'{a}' + fR'{b}\\n' + Rf'{c}' + rF'\\t{d}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp"
        "(left=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]), o"
        "p=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion"
        "=-1), Constant(value='\\\\n')])), op=Add(), right=JoinedStr(values=[FormattedValue(value=N"
        "ame(id='c', ctx=Load()), conversion=-1)])), op=Add(), right=JoinedStr(values=[Constant(val"
        "ue='\\\\t'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1)])))], type_igno"
        "res=[])" },
    { "exec", 0,
        "x = ur'x'",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "x = bu'x'",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "x = fb'x'",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "x = 'a\nb'",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|5" },
    { "exec", 0,
        "x = '''a\nb",
        "ERROR SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1|5" },
    { "exec", 0,
        "x = \"\\\n\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_"
        "ignores=[])" },
    { "exec", 0,
        "x = f'{x:{{}}>10}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Formatt"
        "edValue(value=Dict(keys=[], values=[]), conversion=-1), Constant(value='>10')]))]))], type"
        "_ignores=[])" },
    { "exec", 0,
        "x = f'{x:{y:{z}}}'",
        "ERROR SyntaxError|f-string: expressions nested too deeply|1|19" },
    { "exec", 0,
        "x = f'{x:{y:{z:{w}}}}'",
        "ERROR SyntaxError|f-string: expressions nested too deeply|1|23" },
    { "exec", 0,
        "x = f'{x!r=}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|14" },
    { "exec", 0,
        "x = f'{x=!r:>10}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=Jo"
        "inedStr(values=[Constant(value='>10')]))]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{x = !s:{w}}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec="
        "JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "x = f'{x:%H:%M}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constan"
        "t(value='%H:%M')]))]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{\"a:b\"}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Constant(value='a:b'), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f\"{'{'}\"",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Constant(value='{'), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{x}}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|12" },
    { "exec", 0,
        "x = f'{{x}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|12" },
    { "exec", 0,
        "x = f'{x!}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|12" },
    { "exec", 0,
        "x = f'{x!rr}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|14" },
    { "exec", 0,
        "x = f'{x=:}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=Joi"
        "nedStr(values=[]))]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{:x}'",
        "ERROR SyntaxError|f-string: expression required before ':'|1|12" },
    { "exec", 0,
        "x = f'{!r}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|12" },
    { "exec", 0,
        "x = f'{x:}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))]"
        ", type_ignores=[])" },
    { "exec", 0,
        "x = f'{3!r}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Constant(value=3), conversion=114)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{x\n}'",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|5" },
    { "exec", 0,
        "x = f'''{x\n+ y}'''",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load()))"
        ", conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'''\n{x!r:>{10}}\n'''",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=J"
        "oinedStr(values=[Constant(value='>'), FormattedValue(value=Constant(value=10), conversion="
        "-1)])), Constant(value='\\n')]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{a[1:2]}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1),"
        " upper=Constant(value=2)), ctx=Load()), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{x:{\"a\"}}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Formatt"
        "edValue(value=Constant(value='a'), conversion=-1)]))]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{x) }'",
        "ERROR SyntaxError|f-string: unmatched ')'|1|13" },
    { "exec", 0,
        "x = f'{(x}'",
        "ERROR SyntaxError|f-string: closing parenthesis '}' does not match opening parenthesis '('"
        "|1|12" },
    { "exec", 0,
        "x = f'{x]}'",
        "ERROR SyntaxError|f-string: unmatched ']'|1|12" },
    { "exec", 0,
        "x = f'{\"\"\"a\"\"\"}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{a!=b}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b'"
        ", ctx=Load())]), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{a==b}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', c"
        "tx=Load())]), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{a<=b=}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='a<=b='), FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[LtE()], c"
        "omparators=[Name(id='b', ctx=Load())]), conversion=114)]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{a:=b}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Formatted"
        "Value(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constan"
        "t(value='=b')]))]))], type_ignores=[])" },
    { "exec", 0,
        "x = f'{ x = }'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = f'\\{x}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "x = rf'\\{x}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "x = f'\\\\{x}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant("
        "value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "x = f'{x}' 'a' b'b'",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|1|20" },
    { "exec", 0,
        "def f(*, a=1, b): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg"
        "(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass("
        ")], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(a, /): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores"
        "=[])" },
    { "exec", 0,
        "def f(a, /, *, b): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwo"
        "nlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[]"
        ")], type_ignores=[])" },
    { "exec", 0,
        "def f(a=1, /, b=2, *c, d=3, e, **f): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(ar"
        "g='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[Consta"
        "nt(value=3), None], kwarg=arg(arg='f'), defaults=[Constant(value=1), Constant(value=2)]), "
        "body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(*a: *Ts): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg="
        "'a', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_d"
        "efaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(**a: int,): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], kwarg=arg(arg='a', annotation=Name(id='int', ctx=Load())), defaults=[]), b"
        "ody=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(a,): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores"
        "=[])" },
    { "exec", 0,
        "def f(*a,): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg="
        "'a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "def f(,): pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "def f(a, , b): pass",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "def f(a=1, b=2, c): pass",
        "ERROR SyntaxError|non-default argument follows default argument|1|17" },
    { "exec", 0,
        "def f(a, *, b, *c): pass",
        "ERROR SyntaxError|* argument may appear only once|1|16" },
    { "exec", 0,
        "def f(a: int = 1, b): pass",
        "ERROR SyntaxError|non-default argument follows default argument|1|19" },
    { "exec", 0,
        "lambda: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_d"
        "efaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])" },
    { "exec", 0,
        "lambda *a, **k: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a')"
        ", kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0))"
        ")], type_ignores=[])" },
    { "exec", 0,
        "lambda a=1, /: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlya"
        "rgs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "lambda **k, a: 0",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|13" },
    { "exec", 0,
        "lambda a: int: 0",
        "ERROR SyntaxError|illegal target for annotation|1|1" },
    { "exec", 0,
        "f(*a, *b, **c, **d)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a"
        "', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keyword"
        "s=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "f(a, b=1, *c, d=2, **e)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())"
        ", Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=C"
        "onstant(value=1)), keyword(arg='d', value=Constant(value=2)), keyword(value=Name(id='e', c"
        "tx=Load()))]))], type_ignores=[])" },
    { "exec", 0,
        "f(a)(b)[c].d(e=f)",
        "Module(body=[Expr(value=Call(func=Attribute(value=Subscript(value=Call(func=Call(func=Name"
        "(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ct"
        "x=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load("
        ")), args=[], keywords=[keyword(arg='e', value=Name(id='f', ctx=Load()))]))], type_ignores="
        "[])" },
    { "exec", 0,
        "f(x=1, y=2,)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg"
        "='x', value=Constant(value=1)), keyword(arg='y', value=Constant(value=2))]))], type_ignore"
        "s=[])" },
    { "exec", 0,
        "f(,)",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "f(a,,b)",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "f(a=)",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "f(=1)",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "f(a.b=1)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(a[0]=1)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(1=2)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(*)",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "f(**)",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "f(x for x in y for z in w if a if b)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id"
        "='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(i"
        "d='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), i"
        "ter=Name(id='w', ctx=Load()), ifs=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], is"
        "_async=0)])], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "f(x for x in y, z)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(z, x for x in y)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|6" },
    { "exec", 0,
        "f(x := 1)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id"
        "='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "f(x := 1, y=2)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id"
        "='x', ctx=Store()), value=Constant(value=1))], keywords=[keyword(arg='y', value=Constant(v"
        "alue=2))]))], type_ignores=[])" },
    { "exec", 0,
        "f(a=1, *b)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b"
        "', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))]))], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "f(**a, c=1)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(val"
        "ue=Name(id='a', ctx=Load())), keyword(arg='c', value=Constant(value=1))]))], type_ignores="
        "[])" },
    { "exec", 0,
        "a[1]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1),"
        " ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[1:]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Consta"
        "nt(value=1)), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[:1]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=Consta"
        "nt(value=1)), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[::]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load("
        ")))], type_ignores=[])" },
    { "exec", 0,
        "a[1:2:3]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Consta"
        "nt(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores"
        "=[])" },
    { "exec", 0,
        "a[x:=1]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=N"
        "ame(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[(x:=1)]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=N"
        "ame(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[x:=1, y]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[NamedE"
        "xpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), Name(id='y', ctx=Load())],"
        " ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[1,]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Consta"
        "nt(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[()]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx"
        "=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[]",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "a[1:2,]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice("
        "lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], type_ignor"
        "es=[])" },
    { "exec", 0,
        "a[*b, c]",
        "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starre"
        "d(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx"
        "=Load()))], type_ignores=[])" },
    { "exec", 0,
        "a[*b:c]",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "a[b:*c]",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "x = [*a, *b]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Na"
        "me(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())],"
        " ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = (*a,)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=N"
        "ame(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = (*a)",
        "ERROR SyntaxError|cannot use starred expression here|1|6" },
    { "exec", 0,
        "x = {**a}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None], values=[N"
        "ame(id='a', ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "x = {**a, **b}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, None], val"
        "ues=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "x = {*a}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Starred(value=Nam"
        "e(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])" },
    { "exec", 0,
        "x = {a: b for c in d if e}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='a', c"
        "tx=Load()), value=Name(id='b', ctx=Load()), generators=[comprehension(target=Name(id='c', "
        "ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[Name(id='e', ctx=Load())], is_async=0)])"
        ")], type_ignores=[])" },
    { "exec", 0,
        "x = {a for b in c}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='a', ct"
        "x=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', c"
        "tx=Load()), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [a async for b in c]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', "
        "ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [a for b in c async for d in e]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', "
        "ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='d', ctx=Store()), iter=Nam"
        "e(id='e', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [a for b, c in d]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', ctx=Store()), Name(i"
        "d='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))]"
        ", type_ignores=[])" },
    { "exec", 0,
        "x = [a for (b, c) in d]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', ctx=Store()), Name(i"
        "d='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))]"
        ", type_ignores=[])" },
    { "exec", 0,
        "x = [a for b in c if d if e]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', "
        "ctx=Load()), ifs=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())], is_async=0)]))], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "x = [a for b in c if d else e]",
        "ERROR SyntaxError|invalid syntax|1|24" },
    { "exec", 0,
        "x = [a for b in c, d]",
        "ERROR SyntaxError|invalid syntax|1|18" },
    { "exec", 0,
        "x = [a for b in lambda: c]",
        "ERROR SyntaxError|invalid syntax|1|17" },
    { "exec", 0,
        "x = [a for b in (lambda: c)]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Lambda(args=a"
        "rguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(i"
        "d='c', ctx=Load())), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [a for b in c if lambda: d]",
        "ERROR SyntaxError|invalid syntax|1|22" },
    { "exec", 0,
        "x = [a for *b in c]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Starred(value=Name(id='b', ctx=Store()), ctx="
        "Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [a for b in *c]",
        "ERROR SyntaxError|invalid syntax|1|17" },
    { "exec", 0,
        "x = [a for f() in c]",
        "ERROR SyntaxError|cannot assign to function call|1|12" },
    { "exec", 0,
        "x = [a for b.c in d]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', c"
        "tx=Load()), generators=[comprehension(target=Attribute(value=Name(id='b', ctx=Load()), att"
        "r='c', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores="
        "[])" },
    { "exec", 0,
        "x = [(yield) for a in b]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Yield(), gener"
        "ators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs="
        "[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = (a for b in c)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='a"
        "', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='"
        "c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "x = a for b in c",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "x = [i for i in range(3)][0]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=ListComp(el"
        "t=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), it"
        "er=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[],"
        " is_async=0)]), slice=Constant(value=0), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = {**a for b in c}",
        "ERROR SyntaxError|dict unpacking cannot be used in dict comprehension|1|6" },
    { "exec", 0,
        "x = {a: b, **c for d in e}",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "x = [a, b for c in d]",
        "ERROR SyntaxError|did you forget parentheses around the comprehension target\077|1|6" },
    { "exec", 0,
        "x = (a, b for c in d)",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "x = not a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=N"
        "ame(id='a', ctx=Load())))], type_ignores=[])" },
    { "exec", 0,
        "x = not not a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=U"
        "naryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])" },
    { "exec", 0,
        "x = a and b or c and not d",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Boo"
        "lOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), BoolOp(op=And("
        "), values=[Name(id='c', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))])"
        "]))], type_ignores=[])" },
    { "exec", 0,
        "x = a or b or c",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Nam"
        "e(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignore"
        "s=[])" },
    { "exec", 0,
        "x = a and (b or c)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=And(), values=[Na"
        "me(id='a', ctx=Load()), BoolOp(op=Or(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx"
        "=Load())])]))], type_ignores=[])" },
    { "exec", 0,
        "x = a < b > c == d != e <= f >= g in h not in i is j is not k",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', c"
        "tx=Load()), ops=[Lt(), Gt(), Eq(), NotEq(), LtE(), GtE(), In(), NotIn(), Is(), IsNot()], c"
        "omparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), "
        "Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h',"
        " ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())"
        "]))], type_ignores=[])" },
    { "exec", 0,
        "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx"
        "=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp("
        "left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=L"
        "oad()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp("
        "left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right="
        "BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult()"
        ", right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv("
        "), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult("
        "), right=BinOp(left=Name(id='m', ctx=Load()), op=Pow(), right=Name(id='n', ctx=Load())))))"
        "))))], type_ignores=[])" },
    { "exec", 0,
        "x = -a ** -b",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand="
        "BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b"
        "', ctx=Load())))))], type_ignores=[])" },
    { "exec", 0,
        "x = (-a) ** b",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=UnaryOp(op=USub("
        "), operand=Name(id='a', ctx=Load())), op=Pow(), right=Name(id='b', ctx=Load())))], type_ig"
        "nores=[])" },
    { "exec", 0,
        "x = ~-+a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Invert(), operan"
        "d=UnaryOp(op=USub(), operand=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load())))))], typ"
        "e_ignores=[])" },
    { "exec", 0,
        "x = a ** b ** c",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx"
        "=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c'"
        ", ctx=Load()))))], type_ignores=[])" },
    { "exec", 0,
        "x = a if b else c if d else e",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx"
        "=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body="
        "Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])" },
    { "exec", 0,
        "x = (a if b else c) if d else e",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='d', ctx"
        "=Load()), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse="
        "Name(id='c', ctx=Load())), orelse=Name(id='e', ctx=Load())))], type_ignores=[])" },
    { "exec", 0,
        "x = lambda: a if b else c",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(poson"
        "lyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='"
        "b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))))], type_"
        "ignores=[])" },
    { "exec", 0,
        "x = a if lambda: b else c",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "x = (y := 1)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y"
        "', ctx=Store()), value=Constant(value=1)))], type_ignores=[])" },
    { "exec", 0,
        "x = [y := 1, y ** 2]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[NamedExpr(target"
        "=Name(id='y', ctx=Store()), value=Constant(value=1)), BinOp(left=Name(id='y', ctx=Load()),"
        " op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = (y := 1, 2)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[NamedExpr(targe"
        "t=Name(id='y', ctx=Store()), value=Constant(value=1)), Constant(value=2)], ctx=Load()))], "
        "type_ignores=[])" },
    { "exec", 0,
        "(x.y := 1)",
        "ERROR SyntaxError|cannot use assignment expressions with attribute|1|2" },
    { "exec", 0,
        "(x[0] := 1)",
        "ERROR SyntaxError|cannot use assignment expressions with subscript|1|2" },
    { "exec", 0,
        "((x) := 1)",
        "ERROR SyntaxError|cannot use assignment expressions with name|1|3" },
    { "exec", 0,
        "(x, y := 1)",
        "Module(body=[Expr(value=Tuple(elts=[Name(id='x', ctx=Load()), NamedExpr(target=Name(id='y'"
        ", ctx=Store()), value=Constant(value=1))], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = a if b",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|5" },
    { "exec", 0,
        "x = a if b else",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "x = yield",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])" },
    { "exec", 0,
        "x = yield a, b",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Nam"
        "e(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])" },
    { "exec", 0,
        "x = yield from a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='a'"
        ", ctx=Load())))], type_ignores=[])" },
    { "exec", 0,
        "x = yield from a, b",
        "ERROR SyntaxError|invalid syntax|1|17" },
    { "exec", 0,
        "x = await a",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Await(value=Name(id='a', ct"
        "x=Load())))], type_ignores=[])" },
    { "exec", 0,
        "x = await",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "x = (yield)",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])" },
    { "exec", 0,
        "x = ...",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))],"
        " type_ignores=[])" },
    { "exec", 0,
        "x = None, True, False",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value="
        "None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "None = 1",
        "ERROR SyntaxError|cannot assign to None|1|1" },
    { "exec", 0,
        "x.None = 1",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "def None(): pass",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "class True: pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "import None",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "a.b.c.d = 1",
        "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Attribute(value=Name(id='a', "
        "ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Store())], value="
        "Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "a[b][c] = 1",
        "Module(body=[Assign(targets=[Subscript(value=Subscript(value=Name(id='a', ctx=Load()), sli"
        "ce=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Store())], v"
        "alue=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "a().b = 1",
        "Module(body=[Assign(targets=[Attribute(value=Call(func=Name(id='a', ctx=Load()), args=[], "
        "keywords=[]), attr='b', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "a()[b] = 1",
        "Module(body=[Assign(targets=[Subscript(value=Call(func=Name(id='a', ctx=Load()), args=[], "
        "keywords=[]), slice=Name(id='b', ctx=Load()), ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "[a, [b, (c, *d)]] = e",
        "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), List(elts=[Name(id='b',"
        " ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Starred(value=Name(id='d', ctx=Store"
        "()), ctx=Store())], ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='e', ctx=Lo"
        "ad()))], type_ignores=[])" },
    { "exec", 0,
        "a, b += 1",
        "ERROR SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "a.b += 1",
        "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Stor"
        "e()), op=Add(), value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "a[b] **= 2",
        "Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b',"
        " ctx=Load()), ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])" },
    { "exec", 0,
        "(a) += 1",
        "Module(body=[AugAssign(target=Name(id='a', ctx=Store()), op=Add(), value=Constant(value=1)"
        ")], type_ignores=[])" },
    { "exec", 0,
        "(a.b) = 1",
        "Module(body=[Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store"
        "())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "[a] += 1",
        "ERROR SyntaxError|'list' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "a = b + 1 = 2",
        "ERROR SyntaxError|cannot assign to expression|1|5" },
    { "exec", 0,
        "a = 1 = b",
        "ERROR SyntaxError|cannot assign to literal|1|5" },
    { "exec", 0,
        "() = 1",
        "Module(body=[Assign(targets=[Tuple(elts=[], ctx=Store())], value=Constant(value=1))], type"
        "_ignores=[])" },
    { "exec", 0,
        "[] = 1",
        "Module(body=[Assign(targets=[List(elts=[], ctx=Store())], value=Constant(value=1))], type_"
        "ignores=[])" },
    { "exec", 0,
        "(a, b) = (c, d) = e",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store"
        "())], ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx"
        "=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "x = y = (yield) = 1",
        "ERROR SyntaxError|cannot assign to yield expression|1|10" },
    { "exec", 0,
        "'a' = 1",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|1" },
    { "exec", 0,
        "f'{a}' = 1",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "a.b: int",
        "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Stor"
        "e()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])" },
    { "exec", 0,
        "a[0]: int = 1",
        "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(val"
        "ue=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simpl"
        "e=0)], type_ignores=[])" },
    { "exec", 0,
        "[a]: int",
        "ERROR SyntaxError|only single target (not list) can be annotated|1|1" },
    { "exec", 0,
        "a, b: int",
        "ERROR SyntaxError|only single target (not tuple) can be annotated|1|1" },
    { "exec", 0,
        "*a: int",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "a: int, b",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "a: = 1",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "a: int = 1, 2",
        "Module(body=[AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='int', ctx=Loa"
        "d()), value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), simple=1)], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "a: int = yield",
        "Module(body=[AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='int', ctx=Loa"
        "d()), value=Yield(), simple=1)], type_ignores=[])" },
    { "exec", 0,
        "a: yield = 1",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "del a",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del a,",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del (a, b)",
        "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())]"
        ", ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del [a, b]",
        "Module(body=[Delete(targets=[List(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())],"
        " ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del a.b, a[c]",
        "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()"
        "), Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Del())])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "del (a), (b.c)",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Loa"
        "d()), attr='c', ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del ()",
        "Module(body=[Delete(targets=[Tuple(elts=[], ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del []",
        "Module(body=[Delete(targets=[List(elts=[], ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "del a + b",
        "ERROR SyntaxError|cannot delete expression|1|5" },
    { "exec", 0,
        "del (*a,)",
        "ERROR SyntaxError|cannot delete starred|1|6" },
    { "exec", 0,
        "del a, *b",
        "ERROR SyntaxError|cannot delete starred|1|8" },
    { "exec", 0,
        "del (a for a in b)",
        "ERROR SyntaxError|cannot delete generator expression|1|5" },
    { "exec", 0,
        "del [a for a in b]",
        "ERROR SyntaxError|cannot delete list comprehension|1|5" },
    { "exec", 0,
        "del 1",
        "ERROR SyntaxError|cannot delete literal|1|5" },
    { "exec", 0,
        "del a if b else c",
        "ERROR SyntaxError|cannot delete conditional expression|1|5" },
    { "exec", 0,
        "import a",
        "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])" },
    { "exec", 0,
        "import a.b.c",
        "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])" },
    { "exec", 0,
        "import a as b, c.d as e",
        "Module(body=[Import(names=[alias(name='a', asname='b'), alias(name='c.d', asname='e')])], "
        "type_ignores=[])" },
    { "exec", 0,
        "import a.b as c.d",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "import (a)",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "import a,",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "import .a",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "from a import b",
        "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])" },
    { "exec", 0,
        "from a.b import c as d, e",
        "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')]"
        ", level=0)], type_ignores=[])" },
    { "exec", 0,
        "from . import a",
        "Module(body=[ImportFrom(names=[alias(name='a')], level=1)], type_ignores=[])" },
    { "exec", 0,
        "from .. import a",
        "Module(body=[ImportFrom(names=[alias(name='a')], level=2)], type_ignores=[])" },
    { "exec", 0,
        "from .a.b import c",
        "Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=1)], type_ignores=[])" },
    { "exec", 0,
        "from ...a import b",
        "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=3)], type_ignores=[])" },
    { "exec", 0,
        "from .... import a",
        "Module(body=[ImportFrom(names=[alias(name='a')], level=4)], type_ignores=[])" },
    { "exec", 0,
        "from ..... import a",
        "Module(body=[ImportFrom(names=[alias(name='a')], level=5)], type_ignores=[])" },
    { "exec", 0,
        "from a import (b, c)",
        "Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0)], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "from a import (b,\n               c,)",
        "Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0)], t"
        "ype_ignores=[])" },
    { "exec", 0,
        "from a import ()",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "from a import (*)",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "from a import *, b",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "from a import b c",
        "ERROR SyntaxError|invalid syntax|1|17" },
    { "exec", 0,
        "from import a",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        "from a import",
        "ERROR SyntaxError|invalid syntax|1|14" },
    { "exec", 0,
        "from a.b. import c",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "global a",
        "Module(body=[Global(names=['a'])], type_ignores=[])" },
    { "exec", 0,
        "global a, b, c",
        "Module(body=[Global(names=['a', 'b', 'c'])], type_ignores=[])" },
    { "exec", 0,
        "global",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "global a,",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "nonlocal a",
        "Module(body=[Nonlocal(names=['a'])], type_ignores=[])" },
    { "exec", 0,
        "pass; pass",
        "Module(body=[Pass(), Pass()], type_ignores=[])" },
    { "exec", 0,
        "pass;;",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        ";",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "exec", 0,
        "break; continue",
        "Module(body=[Break(), Continue()], type_ignores=[])" },
    { "exec", 0,
        "return",
        "Module(body=[Return()], type_ignores=[])" },
    { "exec", 0,
        "return 1, 2",
        "Module(body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))]"
        ", type_ignores=[])" },
    { "exec", 0,
        "return *a, b",
        "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()),"
        " Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "return *a",
        "Module(body=[Return(value=Starred(value=Name(id='a', ctx=Load()), ctx=Load()))], type_igno"
        "res=[])" },
    { "exec", 0,
        "return yield",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "raise E",
        "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "raise E(x) from None",
        "Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Name(id='x', ctx=Load())]"
        ", keywords=[]), cause=Constant(value=None))], type_ignores=[])" },
    { "exec", 0,
        "raise E, x",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "raise from E",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "assert x",
        "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "assert x, y",
        "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Name(id='y', ctx=Load()))], type_ig"
        "nores=[])" },
    { "exec", 0,
        "assert (x, y)",
        "Module(body=[Assert(test=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], "
        "ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "assert",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "assert x,",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "if x: pass",
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]"
        ")" },
    { "exec", 0,
        "if x: pass; pass",
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass(), Pass()], orelse=[])], type_ig"
        "nores=[])" },
    { "exec", 0,
        "if x:\n    pass\nelif y: pass\nelse: pass",
        "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y',"
        " ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "if x: pass\nelse if y: pass",
        "ERROR SyntaxError|expected ':'|2|6" },
    { "exec", 0,
        "if x:\n    pass\n  elif y:\n    pass",
        "ERROR IndentationError|unindent does not match any outer indentation level|3|10" },
    { "exec", 0,
        "if x",
        "ERROR SyntaxError|expected ':'|1|5" },
    { "exec", 0,
        "if x = 1:\n    pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|4" },
    { "exec", 0,
        "if x == 1\n    pass",
        "ERROR SyntaxError|expected ':'|1|10" },
    { "exec", 0,
        "if (x = 1):\n    pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|5" },
    { "exec", 0,
        "elif x:\n    pass",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "exec", 0,
        "else:\n    pass",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "exec", 0,
        "while x: pass",
        "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores"
        "=[])" },
    { "exec", 0,
        "while x:\n    pass\nelse:\n    pass",
        "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_i"
        "gnores=[])" },
    { "exec", 0,
        "while x\n    pass",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "while x = 1: pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|7" },
    { "exec", 0,
        "for x in y: pass",
        "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pa"
        "ss()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for x in y:\n    pass\nelse:\n    pass",
        "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pa"
        "ss()], orelse=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "for x, y in z: pass",
        "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())],"
        " ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for (x, y), z in w: pass",
        "Module(body=[For(target=Tuple(elts=[Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ct"
        "x=Store())], ctx=Store()), Name(id='z', ctx=Store())], ctx=Store()), iter=Name(id='w', ctx"
        "=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for *x, y in z: pass",
        "Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='x', ctx=Store()), ctx=Store()),"
        " Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], o"
        "relse=[])], type_ignores=[])" },
    { "exec", 0,
        "for x in *y, z: pass",
        "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id="
        "'y', ctx=Load()), ctx=Load()), Name(id='z', ctx=Load())], ctx=Load()), body=[Pass()], orel"
        "se=[])], type_ignores=[])" },
    { "exec", 0,
        "for x in y, z: pass",
        "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Name(id='y', ctx=Load("
        ")), Name(id='z', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for x in y if z else w: pass",
        "Module(body=[For(target=Name(id='x', ctx=Store()), iter=IfExp(test=Name(id='z', ctx=Load()"
        "), body=Name(id='y', ctx=Load()), orelse=Name(id='w', ctx=Load())), body=[Pass()], orelse="
        "[])], type_ignores=[])" },
    { "exec", 0,
        "for x in",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "for in y: pass",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "for x y: pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "for 1 in y: pass",
        "ERROR SyntaxError|cannot assign to literal|1|5" },
    { "exec", 0,
        "for x.y in z: pass",
        "Module(body=[For(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), "
        "iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for x[0] in z: pass",
        "Module(body=[For(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0),"
        " ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "for (x := 1) in y: pass",
        "ERROR SyntaxError|cannot assign to named expression|1|6" },
    { "exec", 0,
        "async for x in y: pass",
        "Module(body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), bod"
        "y=[Pass()], orelse=[])], type_ignores=[])" },
    { "exec", 0,
        "with a: pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "with a as b: pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with a as b, c as d: pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Nam"
        "e(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with a as (b, c): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tup"
        "le(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass"
        "()])], type_ignores=[])" },
    { "exec", 0,
        "with a as [b, c]: pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Lis"
        "t(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass("
        ")])], type_ignores=[])" },
    { "exec", 0,
        "with a as b.c, d as e[0]: pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Att"
        "ribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store())), withitem(context_expr=Name"
        "(id='d', ctx=Load()), optional_vars=Subscript(value=Name(id='e', ctx=Load()), slice=Consta"
        "nt(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with (a as b): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with (a, b as c): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context"
        "_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "with (a,): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "with (): pass",
        "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[], ctx=Load()))], body=[Pass()]"
        ")], type_ignores=[])" },
    { "exec", 0,
        "with (\n    a as b,\n    c as d,\n): pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Nam"
        "e(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Nam"
        "e(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "with a as b",
        "ERROR SyntaxError|expected ':'|1|12" },
    { "exec", 0,
        "with a as 1: pass",
        "ERROR SyntaxError|cannot assign to literal|1|11" },
    { "exec", 0,
        "with: pass",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "with a,: pass",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "with (yield x) as y: pass",
        "Module(body=[With(items=[withitem(context_expr=Yield(value=Name(id='x', ctx=Load())), opti"
        "onal_vars=Name(id='y', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept E:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), bod"
        "y=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept (A, B):\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx="
        "Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])"
        "], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept A, B:\n    pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|8" },
    { "exec", 0,
        "try:\n    pass\nexcept A as b.c:\n    pass",
        "ERROR SyntaxError|invalid syntax|3|14" },
    { "exec", 0,
        "try:\n    pass\nexcept A as (b):\n    pass",
        "ERROR SyntaxError|invalid syntax|3|13" },
    { "exec", 0,
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()]), ExceptHandler(type"
        "=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nelse:\n    pass",
        "ERROR SyntaxError|expected 'except' or 'finally' block|3|1" },
    { "exec", 0,
        "try:\n    pass\nfinally:\n    pass\nelse:\n    pass",
        "ERROR SyntaxError|invalid syntax|5|1" },
    { "exec", 0,
        "try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), bod"
        "y=[Pass()])], orelse=[], finalbody=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    pass\nexcept* E:\n    pass\nexcept E:\n    pass",
        "ERROR SyntaxError|cannot have both 'except' and 'except*' on the same 'try'|5|1" },
    { "exec", 0,
        "try:\n    pass\nexcept*:\n    pass",
        "ERROR SyntaxError|expected one or more exception types|3|8" },
    { "exec", 0,
        "try:\n    pass\nexcept* E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
        "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()),"
        " name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])" },
    { "exec", 0,
        "try: pass\nexcept: pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalb"
        "ody=[])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    x\ny",
        "ERROR SyntaxError|expected 'except' or 'finally' block|3|1" },
    { "exec", 0,
        "def f():\n    pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(): return",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f()",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "def f:\n    pass",
        "ERROR SyntaxError|expected '('|1|6" },
    { "exec", 0,
        "def (): pass",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "def f() -> int: pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx"
        "=Load()))], type_ignores=[])" },
    { "exec", 0,
        "def f() -> : pass",
        "ERROR SyntaxError|expected ':'|1|9" },
    { "exec", 0,
        "def f(a, b) -> x.y[z]: pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg("
        "arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], "
        "returns=Subscript(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), s"
        "lice=Name(id='z', ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "async def f(): pass",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs"
        "=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "async def f():\n    await x\n    async with a as b: pass\n    async for c in d: pass\n    "
        "return [e async for e in f]",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs"
        "=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))"
        ", AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='"
        "b', ctx=Store()))], body=[Pass()]), AsyncFor(target=Name(id='c', ctx=Store()), iter=Name(i"
        "d='d', ctx=Load()), body=[Pass()], orelse=[]), Return(value=ListComp(elt=Name(id='e', ctx="
        "Load()), generators=[comprehension(target=Name(id='e', ctx=Store()), iter=Name(id='f', ctx"
        "=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "async x",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "async with a: pass",
        "Module(body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass"
        "()])], type_ignores=[])" },
    { "exec", 0,
        "async = 1",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "await = 1",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "def f():\n    yield\n    yield x\n    yield x, y\n    yield from z\n    x = yield\n    y ="
        " yield from z\n    await w",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x"
        "', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y'"
        ", ctx=Load())], ctx=Load()))), Expr(value=YieldFrom(value=Name(id='z', ctx=Load()))), Assi"
        "gn(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=S"
        "tore())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Await(value=Name(id"
        "='w', ctx=Load())))], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C: pass",
        "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])],"
        " type_ignores=[])" },
    { "exec", 0,
        "class C(): pass",
        "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])],"
        " type_ignores=[])" },
    { "exec", 0,
        "class C(A): pass",
        "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load())], keywords=[], body=[Pass("
        ")], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C(A, B): pass",
        "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())]"
        ", keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C(A, metaclass=M, **kw): pass",
        "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load())], keywords=[keyword(arg='m"
        "etaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], bod"
        "y=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C(*a): pass",
        "Module(body=[ClassDef(name='C', bases=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())"
        "], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C:\n    x = 1\n    def f(self): pass",
        "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', "
        "ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs="
        "[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], de"
        "corator_list=[])], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class C(:\n    pass",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "class 1: pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "@d\ndef f(): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())])], "
        "type_ignores=[])" },
    { "exec", 0,
        "@d.e.f\n@g(h)\n@i[j]\n@(k)\n@l if m else n\n@o := p\nclass C: pass",
        "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Attr"
        "ibute(value=Attribute(value=Name(id='d', ctx=Load()), attr='e', ctx=Load()), attr='f', ctx"
        "=Load()), Call(func=Name(id='g', ctx=Load()), args=[Name(id='h', ctx=Load())], keywords=[]"
        "), Subscript(value=Name(id='i', ctx=Load()), slice=Name(id='j', ctx=Load()), ctx=Load()), "
        "Name(id='k', ctx=Load()), IfExp(test=Name(id='m', ctx=Load()), body=Name(id='l', ctx=Load("
        ")), orelse=Name(id='n', ctx=Load())), NamedExpr(target=Name(id='o', ctx=Store()), value=Na"
        "me(id='p', ctx=Load()))])], type_ignores=[])" },
    { "exec", 0,
        "@d\nx = 1",
        "ERROR SyntaxError|invalid syntax|2|1" },
    { "exec", 0,
        "@\ndef f(): pass",
        "ERROR SyntaxError|invalid syntax|1|2" },
    { "exec", 0,
        "@d e\ndef f(): pass",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "@d\nasync def f(): pass",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs"
        "=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())"
        "])], type_ignores=[])" },
    { "exec", 0,
        "@d\n\ndef f(): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())])], "
        "type_ignores=[])" },
    { "exec", 0,
        "x = 1; y = 2; z = 3",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign("
        "targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='z'"
        ", ctx=Store())], value=Constant(value=3))], type_ignores=[])" },
    { "exec", 0,
        "x = 1;",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = 1 y = 2",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "print \"x\"",
        "ERROR SyntaxError|Missing parentheses in call to 'print'. Did you mean print(...)\077|1|1" },
    { "exec", 0,
        "print x",
        "ERROR SyntaxError|Missing parentheses in call to 'print'. Did you mean print(...)\077|1|1" },
    { "exec", 0,
        "exec \"x\"",
        "ERROR SyntaxError|Missing parentheses in call to 'exec'. Did you mean exec(...)\077|1|1" },
    { "exec", 0,
        "print(x) y",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "print",
        "Module(body=[Expr(value=Name(id='print', ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "print = 1",
        "Module(body=[Assign(targets=[Name(id='print', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "match x:\n    case 1:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=Constant(value=1)), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case _:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(), "
        "body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case a if a > 0:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(nam"
        "e='a'), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Constant(val"
        "ue=0)]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case [1, 2, *_]:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2)), Mat"
        "chStar()]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case (1, 2):\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), b"
        "ody=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case 1, 2:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), b"
        "ody=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case *a, b:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[MatchStar(name='a'), MatchAs(name='b')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case {1: a, \"b\": c, **d}:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMappin"
        "g(keys=[Constant(value=1), Constant(value='b')], patterns=[MatchAs(name='a'), MatchAs(name"
        "='c')], rest='d'), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case {a.b: c}:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMappin"
        "g(keys=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())], patterns=[MatchA"
        "s(name='c')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case C():\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass("
        "cls=Name(id='C', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])]"
        ")], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case C(a, b=c):\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass("
        "cls=Name(id='C', ctx=Load()), patterns=[MatchAs(name='a')], kwd_attrs=['b'], kwd_patterns="
        "[MatchAs(name='c')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case a.b.C(d, e=f):\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass("
        "cls=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr="
        "'C', ctx=Load()), patterns=[MatchAs(name='d')], kwd_attrs=['e'], kwd_patterns=[MatchAs(nam"
        "e='f')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case C(a=1, b):\n        pass",
        "ERROR SyntaxError|positional patterns follow keyword patterns|2|17" },
    { "exec", 0,
        "match x:\n    case -1:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case 1 + 2j:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), body=[Pass()])])"
        "], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case -1 - 2j:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(v"
        "alue=2j))), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case 1 + 2:\n        pass",
        "ERROR SyntaxError|imaginary number required in complex literal|2|14" },
    { "exec", 0,
        "match x:\n    case \"a\" | b\"b\" | f\"c\":\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(pat"
        "terns=[MatchValue(value=Constant(value='a')), MatchValue(value=Constant(value=b'b')), Matc"
        "hValue(value=JoinedStr(values=[Constant(value='c')]))]), body=[Pass()])])], type_ignores=["
        "])" },
    { "exec", 0,
        "match x:\n    case None | True | False | ...:\n        pass",
        "ERROR SyntaxError|invalid syntax|2|32" },
    { "exec", 0,
        "match x:\n    case a.b:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), body=[Pass()])])],"
        " type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case (a | b) as c:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pat"
        "tern=MatchOr(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), body=[Pass()])])"
        "], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case a as _:\n        pass",
        "ERROR SyntaxError|cannot use '_' as a target|2|15" },
    { "exec", 0,
        "match x:\n    case a as b.c:\n        pass",
        "ERROR SyntaxError|invalid syntax|2|16" },
    { "exec", 0,
        "match x:\n    case [a, [b, *c], (d,)]:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[MatchAs(name='a'), MatchSequence(patterns=[MatchAs(name='b'), MatchStar(name="
        "'c')]), MatchSequence(patterns=[MatchAs(name='d')])]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case ():\n        pass\n    case []:\n        pass\n    case {}:\n        pa"
        "ss",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequen"
        "ce(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass"
        "()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignor"
        "es=[])" },
    { "exec", 0,
        "match x, y:\n    case a, b:\n        pass",
        "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())]"
        ", ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchA"
        "s(name='b')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match (x, y):\n    case (a, b):\n        pass",
        "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())]"
        ", ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchA"
        "s(name='b')]), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x,:\n    case a,:\n        pass",
        "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), cases=[matc"
        "h_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], type_ignore"
        "s=[])" },
    { "exec", 0,
        "match x:\n    case {**rest}:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMappin"
        "g(keys=[], patterns=[], rest='rest'), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case {**rest, \"a\": 1}:\n        pass",
        "ERROR SyntaxError|invalid syntax|2|19" },
    { "exec", 0,
        "match x:\ncase 1:\n    pass",
        "ERROR IndentationError|expected an indented block after 'match' statement on line 1|2|1" },
    { "exec", 0,
        "match x:\n    case 1\n        pass",
        "ERROR SyntaxError|expected ':'|2|11" },
    { "exec", 0,
        "match x:\n    pass",
        "ERROR SyntaxError|invalid syntax|2|5" },
    { "exec", 0,
        "match x\n    case 1: pass",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "match(x)",
        "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Loa"
        "d())], keywords=[]))], type_ignores=[])" },
    { "exec", 0,
        "match[x]",
        "Module(body=[Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', c"
        "tx=Load()), ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "match.x",
        "Module(body=[Expr(value=Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Load()"
        "))], type_ignores=[])" },
    { "exec", 0,
        "match = 1",
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "match: int = 1",
        "Module(body=[AnnAssign(target=Name(id='match', ctx=Store()), annotation=Name(id='int', ctx"
        "=Load()), value=Constant(value=1), simple=1)], type_ignores=[])" },
    { "exec", 0,
        "match x",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "case x:\n    pass",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        "_ = 1",
        "Module(body=[Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=1))], type_i"
        "gnores=[])" },
    { "exec", 0,
        "x = match",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='match', ctx=Load()"
        "))], type_ignores=[])" },
    { "exec", 0,
        "def match(): pass",
        "Module(body=[FunctionDef(name='match', args=arguments(posonlyargs=[], args=[], kwonlyargs="
        "[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "class case: pass",
        "Module(body=[ClassDef(name='case', bases=[], keywords=[], body=[Pass()], decorator_list=[]"
        ")], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case match:\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(nam"
        "e='match'), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match match:\n    case case:\n        pass",
        "Module(body=[Match(subject=Name(id='match', ctx=Load()), cases=[match_case(pattern=MatchAs"
        "(name='case'), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case f\"{x}\":\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), "
        "body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case 1 if x:\n        pass\n    case 2 if (y := 1):\n        pass",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue("
        "value=Constant(value=1)), guard=Name(id='x', ctx=Load()), body=[Pass()]), match_case(patte"
        "rn=MatchValue(value=Constant(value=2)), guard=NamedExpr(target=Name(id='y', ctx=Store()), "
        "value=Constant(value=1)), body=[Pass()])])], type_ignores=[])" },
    { "exec", 0,
        "match x:\n    case C(a=1, a=2):\n        pass\n",
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass("
        "cls=Name(id='C', ctx=Load()), patterns=[], kwd_attrs=['a', 'a'], kwd_patterns=[MatchValue("
        "value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()])])], type_i"
        "gnores=[])" },
    { "exec", 0,
        "def f(x):\n    global x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['x'])], decorator_list=[])],"
        " type_ignores=[])" },
    { "exec", 0,
        "obj.None = 1",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "obj.True = 1",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "(True := 1)",
        "ERROR SyntaxError|cannot use assignment expressions with True|1|2" },
    { "exec", 0,
        "obj.__debug__ = 1",
        "Module(body=[Assign(targets=[Attribute(value=Name(id='obj', ctx=Load()), attr='__debug__',"
        " ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "exec", 0,
        "__debug__ = 1",
        "Module(body=[Assign(targets=[Name(id='__debug__', ctx=Store())], value=Constant(value=1))]"
        ", type_ignores=[])" },
    { "exec", 0,
        "(__debug__ := 1)",
        "Module(body=[Expr(value=NamedExpr(target=Name(id='__debug__', ctx=Store()), value=Constant"
        "(value=1)))], type_ignores=[])" },
    { "exec", 0,
        "del __debug__",
        "Module(body=[Delete(targets=[Name(id='__debug__', ctx=Del())])], type_ignores=[])" },
    { "exec", 0,
        "(x for x in x) = 1",
        "ERROR SyntaxError|cannot assign to generator expression|1|1" },
    { "exec", 0,
        "1 = 1",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|1" },
    { "exec", 0,
        "\"abc\" = 1",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|1" },
    { "exec", 0,
        "b\"\" = 1",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|1" },
    { "exec", 0,
        "... = 1",
        "ERROR SyntaxError|cannot assign to ellipsis here. Maybe you meant '==' instead of '='\077|"
        "1|1" },
    { "exec", 0,
        "`1` = 1",
        "ERROR SyntaxError|invalid syntax|1|1" },
    { "exec", 0,
        "(a, \"b\", c) = (1, 2, 3)",
        "ERROR SyntaxError|cannot assign to literal|1|5" },
    { "exec", 0,
        "(a, True, c) = (1, 2, 3)",
        "ERROR SyntaxError|cannot assign to True|1|5" },
    { "exec", 0,
        "(a, __debug__, c) = (1, 2, 3)",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='__debug__', c"
        "tx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1"
        "), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])" },
    { "exec", 0,
        "(a, *True, c) = (1, 2, 3)",
        "ERROR SyntaxError|cannot assign to True|1|6" },
    { "exec", 0,
        "(a, *__debug__, c) = (1, 2, 3)",
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id="
        "'__debug__', ctx=Store()), ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value="
        "Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_"
        "ignores=[])" },
    { "exec", 0,
        "[a, b, c + 1] = [1, 2, 3]",
        "ERROR SyntaxError|cannot assign to expression|1|8" },
    { "exec", 0,
        "[a, b[1], c + 1] = [1, 2, 3]",
        "ERROR SyntaxError|cannot assign to expression|1|11" },
    { "exec", 0,
        "[a, b.c.d, c + 1] = [1, 2, 3]",
        "ERROR SyntaxError|cannot assign to expression|1|12" },
    { "exec", 0,
        "a if 1 else b = 1",
        "ERROR SyntaxError|cannot assign to conditional expression|1|1" },
    { "exec", 0,
        "a = 42 if True",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|5" },
    { "exec", 0,
        "a = (42 if True)",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|6" },
    { "exec", 0,
        "a = [1, 42 if True, 4]",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|9" },
    { "exec", 0,
        "if True:\n    print(\"Hello\"\n\nif 2:\n   print(123))",
        "ERROR SyntaxError|invalid syntax|4|5" },
    { "exec", 0,
        "True = True = 3",
        "ERROR SyntaxError|cannot assign to True|1|1" },
    { "exec", 0,
        "x = y = True = z = 3",
        "ERROR SyntaxError|cannot assign to True|1|9" },
    { "exec", 0,
        "x = y = yield = 1",
        "ERROR SyntaxError|assignment to yield expression not possible|1|9" },
    { "exec", 0,
        "a, b += 1, 2",
        "ERROR SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "(a, b) += 1, 2",
        "ERROR SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "[a, b] += 1, 2",
        "ERROR SyntaxError|'list' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "for a() in b: pass",
        "ERROR SyntaxError|cannot assign to function call|1|5" },
    { "exec", 0,
        "for (a, b()) in b: pass",
        "ERROR SyntaxError|cannot assign to function call|1|9" },
    { "exec", 0,
        "for [a, b()] in b: pass",
        "ERROR SyntaxError|cannot assign to function call|1|9" },
    { "exec", 0,
        "for (*a, b, c+1) in b: pass",
        "ERROR SyntaxError|cannot assign to expression|1|13" },
    { "exec", 0,
        "for (x, *(y, z.d())) in b: pass",
        "ERROR SyntaxError|cannot assign to function call|1|14" },
    { "exec", 0,
        "for a, b() in c: pass",
        "ERROR SyntaxError|cannot assign to function call|1|8" },
    { "exec", 0,
        "for a, b, (c + 1, d()): pass",
        "ERROR SyntaxError|cannot assign to expression|1|12" },
    { "exec", 0,
        "for i < (): pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "for a, b",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "with a as b(): pass",
        "ERROR SyntaxError|cannot assign to function call|1|11" },
    { "exec", 0,
        "with a as (b, c()): pass",
        "ERROR SyntaxError|cannot assign to function call|1|15" },
    { "exec", 0,
        "with a as [b, c()]: pass",
        "ERROR SyntaxError|cannot assign to function call|1|15" },
    { "exec", 0,
        "with a as (*b, c, d+1): pass",
        "ERROR SyntaxError|cannot assign to expression|1|19" },
    { "exec", 0,
        "with a as (x, *(y, z.d())): pass",
        "ERROR SyntaxError|cannot assign to function call|1|20" },
    { "exec", 0,
        "with a as b, c as d(): pass",
        "ERROR SyntaxError|cannot assign to function call|1|19" },
    { "exec", 0,
        "p = p =",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "[x,y for x,y in range(100)]",
        "ERROR SyntaxError|did you forget parentheses around the comprehension target\077|1|2" },
    { "exec", 0,
        "{x,y for x,y in range(100)}",
        "ERROR SyntaxError|did you forget parentheses around the comprehension target\077|1|2" },
    { "exec", 0,
        "{1, 2 3}",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "{1:2, 2:5 3:12}",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|9" },
    { "exec", 0,
        "(1, 2 3)",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|5" },
    { "exec", 0,
        "match x:\n    y = 3",
        "ERROR SyntaxError|invalid syntax|2|5" },
    { "exec", 0,
        "match x:\n    case y:\n       3 $ 3",
        "ERROR SyntaxError|invalid syntax|3|10" },
    { "exec", 0,
        "match x:\n    case $:\n       ...",
        "ERROR SyntaxError|invalid syntax|2|10" },
    { "exec", 0,
        "match ...:\n    case {**rest, \"key\": value}:\n       ...",
        "ERROR SyntaxError|invalid syntax|2|19" },
    { "exec", 0,
        "match ...:\n    case {**_}:\n       ...",
        "ERROR SyntaxError|invalid syntax|2|13" },
    { "exec", 0,
        "def f(None=1):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "def f(x, y=1, z):\n    pass",
        "ERROR SyntaxError|non-default argument follows default argument|1|15" },
    { "exec", 0,
        "def f(x, None):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "def f(*None):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "def f(**None):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "def foo(/,a,b=,c):\n   pass",
        "ERROR SyntaxError|at least one argument must precede /|1|9" },
    { "exec", 0,
        "def foo(a,/,/,b,c):\n   pass",
        "ERROR SyntaxError|/ may appear only once|1|13" },
    { "exec", 0,
        "def foo(a,/,a1,/,b,c):\n   pass",
        "ERROR SyntaxError|/ may appear only once|1|16" },
    { "exec", 0,
        "def foo(a=1,/,/,*b,/,c):\n   pass",
        "ERROR SyntaxError|/ may appear only once|1|15" },
    { "exec", 0,
        "def foo(a,/,a1=1,/,b,c):\n   pass",
        "ERROR SyntaxError|/ may appear only once|1|18" },
    { "exec", 0,
        "def foo(a,*b,c,/,d,e):\n   pass",
        "ERROR SyntaxError|/ must be ahead of *|1|16" },
    { "exec", 0,
        "def foo(a=1,*b,c=3,/,d,e):\n   pass",
        "ERROR SyntaxError|/ must be ahead of *|1|20" },
    { "exec", 0,
        "def foo(a,*b=3,c):\n   pass",
        "ERROR SyntaxError|var-positional argument cannot have default value|1|13" },
    { "exec", 0,
        "def foo(a,*b: int=,c):\n   pass",
        "ERROR SyntaxError|var-positional argument cannot have default value|1|18" },
    { "exec", 0,
        "def foo(a,**b=3):\n   pass",
        "ERROR SyntaxError|var-keyword argument cannot have default value|1|14" },
    { "exec", 0,
        "def foo(a,**b: int=3):\n   pass",
        "ERROR SyntaxError|var-keyword argument cannot have default value|1|19" },
    { "exec", 0,
        "def foo(a,*a, b, **c, d):\n   pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|23" },
    { "exec", 0,
        "def foo(a,*a, b, **c, d=4):\n   pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|23" },
    { "exec", 0,
        "def foo(a,*a, b, **c, *d):\n   pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|23" },
    { "exec", 0,
        "def foo(a,*a, b, **c, **d):\n   pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|23" },
    { "exec", 0,
        "def foo(a=1,/,**b,/,c):\n   pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|19" },
    { "exec", 0,
        "def foo(*b,*d):\n   pass",
        "ERROR SyntaxError|* argument may appear only once|1|12" },
    { "exec", 0,
        "def foo(a,*b,c,*d,*e,c):\n   pass",
        "ERROR SyntaxError|* argument may appear only once|1|16" },
    { "exec", 0,
        "def foo(a,b,/,c,*b,c,*d,*e,c):\n   pass",
        "ERROR SyntaxError|* argument may appear only once|1|22" },
    { "exec", 0,
        "def foo(a,b,/,c,*b,c,*d,**e):\n   pass",
        "ERROR SyntaxError|* argument may appear only once|1|22" },
    { "exec", 0,
        "def foo(a=1,/*,b,c):\n   pass",
        "ERROR SyntaxError|expected comma between / and *|1|14" },
    { "exec", 0,
        "def foo(a=1,d=,c):\n   pass",
        "ERROR SyntaxError|expected default value expression|1|14" },
    { "exec", 0,
        "def foo(a,d=,c):\n   pass",
        "ERROR SyntaxError|expected default value expression|1|12" },
    { "exec", 0,
        "def foo(a,d: int=,c):\n   pass",
        "ERROR SyntaxError|expected default value expression|1|17" },
    { "exec", 0,
        "lambda /,a,b,c: None",
        "ERROR SyntaxError|at least one argument must precede /|1|8" },
    { "exec", 0,
        "lambda a,/,/,b,c: None",
        "ERROR SyntaxError|/ may appear only once|1|12" },
    { "exec", 0,
        "lambda a,/,a1,/,b,c: None",
        "ERROR SyntaxError|/ may appear only once|1|15" },
    { "exec", 0,
        "lambda a=1,/,/,*b,/,c: None",
        "ERROR SyntaxError|/ may appear only once|1|14" },
    { "exec", 0,
        "lambda a,/,a1=1,/,b,c: None",
        "ERROR SyntaxError|/ may appear only once|1|17" },
    { "exec", 0,
        "lambda a,*b,c,/,d,e: None",
        "ERROR SyntaxError|/ must be ahead of *|1|15" },
    { "exec", 0,
        "lambda a=1,*b,c=3,/,d,e: None",
        "ERROR SyntaxError|/ must be ahead of *|1|19" },
    { "exec", 0,
        "lambda a=1,/*,b,c: None",
        "ERROR SyntaxError|expected comma between / and *|1|13" },
    { "exec", 0,
        "lambda a,*b=3,c: None",
        "ERROR SyntaxError|var-positional argument cannot have default value|1|12" },
    { "exec", 0,
        "lambda a,**b=3: None",
        "ERROR SyntaxError|var-keyword argument cannot have default value|1|13" },
    { "exec", 0,
        "lambda a, *a, b, **c, d: None",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|23" },
    { "exec", 0,
        "lambda a,*a, b, **c, d=4: None",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|22" },
    { "exec", 0,
        "lambda a,*a, b, **c, *d: None",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|22" },
    { "exec", 0,
        "lambda a,*a, b, **c, **d: None",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|22" },
    { "exec", 0,
        "lambda a=1,/,**b,/,c: None",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|18" },
    { "exec", 0,
        "lambda *b,*d: None",
        "ERROR SyntaxError|* argument may appear only once|1|11" },
    { "exec", 0,
        "lambda a,*b,c,*d,*e,c: None",
        "ERROR SyntaxError|* argument may appear only once|1|15" },
    { "exec", 0,
        "lambda a,b,/,c,*b,c,*d,*e,c: None",
        "ERROR SyntaxError|* argument may appear only once|1|21" },
    { "exec", 0,
        "lambda a,b,/,c,*b,c,*d,**e: None",
        "ERROR SyntaxError|* argument may appear only once|1|21" },
    { "exec", 0,
        "lambda a=1,d=,c: None",
        "ERROR SyntaxError|expected default value expression|1|13" },
    { "exec", 0,
        "lambda a,d=,c: None",
        "ERROR SyntaxError|expected default value expression|1|11" },
    { "exec", 0,
        "import ast; ast.parse('''\ndef f(\n    *, # type: int\n    a, # type: int\n):\n    pass\n'"
        "'', type_comments=True)",
        "Module(body=[Import(names=[alias(name='ast')]), Expr(value=Call(func=Attribute(value=Name("
        "id='ast', ctx=Load()), attr='parse', ctx=Load()), args=[Constant(value='\\ndef f(\\n    *,"
        " # type: int\\n    a, # type: int\\n):\\n    pass\\n')], keywords=[keyword(arg='type_comme"
        "nts', value=Constant(value=True))]))], type_ignores=[])" },
    { "exec", 0,
        "def None(x):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "f(x for x in L, 1)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(x for x in L, y=1)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(x for x in L, *[])",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(x for x in L, **{})",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(L, x for x in L)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|6" },
    { "exec", 0,
        "f(x for x in L, y for y in L)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(x for x in L,)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "class C(x for x in L):\n    pass",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "f(lambda x: x[0] = 3)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(a={x: for x in {}})",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "f(x()=2)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(a or b=1)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f(x.y=1)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|3" },
    { "exec", 0,
        "f((x)=2)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|4" },
    { "exec", 0,
        "f(False=1)",
        "ERROR SyntaxError|cannot assign to False|1|3" },
    { "exec", 0,
        "f(None=1)",
        "ERROR SyntaxError|cannot assign to None|1|3" },
    { "exec", 0,
        "f(__debug__=1)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg"
        "='__debug__', value=Constant(value=1))]))], type_ignores=[])" },
    { "exec", 0,
        "__debug__: int",
        "Module(body=[AnnAssign(target=Name(id='__debug__', ctx=Store()), annotation=Name(id='int',"
        " ctx=Load()), simple=1)], type_ignores=[])" },
    { "exec", 0,
        "(x for x in x) += 1",
        "ERROR SyntaxError|'generator expression' is an illegal expression for augmented assignment"
        "|1|1" },
    { "exec", 0,
        "None += 1",
        "ERROR SyntaxError|'None' is an illegal expression for augmented assignment|1|1" },
    { "exec", 0,
        "__debug__ += 1",
        "Module(body=[AugAssign(target=Name(id='__debug__', ctx=Store()), op=Add(), value=Constant("
        "value=1))], type_ignores=[])" },
    { "exec", 0,
        "def foo():\n    try:\n        pass\n    finally:\n        continue",
        "Module(body=[FunctionDef(name='foo', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
        ", kw_defaults=[], defaults=[]), body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody"
        "=[Continue()])], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "try:\n    print(1)\n    break\n    print(2)\nfinally:\n    print(3)",
        "Module(body=[Try(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(v"
        "alue=1)], keywords=[])), Break(), Expr(value=Call(func=Name(id='print', ctx=Load()), args="
        "[Constant(value=2)], keywords=[]))], handlers=[], orelse=[], finalbody=[Expr(value=Call(fu"
        "nc=Name(id='print', ctx=Load()), args=[Constant(value=3)], keywords=[]))])], type_ignores="
        "[])" },
    { "exec", 0,
        "def f():\n    print(x)\n    global x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), arg"
        "s=[Name(id='x', ctx=Load())], keywords=[])), Global(names=['x'])], decorator_list=[])], ty"
        "pe_ignores=[])" },
    { "exec", 0,
        "def f():\n    x = 1\n    global x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Cons"
        "tant(value=1)), Global(names=['x'])], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Cons"
        "tant(value=1)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=["
        "], kw_defaults=[], defaults=[]), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), "
        "args=[Name(id='x', ctx=Load())], keywords=[])), Nonlocal(names=['x'])], decorator_list=[])"
        "], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Cons"
        "tant(value=1)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=["
        "], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=C"
        "onstant(value=2)), Nonlocal(names=['x'])], decorator_list=[])], decorator_list=[])], type_"
        "ignores=[])" },
    { "exec", 0,
        "def f(x):\n    nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])"
        "], type_ignores=[])" },
    { "exec", 0,
        "def f():\n    global x\n    nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Global(names=['x']), Nonlocal(names=['x'])], decorator"
        "_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n    nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])], type_igno"
        "res=[])" },
    { "exec", 0,
        "class A:\n    def f(self):\n        nonlocal __x",
        "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=ar"
        "guments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]"
        "), body=[Nonlocal(names=['__x'])], decorator_list=[])], decorator_list=[])], type_ignores="
        "[])" },
    { "exec", 0,
        "if 1:\n  x() = 1\nelif 1:\n  pass",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|2|3" },
    { "exec", 0,
        "if 1:\n  pass\nelif 1:\n  x() = 1",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|4|3" },
    { "exec", 0,
        "if 1:\n  x() = 1\nelif 1:\n  pass\nelse:\n  pass",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|2|3" },
    { "exec", 0,
        "if 1:\n  pass\nelif 1:\n  x() = 1\nelse:\n  pass",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|4|3" },
    { "exec", 0,
        "if 1:\n  pass\nelif 1:\n  pass\nelse:\n  x() = 1",
        "ERROR SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='"
        "\077|6|3" },
    { "exec", 0,
        "class A\n    pass",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "class R&D:\n    pass",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "if 1\n  pass\nelif 1:\n  pass\nelse:\n  x() = 1",
        "ERROR SyntaxError|expected ':'|1|5" },
    { "exec", 0,
        "if 1:\n  pass\nelif 1\n  pass\nelse:\n  x() = 1",
        "ERROR SyntaxError|expected ':'|3|7" },
    { "exec", 0,
        "if 1:\n  pass\nelif 1:\n  pass\nelse\n  x() = 1",
        "ERROR SyntaxError|expected ':'|5|5" },
    { "exec", 0,
        "for x in range(10)\n  pass",
        "ERROR SyntaxError|expected ':'|1|19" },
    { "exec", 0,
        "for x in range 10:\n  pass",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "while True\n  pass",
        "ERROR SyntaxError|expected ':'|1|11" },
    { "exec", 0,
        "with blech as something\n  pass",
        "ERROR SyntaxError|expected ':'|1|24" },
    { "exec", 0,
        "with blech\n  pass",
        "ERROR SyntaxError|expected ':'|1|11" },
    { "exec", 0,
        "with blech, block as something\n  pass",
        "ERROR SyntaxError|expected ':'|1|31" },
    { "exec", 0,
        "with blech, block as something, bluch\n  pass",
        "ERROR SyntaxError|expected ':'|1|38" },
    { "exec", 0,
        "with (blech as something)\n  pass",
        "ERROR SyntaxError|expected ':'|1|26" },
    { "exec", 0,
        "with (blech)\n  pass",
        "ERROR SyntaxError|expected ':'|1|13" },
    { "exec", 0,
        "with (blech, block as something)\n  pass",
        "ERROR SyntaxError|expected ':'|1|33" },
    { "exec", 0,
        "with (blech, block as something, bluch)\n  pass",
        "ERROR SyntaxError|expected ':'|1|40" },
    { "exec", 0,
        "with block ad something:\n  pass",
        "ERROR SyntaxError|invalid syntax|1|12" },
    { "exec", 0,
        "try\n  pass",
        "ERROR SyntaxError|expected ':'|1|4" },
    { "exec", 0,
        "try:\n  pass\nexcept\n  pass",
        "ERROR SyntaxError|expected ':'|3|7" },
    { "exec", 0,
        "match x\n  case list():\n      pass",
        "ERROR SyntaxError|expected ':'|1|8" },
    { "exec", 0,
        "match x:\n  case list()\n      pass",
        "ERROR SyntaxError|expected ':'|2|14" },
    { "exec", 0,
        "match x:\n  case [y] if y > 0\n      pass",
        "ERROR SyntaxError|expected ':'|2|20" },
    { "exec", 0,
        "if x = 3:\n   pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|4" },
    { "exec", 0,
        "while x = 3:\n   pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|7" },
    { "exec", 0,
        "if x.a = 3:\n   pass",
        "ERROR SyntaxError|cannot assign to attribute here. Maybe you meant '==' instead of '='\077"
        "|1|4" },
    { "exec", 0,
        "while x.a = 3:\n   pass",
        "ERROR SyntaxError|cannot assign to attribute here. Maybe you meant '==' instead of '='\077"
        "|1|7" },
    { "exec", 0,
        "def f:",
        "ERROR SyntaxError|expected '('|1|6" },
    { "exec", 0,
        "async def f:",
        "ERROR SyntaxError|expected '('|1|12" },
    { "exec", 0,
        "def f(x, (y, z), w):\n   pass",
        "ERROR SyntaxError|Function parameters cannot be parenthesized|1|10" },
    { "exec", 0,
        "def f((x, y, z, w)):\n   pass",
        "ERROR SyntaxError|Function parameters cannot be parenthesized|1|7" },
    { "exec", 0,
        "def f(x, (y, z, w)):\n   pass",
        "ERROR SyntaxError|Function parameters cannot be parenthesized|1|10" },
    { "exec", 0,
        "def f((x, y, z), w):\n   pass",
        "ERROR SyntaxError|Function parameters cannot be parenthesized|1|7" },
    { "exec", 0,
        "lambda x, (y, z), w: None",
        "ERROR SyntaxError|Lambda expression parameters cannot be parenthesized|1|11" },
    { "exec", 0,
        "lambda (x, y, z, w): None",
        "ERROR SyntaxError|Lambda expression parameters cannot be parenthesized|1|8" },
    { "exec", 0,
        "lambda x, (y, z, w): None",
        "ERROR SyntaxError|Lambda expression parameters cannot be parenthesized|1|11" },
    { "exec", 0,
        "lambda (x, y, z), w: None",
        "ERROR SyntaxError|Lambda expression parameters cannot be parenthesized|1|8" },
    { "exec", 0,
        "try:\n   x = 34",
        "ERROR SyntaxError|expected 'except' or 'finally' block|2|10" },
    { "exec", 0,
        "try:\n   pass\nexcept TypeError:\n   pass\nexcept* ValueError:\n   pass",
        "ERROR SyntaxError|cannot have both 'except' and 'except*' on the same 'try'|5|1" },
    { "exec", 0,
        "try:\n   pass\nexcept* TypeError:\n   pass\nexcept ValueError:\n   pass",
        "ERROR SyntaxError|cannot have both 'except' and 'except*' on the same 'try'|5|1" },
    { "exec", 0,
        "try:\n   pass\nexcept TypeError:\n   pass\nexcept TypeError:\n   pass\nexcept* ValueError:"
        "\n   pass",
        "ERROR SyntaxError|cannot have both 'except' and 'except*' on the same 'try'|7|1" },
    { "exec", 0,
        "try:\n   pass\nexcept* TypeError:\n   pass\nexcept* TypeError:\n   pass\nexcept ValueError"
        ":\n   pass",
        "ERROR SyntaxError|cannot have both 'except' and 'except*' on the same 'try'|7|1" },
    { "exec", 0,
        "f(2, 4, x=34); 1 $ 2",
        "ERROR SyntaxError|invalid syntax|1|18" },
    { "exec", 0,
        "dict(x=34); x $ y",
        "ERROR SyntaxError|invalid syntax|1|15" },
    { "exec", 0,
        "dict(x=34, x=1, y=2); x $ y",
        "ERROR SyntaxError|invalid syntax|1|25" },
    { "exec", 0,
        "{1:2, 3:4, 5}",
        "ERROR SyntaxError|':' expected after dictionary key|1|12" },
    { "exec", 0,
        "{1:2, 3:4, 5:}",
        "ERROR SyntaxError|expression expected after dictionary key and ':'|1|13" },
    { "exec", 0,
        "{1: *12+1, 23: 1}",
        "ERROR SyntaxError|cannot use a starred expression in a dictionary value|1|5" },
    { "exec", 0,
        "{1: *12+1}",
        "ERROR SyntaxError|cannot use a starred expression in a dictionary value|1|5" },
    { "exec", 0,
        "{1: 23, 1: *12+1}",
        "ERROR SyntaxError|cannot use a starred expression in a dictionary value|1|12" },
    { "exec", 0,
        "{1:}",
        "ERROR SyntaxError|expression expected after dictionary key and ':'|1|3" },
    { "exec", 0,
        "{1} $",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "{1: 2, 3: foo(,), 4: 5}",
        "ERROR SyntaxError|invalid syntax|1|15" },
    { "exec", 0,
        "{1: $, 2: 3}",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "while condition:\npass",
        "ERROR IndentationError|expected an indented block after 'while' statement on line 1|2|1" },
    { "exec", 0,
        "for x in range(10):\npass",
        "ERROR IndentationError|expected an indented block after 'for' statement on line 1|2|1" },
    { "exec", 0,
        "for x in range(10):\n    pass\nelse:\npass",
        "ERROR IndentationError|expected an indented block after 'else' statement on line 3|4|1" },
    { "exec", 0,
        "async for x in range(10):\npass",
        "ERROR IndentationError|expected an indented block after 'for' statement on line 1|2|1" },
    { "exec", 0,
        "async for x in range(10):\n    pass\nelse:\npass",
        "ERROR IndentationError|expected an indented block after 'else' statement on line 3|4|1" },
    { "exec", 0,
        "if something:\npass",
        "ERROR IndentationError|expected an indented block after 'if' statement on line 1|2|1" },
    { "exec", 0,
        "if something:\n    pass\nelif something_else:\npass",
        "ERROR IndentationError|expected an indented block after 'elif' statement on line 3|4|1" },
    { "exec", 0,
        "if something:\n    pass\nelif something_else:\n    pass\nelse:\npass",
        "ERROR IndentationError|expected an indented block after 'else' statement on line 5|6|1" },
    { "exec", 0,
        "try:\npass",
        "ERROR IndentationError|expected an indented block after 'try' statement on line 1|2|1" },
    { "exec", 0,
        "try:\n    something()\nexcept:\npass",
        "ERROR IndentationError|expected an indented block after 'except' statement on line 3|4|1" },
    { "exec", 0,
        "try:\n    something()\nexcept A:\npass",
        "ERROR IndentationError|expected an indented block after 'except' statement on line 3|4|1" },
    { "exec", 0,
        "try:\n    something()\nexcept* A:\npass",
        "ERROR IndentationError|expected an indented block after 'except*' statement on line 3|4|1" },
    { "exec", 0,
        "try:\n    something()\nexcept A:\n    pass\nfinally:\npass",
        "ERROR IndentationError|expected an indented block after 'finally' statement on line 5|6|1" },
    { "exec", 0,
        "try:\n    something()\nexcept* A:\n    pass\nfinally:\npass",
        "ERROR IndentationError|expected an indented block after 'finally' statement on line 5|6|1" },
    { "exec", 0,
        "with A:\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "with A as a, B as b:\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "with (A as a, B as b):\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "async with A:\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "async with A as a, B as b:\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "async with (A as a, B as b):\npass",
        "ERROR IndentationError|expected an indented block after 'with' statement on line 1|2|1" },
    { "exec", 0,
        "def foo(x, /, y, *, z=2):\npass",
        "ERROR IndentationError|expected an indented block after function definition on line 1|2|1" },
    { "exec", 0,
        "class Blech(A):\npass",
        "ERROR IndentationError|expected an indented block after class definition on line 1|2|1" },
    { "exec", 0,
        "match something:\npass",
        "ERROR IndentationError|expected an indented block after 'match' statement on line 1|2|1" },
    { "exec", 0,
        "match something:\n    case []:\npass",
        "ERROR IndentationError|expected an indented block after 'case' statement on line 2|3|0" },
    { "exec", 0,
        "match something:\n    case []:\n        ...\n    case {}:\npass",
        "ERROR IndentationError|expected an indented block after 'case' statement on line 4|5|0" },
    { "exec", 0,
        "raise X, Y",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "raise X, Y, Z",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "try:\n  pass\nexcept A, B:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|8" },
    { "exec", 0,
        "try:\n  pass\nexcept A, B, C:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|8" },
    { "exec", 0,
        "try:\n  pass\nexcept A, B, C as blech:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|8" },
    { "exec", 0,
        "try:\n  pass\nexcept A, B, C as blech:\n  pass\nfinally:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|8" },
    { "exec", 0,
        "try:\n  pass\nexcept* A, B:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|9" },
    { "exec", 0,
        "try:\n  pass\nexcept* A, B, C:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|9" },
    { "exec", 0,
        "try:\n  pass\nexcept* A, B, C as blech:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|9" },
    { "exec", 0,
        "try:\n  pass\nexcept* A, B, C as blech:\n  pass\nfinally:\n  pass",
        "ERROR SyntaxError|multiple exception types must be parenthesized|3|9" },
    { "exec", 0,
        "try:\n  pass\nexcept* A as a:\n  pass\nexcept*:\n  pass",
        "ERROR SyntaxError|expected one or more exception types|5|8" },
    { "exec", 0,
        "f(a=23, a=234)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg"
        "='a', value=Constant(value=23)), keyword(arg='a', value=Constant(value=234))]))], type_ign"
        "ores=[])" },
    { "exec", 0,
        "{1, 2, 3} = 42",
        "ERROR SyntaxError|cannot assign to set display here. Maybe you meant '==' instead of '='\077"
        "|1|1" },
    { "exec", 0,
        "{1: 2, 3: 4} = 42",
        "ERROR SyntaxError|cannot assign to dict literal here. Maybe you meant '==' instead of '='\077"
        "|1|1" },
    { "exec", 0,
        "f'{x}' = 42",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "f'{x}-{y}' = 42",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "(x, y, z=3, d, e)",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|8" },
    { "exec", 0,
        "[x, y, z=3, d, e]",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|8" },
    { "exec", 0,
        "[z=3]",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|2" },
    { "exec", 0,
        "{x, y, z=3, d, e}",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|8" },
    { "exec", 0,
        "{z=3}",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|2" },
    { "exec", 0,
        "from t import x,",
        "ERROR SyntaxError|trailing comma not allowed without surrounding parentheses|1|17" },
    { "exec", 0,
        "from t import x,y,",
        "ERROR SyntaxError|trailing comma not allowed without surrounding parentheses|1|19" },
    { "exec", 0,
        "from t import x,y, and 3",
        "ERROR SyntaxError|invalid syntax|1|20" },
    { "exec", 0,
        "(): int",
        "ERROR SyntaxError|only single target (not tuple) can be annotated|1|1" },
    { "exec", 0,
        "[]: int",
        "ERROR SyntaxError|only single target (not list) can be annotated|1|1" },
    { "exec", 0,
        "(()): int",
        "ERROR SyntaxError|only single target (not tuple) can be annotated|1|2" },
    { "exec", 0,
        "([]): int",
        "ERROR SyntaxError|only single target (not list) can be annotated|1|2" },
    { "exec", 0,
        "def f(*, x=lambda __debug__:0): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg"
        "(arg='x')], kw_defaults=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='__debug__')]"
        ", kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))], defaults=[]), bod"
        "y=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(*args:(lambda __debug__:0)): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg="
        "'args', annotation=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='__debug__')], kwon"
        "lyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), kwonlyargs=[], kw_defau"
        "lts=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(**kwargs:(lambda __debug__:0)): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], kwarg=arg(arg='kwargs', annotation=Lambda(args=arguments(posonlyargs=[], a"
        "rgs=[arg(arg='__debug__')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(val"
        "ue=0))), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "with (lambda *:0): pass",
        "ERROR SyntaxError|named arguments must follow bare *|1|15" },
    { "exec", 0,
        "def f(**__debug__): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], kwarg=arg(arg='__debug__'), defaults=[]), body=[Pass()], decorator_list=[]"
        ")], type_ignores=[])" },
    { "exec", 0,
        "def f(*xx, __debug__): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg="
        "'xx'), kwonlyargs=[arg(arg='__debug__')], kw_defaults=[None], defaults=[]), body=[Pass()],"
        " decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "import \303\244 \302\243",
        "ERROR SyntaxError|invalid character '\302\243' (U+00A3)|1|10" },
    { "exec", 0,
        "match ...:\n  case 42 as _:\n    ...",
        "ERROR SyntaxError|cannot use '_' as a target|2|14" },
    { "exec", 0,
        "match ...:\n  case 42 as 1+2+4:\n    ...",
        "ERROR SyntaxError|invalid pattern target|2|14" },
    { "exec", 0,
        "match ...:\n  case Foo(z=1, y=2, x):\n    ...",
        "ERROR SyntaxError|positional patterns follow keyword patterns|2|22" },
    { "exec", 0,
        "match ...:\n  case Foo(a, z=1, y=2, x):\n    ...",
        "ERROR SyntaxError|positional patterns follow keyword patterns|2|25" },
    { "exec", 0,
        "match ...:\n  case Foo(z=1, x, y=2):\n    ...",
        "ERROR SyntaxError|positional patterns follow keyword patterns|2|17" },
    { "exec", 0,
        "match ...:\n  case C(a=b, c, d=e, f, g=h, i, j=k, ...):\n    ...",
        "ERROR SyntaxError|positional patterns follow keyword patterns|2|15" },
    { "exec", 0,
        "A[:*b]",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "A[:(*b)]",
        "ERROR SyntaxError|cannot use starred expression here|1|5" },
    { "exec", 0,
        "A[:*b] = 1",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "del A[:*b]",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "A[*b:]",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "A[(*b):]",
        "ERROR SyntaxError|cannot use starred expression here|1|4" },
    { "exec", 0,
        "A[*b:] = 1",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "del A[*b:]",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "A[*b:*b]",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "A[(*b:*b)]",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        "A[*b:*b] = 1",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "del A[*b:*b]",
        "ERROR SyntaxError|invalid syntax|1|9" },
    { "exec", 0,
        "A[*(1:2)]",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        "A[*(1:2)] = 1",
        "ERROR SyntaxError|invalid syntax|1|6" },
    { "exec", 0,
        "del A[*(1:2)]",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "A[*:]",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "A[:*]",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "A[*]",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "A[**]",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "A[**b]",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "A[**b] = 1",
        "ERROR SyntaxError|invalid syntax|1|3" },
    { "exec", 0,
        "del A[**b]",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "def f6(x: *b): pass",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "def f7(x: *b = 1): pass",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "def f8(**kwargs: *a): pass",
        "ERROR SyntaxError|invalid syntax|1|18" },
    { "exec", 0,
        "x: *b",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "x: *b = 1",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "b\"\304\200\"",
        "ERROR SyntaxError|bytes can only contain ASCII literal characters|1|1" },
    { "exec", 0,
        "b\"\320\260\320\261\320\262\320\263\320\264\320\265\"",
        "ERROR SyntaxError|bytes can only contain ASCII literal characters|1|1" },
    { "exec", 0,
        "b\"abc \321\212\321\216\321\211\321\213\320\271\"  # first 3 letters are ascii",
        "ERROR SyntaxError|bytes can only contain ASCII literal characters|1|1" },
    { "exec", 0,
        "f(**x, *y)",
        "ERROR SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|8" },
    { "exec", 0,
        "f(**x, *)",
        "ERROR SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|8" },
    { "exec", 0,
        "f(x, *:)",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "f'' b''",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|1|8" },
    { "exec", 0,
        "b'' f''",
        "ERROR SyntaxError|cannot mix bytes and nonbytes literals|1|8" },
    { "exec", 0,
        "f'{\"x'",
        "ERROR SyntaxError|f-string: unterminated string|1|7" },
    { "exec", 0,
        "f'{\"x}'",
        "ERROR SyntaxError|f-string: unterminated string|1|8" },
    { "exec", 0,
        "f'{(\"x'",
        "ERROR SyntaxError|f-string: unterminated string|1|8" },
    { "exec", 0,
        "f'{(\"x}'",
        "ERROR SyntaxError|f-string: unterminated string|1|9" },
    { "exec", 0,
        "f'{((}'",
        "ERROR SyntaxError|f-string: closing parenthesis '}' does not match opening parenthesis '('"
        "|1|8" },
    { "exec", 0,
        "f'{a[4)}'",
        "ERROR SyntaxError|f-string: closing parenthesis ')' does not match opening parenthesis '['"
        "|1|10" },
    { "exec", 0,
        "f'{a(4]}'",
        "ERROR SyntaxError|f-string: closing parenthesis ']' does not match opening parenthesis '('"
        "|1|10" },
    { "exec", 0,
        "f'{a[4}'",
        "ERROR SyntaxError|f-string: closing parenthesis '}' does not match opening parenthesis '['"
        "|1|9" },
    { "exec", 0,
        "f'{a(4}'",
        "ERROR SyntaxError|f-string: closing parenthesis '}' does not match opening parenthesis '('"
        "|1|9" },
    { "exec", 0,
        "f'{ {{}} }'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Set(elts=[Dict(keys=[], val"
        "ues=[])]), conversion=-1)]))], type_ignores=[])" },
    { "exec", 0,
        "f'{3' f'}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|11" },
    { "exec", 0,
        "f'{1#}'",
        "ERROR SyntaxError|f-string expression part cannot include '#'|1|8" },
    { "exec", 0,
        "f'{3(#)}'",
        "ERROR SyntaxError|f-string expression part cannot include '#'|1|10" },
    { "exec", 0,
        "f'{)#}'",
        "ERROR SyntaxError|f-string: unmatched ')'|1|8" },
    { "exec", 0,
        "f'{\"s\"!r{\":10\"}}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|18" },
    { "exec", 0,
        "f'result: {value:{width:{0}}.{precision:1}}'",
        "ERROR SyntaxError|f-string: expressions nested too deeply|1|45" },
    { "exec", 0,
        "f'{\"s\"!{\"r\"}}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|15" },
    { "exec", 0,
        "f'{ }'f' {} '",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|14" },
    { "exec", 0,
        "f'{10:{ }}'",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|12" },
    { "exec", 0,
        "f' { } '",
        "ERROR SyntaxError|f-string: empty expression not allowed|1|9" },
    { "exec", 0,
        "f'''{\t\014\n}'''",
        "ERROR SyntaxError|f-string: empty expression not allowed|2|5" },
    { "exec", 0,
        "f'{!r}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|8" },
    { "exec", 0,
        "f'{ !r}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|9" },
    { "exec", 0,
        "f'{!}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|7" },
    { "exec", 0,
        "f'''{\t\014\n!a}'''",
        "ERROR SyntaxError|f-string: expression required before '!'|2|7" },
    { "exec", 0,
        "f'{!'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|6" },
    { "exec", 0,
        "f'{!s:'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|8" },
    { "exec", 0,
        "f'{!x}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|8" },
    { "exec", 0,
        "f'{ !xr}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|10" },
    { "exec", 0,
        "f'{!x:}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|9" },
    { "exec", 0,
        "f'{!x:a}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|10" },
    { "exec", 0,
        "f'{ !xr:}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|11" },
    { "exec", 0,
        "f'{ !xr:a}'",
        "ERROR SyntaxError|f-string: expression required before '!'|1|12" },
    { "exec", 0,
        "f'{:}'",
        "ERROR SyntaxError|f-string: expression required before ':'|1|7" },
    { "exec", 0,
        "f'{ :!}'",
        "ERROR SyntaxError|f-string: expression required before ':'|1|9" },
    { "exec", 0,
        "f'{:2}'",
        "ERROR SyntaxError|f-string: expression required before ':'|1|8" },
    { "exec", 0,
        "f'''{\t\014\n:a}'''",
        "ERROR SyntaxError|f-string: expression required before ':'|2|7" },
    { "exec", 0,
        "f'{:'",
        "ERROR SyntaxError|f-string: expression required before ':'|1|6" },
    { "exec", 0,
        "f'{=}'",
        "ERROR SyntaxError|f-string: expression required before '='|1|7" },
    { "exec", 0,
        "f'{ =}'",
        "ERROR SyntaxError|f-string: expression required before '='|1|8" },
    { "exec", 0,
        "f'{ =:}'",
        "ERROR SyntaxError|f-string: expression required before '='|1|9" },
    { "exec", 0,
        "f'{   =!}'",
        "ERROR SyntaxError|f-string: expression required before '='|1|11" },
    { "exec", 0,
        "f'''{\t\014\n=}'''",
        "ERROR SyntaxError|f-string: expression required before '='|2|6" },
    { "exec", 0,
        "f'{='",
        "ERROR SyntaxError|f-string: expression required before '='|1|6" },
    { "exec", 0,
        "\302\240",
        "ERROR SyntaxError|invalid non-printable character U+00A0|1|1" },
    { "exec", 0,
        "f'{3)+(4}'",
        "ERROR SyntaxError|f-string: unmatched ')'|1|11" },
    { "exec", 0,
        "f'{\n}'",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|1" },
    { "exec", 0,
        "f'\\N'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|6" },
    { "exec", 0,
        "f'\\N '",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|7" },
    { "exec", 0,
        "f'\\N  '",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|8" },
    { "exec", 0,
        "f'\\N{'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2"
        ": malformed \\N character escape|1|7" },
    { "exec", 0,
        "f'\\N{GREEK CAPITAL LETTER DELTA'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2"
        "8: malformed \\N character escape|1|33" },
    { "exec", 0,
        "'\\N'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|5" },
    { "exec", 0,
        "'\\N '",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|6" },
    { "exec", 0,
        "'\\N  '",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1"
        ": malformed \\N character escape|1|7" },
    { "exec", 0,
        "'\\N{'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2"
        ": malformed \\N character escape|1|6" },
    { "exec", 0,
        "'\\N{GREEK CAPITAL LETTER DELTA'",
        "ERROR SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2"
        "8: malformed \\N character escape|1|32" },
    { "exec", 0,
        "f'{\\'a\\'}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|11" },
    { "exec", 0,
        "f'{\\t3}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|9" },
    { "exec", 0,
        "f'{\\}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|7" },
    { "exec", 0,
        "rf'{\\'a\\'}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|12" },
    { "exec", 0,
        "rf'{\\t3}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|10" },
    { "exec", 0,
        "rf'{\\}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|8" },
    { "exec", 0,
        "rf'{\"\\N{LEFT CURLY BRACKET}\"}'",
        "ERROR SyntaxError|f-string expression part cannot include a backslash|1|31" },
    { "exec", 0,
        "f'{3!g}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3!A}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3!3}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3!G}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3!!}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3!:}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|9" },
    { "exec", 0,
        "f'{3! s}'",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|10" },
    { "exec", 0,
        "f'{x!s{y}}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|12" },
    { "exec", 0,
        "f'{3!ss}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|10" },
    { "exec", 0,
        "f'{3!ss:}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|11" },
    { "exec", 0,
        "f'{3!ss:s}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|12" },
    { "exec", 0,
        "f'' = 3",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "f'{0}' = x",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "f'{x}' = x",
        "ERROR SyntaxError|cannot assign to f-string expression here. Maybe you meant '==' instead "
        "of '='\077|1|1" },
    { "exec", 0,
        "del f''",
        "ERROR SyntaxError|cannot delete f-string expression|1|5" },
    { "exec", 0,
        "del '' f''",
        "ERROR SyntaxError|cannot delete f-string expression|1|5" },
    { "exec", 0,
        "f'{{}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|7" },
    { "exec", 0,
        "f'{{}}}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|9" },
    { "exec", 0,
        "f'x}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|6" },
    { "exec", 0,
        "f'x}x'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|7" },
    { "exec", 0,
        "f'\\u007b}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|11" },
    { "exec", 0,
        "f'{3:}>10}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|12" },
    { "exec", 0,
        "f'{3:}}>10}'",
        "ERROR SyntaxError|f-string: single '}' is not allowed|1|13" },
    { "exec", 0,
        "f'{3:{{>10}'",
        "ERROR SyntaxError|f-string: expecting '}'|1|13" },
    { "exec", 0,
        "f'{3'",
        "ERROR SyntaxError|f-string: expecting '}'|1|6" },
    { "exec", 0,
        "f'{3!'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{3:'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{3!s'",
        "ERROR SyntaxError|f-string: expecting '}'|1|8" },
    { "exec", 0,
        "f'{3!s:'",
        "ERROR SyntaxError|f-string: expecting '}'|1|9" },
    { "exec", 0,
        "f'{3!s:3'",
        "ERROR SyntaxError|f-string: expecting '}'|1|10" },
    { "exec", 0,
        "f'x{'",
        "ERROR SyntaxError|f-string: expecting '}'|1|6" },
    { "exec", 0,
        "f'x{x'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{3:s'",
        "ERROR SyntaxError|f-string: expecting '}'|1|8" },
    { "exec", 0,
        "f'{{{'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{{}}{'",
        "ERROR SyntaxError|f-string: expecting '}'|1|9" },
    { "exec", 0,
        "f'{'",
        "ERROR SyntaxError|f-string: expecting '}'|1|5" },
    { "exec", 0,
        "f'x{<'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'x{>'",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{i='",
        "ERROR SyntaxError|f-string: expecting '}'|1|7" },
    { "exec", 0,
        "f'{(lambda: 0):x}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(poson"
        "lyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)), "
        "conversion=-1, format_spec=JoinedStr(values=[Constant(value='x')]))]))], type_ignores=[])" },
    { "exec", 0,
        "f'{(0,):x}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Constant(value="
        "0)], ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x')]))]))],"
        " type_ignores=[])" },
    { "exec", 0,
        "f'{1000:j}'",
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=1000), conve"
        "rsion=-1, format_spec=JoinedStr(values=[Constant(value='j')]))]))], type_ignores=[])" },
    { "exec", 0,
        "\"\\\n\"(1 for c in I,\\\n\\",
        "ERROR SyntaxError|'(' was never closed|2|2" },
    { "exec", 0,
        "def fact(x):\n\treturn x!\n",
        "ERROR SyntaxError|invalid syntax|2|10" },
    { "exec", 0,
        "1 +\n",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "def spam():\n  print(1)\n print(2)",
        "ERROR IndentationError|unindent does not match any outer indentation level|3|10" },
    { "exec", 0,
        "Python = \"Python\" +",
        "ERROR SyntaxError|invalid syntax|1|20" },
    { "exec", 0,
        "Python = \"\341\271\224\303\275\305\243\304\245\303\262\303\261\" +",
        "ERROR SyntaxError|invalid syntax|1|20" },
    { "exec", 0,
        "x = \"a",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|5" },
    { "exec", 0,
        "lambda x: x = 2",
        "ERROR SyntaxError|cannot assign to lambda|1|1" },
    { "exec", 0,
        "f{a + b + c}",
        "ERROR SyntaxError|invalid syntax|1|2" },
    { "exec", 0,
        "[file for str(file) in []\n]",
        "ERROR SyntaxError|cannot assign to function call|1|11" },
    { "exec", 0,
        "a = \302\253 hello \302\273 \302\253 world \302\273",
        "ERROR SyntaxError|invalid character '\302\253' (U+00AB)|1|5" },
    { "exec", 0,
        "[\nfile\nfor str(file)\nin\n[]\n]",
        "ERROR SyntaxError|cannot assign to function call|3|5" },
    { "exec", 0,
        "[file for\n str(file) in []]",
        "ERROR SyntaxError|cannot assign to function call|2|2" },
    { "exec", 0,
        "ages = {'Alice'=22, 'Bob'=23}",
        "ERROR SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\077|1"
        "|9" },
    { "exec", 0,
        "match ...:\n    case {**rest, \"key\": value}:\n        ...",
        "ERROR SyntaxError|invalid syntax|2|19" },
    { "exec", 0,
        "[a b c d e f]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|2" },
    { "exec", 0,
        "for x yfff:",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "f(a for a in b if a, c)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|3" },
    { "exec", 0,
        "f(a, b for b in c)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|6" },
    { "exec", 0,
        "f(a, b for b in c, d)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|6" },
    { "exec", 0,
        "class foo:return 1",
        "Module(body=[ClassDef(name='foo', bases=[], keywords=[], body=[Return(value=Constant(value"
        "=1))], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n  continue",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Continue()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n  break",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Break()], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()]), ExceptHandler(type"
        "=Name(id='ValueError', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignor"
        "es=[])" },
    { "exec", 0,
        "try:\n  pass\nexcept*:\n  pass",
        "ERROR SyntaxError|expected one or more exception types|3|8" },
    { "exec", 0,
        "try:\n  pass\nexcept*:\n  pass\nexcept* ValueError:\n  pass",
        "ERROR SyntaxError|expected one or more exception types|3|8" },
    { "exec", 0,
        "(0x+1)",
        "ERROR SyntaxError|invalid hexadecimal literal|1|3" },
    { "exec", 0,
        "x = 0xI",
        "ERROR SyntaxError|invalid hexadecimal literal|1|6" },
    { "exec", 0,
        "0010 + 2",
        "ERROR SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o p"
        "refix for octal integers|1|1" },
    { "exec", 0,
        "x = 32e-+4",
        "ERROR SyntaxError|invalid decimal literal|1|8" },
    { "exec", 0,
        "x = 0o9",
        "ERROR SyntaxError|invalid digit '9' in octal literal|1|7" },
    { "exec", 0,
        "\316\261 = 0xI",
        "ERROR SyntaxError|invalid hexadecimal literal|1|6" },
    { "exec", 0,
        "if 1:\n            def foo():\n                '''\n\n            def bar():\n            "
        "    pass\n\n            def baz():\n                '''quux'''\n            ",
        "ERROR SyntaxError|unterminated triple-quoted string literal (detected at line 10)|9|24" },
    { "exec", 0,
        "pass\npass\npass\n(1+)\npass\npass\npass",
        "ERROR SyntaxError|invalid syntax|4|4" },
    { "exec", 0,
        "(1+)",
        "ERROR SyntaxError|invalid syntax|1|4" },
    { "exec", 0,
        "[interesting\nfoo()\n",
        "ERROR SyntaxError|'[' was never closed|1|1" },
    { "exec", 0,
        "f'''\n            {\n            (123_a)\n            }'''",
        "ERROR SyntaxError|invalid decimal literal|3|17" },
    { "exec", 0,
        "f'''\n            {\n            f\"\"\"\n            {\n            (123_a)\n            "
        "}\n            \"\"\"\n            }'''",
        "ERROR SyntaxError|invalid decimal literal|5|17" },
    { "exec", 0,
        "f\"\"\"\n\n\n            {\n            6\n            0=\"\"\"",
        "ERROR SyntaxError|f-string: invalid syntax. Perhaps you forgot a comma\077|5|13" },
    { "exec", 0,
        "x = [(yield i) for i in range(3)]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Yield(value=Na"
        "me(id='i', ctx=Load())), generators=[comprehension(target=Name(id='i', ctx=Store()), iter="
        "Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is"
        "_async=0)]))], type_ignores=[])" },
    { "exec", 0,
        "def f():\n  from _ import *",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[ImportFrom(module='_', names=[alias(name='*')], level="
        "0)], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f(x, x):\n  pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x'), arg("
        "arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])]"
        ", type_ignores=[])" },
    { "exec", 0,
        "{i for i in range(5) if (j := 0) for j in range(5)}",
        "Module(body=[Expr(value=SetComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(ta"
        "rget=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constan"
        "t(value=5)], keywords=[]), ifs=[NamedExpr(target=Name(id='j', ctx=Store()), value=Constant"
        "(value=0))], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Call(func=N"
        "ame(id='range', ctx=Load()), args=[Constant(value=5)], keywords=[]), ifs=[], is_async=0)])"
        ")], type_ignores=[])" },
    { "exec", 0,
        "def f(x):\n  nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])"
        "], type_ignores=[])" },
    { "exec", 0,
        "def f(x):\n  x = 1\n  global x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwo"
        "nlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())]"
        ", value=Constant(value=1)), Global(names=['x'])], decorator_list=[])], type_ignores=[])" },
    { "exec", 0,
        "def f():\n  global x\n  nonlocal x",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=[Global(names=['x']), Nonlocal(names=['x'])], decorator"
        "_list=[])], type_ignores=[])" },
    { "exec", 0,
        "from __future__ import doesnt_exist",
        "Module(body=[ImportFrom(module='__future__', names=[alias(name='doesnt_exist')], level=0)]"
        ", type_ignores=[])" },
    { "exec", 0,
        "from __future__ import braces",
        "Module(body=[ImportFrom(module='__future__', names=[alias(name='braces')], level=0)], type"
        "_ignores=[])" },
    { "exec", 0,
        "x=1\nfrom __future__ import division",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), ImportF"
        "rom(module='__future__', names=[alias(name='division')], level=0)], type_ignores=[])" },
    { "exec", 0,
        "foo(1=2)",
        "ERROR SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\077|1|5" },
    { "exec", 0,
        "def f():\n  x, y: int",
        "ERROR SyntaxError|only single target (not tuple) can be annotated|2|3" },
    { "exec", 0,
        "[*x for x in xs]",
        "ERROR SyntaxError|iterable unpacking cannot be used in comprehension|1|2" },
    { "exec", 0,
        "foo(x for x in range(10), 100)",
        "ERROR SyntaxError|Generator expression must be parenthesized|1|5" },
    { "exec", 0,
        "for 1 in []: pass",
        "ERROR SyntaxError|cannot assign to literal|1|5" },
    { "exec", 0,
        "(yield i) = 2",
        "ERROR SyntaxError|cannot assign to yield expression here. Maybe you meant '==' instead of "
        "'='\077|1|2" },
    { "exec", 0,
        "def f(*):\n  pass",
        "ERROR SyntaxError|named arguments must follow bare *|1|7" },
    { "exec", 0,
        "print(\"a\"\nx = 1",
        "ERROR SyntaxError|'(' was never closed|1|6" },
    { "exec", 0,
        "print(\"hello\"))",
        "ERROR SyntaxError|unmatched ')'|1|15" },
    { "exec", 0,
        "if x == 1\n    print(x)",
        "ERROR SyntaxError|expected ':'|1|10" },
    { "exec", 0,
        "def f(x)\n    return x",
        "ERROR SyntaxError|expected ':'|1|9" },
    { "exec", 0,
        "for i in range(10)\n    print(i)",
        "ERROR SyntaxError|expected ':'|1|19" },
    { "exec", 0,
        "x = [1, 2, 3\ny = 4",
        "ERROR SyntaxError|'[' was never closed|1|5" },
    { "exec", 0,
        "d = {'a': 1, 'b': 2",
        "ERROR SyntaxError|'{' was never closed|1|5" },
    { "exec", 0,
        "x = 'hello",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|5" },
    { "exec", 0,
        "print 'hello'",
        "ERROR SyntaxError|Missing parentheses in call to 'print'. Did you mean print(...)\077|1|1" },
    { "exec", 0,
        "if x = 5:\n    pass",
        "ERROR SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\077|1|4" },
    { "exec", 0,
        "def f():\nreturn 1",
        "ERROR IndentationError|expected an indented block after function definition on line 1|2|1" },
    { "exec", 0,
        "def f():\n    x = 1\n   y = 2",
        "ERROR IndentationError|unindent does not match any outer indentation level|3|9" },
    { "exec", 0,
        "class A:\n    def f(self):\n        pass\n      def g(self):\n        pass",
        "ERROR IndentationError|unindent does not match any outer indentation level|4|19" },
    { "exec", 0,
        "import",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "from os import",
        "ERROR SyntaxError|invalid syntax|1|15" },
    { "exec", 0,
        "x = (1, 2",
        "ERROR SyntaxError|'(' was never closed|1|5" },
    { "exec", 0,
        "f(a, b",
        "ERROR SyntaxError|'(' was never closed|1|2" },
    { "exec", 0,
        "while True print(1)",
        "ERROR SyntaxError|invalid syntax|1|12" },
    { "exec", 0,
        "x = 3 ++ 4",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=3"
        "), op=Add(), right=UnaryOp(op=UAdd(), operand=Constant(value=4))))], type_ignores=[])" },
    { "exec", 0,
        "x === 4",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "x = !y",
        "ERROR SyntaxError|invalid syntax|1|5" },
    { "exec", 0,
        "a = b \077 c : d",
        "ERROR SyntaxError|invalid syntax|1|7" },
    { "exec", 0,
        "x = {'a' 'b': 1}",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='"
        "ab')], values=[Constant(value=1)]))], type_ignores=[])" },
    { "exec", 0,
        "x = [1 2 3]",
        "ERROR SyntaxError|invalid syntax. Perhaps you forgot a comma\077|1|6" },
    { "exec", 0,
        "lambda x: yield x",
        "ERROR SyntaxError|invalid syntax|1|11" },
    { "exec", 0,
        "x = 1_000_",
        "ERROR SyntaxError|invalid decimal literal|1|10" },
    { "exec", 0,
        "s = \"abc\" \"def",
        "ERROR SyntaxError|unterminated string literal (detected at line 1)|1|11" },
    { "exec", 0,
        "for x in range(3):\n    pass\n  else:\n    pass",
        "ERROR IndentationError|unindent does not match any outer indentation level|3|8" },
    { "exec", 0,
        "try:\n    pass",
        "ERROR SyntaxError|expected 'except' or 'finally' block|2|9" },
    { "exec", 0,
        "with open('f') as f\n    pass",
        "ERROR SyntaxError|expected ':'|1|20" },
    { "exec", 0,
        "if True:\n    x = 1\n        y = 2",
        "ERROR IndentationError|unexpected indent|3|8" },
    { "exec", 0,
        "x = f(1, 2,, 3)",
        "ERROR SyntaxError|invalid syntax|1|12" },
    { "exec", 0,
        "def f(**kwargs, *args): pass",
        "ERROR SyntaxError|arguments cannot follow var-keyword argument|1|17" },
    { "exec", 0,
        "x += 1 += 2",
        "ERROR SyntaxError|invalid syntax|1|8" },
    { "exec", 0,
        "async def f():\n    await",
        "ERROR SyntaxError|invalid syntax|2|10" },
    { "exec", 0,
        "print(f\"{x!}\")",
        "ERROR SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|14" },
    { "exec", 0,
        "print(f\"{x:{y}\")",
        "ERROR SyntaxError|f-string: expecting '}'|1|16" },
    { "exec", 0,
        "nonlocal = 1",
        "ERROR SyntaxError|invalid syntax|1|10" },
    { "exec", 0,
        "x.1 = 2",
        "ERROR SyntaxError|invalid syntax|1|2" },
    { "exec", 0,
        "obj.method(\n    arg1,\n    arg2",
        "ERROR SyntaxError|'(' was never closed|1|11" },
    { "exec", 0,
        "if x:\n    pass\nelif:\n    pass",
        "ERROR SyntaxError|invalid syntax|3|5" },
    { "exec", 0,
        "def f():\n    '''docstring",
        "ERROR SyntaxError|unterminated triple-quoted string literal (detected at line 2)|2|5" },
    { "exec", 0,
        "x = [i for i in]",
        "ERROR SyntaxError|invalid syntax|1|16" },
    { "exec", 0,
        "x = 5 if y",
        "ERROR SyntaxError|expected 'else' after 'if' expression|1|5" },
    { "exec", 0,
        "import a.b.",
        "ERROR SyntaxError|invalid syntax|1|12" },
    { "exec", 0,
        "from . import *",
        "Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])" },
    { "exec", 0,
        "class A(object:\n    pass\n",
        "ERROR SyntaxError|invalid syntax|1|15" },
};

static int failures = 0;
static int checks = 0;

#define CHECK(cond, ...)                                                     \
    do {                                                                     \
        checks++;                                                            \
        if (!(cond)) {                                                       \
            failures++;                                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                      \
            printf(__VA_ARGS__);                                             \
            printf("\n");                                                    \
        }                                                                    \
    } while (0)

static FtMod *parse_mode(FtArena *a, const char *mode, const char *src, size_t len,
                         FtSyntaxError *err)
{
    if (strcmp(mode, "eval") == 0)
        return ft_parse_expression(a, src, len, "<test>", err);
    if (strcmp(mode, "single") == 0)
        return ft_parse_interactive(a, src, len, "<test>", err);
    return ft_parse_module(a, src, len, "<test>", err);
}

/* Dump text or "ERROR kind|msg|line|offset" (malloc'd). */
static char *run_case(const char *mode, int attrs, const char *src, size_t len)
{
    FtArena *a = ft_arena_new();
    FtSyntaxError err;
    FtMod *m = parse_mode(a, mode, src, len, &err);
    char *out;
    if (!m) {
        size_t n = strlen(err.msg) + 128;
        out = malloc(n);
        snprintf(out, n, "ERROR %s|%s|%d|%d", err.kind, err.msg, err.lineno, err.col_offset);
    } else {
        char *d = attrs ? ft_ast_dump_attrs(a, m) : ft_ast_dump(a, m);
        out = strdup(d ? d : "(null)");
    }
    ft_arena_free(a);
    return out;
}

static void test_table(void)
{
    size_t n = sizeof(ft_cases) / sizeof(ft_cases[0]);
    for (size_t i = 0; i < n; i++) {
        const FtCase *c = &ft_cases[i];
        char *got = run_case(c->mode, c->attrs, c->src, strlen(c->src));
        checks++;
        if (strcmp(got, c->expect) != 0) {
            failures++;
            printf("FAIL case %zu (%s): %s\n  expected: %.400s\n  got:      %.400s\n", i,
                   c->mode, c->src, c->expect, got);
        }
        free(got);
    }
}

static void write_snippets(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t n = sizeof(ft_cases) / sizeof(ft_cases[0]);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputs("\n===\n", f);
        if (strcmp(ft_cases[i].mode, "exec") != 0)
            fprintf(f, "#mode:%s\n", ft_cases[i].mode);
        fputs(ft_cases[i].src, f);
    }
    fclose(f);
}

/* ---- direct checks ---- */

static FtMod *parse_ok(FtArena *a, const char *src, size_t len)
{
    FtSyntaxError err;
    FtMod *m = ft_parse_module(a, src, len, "<t>", &err);
    CHECK(m != NULL, "parse failed for %s: %s", src, m ? "" : err.msg);
    return m;
}

static FtExpr *first_value(FtMod *m)
{
    FtStmt *s = m->body.items[0];
    if (s->kind == FT_STMT_EXPR)
        return s->v.Expr.value;
    if (s->kind == FT_STMT_ASSIGN)
        return s->v.Assign.value;
    return NULL;
}

static void test_constants(void)
{
    FtArena *a = ft_arena_new();
    FtMod *m;
    FtExpr *e;

    m = parse_ok(a, "0x_dead_BEEF", 12);
    e = first_value(m);
    CHECK(e && e->kind == FT_EXPR_CONSTANT && e->v.Constant.kind == FT_CONST_INT, "int kind");
    CHECK(e->v.Constant.v.i.base == 16 && strcmp(e->v.Constant.v.i.digits, "deadBEEF") == 0,
          "hex digits '%s'", e->v.Constant.v.i.digits);

    const char *big = "123456789012345678901234567890123456789";
    m = parse_ok(a, big, strlen(big));
    e = first_value(m);
    CHECK(e->v.Constant.v.i.base == 10 && strcmp(e->v.Constant.v.i.digits, big) == 0, "big int");

    m = parse_ok(a, "0b1_01 + 0o7_7 + 00_0", 21);
    e = first_value(m);
    CHECK(e->kind == FT_EXPR_BINOP, "binop");
    FtExpr *l = e->v.BinOp.left->v.BinOp.left;
    CHECK(l->v.Constant.v.i.base == 2 && strcmp(l->v.Constant.v.i.digits, "101") == 0, "bin");
    FtExpr *r = e->v.BinOp.right;
    CHECK(r->v.Constant.v.i.base == 10 && strcmp(r->v.Constant.v.i.digits, "0") == 0, "zeros");

    m = parse_ok(a, "1_0.2_5e-1_0", 12);
    e = first_value(m);
    CHECK(e->v.Constant.kind == FT_CONST_FLOAT && e->v.Constant.v.f == 10.25e-10, "float");
    m = parse_ok(a, "1e400", 5);
    CHECK(isinf(first_value(m)->v.Constant.v.f), "float overflow -> inf");
    m = parse_ok(a, "2.5J", 4);
    e = first_value(m);
    CHECK(e->v.Constant.kind == FT_CONST_COMPLEX && e->v.Constant.v.imag == 2.5, "complex");

    m = parse_ok(a, "'a\\x00b' 'c'", 12);
    e = first_value(m);
    CHECK(e->v.Constant.kind == FT_CONST_STR && e->v.Constant.v.s.len == 4 &&
          memcmp(e->v.Constant.v.s.data, "a\0bc", 4) == 0, "str with NUL + concat");
    m = parse_ok(a, "'\\ud800'", 8);
    e = first_value(m);
    CHECK(e->v.Constant.v.s.len == 3 && memcmp(e->v.Constant.v.s.data, "\355\240\200", 3) == 0,
          "lone surrogate as generalized UTF-8");
    m = parse_ok(a, "'\\U0001F600\\N{EM DASH}'", 23);
    e = first_value(m);
    CHECK(e->v.Constant.v.s.len == 7 &&
          memcmp(e->v.Constant.v.s.data, "\360\237\230\200\342\200\224", 7) == 0, "\\U and \\N");
    m = parse_ok(a, "b'\\xff\\777' rb'\\n'", 18);
    e = first_value(m);
    CHECK(e->v.Constant.kind == FT_CONST_BYTES && e->v.Constant.v.s.len == 4 &&
          memcmp(e->v.Constant.v.s.data, "\377\377\\n", 4) == 0, "bytes");
    m = parse_ok(a, "u'x'", 4);
    CHECK(first_value(m)->v.Constant.is_u == 1, "u prefix");
    m = parse_ok(a, "None, True, False, ...", 22);
    e = first_value(m);
    CHECK(e->kind == FT_EXPR_TUPLE && e->v.Tuple.elts.n == 4 &&
          e->v.Tuple.elts.items[0]->v.Constant.kind == FT_CONST_NONE &&
          e->v.Tuple.elts.items[1]->v.Constant.kind == FT_CONST_TRUE &&
          e->v.Tuple.elts.items[2]->v.Constant.kind == FT_CONST_FALSE &&
          e->v.Tuple.elts.items[3]->v.Constant.kind == FT_CONST_ELLIPSIS, "singletons");
    m = parse_ok(a, "f'{x!a:>{w}}'", 13);
    e = first_value(m);
    CHECK(e->kind == FT_EXPR_JOINEDSTR && e->v.JoinedStr.values.n == 1, "joinedstr");
    FtExpr *fv = e->v.JoinedStr.values.items[0];
    CHECK(fv->kind == FT_EXPR_FORMATTEDVALUE && fv->v.FormattedValue.conversion == 'a' &&
          fv->v.FormattedValue.format_spec &&
          fv->v.FormattedValue.format_spec->kind == FT_EXPR_JOINEDSTR, "formatted value");
    ft_arena_free(a);
}

static char *dump_of(const char *mode, const char *src, size_t len)
{
    return run_case(mode, 1, src, len);
}

static void test_source_forms(void)
{
    /* BOM, CRLF and lone CR are equivalent to plain LF source */
    const char *plain = "if x:\n    y = '''a\nb'''\nz\n";
    char *ref = dump_of("exec", plain, strlen(plain));
    const char *bom = "\357\273\277if x:\n    y = '''a\nb'''\nz\n";
    char *d1 = dump_of("exec", bom, strlen(bom));
    CHECK(strcmp(ref, d1) == 0, "BOM: %s", d1);
    const char *crlf = "if x:\r\n    y = '''a\r\nb'''\r\nz\r\n";
    char *d2 = dump_of("exec", crlf, strlen(crlf));
    CHECK(strcmp(ref, d2) == 0, "CRLF: %s", d2);
    const char *cr = "if x:\r    y = '''a\rb'''\rz\r";
    char *d3 = dump_of("exec", cr, strlen(cr));
    CHECK(strcmp(ref, d3) == 0, "CR: %s", d3);
    free(ref);
    free(d1);
    free(d2);
    free(d3);

    /* latin-1 coding declaration is transcoded */
    const char *l1 = "# -*- coding: latin-1 -*-\nx = '\351'\n";
    char *d4 = run_case("exec", 0, l1, strlen(l1));
    CHECK(strstr(d4, "Constant(value='\\xe9')") != NULL, "latin-1: %s", d4);
    free(d4);
    const char *bad = "x = '\351'\n";
    char *d5 = run_case("exec", 0, bad, strlen(bad));
    CHECK(strncmp(d5, "ERROR SyntaxError|Non-UTF-8 code starting with '\\xe9'", 52) == 0,
          "bad utf-8: %s", d5);
    free(d5);
    const char *nul = "x = 1\0\n";
    char *d6 = run_case("exec", 0, nul, 7);
    CHECK(strstr(d6, "null bytes") != NULL, "NUL: %s", d6);
    free(d6);
    const char *koi = "# coding: koi8-r\nx = 1\n";
    char *d7 = run_case("exec", 0, koi, strlen(koi));
    CHECK(strstr(d7, "not supported") != NULL, "koi8-r: %s", d7);
    free(d7);
    /* no trailing newline, trailing whitespace, form feed */
    const char *nonl = "if x:\n  y\n  ";
    char *d8 = run_case("exec", 0, nonl, strlen(nonl));
    CHECK(strncmp(d8, "Module(body=[If(", 16) == 0, "no newline: %s", d8);
    free(d8);
    /* source need not be NUL-terminated: parse a prefix of a buffer */
    const char *pre = "x = 1 + 2 garbage";
    char *d9 = run_case("exec", 0, pre, 9);
    CHECK(strstr(d9, "BinOp") != NULL, "prefix: %s", d9);
    free(d9);
}

static int toy_names(void *ctx, const char *name, size_t len, unsigned long *cp)
{
    (void)ctx;
    if (len == 6 && memcmp(name, "DAGGER", 6) == 0) {
        *cp = 0x2020;
        return 1;
    }
    return 0;
}

static void test_options(void)
{
    FtArena *a = ft_arena_new();
    FtSyntaxError err;
    FtParseOptions opts;
    memset(&opts, 0, sizeof opts);
    opts.unicode_name = toy_names;
    const char *src = "'\\N{DAGGER}'";
    FtMod *m = ft_parse_ex(a, src, strlen(src), "o.py", FT_MOD_MODULE, &opts, &err);
    CHECK(m && first_value(m)->v.Constant.v.s.len == 3 &&
          memcmp(first_value(m)->v.Constant.v.s.data, "\342\200\240", 3) == 0, "\\N resolver");
    m = ft_parse_ex(a, src, strlen(src), "o.py", FT_MOD_MODULE, NULL, &err);
    CHECK(!m && strstr(err.msg, "not supported") != NULL, "\\N without resolver: %s", err.msg);
    const char *bad = "'\\N{NO SUCH NAME}'";
    m = ft_parse_ex(a, bad, strlen(bad), "o.py", FT_MOD_MODULE, &opts, &err);
    CHECK(!m && strstr(err.msg, "unknown Unicode character name") != NULL, "unknown: %s",
          err.msg);
    m = ft_parse_ex(a, "1 + 2\n", 6, "o.py", FT_MOD_EXPRESSION, NULL, &err);
    CHECK(m && m->kind == FT_MOD_EXPRESSION && m->expr->kind == FT_EXPR_BINOP, "eval mode");
    m = ft_parse_ex(a, "x = 1\n", 6, "o.py", FT_MOD_INTERACTIVE, NULL, &err);
    CHECK(m && m->kind == FT_MOD_INTERACTIVE && m->body.n == 1, "single mode");
    CHECK(ft_arena_used(a) > 0, "arena accounting");
    ft_arena_free(a);
}

static void test_error_record(void)
{
    FtArena *a = ft_arena_new();
    FtSyntaxError err;
    const char *src = "def f():\n    return (1,\n        2 3)\n";
    FtMod *m = ft_parse_module(a, src, strlen(src), "mod.py", &err);
    CHECK(m == NULL, "error expected");
    CHECK(strcmp(err.kind, "SyntaxError") == 0, "kind %s", err.kind);
    CHECK(strcmp(err.msg, "invalid syntax. Perhaps you forgot a comma?") == 0, "msg %s", err.msg);
    CHECK(err.lineno == 3 && err.col_offset == 9 && err.end_lineno == 3 && err.end_offset == 12,
          "loc %d %d %d %d", err.lineno, err.col_offset, err.end_lineno, err.end_offset);
    CHECK(err.filename && strcmp(err.filename, "mod.py") == 0, "filename");

    /* offsets count code points, not bytes */
    const char *u = "x = '\303\251\303\251' +\n";
    m = ft_parse_module(a, u, strlen(u), "u.py", &err);
    CHECK(!m && err.lineno == 1 && err.col_offset == 11, "unicode offset %d", err.col_offset);

    const char *tab = "if x:\n\ty\n        z\n";
    m = ft_parse_module(a, tab, strlen(tab), "t.py", &err);
    CHECK(!m && strcmp(err.kind, "TabError") == 0, "TabError: %s", err.kind);

    const char *ind = "if x:\n  a\n b\n";
    m = ft_parse_module(a, ind, strlen(ind), "i.py", &err);
    CHECK(!m && strcmp(err.kind, "IndentationError") == 0 &&
          strcmp(err.msg, "unindent does not match any outer indentation level") == 0,
          "dedent: %s", err.msg);

    /* a tokenizer error later in the file wins over a parse error */
    const char *late = "x = = 1\ny = 'abc\n";
    m = ft_parse_module(a, late, strlen(late), "l.py", &err);
    CHECK(!m && err.lineno == 2 && strncmp(err.msg, "unterminated string", 19) == 0,
          "late tokenizer error: %d %s", err.lineno, err.msg);
    ft_arena_free(a);
}

static void test_limits(void)
{
    /* deep input must produce errors, never crash */
    size_t n = 100000;
    char *buf = malloc(3 * n + 16);
    const char *pats[] = { "(", "-", "not ", "[", "a.", "f()", "lambda:", "~", "await " };
    for (size_t k = 0; k < sizeof pats / sizeof pats[0]; k++) {
        size_t pl = strlen(pats[k]), o = 0;
        while (o + pl < 3 * n) {
            memcpy(buf + o, pats[k], pl);
            o += pl;
        }
        buf[o++] = 'x';
        FtArena *a = ft_arena_new();
        FtSyntaxError err;
        FtMod *m = ft_parse_module(a, buf, o, "deep.py", &err);
        CHECK(m == NULL, "deep '%s' should fail", pats[k]);
        ft_arena_free(a);
    }
    /* long elif chains nest too */
    {
        size_t o = 0;
        memcpy(buf, "if a: pass\n", 11);
        o = 11;
        while (o + 13 < 3 * n) {
            memcpy(buf + o, "elif b: pass\n", 13);
            o += 13;
        }
        char *d = run_case("exec", 0, buf, o);
        CHECK(strncmp(d, "ERROR RecursionError|", 21) == 0, "elif chain: %.80s", d);
        free(d);
    }
    /* 200 levels of brackets is CPython's limit */
    size_t o = 0;
    for (int i = 0; i < 201; i++)
        buf[o++] = '(';
    buf[o++] = '1';
    for (int i = 0; i < 201; i++)
        buf[o++] = ')';
    char *d = run_case("exec", 0, buf, o);
    CHECK(strstr(d, "too many nested parentheses") != NULL, "201 parens: %.80s", d);
    free(d);
    o = 0;
    for (int i = 0; i < 200; i++)
        buf[o++] = '[';
    for (int i = 0; i < 200; i++)
        buf[o++] = ']';
    d = run_case("exec", 0, buf, o);
    CHECK(strncmp(d, "Module(", 7) == 0, "200 brackets: %.80s", d);
    free(d);
    /* long flat constructs are fine */
    o = 0;
    memcpy(buf, "x = [", 5);
    o = 5;
    for (size_t i = 0; i < n; i++) {
        memcpy(buf + o, "1,", 2);
        o += 2;
    }
    buf[o++] = ']';
    d = run_case("exec", 0, buf, o);
    CHECK(strncmp(d, "Module(", 7) == 0, "long list");
    free(d);
    free(buf);
}

/* ---- robustness ---- */

static const char *const samples[] = {
    "import os, sys as s\nfrom . import (a, b,)\n@dec(1)\nclass C(B, metaclass=M):\n"
    "    '''doc'''\n    x: int = 1\n    async def m(self, a, /, b=2, *c, d, **e) -> 'C':\n"
    "        async with a as (b, c), d:\n            await x\n"
    "        return [i ** 2 for i in range(10) if i % 2 if not i]\n"
    "def g():\n    global q\n    try:\n        yield from q\n    except (A, B) as e:\n"
    "        raise E from e\n    except C:\n        pass\n    else:\n        pass\n"
    "    finally:\n        del q[0], q.a\n    while (n := len(q)) > 0:\n        q -= 1\n"
    "    else:\n        break\n    for i, *j in k: continue\n    lambda x, *, y=1: x if y else -y\n",
    "x = f'{a!r:>{w}} {b=} {{}} {c:{d}.{e}f}' u'\\N{BULLET}\\u00e9'; x2 = rb'\\x00' B''\n"
    "y = {**a, 'b': [*c, *d], (e, f): {g, h}}\nz = a[1:2, ::3, ...], b @ c // d ** -e\n"
    "match p:\n    case [1, *r] | {'k': v, **kw} | Point(x=0, y=_) as q if q:\n        pass\n"
    "    case -1 + 2j | None | 'a' 'b' | a.b:\n        pass\n"
    "if a: b\nelif c: d\nelse: e\nwith (a as b, c):\n    pass\nassert x, 'm'\n"
    "s = '''multi\nline''' \\\n    + \"x\"\n",
};

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;
static unsigned long long rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void parse_discard(const char *src, size_t len)
{
    FtArena *a = ft_arena_new();
    FtSyntaxError err;
    FtMod *m = ft_parse_module(a, src, len, "fuzz.py", &err);
    if (m)
        (void)ft_ast_dump_attrs(a, m);
    else
        CHECK(err.kind != NULL && err.msg[0] != '\0', "error without message");
    ft_arena_free(a);
    a = ft_arena_new();
    (void)ft_parse_expression(a, src, len, "fuzz.py", &err);
    ft_arena_free(a);
}

static void fuzz_buffer(const char *src, size_t n, int mutations)
{
    static const char frag[] = "()[]{}:=,;.*+-/\\\n\t 'a\"f{}x1e0j#@!<>|&^%~bru\"\"\"'''\r";
    size_t step = n > 4000 ? n / 2000 : 1;
    for (size_t k = 0; k <= n; k += step) {
        char *c = malloc(k + 1);
        memcpy(c, src, k);
        parse_discard(c, k);     /* exact-size buffer: catches over-reads */
        free(c);
    }
    for (int r = 0; r < mutations; r++) {
        char *c = malloc(n + 1);
        memcpy(c, src, n);
        size_t m = n;
        int edits = 1 + (int)(rng() % 8);
        for (int e = 0; e < edits && m > 0; e++) {
            size_t pos = rng() % m;
            switch (rng() % 3) {
            case 0: c[pos] = frag[rng() % (sizeof frag - 1)]; break;
            case 1: c[pos] = (char)(rng() & 0xff); break;
            default: memmove(c + pos, c + pos + 1, m - pos - 1); m--; break;
            }
        }
        parse_discard(c, m);
        free(c);
    }
}

static void test_fuzz(int argc, char **argv, int quick)
{
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        fuzz_buffer(samples[i], strlen(samples[i]), quick ? 200 : 2000);
    size_t n = sizeof(ft_cases) / sizeof(ft_cases[0]);
    for (size_t i = 0; i < n; i++)
        fuzz_buffer(ft_cases[i].src, strlen(ft_cases[i].src), quick ? 2 : 20);
    for (int i = 0; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            failures++;
            continue;
        }
        fseek(f, 0, SEEK_END);
        long len = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)len + 1);
        size_t got = fread(buf, 1, (size_t)len, f);
        fclose(f);
        /* a given file must parse (bench programs are valid Python) */
        FtArena *a = ft_arena_new();
        FtSyntaxError err;
        CHECK(ft_parse_module(a, buf, got, argv[i], &err) != NULL, "%s: %s line %d", argv[i],
              err.msg, err.lineno);
        ft_arena_free(a);
        fuzz_buffer(buf, got, quick ? 30 : 200);
        free(buf);
    }
}

/* ---- threads ---- */

typedef struct {
    const char *expect[2];
    int ok;
} FtThreadArg;

static void *thread_main(void *arg)
{
    FtThreadArg *ta = arg;
    ta->ok = 1;
    for (int it = 0; it < 200; it++) {
        for (int k = 0; k < 2; k++) {
            char *d = run_case("exec", 1, samples[k], strlen(samples[k]));
            if (strcmp(d, ta->expect[k]) != 0)
                ta->ok = 0;
            free(d);
        }
    }
    return NULL;
}

static void test_threads(void)
{
    FtThreadArg args[8];
    pthread_t th[8];
    char *ref0 = run_case("exec", 1, samples[0], strlen(samples[0]));
    char *ref1 = run_case("exec", 1, samples[1], strlen(samples[1]));
    CHECK(strncmp(ref0, "Module(", 7) == 0, "sample 0: %.200s", ref0);
    CHECK(strncmp(ref1, "Module(", 7) == 0, "sample 1: %.200s", ref1);
    for (int i = 0; i < 8; i++) {
        args[i].expect[0] = ref0;
        args[i].expect[1] = ref1;
        pthread_create(&th[i], NULL, thread_main, &args[i]);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        CHECK(args[i].ok, "thread %d saw a different tree", i);
    }
    free(ref0);
    free(ref1);
}

int main(int argc, char **argv)
{
    int quick = 0;
    int first_file = 1;
    for (; first_file < argc; first_file++) {
        if (strcmp(argv[first_file], "--quick") == 0) {
            quick = 1;
        } else if (strcmp(argv[first_file], "--snippets") == 0 && first_file + 1 < argc) {
            write_snippets(argv[++first_file]);
            return 0;
        } else {
            break;
        }
    }
    test_table();
    test_constants();
    test_source_forms();
    test_error_record();
    test_options();
    test_limits();
    test_threads();
    test_fuzz(argc - first_file, argv + first_file, quick);
    printf("%d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
