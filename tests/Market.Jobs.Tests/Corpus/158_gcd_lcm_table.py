# Corpus: realistic job: Euclid's algorithm, extended gcd, modular inverses, lcm tables
# Features: recursion returning tuples, % on negatives, math.gcd cross-check, f-string alignment
import math

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def egcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = egcd(b, a % b)
    return (g, y, x - (a // b) * y)

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m

def main():
    for a, b in [(240, 46), (17, 5), (0, 7), (-48, 18), (2 ** 64, 2 ** 40 * 3)]:
        print(a, b, gcd(a, b), math.gcd(a, b), egcd(a, b))
    print([modinv(a, 17) for a in range(1, 17)])
    try:
        modinv(6, 9)
    except ValueError as e:
        print(e)
    header = "    " + "".join(f"{j:>5}" for j in range(1, 9))
    print(header)
    for i in range(1, 9):
        print(f"{i:>4}" + "".join(f"{i * j // gcd(i, j):>5}" for j in range(1, 9)))
    return modinv(3, 10 ** 9 + 7)
