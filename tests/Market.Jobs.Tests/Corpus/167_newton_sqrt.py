# Corpus: realistic job: Newton's method for square and cube roots, integer Newton for big ints
# Features: float iteration to convergence, abs tolerance, integer //, math.isqrt cross-check, big ints
import math

def sqrt_newton(x):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for i in range(100):
        nxt = (g + x / g) / 2
        if abs(nxt - g) < 1e-15 * g:
            return nxt
        g = nxt
    return g

def cbrt_newton(x):
    g = x / 3 if x > 1 else 1.0
    for _ in range(200):
        g = (2 * g + x / (g * g)) / 3
    return g

def isqrt_newton(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def main():
    for v in [2, 9, 0.25, 1e10, 12345.678, 0]:
        print(v, sqrt_newton(v), math.sqrt(v), abs(sqrt_newton(v) - math.sqrt(v)) < 1e-9 * (v + 1))
    for v in [8, 27, 1000, 2]:
        print(v, round(cbrt_newton(v), 12))
    big = 10 ** 100 + 12345
    r = isqrt_newton(big)
    print(r, r == math.isqrt(big), r * r <= big < (r + 1) ** 2)
    print([isqrt_newton(n) for n in range(20)])
    return isqrt_newton(2 * 10 ** 40)
