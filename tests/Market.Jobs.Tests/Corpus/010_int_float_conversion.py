# Corpus: int(), float(), str() and bool() conversions
# Features: int, float, str, bool, whitespace in numeric strings, big ints, truncation
def main():
    print(int("42"), int("  -17 "), int("+8"), int("0"), int("000123"))
    print(int(3.99), int(-3.99), int(True), int(False), int(1e15))
    print(int("123456789012345678901234567890") * 2)
    print(float("1.5"), float(" -2.25 "), float("1e3"), float("inf"), float("-inf"), float(3))
    print(str(12), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)))
    print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(0.0), bool(None))
    print(int(float("2.5")), float(int("7")), str(int("  9 ")))
    print(int(2 ** 70 + 0.0), float(2 ** 70))
    print(repr(str(3.0)), repr(float("0.1")))
    return [int("-5"), float("6"), str(7), bool("x")]
