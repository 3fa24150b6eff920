# Corpus: realistic job: numeric integration (trapezoid, Simpson, midpoint) and root finding
# Features: floats, math functions, functions as arguments, while loops, f-string .10f, abs error
import math

def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3

def midpoint(f, a, b, n):
    h = (b - a) / n
    return h * sum(f(a + (i + 0.5) * h) for i in range(n))

def bisect(f, lo, hi, tol):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2

def newton(f, df, x, steps):
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x

def main():
    for name, rule in [("trap", trapezoid), ("simp", simpson), ("mid", midpoint)]:
        for n in [4, 16, 64]:
            v = rule(math.sin, 0, math.pi, n)
            print(f"{name:>5} {n:>3} {v:.10f} {abs(v - 2):.10f}")
    print(simpson(lambda x: x ** 3, 0, 2, 10), trapezoid(lambda x: 1 / x, 1, math.e, 200))
    print(simpson(lambda x: math.exp(-x * x), -5, 5, 200) ** 2, math.pi)
    print(bisect(lambda x: x * x - 2, 0, 2, 1e-12), math.sqrt(2))
    print(newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0, 8))
    return round(simpson(lambda x: 4 / (1 + x * x), 0, 1, 100), 12)
