# Corpus: floor division and modulo with negative operands (ints and floats)
# Features: //, %, negative numbers, float floor division, divmod consistency
def main():
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
    out = []
    for a, b in pairs:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
        out.append((q, r))
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
    print(-1 % 3, -1.0 % 3, 5 % -3, -5 % -3)
    print(-10 ** 20 // 7, -10 ** 20 % 7)
    print(-(10 ** 20) // 7, -(10 ** 20) % 7)
    print(3 // 0.5, -3 // 0.5, 1e10 % 7)
    return out
