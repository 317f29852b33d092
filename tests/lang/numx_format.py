# format() / f-strings / str.format for int and float: fill, align, sign,
# '#', '0', width, grouping, precision and every presentation type.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for spec in ["", "d", ",", "_", "+", " ", "=+10", "*^12", "<8", ">8", "08", "#x", "#X",
             "#o", "#b", "_b", "_x", "x", "o", "c", "e", ".2f", "%", "g", "n", "010,"]:
    for v in [0, 65, -255, 1234567, 10**25, -(10**25)]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            print(repr(spec), v, type(e).__name__ + ":", e)

for spec in ["", "f", ".3f", ",.2f", "e", ".2E", "g", ".3g", "G", "%", ".1%", "10",
             "<10", "^10", "+", " .2f", "z.1f", "#g", "010.2f", "n", "r"]:
    for v in [0.0, -0.0, 1.5, -1234567.891, 1e100, 1e-7, float("inf"), float("nan")]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), v, "ValueError:", e)

show(lambda: format(12, ".2"))
show(lambda: format(12, "z"))
show(lambda: format(12, "q"))
show(lambda: format(1.5, "d"))
show(lambda: format(True, "s"))
show(lambda: format(10**5000, "d"))
show(lambda: len(format(10**5000, "x")))
print(f"{255:#06x} {3.14159:8.3f} {-42:+d} {1e6:,.0f} {True:d} {False}")
print("{:>10}|{:<10}|{:^10}".format(1.25, 2**70, -3))
print("%d %5.2f %x %o %e %g %s %r" % (42, 3.14159, 255, 8, 12345.678, 0.00001234, 2**64, 1.0))
print(str(2**64), repr(-2**64), str(1e16), str(-0.0), ascii(12.5))
