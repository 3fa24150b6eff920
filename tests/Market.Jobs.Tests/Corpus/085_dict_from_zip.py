# Corpus: building dicts from pairs with dict(), zip and enumerate
# Features: dict(zip()), dict(list of tuples), dict(enumerate()), duplicates overwrite
def main():
    keys = ["x", "y", "z"]
    vals = [1, 2, 3]
    print(dict(zip(keys, vals)))
    print(dict(enumerate("abc")))
    print(dict([("a", 1), ("a", 2), ("b", 3)]))
    print(dict([[1, 2], [3, 4]]))
    pairs = [(w, len(w)) for w in "to be or not to be".split()]
    print(dict(pairs))
    lookup = dict(zip(range(5), [n * n for n in range(5)]))
    print(lookup, lookup[3])
    return dict(zip("ab", "cd"))
