nan = float('nan')
d = {nan: 1}
print(d[nan], nan in d, float('nan') in d, len({float('nan'), float('nan')}), len({nan, nan}), [nan] == [nan], nan in [nan], (nan,) == (nan,), [float('nan')] == [float('nan')])
s = {1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0, 0j}
print(sorted(s), len(s))
print({2**64: 'a'}.get(float(2**64)), {0.5: 1}.get(0.5), {1j: 2}.get(1j))
print(len(set(range(100)) | set(x / 1 for x in range(100))))
print(hash(0.5), hash(-0.5), hash(1e-300), hash(123.456), hash(float(2**61)), hash(float(2**62)), hash(-float(2**61 - 1)))
import math
print(hash(math.pi), hash(math.e), hash(1/3))
print(hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(2**62), hash(-(2**61 - 1)), hash(-(2**61)), hash(2**200), hash(-(2**200)))
print(hash(complex(2**61, 0)), hash(complex(0.5, 0.5)), hash(complex(-1, -1)), hash(complex(1e300, -1e300)))
class K(float):
    pass
print(hash(K(1.5)) == hash(1.5), {K(1.5): 'k'}[1.5])
