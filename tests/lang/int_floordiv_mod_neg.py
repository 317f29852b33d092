# Floor division and modulo with negative operands
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (10 ** 20, -7), (-10 ** 20, 7), (5, 10 ** 20), (-5, 10 ** 20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(-7 / 2, 7 / -2, -8 / 2)
print(int(-7 / 2), -7 // 2)
print(-1 % 256, -256 % 256, -257 % 256)
print(13 % -4, -13 % 4, -13 % -4)
print(-7 // 1, -7 // -1, 7 // -7, -1 // 2, 1 // -2, -0 // 5)
for a in range(-6, 7, 3):
    print(a, [a // b for b in (-4, -3, 3, 4)], [a % b for b in (-4, -3, 3, 4)])
print((-2 ** 70) // 3, (-2 ** 70) % 3, (2 ** 70) // -3, (2 ** 70) % -3)
print(-7.0 // 2, -7.0 % 2, 7.0 % -2, -0.5 // 1, -0.5 % 1)
print(divmod(-2 ** 65, 2 ** 33), divmod(2 ** 65 + 1, -(2 ** 33)))
h, m = divmod(-125, 60)
print(h, m)
