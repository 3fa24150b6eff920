# Corpus: exponentiation corner cases: negative exponents, float bases, zero
# Features: **, pow, float results, big int exponents, negative bases
def main():
    print(2 ** -1, 10 ** -3, (-2) ** -2, (-2) ** -3, 4 ** -0.5)
    print(0 ** 5, 5 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
    print(2.0 ** 10, 2 ** 10.0, 1.5 ** -2, 0.5 ** 0.5)
    print(10 ** 30, 10.0 ** 30, 10 ** 30 == 10.0 ** 30)
    print((3 ** 40) ** 2 == 3 ** 80, 7 ** 2 ** 3)
    results = []
    for e in range(-3, 4):
        results.append(3 ** e)
    print(results)
    return results
