# Corpus: number theory helpers gcd and isqrt, including big ints
# Features: math.gcd, math.isqrt, big int, perfect squares, loops
import math

def main():
    print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 8), math.gcd(0, 0))
    print(math.gcd(2 ** 100, 6 ** 40), math.gcd(10 ** 30 + 1, 10 ** 20 + 1))
    print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 5))
    squares = [n for n in range(200) if math.isqrt(n) ** 2 == n]
    print(squares)
    coprime = 0
    for a in range(1, 30):
        for b in range(1, 30):
            if math.gcd(a, b) == 1:
                coprime += 1
    print("coprime pairs", coprime)
    lcm = 1
    for k in range(1, 21):
        lcm = lcm * k // math.gcd(lcm, k)
    print("lcm 1..20", lcm)
    return math.isqrt(2 * 10 ** 60)
