# Corpus: bool is an int subtype: arithmetic, sums, comparisons, isinstance
# Features: bool, True/False arithmetic, sum of bools, isinstance, int()
def main():
    print(True + True, True * 10, False - 1, True / 2, True // 1, -True)
    print(sum([True, False, True, True]), True == 1, False == 0, True is True)
    print(isinstance(True, int), isinstance(1, bool), isinstance(False, bool))
    print(int(True), str(False), repr(True), 1 + (3 > 2))
    nums = [3, 8, 1, 9, 4, 7]
    print("count > 4:", sum(n > 4 for n in nums))
    print(True and 5, False or "x", not 0, not 3)
    print([True] * 3, (1, True) == (True, 1))
    flags = [n % 2 == 0 for n in nums]
    print(flags, sum(flags))
    return (True + 0, False * 1.5, True ** 10)
