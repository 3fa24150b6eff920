# Corpus: range with start, stop, negative steps; len, indexing, membership, list()
# Features: range, negative step, empty ranges, len(range), range indexing, repr of range
def main():
    print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
    print(list(range(5, 5)), list(range(5, 0)), list(range(-5, -1)), list(range(0, -10, -4)))
    r = range(3, 30, 4)
    print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
    print(range(10), range(1, 5), range(0, 10, 2), repr(range(-3, 3, 2)))
    print(len(range(0)), len(range(10 ** 12)), range(10 ** 12)[-1])
    print(sum(range(101)), sum(range(0, 101, 2)), max(range(-5, 5)))
    print(range(0, 3) == range(0, 3), list(range(3)) == [0, 1, 2])
    total = 0
    for i in range(100, 0, -7):
        total += i
    print(total)
    return list(range(-1, -8, -2))
