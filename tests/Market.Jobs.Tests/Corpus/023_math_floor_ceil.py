# Corpus: floor and ceil versus int() truncation and // on floats
# Features: math.floor, math.ceil, int, //, negative floats, big floats
import math

def main():
    vals = [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e20, -1e20, 7, -7]
    for v in vals:
        print(v, math.floor(v), math.ceil(v), int(v), v // 1)
    print(math.floor(1e300) == int(1e300), math.ceil(10 ** 20 / 3))
    pages = [math.ceil(n / 10) for n in [0, 1, 9, 10, 11, 95]]
    print(pages)
    return [math.floor(-1.5), math.ceil(-1.5)]
