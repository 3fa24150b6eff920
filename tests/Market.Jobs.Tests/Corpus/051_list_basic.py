# Corpus: list creation, indexing, assignment, len and iteration
# Features: list literal, indexing, negative index, item assignment, len, list(), for
def main():
    a = [10, 20, 30, 40, 50]
    print(a, len(a), a[0], a[-1], a[-2])
    a[1] = 21
    a[-1] = "fifty"
    print(a)
    b = list(range(5))
    c = list("abc")
    d = list((1, 2))
    print(b, c, d, list(), [])
    mixed = [1, 2.0, "three", None, True, [4], (5,), {"six": 6}]
    for item in mixed:
        print(repr(item), isinstance(item, list))
    total = 0
    for x in b:
        total += x
    print(total)
    print([1, 2] + [3], [0] * 4, [[]] * 2, [1, 2] * 0)
    return a
