# Corpus: big ints times small ints (both orders, every sign, odd and even limb counts) and swap assignments
# Features: big int * int, int * big int, *= in a loop, a, b = b, a + b, three-way swaps, list and subscript targets
def main():
    f = 1
    for i in range(2, 60):
        f *= i
        if i % 7 == 0:
            print(i, f % 1000003, len(str(f)))
    for m in [1, 2, 3, 4294967295, 4294967296, 65537, -1, -7, -4294967295]:
        for e in [31, 32, 33, 63, 64, 65, 95, 96, 97, 200]:
            b = 2 ** e - 1
            assert b * m == m * b
            assert (-b) * m == -(b * m)
            print(m, e, b * m, (-b) * m % 1000000007)
    print(f * 0, 0 * f, f * 1 == f, f * -1 == -f)
    a, b = 0, 1
    for _ in range(120):
        a, b = b, a + b
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print(x, y, z)
    [x, y] = [y, x]
    print(x, y)
    l = [0, 0, 0]
    i, l[i] = 2, 9
    print(i, l)
    try:
        x, y = 1, 2, 3
    except ValueError as e:
        print("ValueError", e)
    try:
        x, y, z = 1, 2
    except ValueError as e:
        print("ValueError", e)
    return (a % 97, x, y, z)
