# Corpus: realistic job: Conway's Game of Life on a small torus with a glider and a blinker
# Features: 2-D lists, modulo wrap-around, neighbor counting, string rendering, generations
def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new

def render(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)

def main():
    h, w = 8, 10
    grid = [[0] * w for _ in range(h)]
    for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
        grid[r][c] = 1
    for r, c in [(5, 6), (5, 7), (5, 8)]:
        grid[r][c] = 1
    for gen in range(4):
        print("gen", gen, "alive", sum(map(sum, grid)))
        print(render(grid))
        grid = step(grid)
    for _ in range(20):
        grid = step(grid)
    print(render(grid))
    return sum(sum(row) for row in grid)
