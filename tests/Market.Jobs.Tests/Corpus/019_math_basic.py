# Corpus: math module constants and basic functions
# Features: import math, math.pi, math.e, math.inf, sqrt, fabs, hypot, floor, ceil
import math

def main():
    print(math.pi, math.e, math.inf)
    print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(10 ** 10))
    print(math.fabs(-3), math.fabs(2.5), math.hypot(3, 4), math.hypot(5, 12))
    print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5))
    print(round(math.pi, 4), round(math.e ** 2, 6), math.pi * 2)
    area = [round(math.pi * r * r, 3) for r in range(1, 6)]
    print(area)
    return (math.floor(-0.5), math.ceil(-0.5), math.sqrt(49))
