# Formatting a sales report: alignment, thousands separators, percents, padding.
records = [
    ("Widget", 1234, 3.5),
    ("Gadget", 56, 129.99),
    ("Doohickey", 100000, 0.07),
    ("Thingamajig", 0, 15.0),
    ("Sprocket", -42, 2.25),
]
header = f"{'Item':<12}|{'Qty':>8}|{'Price':>10}|{'Total':>14}|{'Share':>7}"
print(header)
print("-" * len(header))
grand = sum(q * p for _, q, p in records)
for name, qty, price in records:
    total = qty * price
    share = total / grand
    print(f"{name:<12.10}|{qty:>8,}|{price:>10.2f}|{total:>14,.2f}|{share:>7.1%}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{sum(r[1] for r in records):>8_}|{'':>10}|{grand:>14,.2f}|{1:>7.0%}")
print()
for v in [0, 1, -1, 255, 65535, 2**40, -2**70]:
    print(f"{v:>6d} {v:#x} {v:#o} {v:#b} {v:+,} {v:_x} {v:08X}" if abs(v) < 2**20 else f"{v:,} {v:#x} {v:e}")
for x in [0.0, -0.0, 1.5, 2.675, 1e-7, 123456789.123, 1e22, float('inf'), float('nan'), -1.25e-300]:
    print(f"{x!r:>22} {x:g} {x:.3e} {x:12.4f} {x:+.2%} {x:E}")
print("{:*^20}|{:-<10}|{:>+8.3f}".format("center", "left", 3.14159))
print("{0}{1}{0}".format("ab", "cd"), "{name:>{width}}".format(name="x", width=5))
print("{:{fill}{align}{w}}".format("mid", fill="~", align="^", w=11))
print("%-10s|%5d|%08.3f|%x|%o|%e|%c|%%|%r" % ("pct", 42, 3.14159, 255, 8, 12345.678, 65, "q"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%5.1f%%" % 99.44, "%+d %+d" % (5, -5), "% d" % 7, "%.3s" % "abcdef", "%*d" % (6, 42))
print(format(1234567.891, ",.2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(round(2.675, 2), round(0.125, 2), round(1234.5), round(-0.5), round(12345, -2), round(1.23456, 3))
print(f"{3+4j}", f"{1.5:10}", f"{'s':3}|", f"{10:3}|", f"{True}", f"{True:>5}", f"{None!s:>6}")
print(f"{12.0:n}", f"{1e16:g}", f"{1e15:g}", f"{123.456:.2g}", f"{0.0001:g}", f"{100:.2e}")
print(f"{1/3:.15f}", f"{2/3}", 1/3, 0.1 + 0.2, 1e16, 1.0e-5, 123456789012345678.0)
width, prec = 10, 3
print(f"[{3.14159265:{width}.{prec}f}]", f"[{'txt':^{width}}]")
print(f"{'nested {braces}'}", f"{{literal}}", f"{ 1 + 1 = }", f"{width=}", f"{prec!r:>4}")
table = [["a", 1, 2.5], ["bbbb", 22, 0.125], ["cc", 333, 10.0]]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).rjust(w) if not isinstance(c, str) else c.ljust(w) for c, w in zip(row, widths)))
