# Corpus: lexicographic comparison of lists and tuples, equality across containers
# Features: list/tuple <, ==, !=, mixed lengths, nested sequences, sorted on lists
def main():
    print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0])
    print((1, 2) == (1, 2), (1, 2) == [1, 2], [1, 2] != (1, 2), (1,) < (1, 0))
    print([[1, 2], [0]] < [[1, 2], [1]], ("a", 1) < ("a", 2), ("b",) > ("a", 99))
    print([1, 2.0] == [1.0, 2], (0.1 + 0.2,) == (0.3,))
    rows = [[3, "c"], [1, "z"], [3, "a"], [2, "m"], [1, "b"]]
    print(sorted(rows))
    print(max(rows), min(rows))
    print({"a": [1, 2]} == {"a": [1, 2]}, {"a": 1} != {"a": 1.0})
    return sorted([(2, "b"), (1, "z"), (2, "a")])
