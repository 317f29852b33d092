class MatrixError(Exception):
    pass

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError("cannot multiply %dx%d by %dx%d" % (n, m, m2, p))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (x for r in self.rows for x in r)

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("not square")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j+1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[5, 6], [7, 8]])
print(A + B)
print(repr(A @ B))
print(2 * A, A * 0.5, sep="\n")
print(A.transpose().rows, A.shape, Matrix.identity(3))
print(A @ Matrix.identity(2) == A, A == B, A != B)
C = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print("det", C.det(), A.det())
C[0, 0] = 10
print(C[0, 0], sum(C), max(C), sorted(C)[:3], list(C)[-2:])
for bad in (lambda: A + C, lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([[1, 2]]).det(), lambda: A * "x", lambda: A[5, 0], lambda: A["x"]):
    try:
        bad()
    except (MatrixError, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, "->", e)

# nested list pitfalls
bad = [[0] * 3] * 3
bad[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(bad, good)
# spiral order
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
# rotation
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*m[::-1])])
print([row[::-1] for row in m][::-1])
print([[m[j][i] for j in range(3)] for i in range(3)])
print(sum(m[i][i] for i in range(3)), sum(m[i][2 - i] for i in range(3)))
print(Matrix([[1.5, 2.25]]))
