# sys.getsizeof / __sizeof__ of str, bytes and int follow CPython's layout numbers.
import sys
for s in ['', 'a', 'abc', 'x' * 100, 'é', 'éa', 'ÿ', 'Ā', '€', '€€', '😀', 'a😀', 'ab€😀']:
    print(repr(s), s.__sizeof__(), sys.getsizeof(s))
for b in [b'', b'a', b'abcd', bytes(100)]:
    print(b[:5], b.__sizeof__(), sys.getsizeof(b))
for i in [0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**62, 2**62, 2**100, True, False]:
    print(i, i.__sizeof__(), sys.getsizeof(i))
