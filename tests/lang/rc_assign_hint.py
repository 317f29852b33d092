srcs = ["(a := 1) = 2", "(a < b) = 1", "(a) < (b) = 1", "(x if y else z) = 1", "(lambda: 1) = 2", "(not a) = 1", "(a and b) = 1",
        "(*a) = 1", "a := 1 = 2", "(yield) = 1", "((a < b)) = 1", "f(a < b = 1)", "x = (a, b) = 3 = 4", "[a < b] = 1",
        "a + 1 = 2", "a < b = 1", "not a = 1", "-a = 1", "a if b else c = 1", "(a, b < c) = 1", "{a: b} = 1", "{a} = 1", "f'{x}' = 1", "... = 1", "1 = x"]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset)
