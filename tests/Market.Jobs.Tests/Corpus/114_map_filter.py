# Corpus: map and filter with builtins and lambdas, consumed by list/sum/tuple/for
# Features: map, filter, filter(None, ...), map with two iterables, list(), sum()
def main():
    nums = [1, -2, 3, -4, 5, 0]
    print(list(map(abs, nums)), list(map(lambda x: x * x, nums)))
    print(list(filter(lambda x: x > 0, nums)), list(filter(None, nums)))
    print(list(map(str, range(5))), "".join(map(str, [1, 2, 3])))
    print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
    print(sum(map(int, "12345")), tuple(map(len, ["a", "bb", ""])))
    for s in map(lambda w: w.capitalize(), ["alpha", "beta"]):
        print(s)
    words = ["apple", "kiwi", "banana", "fig"]
    print(list(filter(lambda w: len(w) > 3, words)), list(map(len, filter(lambda w: "i" in w, words))))
    print(list(map(int, ["7", " 8", "-9"])), list(map(float, ["1.5", "2"])))
    print(sorted(map(lambda w: w[::-1], words)))
    return list(map(round, [1.5, 2.5, 3.5]))
