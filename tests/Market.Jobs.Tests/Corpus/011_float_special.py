# Corpus: special float values: inf, -inf, nan and their arithmetic and comparisons
# Features: float('inf'), float('nan'), math.inf, comparisons, repr
import math

def main():
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, nan, math.inf, -math.inf)
    print(inf + 1, inf * 2, -inf * 3, inf / 10 ** 300, 1 / inf, -1 / inf)
    print(inf > 10 ** 400, -inf < -(10 ** 400), inf == math.inf)
    print(nan == nan, nan != nan, nan < 1, nan > 1, inf - inf)
    print(1e308 * 10, -1e308 * 10, 1e-320, 1e-330)
    print(max(1, inf), min(-inf, 0), abs(-inf))
    print(repr(inf), str(-inf), repr(nan))
    vals = [3.0, inf, -inf, 0.0]
    print(sorted(vals))
    return [inf, -inf, 2e308]
