# f-string '=' debugging specifier
x = 10
name = 'Ann'
pi = 3.14159
lst = [1, 2]
print(f'{x=}')
print(f'{x = }')
print(f'{x=:>5}')
print(f'{name=}', f'{name=!s}', f'{name=!r}')
print(f'{pi=:.2f}')
print(f'{x + 1=}', f'{x*2 = }', f'{len(lst)=}')
print(f'{lst=}', f'{lst[0]=}')
print(f'{x=}{name=}')
print(f'{"lit"=}')
class V:
    def __repr__(self):
        return 'V()'
    def __str__(self):
        return 'v-str'
v = V()
print(f'{v=}', f'{v=!s}', f'{v}')
