# Corpus: uncaught KeyError from dict.pop without default, after successful pops
# Features: uncaught exception, dict.pop, pop with default, KeyError with tuple key
def main():
    d = {(1, 2): "a", (3, 4): "b"}
    print(d.pop((1, 2)))
    print(d.pop((9, 9), "default"))
    print(d)
    return d.pop((5, 6))
