# Corpus: realistic job: bubble, insertion, selection, merge, quick and counting sort compared
# Features: in-place swaps, recursion, slicing, while loops, list equality, LCG test data
def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out

def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        changed = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                changed = True
        if not changed:
            break
    return a, swaps

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))

def counting_sort(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out

def main():
    data = lcg_list(150, 42)
    print(data[:10])
    ref = sorted(data)
    b, swaps = bubble(data)
    print("bubble", b == ref, swaps)
    print("insertion", insertion(data) == ref)
    print("selection", selection(data) == ref)
    print("merge", merge_sort(data) == ref)
    print("quick", quick_sort(data) == ref)
    print("counting", counting_sort(data) == ref)
    print(ref[:8], ref[-8:])
    return merge_sort([5, 2, 9, 1, 5, 6, -3])
