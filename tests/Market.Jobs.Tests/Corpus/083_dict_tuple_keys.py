# Corpus: dictionaries keyed by tuples: sparse grids and memo tables
# Features: tuple keys, dict.get default, in, sparse matrix, counting neighbors
def main():
    live = {}
    for p in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
        live[p] = True
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == 0 and dc == 0:
                    continue
                key = (r + dr, c + dc)
                counts[key] = counts.get(key, 0) + 1
    print(len(counts))
    print(sorted(k for k, v in counts.items() if v == 3))
    sparse = {(0, 0): 1.5, (3, 7): -2.0, (10, 10): 4.0}
    print(sparse.get((3, 7)), sparse.get((1, 1), 0.0), (10, 10) in sparse)
    print(sum(sparse.values()), sorted(sparse))
    return counts[(1, 1)]
