# Corpus: realistic job: Pascal's triangle, binomial coefficients with big ints, centered printing
# Features: list building from previous row, zip, str.center-like manual padding, big ints, sum of row
def next_row(row):
    return [1] + [a + b for a, b in zip(row, row[1:])] + [1]

def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

def main():
    row = [1]
    rows = []
    for _ in range(10):
        rows.append(row)
        row = next_row(row)
    width = len(" ".join(map(str, rows[-1])))
    for r in rows:
        text = " ".join(map(str, r))
        pad = (width - len(text)) // 2
        print(" " * pad + text)
    print([sum(r) for r in rows])
    print(binom(100, 50), binom(10, 3), binom(5, 7), binom(52, 5))
    big_row = [1]
    for _ in range(60):
        big_row = next_row(big_row)
    print(big_row[30] == binom(60, 30), max(big_row))
    odd_counts = [sum(1 for v in r if v % 2) for r in rows]
    print(odd_counts)
    return rows[6]
