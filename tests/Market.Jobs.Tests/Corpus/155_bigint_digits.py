# Corpus: realistic job: big-int arithmetic: 2**1000 digit sum, 100! digits, powers of 7 mod big primes
# Features: big int, str(), sum over generator, pow with modulus, //, %, Mersenne numbers
def main():
    p = 2 ** 1000
    print(sum(int(c) for c in str(p)), len(str(p)))
    f = 1
    for i in range(1, 101):
        f *= i
    print(sum(int(c) for c in str(f)), len(str(f)))
    m = 2 ** 127 - 1
    print(m, pow(3, m - 1, m) == 1)
    print(pow(7, 10 ** 20, 10 ** 9 + 7), (7 ** 222) % (10 ** 9 + 7))
    n = 1
    k = 0
    while len(str(n)) < 50:
        n *= 13
        k += 1
    print(k, n)
    a = 123456789123456789123456789
    b = 987654321987654321
    print(a * b, a // b, a % b, divmod(-a, b))
    print((a * b) // b == a, -a // b, -(a // b))
    return str(2 ** 256)[-10:]
