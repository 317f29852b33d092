def run(code):
    try:
        exec(code, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
for op in ['/', '//', '%', '**']:
    for a, b in [('1', '0'), ('1.0', '0'), ('1', '0.0'), ('1.0', '0.0'), ('10**30', '0'), ('1j', '0'), ('True', 'False'), ('0', '-1'), ('0.0', '-1'), ('0.0', '-1.5'), ('0j', '-1')]:
        print(a, op, b, end=' -> ')
        run(f"x = {a}\ny = {b}\nprint(x {op} y)")
        print(a, op + '=', b, end=' -> ')
        run(f"x = {a}\nx {op}= {b}\nprint(x)")
run("print(divmod(1.0, 0.0))")
run("print(divmod(1, 0))")
run("print(divmod(1j, 0))")
run("for i in range(3):\n    x = 10 // (2 - i)\n    print(x)")
run("for i in range(3):\n    x = 10.0 % (2 - i)\n    print(x)")
run("for i in range(3):\n    x = 10 / (2.0 - i)\n    print(x)")
run("x = [1.5, 0.0]\nprint(x[0] / x[1])")
