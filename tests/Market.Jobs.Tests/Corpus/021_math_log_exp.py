# Corpus: exponentials and logarithms
# Features: math.exp, log, log10, log with base, e, float repr
import math

def main():
    print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
    print(math.log(1), math.log(math.e), math.log(10), math.log(1024, 2), math.log(100, 10))
    print(math.log10(1000), math.log10(2), math.log10(0.001))
    for n in [1, 10, 100, 10 ** 10]:
        print(n, math.log10(n), round(math.log(n), 8))
    total = 0.0
    for i in range(1, 51):
        total += math.log(i)
    print(total, math.exp(total) > 1e64)
    print(math.exp(math.log(7.5)), math.log(math.exp(3)))
    return math.log(2 ** 100)
