# Corpus: lambdas as sort keys, in dicts of operations, immediately invoked
# Features: lambda, sorted key=, dict of lambdas, lambda with defaults, lambda returning tuple
def main():
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "//": lambda a, b: a // b, "**": lambda a, b: a ** b}
    for sym in ops:
        print(7, sym, 3, "=", ops[sym](7, 3))
    print((lambda x, y=10: x * y)(4), (lambda: "no args")())
    points = [(1, 5), (3, 1), (2, 2), (5, 0)]
    print(sorted(points, key=lambda p: p[1]))
    print(sorted(points, key=lambda p: (p[0] - 2) ** 2 + (p[1] - 2) ** 2))
    swap = lambda p: (p[1], p[0])
    print([swap(p) for p in points])
    fns = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
    v = 3
    for f in fns:
        v = f(v)
    print(v)
    return sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:]))
