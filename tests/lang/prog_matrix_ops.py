# Matrix class with operators
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError('shape mismatch: %dx%d * %dx%d' % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return 'Matrix(%r)' % self.rows
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, b * a, a * 2, 3 * a)
print(a.transpose(), a * Matrix.identity(2) == a)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10).rows[0][1], (fib ** 90).rows[0][1])
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]))
