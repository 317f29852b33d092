# f-strings: expressions, format specs, conversions
name = 'World'
n = 42
pi = 3.14159265
items = ['a', 'b']
d = {'k': 'v'}
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2:>6} {n:#x} {n:08b}')
print(f'{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e}')
cafe = 'caf\u00e9'
print(f'{name!r} {name!s} {cafe!a}')
print(f'{items} {items[0]} {d["k"]} {len(items)}')
print(f'{"nested quotes"} {"x" if False else "y"}', f"{'nested'} {d['k']}")
print(f'{{literal braces}} {n}')
print(f'{n if n > 10 else -n}', f'{(lambda x: x * 2)(5)}')
print(f'{", ".join(items)}', f"{'-'.join(['x', 'y'])}")
print(f'{3 + 4}', f"{'single' + 'x'}", f'''{"a" + 'b'}''')
w, p = 12, 3
print(f'{pi:{w}.{p}f}|', f'{name:{"^"}{w}}|', f'{n:{"0"}{w}}')
print(f'''triple {name}''', f"""tri "{n}" """)
print(F'capital F {n}', rf'raw \n {n}', fr'raw2 \t{name}')
print(f'{n!r:>5}', f'{name!r:^11}')
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print(f'{P()} {P():xyz} {P():{w}}')
print(f'{3.0} {1e20} {0.1 + 0.2} {-0.0}')
print(f'{n:,} {10 ** 7:_} {0.5:%}')
print(f'{"a" "b"}', f'{"multi"}' f'{"part"}')
print(f'{n}' + f'{n}', f'')
