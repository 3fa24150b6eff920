# Corpus: tuples: creation, single-element tuples, immutability, tuple(), concatenation
# Features: tuple, (x,), tuple(), +, *, indexing, slicing, TypeError on assignment, count-like ops
def main():
    t = (1, 2, 3)
    single = (5,)
    empty = ()
    not_tuple = (5)
    print(t, single, empty, not_tuple, len(t), len(empty))
    print(t + single, single * 3, t[1], t[-1], t[::-1])
    print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
    try:
        t[0] = 9
    except TypeError as e:
        print("TypeError:", e)
    nested = (1, [2, 3])
    nested[1].append(4)
    print(nested)
    point = 3, 4
    x, y = point
    print(point, x, y)
    coords = [(i, i * i) for i in range(4)]
    print(coords, sum(p[1] for p in coords))
    print((1, 2) + (3,), (1,) * 0, (), ((),))
    return t + (4,)
