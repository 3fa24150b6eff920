# Corpus: tuples as sort keys and as dictionary keys
# Features: tuple comparison, sorted with tuple keys, negation for descending, dict with tuple keys
def main():
    students = [("ann", "B", 88), ("bob", "A", 95), ("cid", "B", 92), ("dee", "A", 95), ("eve", "C", 70)]
    ranked = sorted(students, key=lambda s: (-s[2], s[0]))
    for pos, s in enumerate(ranked, 1):
        print(pos, s[0], s[2])
    by_grade = sorted(students, key=lambda s: (s[1], -s[2]))
    print([s[0] for s in by_grade])
    grid = {}
    for r in range(3):
        for c in range(3):
            grid[(r, c)] = r - c
    print(grid[(2, 0)], grid[(0, 2)], len(grid))
    print(sorted(grid, key=lambda k: (grid[k], k))[:4])
    return ranked[0]
