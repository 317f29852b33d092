# f-strings with nested format specs and computed widths
val = 3.14159265
for w in (8, 10, 12):
    for p in (1, 3):
        print(f'[{val:{w}.{p}f}]', f'[{val:<{w}.{p}}]', f'[{val:^{w}.{p}e}]')
fill, align, width = '*', '>', 9
print(f'[{"hi":{fill}{align}{width}}]')
table = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
cw = max(len(r[0]) for r in table)
for name, price, qty in table:
    print(f'{name:<{cw}} | {price:>6.2f} | {qty:>3d} | {price * qty:>{cw - 2},.2f}')
spec = '>+10.3f'
print(f'[{val:{spec}}]', f'[{-val:{spec}}]')
print(f'[{42:{"#"}{"x"}}]', f'[{255:{"#0"}{10}{"x"}}]')
print(f"[{'text':{'^'}{len('text') + 6}}]")
n = 5
print(f'{n:0{n}d}', f'{"x" * n:.{n - 2}}')
print(f'{[f"{i:02}" for i in range(3)]}')
