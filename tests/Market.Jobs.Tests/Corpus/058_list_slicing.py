# Corpus: list slicing with steps and negative indices, slices are copies
# Features: list slicing, [::-1], [::2], negative bounds, copy semantics
def main():
    a = list(range(10))
    print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
    print(a[100:], a[-100:2], a[5:1], a[::-4])
    b = a[:]
    b[0] = 99
    print(a[0], b[0], a == b, a[:] == a)
    nested = [[1, 2], [3, 4]]
    shallow = nested[:]
    shallow[0].append(5)
    shallow[1] = "replaced"
    print(nested, shallow)
    t = (0, 1, 2, 3, 4, 5)
    print(t[1:4], t[::-2], t[-2:])
    r = range(0, 20, 3)
    print(r[2], r[-1], list(r[1:4]), list(r[::-1]))
    return a[-2:-8:-3]
