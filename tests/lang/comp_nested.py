# Nested comprehensions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({i: [x * i for x in row] for i, row in enumerate(matrix)})
print([[[i, j, k] for k in range(2)] for i in range(2) for j in range(2)][1])
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix))
print([(i, j) for i in range(4) for j in range(4) if i < j and (i + j) % 2])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul(matrix, ident) == matrix, matmul(matrix, matrix))
print(sorted({c for w in ['ab', 'bc'] for c in w}))
print([''.join(p) for p in [[a, b] for a in 'xy' for b in 'xy' if a != b]])
