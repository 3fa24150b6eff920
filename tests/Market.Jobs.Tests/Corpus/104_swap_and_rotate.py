# Corpus: swapping and rotating values with tuple assignment and slicing
# Features: a, b = b, a, three-way rotation, list element swaps, slice rotation
def rotate(lst, k):
    if not lst:
        return lst
    k = k % len(lst)
    return lst[-k:] + lst[:-k]

def main():
    a, b, c = 1, 2, 3
    a, b = b, a
    print(a, b)
    a, b, c = c, a, b
    print(a, b, c)
    lst = [10, 20, 30, 40]
    lst[0], lst[-1] = lst[-1], lst[0]
    print(lst)
    i, j = 1, 2
    lst[i], lst[j] = lst[j], lst[i]
    print(lst)
    for k in [0, 1, 2, 5, -1]:
        print(k, rotate([1, 2, 3, 4], k))
    print(rotate([], 3))
    x, y = 0, 1
    for _ in range(10):
        x, y = y, x + y
    print(x, y)
    return lst
