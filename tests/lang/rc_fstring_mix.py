x, y, name = 3, 4.5, "Ann"
d = {"k": [1, 2], "n": {"m": "deep"}}
print(f"{d['k'][1]}|{d['n']['m']!r}|{d}|{y:{x}}|{x!a}")
print(f"{'a' 'b'}", f"{x:>{x}}", f"{y:.{x}f}", f"{name[0]}{name[-1]}", f"{x}{{}}{y}", f"{{{x}}}")
print(f"{(lambda q: q * 2)(x)}", f"{[i for i in range(x)]}", f"{x, y}")
print(f"{x=:>5}", f"{name=!r}", f"{ x = }", f"{x+y=:.1f}", f"{d['k']=}")
print(f'{"double" + "quote"}', f"{'single'}", f'''{"tri" + 'ple'}''', f"""{x
+ 1}""")
print(f"{3.14159:.2f}" f"{'!'}" "plain" f"{x}", rf"\n{x}\t", fr"{x}\d", Rb"\x" if False else "")
print(f"{x:#{'x'}}", f"{255:#0{10}x}", f"{name:*^{x * 3}}", f"{1e6:,.0f}")
print(f"{name!s:{'>'}10}", f"{'%s' % name}", f"{x if x else y}", f"{not x}", f"{x < y}")
nested = f"outer {f'inner {x}'} end"
print(nested)
print("\x41\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}\101\0".encode(), '\'', "\"", '''a'b"c''', """x""y""")
print(r"\d+\s*", r'\'', len(r"\\"), "a\
b", 'tab\tend', "bell\a"[-1] == "\x07", "\8" if False else "")
print(u"unicode prefix", b"b" + B"B", br"\n", RB"\t", len(b"\n"), len(br"\n"))
s = "multi" \
    "line"
print(s, ("implicit"
          " concat"), 'x' 'y' "z")
print(1if x else 2, [1for _ in "ab"], 0x1fe, 0o777, 1_0.0_1, 1e1_0, 0.0e-0)
print(f"{'{'}", f"{'}'}", "{}".format("{}"), "{{}}".format(), "%%s" % ())
