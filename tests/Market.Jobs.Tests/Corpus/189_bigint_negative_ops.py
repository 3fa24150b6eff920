# Corpus: big negative integers: floor division, modulo, divmod, abs, pow with modulus, comparisons
# Features: big int, negative //, %, divmod, pow(a, b, m) with negative base, abs, str of negatives
def main():
    a = -(3 ** 100)
    b = 7 ** 30
    print(a)
    print(a // b, a % b, divmod(a, b))
    print(a // -b, a % -b, -a // -b, -a % -b)
    print(abs(a) == -a, a < -b < 0 < b, str(a)[:6], len(str(a)))
    print(pow(-3, 101, 1000), pow(-2, 127, 10 ** 9 + 7), pow(3, 100, 7))
    print(a * a == 3 ** 200, a + b, -a - b)
    print((a // 10 ** 20) * 10 ** 20 + a % 10 ** 20 == a)
    return divmod(-(2 ** 100), 3)
