# Corpus: f-string float format specs with precision and width
# Features: f-string .3f, .0f, .2f, >10.2f, 08.3f, width with precision, rounding
import math

def main():
    vals = [math.pi, -math.e, 0.0, 2.5, 3.5, 1234.5678, 0.0005, -0.0004, 1e10, 2 / 3]
    for v in vals:
        print(f"{v:.3f}|{v:.0f}|{v:.2f}|{v:>10.2f}|{v:08.3f}|{v:10.1f}|")
    print(f"{1:.2f} {-1:.1f} {10 ** 6:.1f}")
    print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
    print(f"{float('inf'):.2f} {-float('inf'):>8.1f}")
    return f"{math.sqrt(2):.5f}"
