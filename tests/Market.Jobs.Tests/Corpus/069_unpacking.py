# Corpus: tuple and list unpacking in assignments and for loops, nested targets
# Features: tuple unpacking, list unpacking, nested unpacking, swaps, ValueError on mismatch
def main():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    [x, y, z] = "xyz"
    print(x, y, z)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    first, second = [10, 20]
    print(first + second)
    for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
        print(i, name, score)
    m, n = divmod(17, 5)
    print(m, n)
    try:
        u, v = [1, 2, 3]
    except ValueError as e:
        print("error:", e)
    try:
        u, v, w = (1, 2)
    except ValueError as e:
        print("error:", e)
    lst = [0, 0, 0]
    lst[0], lst[2] = "L", "R"
    print(lst)
    i = 0
    i, lst[i] = 2, "set"
    print(i, lst)
    return (a, b, x, p)
