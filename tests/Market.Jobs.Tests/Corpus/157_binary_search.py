# Corpus: realistic job: binary search variants (exact, lower/upper bound, on answers) with tests
# Features: while lo < hi, // midpoint, functions as predicates, sorted data, edge cases
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def find(a, x):
    i = lower_bound(a, x)
    return i if i < len(a) and a[i] == x else -1

def int_sqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

def main():
    a = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
    for x in [0, 1, 3, 4, 21, 34, 40]:
        print(x, find(a, x), lower_bound(a, x), upper_bound(a, x), upper_bound(a, x) - lower_bound(a, x))
    print(find([], 5), lower_bound([], 5))
    print([int_sqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]])
    print(int_sqrt(10 ** 40), int_sqrt(2 * 10 ** 30))
    return [find(a, v) for v in a]
