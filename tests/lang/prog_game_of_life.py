# Conway's game of life on a small torus
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = sum(grid[(r + dr) % h][(c + dc) % w]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new
def show(grid):
    for row in grid:
        print(''.join('#' if v else '.' for v in row))
    print()
g = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
show(g)
for i in range(4):
    g = step(g)
show(g)
print(sum(map(sum, g)))
blinker = [[0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0]]
b1 = step(blinker)
show(b1)
print(step(b1) == blinker)
