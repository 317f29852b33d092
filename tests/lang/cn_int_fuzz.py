state = 999
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
def rint():
    k = rnd(4)
    bits = [8, 62, 64, 200][k]
    v = rnd(2**min(bits, 53))
    if bits > 53:
        v = v * 2**(bits-53) + rnd(2**(bits-53))
    if rnd(2): v = -v
    return v
out = []
for i in range(800):
    a, b = rint(), rint()
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -a, a >> rnd(70), a << rnd(70), a == b, a < b, hash(a), abs(a)]
    if b:
        r += [a // b, a % b, divmod(a, b), a / b]
        if abs(b) < 2**1000: r.append(pow(a, 3, b))
    r.append(a ** rnd(5))
    r.append(float(a))
    r.append(a == float(a))
    r.append(a < float(a) + 1.0)
    r.append(hash(float(a)) == hash(int(float(a))))
    r.append(int(str(a)) == a and int(hex(a), 16) == a and int(bin(a), 0) == a and int(oct(a), 8) == a)
    r.append(format(a, 'x'))
    r.append(a.bit_length())
    r.append(round(a, -rnd(20)))
    out.append(repr(r))
print('\n'.join(out))
