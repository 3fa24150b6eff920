# Corpus: tuple targets inside comprehensions and generator expressions, nested unpacking
# Features: comprehension with tuple target, dict.items in comprehensions, enumerate/zip targets
def main():
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    print([n * 2 for n, _ in pairs], [w for _, w in pairs if len(w) == 3])
    print({w: n for n, w in pairs})
    nested = [(1, (2, 3)), (4, (5, 6))]
    print([a + b + c for a, (b, c) in nested])
    d = {"x": 1, "y": 2}
    print(sorted((v, k) for k, v in d.items()))
    print([(i, c) for i, c in enumerate("hey") if i != 1])
    print(sum(a * b for a, b in zip(range(5), range(5, 10))))
    grid = [[1, 2], [3, 4]]
    print([(r, c, v) for r, row in enumerate(grid) for c, v in enumerate(row)])
    return {k: [v] * v for k, v in d.items()}
