# Corpus: float accumulation, precision limits and printing of results
# Features: float, loops, +=, repr, comparisons with tolerance, abs
def main():
    s = 0.0
    for i in range(10):
        s += 0.1
    print(s, s == 1.0, abs(s - 1.0) < 1e-9)
    print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 1.1, 3 * 1.1, 1 - 0.9)
    print(1e16, 1e16 + 2, 2 ** 53 + 1.0, 9999999999999998.0)
    print(1e-7, 1e-6, 0.0001, 0.00001, 123e-20)
    print(1 / 3, 1 / 7, 22 / 7, 355 / 113)
    print(100 * 1.1, 0.57 * 100, 4.35 * 100)
    h = 1.0
    steps = 0
    while 1.0 + h != 1.0:
        h /= 2
        steps += 1
    print("epsilon steps", steps, h * 2)
    big = 1.0
    k = 0
    while big * 2 != big * 2 * 2 / 2 or k < 5:
        big *= 2
        k += 1
        if k > 2000:
            break
    print(k, big)
    return s
