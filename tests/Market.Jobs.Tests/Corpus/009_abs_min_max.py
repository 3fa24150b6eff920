# Corpus: abs, min and max over arguments and iterables, with key and default
# Features: abs, min, max, key=, default=, lambda, strings, tuples
def main():
    print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)))
    print(min(3, 1, 2), max(3, 1, 2), min([5, 4, 6]), max([5, 4, 6]))
    print(min("banana"), max("banana"), min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]))
    words = ["kiwi", "banana", "fig", "cherry", "plum"]
    print(max(words, key=len), max(words, key=lambda w: w[-1]))
    print(max([], default=None), max([], default="empty"), max([3, 9], default=0))
    print(max((1, "b"), (1, "a"), (0, "z")), min((2, 1), (1, 5), (1, 2)))
    scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 85}
    best = max(scores, key=lambda k: scores[k])
    print(best, scores[best])
    print(max(-3, -7, key=abs), max([1, -9, 4], key=abs))
    print(min(range(10, 20)), max(range(10, 20)))
    return (min(1.5, 2), max(True, 0), max([2, 2.0]))
