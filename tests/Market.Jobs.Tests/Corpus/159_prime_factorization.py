# Corpus: realistic job: trial-division factorization, divisor functions, perfect numbers
# Features: while loops, dict of exponents, big ints, sorted divisors, string formatting of factors
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f

def fmt(f):
    return " * ".join(str(p) if e == 1 else f"{p}^{e}" for p, e in f.items())

def divisors(n):
    divs = [1]
    for p, e in factorize(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)

def main():
    for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
        print(n, "=", fmt(factorize(n)))
    print(divisors(360))
    perfect = [n for n in range(2, 1000) if sum(divisors(n)) - n == n]
    print("perfect", perfect)
    print(fmt(factorize(2 ** 40 * 3 ** 5 * 10007)))
    return factorize(123456789)
