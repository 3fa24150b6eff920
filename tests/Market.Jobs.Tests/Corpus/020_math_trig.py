# Corpus: trigonometry from the math module
# Features: math.sin, cos, tan, atan2, pi, f-string .6f formatting, float repr
import math

def main():
    for deg in range(0, 361, 45):
        rad = deg * math.pi / 180
        print(deg, f"{math.sin(rad):.6f}", f"{math.cos(rad):.6f}", f"{math.atan2(math.sin(rad), math.cos(rad)):.4f}")
    print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 6))
    print(math.tan(math.pi / 4), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
    s = 0.0
    for k in range(100):
        x = k / 100
        s += math.sin(x) ** 2 + math.cos(x) ** 2
    print(s)
    return round(math.sin(1.0), 12)
