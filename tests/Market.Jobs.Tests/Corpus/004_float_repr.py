# Corpus: float repr/str exactly as CPython (shortest round-trip)
# Features: float, repr, str, print, scientific notation boundaries
def main():
    vals = [0.1 + 0.2, 1e16, 1e15, 1e-7, 1e-4, 1e-5, 1 / 3, 2 / 3, 0.1, 1.0, 100.0, 1e22, 1e23,
            123456789.0, 1234567890123456789.0, 0.5, 2.5e-10, 3.14159, 1.7976931348623157e308,
            5e-324, 9007199254740993.0, 0.000123, 12345.678]
    for v in vals:
        print(v, repr(v), str(v))
    print(1e16 + 1, 1e16 * 10, 10.0 ** 15, 10.0 ** 16)
    print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
    print(float(10 ** 20), float(2 ** 60))
    print(-1.5, -0.001, -1e-10)
    return [0.1 + 0.2, 1e16, 1e-7, 1 / 3]
