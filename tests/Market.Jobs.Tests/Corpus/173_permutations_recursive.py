# Corpus: realistic job: permutations, combinations and subsets built recursively, next-permutation
# Features: recursion building lists, slicing, list concatenation, lexicographic next permutation
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def subsets(items):
    if not items:
        return [[]]
    sub = subsets(items[1:])
    return sub + [[items[0]] + s for s in sub]

def next_perm(a):
    a = a[:]
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

def main():
    ps = permutations([1, 2, 3])
    print(len(ps), ps)
    print(len(permutations(list("abcde"))))
    print(combinations([1, 2, 3, 4], 2), len(combinations(list(range(10)), 4)))
    print(subsets(["x", "y", "z"]))
    p = [1, 2, 3, 4]
    seq = []
    while p is not None:
        seq.append("".join(map(str, p)))
        p = next_perm(p)
    print(len(seq), seq[:6], seq[-1])
    return next_perm([1, 3, 2])
