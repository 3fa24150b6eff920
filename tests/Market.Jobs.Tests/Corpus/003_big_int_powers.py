# Corpus: arbitrary-precision integers: powers, products, comparisons
# Features: big int, **, *, //, %, len(str()), comparisons, negative big ints
def main():
    x = 2 ** 200
    print(x)
    print(len(str(x)))
    y = 3 ** 150
    print(y)
    print(x * y)
    print(x + y, x - y)
    print(y // x, y % x)
    print(-x // 3, -x % 3)
    print(x > y, x < y, x == 2 ** 200)
    z = 10 ** 50 - 1
    print(z, z + 1)
    print((2 ** 64) ** 3 == 2 ** 192)
    m = 1
    for i in range(1, 40):
        m = m * (2 ** i) - i
    print(m)
    print(-(2 ** 100), abs(-(2 ** 100)))
    print(2 ** 100 / 2 ** 99, 2 ** 1000 // 2 ** 998)
    return x % 1000000007
