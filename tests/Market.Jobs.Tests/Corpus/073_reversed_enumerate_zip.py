# Corpus: reversed, enumerate (with start), zip (uneven lengths) in loops
# Features: reversed, enumerate start, zip three iterables, list(zip), dict(zip)
def main():
    names = ["ann", "bob", "cid"]
    ages = [31, 25, 47, 99]
    cities = "XYZ"
    for i, name in enumerate(names, 1):
        print(i, name)
    for n, a, c in zip(names, ages, cities):
        print(n, a, c)
    print(list(zip(names, ages)), list(zip()), list(zip([1, 2])))
    print(dict(zip(names, ages)))
    for i, n in reversed(list(enumerate(names))):
        print("rev", i, n)
    print(list(enumerate("ab", 10)))
    cols = list(zip([1, 2, 3], [4, 5, 6]))
    print(cols)
    return list(zip(range(3), reversed(names)))
