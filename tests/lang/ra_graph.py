# Graph algorithms with dicts of lists
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)

def bfs(start):
    order, dist = [], {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return order, dist

print(bfs("a"))

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen

print(dfs("a"), dfs("f"))

def components():
    seen = set()
    comps = []
    for node in graph:
        if node in seen:
            continue
        comp = dfs(node)
        seen.update(comp)
        comps.append(sorted(comp))
    return comps

print(components())

# topological sort (Kahn) with deterministic order
deps = {
    "app": ["lib", "utils"],
    "lib": ["core"],
    "utils": ["core", "log"],
    "core": [],
    "log": [],
    "tests": ["app"],
}
indeg = {k: 0 for k in deps}
rev = {k: [] for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
        rev[v].append(k)
ready = sorted(k for k, d in indeg.items() if d == 0)
out = []
while ready:
    n = ready.pop(0)
    out.append(n)
    for m in rev[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print(" -> ".join(out))

# cycle detection with colors
def has_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(u):
        color[u] = GRAY
        for v in g.get(u, ()):
            if color.get(v, WHITE) == GRAY:
                return True
            if color.get(v, WHITE) == WHITE and visit(v):
                return True
        color[u] = BLACK
        return False
    return any(visit(u) for u in g if color[u] == WHITE)

print(has_cycle(deps), has_cycle({1: [2], 2: [3], 3: [1]}))

# grid shortest path
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
prev = {start: None}
q = [start]
for cell in q:
    if cell == end:
        break
    r, c = cell
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cell
            q.append((nr, nc))
path = []
cur = end
while cur:
    path.append(cur)
    cur = prev[cur]
path.reverse()
print(len(path) - 1, path[:4], path[-1])
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
try:
    graph["zzz"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    bfs("nope")
except KeyError as e:
    print("KeyError:", e)
