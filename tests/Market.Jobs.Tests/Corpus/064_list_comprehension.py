# Corpus: list comprehensions with conditions and expressions
# Features: list comprehension, if filter, conditional expr inside, function calls, strings
def main():
    squares = [x * x for x in range(10)]
    evens = [x for x in range(20) if x % 2 == 0]
    labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
    print(squares, evens, labels)
    words = ["apple", "Banana", "cherry", "date"]
    print([w.upper() for w in words if len(w) > 4])
    print([len(w) for w in words])
    print([(i, w[0]) for i, w in enumerate(words)])
    print([c for c in "hello world" if c not in "aeiou "])
    x = "outer"
    res = [x for x in range(3)]
    print(res, x)
    print([[j for j in range(i)] for i in range(4)])
    print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
    return [n for n in range(2, 30) if all(n % d != 0 for d in range(2, n))]
