# Corpus: nested lists as 2-D grids: building, indexing, mutation and printing
# Features: nested lists, double indexing, row/column sums, diagonal, join for printing
def main():
    n = 5
    grid = [[(r * n + c) % 7 for c in range(n)] for r in range(n)]
    for row in grid:
        print(" ".join(str(v) for v in row))
    row_sums = [sum(row) for row in grid]
    col_sums = [sum(grid[r][c] for r in range(n)) for c in range(n)]
    diag = [grid[i][i] for i in range(n)]
    anti = [grid[i][n - 1 - i] for i in range(n)]
    print(row_sums, col_sums, diag, anti)
    grid[2][3] = 99
    grid[-1][-1] = -1
    print(grid[2], grid[-1])
    deep = [1, [2, [3, [4, [5]]]]]
    print(deep[1][1][1][1][0], deep[1][1])
    return grid
