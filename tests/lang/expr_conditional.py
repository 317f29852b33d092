# Conditional expressions
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'

for n in (-5, 0, 7):
    print(n, sign(n))
print(1 if True else 1/0)
print(1/1 if False else 'skip')
x = [10, 20]
print(x[0] if x else None)
x = []
print(x[0] if x else None)
print((lambda a: 'even' if a % 2 == 0 else 'odd')(7))
vals = ['big' if i > 2 else 'small' for i in range(5)]
print(vals)
print(3 + (1 if True else 2) * 10)
y = 5
z = y * 2 if y > 3 else y - 2
print(z)
print('a' if '' else 'b' if 0 else 'c')
print(('yes' if 1 else 'no').upper())
