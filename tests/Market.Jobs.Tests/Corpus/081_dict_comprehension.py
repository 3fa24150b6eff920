# Corpus: dict comprehensions with filters, inversion and nested loops
# Features: dict comprehension, if clause, tuple keys, duplicate keys keep last value
def main():
    squares = {n: n * n for n in range(6)}
    print(squares)
    odd = {k: v for k, v in squares.items() if k % 2}
    print(odd)
    inv = {v: k for k, v in squares.items()}
    print(inv)
    words = ["apple", "avocado", "banana", "blueberry", "cherry"]
    by_letter = {w[0]: w for w in words}
    print(by_letter)
    lens = {w: len(w) for w in words if "e" in w}
    print(lens)
    grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
    print(grid)
    print({str(i): [j for j in range(i)] for i in range(4)})
    return {k: v for k, v in zip("abc", [1, 2, 3])}
