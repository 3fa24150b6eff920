# Corpus: mixing int and float in arithmetic and comparisons
# Features: int/float promotion, ==, <, /, **, float(), int()
def main():
    print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5, 4 ** 0.5)
    print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 10 / 2, 10 // 2.0)
    print(int(7.9), int(-7.9), float(7), float(-0))
    print(2 ** -1, 2 ** -3, 10 ** -2)
    print(0.5 + 0.5 == 1, 1.0 * 3)
    print(10 ** 17 + 0.0, 10 ** 17 + 1.0 == 10 ** 17)
    print(max(1, 2.0), min(3, 2.5), max(2, 2.0), min(2.0, 2))
    print(sum([1, 2.5, 3]), sum([0.1] * 10))
    print(abs(-3.5), abs(-3), abs(3))
    acc = 0
    for i in range(10):
        acc += i / 4
    print(acc)
    return (1 + 1.0, 3 // 2.0, 7 % 2.5)
