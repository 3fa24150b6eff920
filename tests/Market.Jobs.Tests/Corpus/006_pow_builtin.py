# Corpus: pow builtin with two and three arguments, ** on negatives and floats
# Features: pow, **, modular exponentiation, big int, negative exponent
def main():
    print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(-2, 4))
    print(pow(3, 200, 1000000007), pow(7, 0, 13), pow(10, 18, 97))
    print(pow(2, 100), pow(5, 3, 7))
    print((-3) ** 3, (-3) ** 2, -3 ** 2, 0 ** 0, 0.0 ** 0)
    print(9 ** 0.5, 27 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5)
    print(1.5 ** 2, (-1.5) ** 2, 1.1 ** 10)
    res = []
    for base in range(2, 8):
        res.append(pow(base, base, 11))
    print(res)
    return pow(123456789, 987654321, 1000000007)
