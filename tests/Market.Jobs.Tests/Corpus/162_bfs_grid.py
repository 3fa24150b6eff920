# Corpus: realistic job: breadth-first search shortest path on a text maze with path reconstruction
# Features: list as queue with index pointer, dict parents, tuple coordinates, string grid editing
MAZE = """##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#....#
###.#.##.#
#.....#.E#
##########"""

def main():
    grid = [list(row) for row in MAZE.split("\n")]
    h, w = len(grid), len(grid[0])
    start = goal = None
    for r in range(h):
        for c in range(w):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                goal = (r, c)
    print(start, goal)
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if grid[nxt[0]][nxt[1]] != "#" and nxt not in parent:
                parent[nxt] = cur
                queue.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = parent[node]
    path.reverse()
    print("explored", len(parent), "path length", len(path) - 1)
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    print("\n".join("".join(row) for row in grid))
    return path[:4]
