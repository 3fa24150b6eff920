# Corpus: round() with banker's rounding and ndigits
# Features: round, float, int results, half-to-even, negative numbers
def main():
    for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.6, 2.4, -2.6, 7.0]:
        print(v, round(v))
    print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-3.14159, 1))
    print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
    print(round(7), round(-7), round(0.1 + 0.2, 10))
    print(round(1e16 + 0.5), round(2.5) + round(3.5))
    return [round(x / 2) for x in range(-5, 6)]
