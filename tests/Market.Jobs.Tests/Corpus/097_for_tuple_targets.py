# Corpus: for loops with tuple and nested tuple targets over lists of records
# Features: for (a, b) in ..., nested targets, dict.items, list targets
def main():
    records = [("ann", (1990, 5)), ("bob", (1985, 12)), ("cid", (2001, 1))]
    for name, (year, month) in records:
        print(name, year, month, 2024 - year)
    for [a, b] in [[1, 2], [3, 4]]:
        print(a * b)
    d = {"x": (1, 2), "y": (3, 4)}
    for key, (p, q) in d.items():
        print(key, p + q)
    for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
        print(i, a, b, c)
    last = None
    for last in range(3):
        pass
    print("loop var after loop", last)
    return [year for _, (year, _) in records]
