# Corpus: true division of big ints, mixed magnitudes and exact float conversions
# Features: / on big ints, float(), int/int giving floats, correctly rounded division, comparisons
def main():
    print(10 ** 30 / 10 ** 10, 10 ** 20 / 3, 2 ** 64 / 2 ** 32, (2 ** 53 + 1) / 1)
    print(1 / 3 == 10 ** 30 // 3 / 10 ** 30, 7 / 2, -7 / 2, 7 / -2, 6 / 3)
    print((10 ** 25 + 1) / 10 ** 25, 123456789012345678901234567890 / 987654321)
    print(float(10 ** 25), float(-(2 ** 80)), int(float(2 ** 80)) == 2 ** 80)
    print(10 ** 18 / 10 ** 18, 1 / 10 ** 5, 3 / 10 ** 20)
    print(sum(1 / k for k in range(1, 101)))
    print(sum(1 / k ** 2 for k in range(1, 1001)))
    return [n / 7 for n in range(-3, 4)]
