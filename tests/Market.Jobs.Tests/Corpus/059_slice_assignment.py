# Corpus: assigning to and deleting slices of lists
# Features: slice assignment, growing/shrinking slices, extended slice assignment, del slice
def main():
    a = list(range(10))
    a[2:5] = ["x", "y"]
    print(a)
    a[:0] = [-1, -2]
    print(a)
    a[len(a):] = [100]
    print(a)
    a[1:3] = []
    print(a)
    a[::2] = ["E"] * len(a[::2])
    print(a)
    b = [0, 1, 2, 3, 4, 5]
    b[::-2] = ["p", "q", "r"]
    print(b)
    del b[1:3]
    print(b)
    del b[::2]
    print(b)
    c = [1, 2, 3]
    c[:] = "abc"
    print(c)
    c[1:2] = range(3)
    print(c)
    try:
        c[::2] = [1]
    except ValueError as e:
        print("error:", e)
    return c
