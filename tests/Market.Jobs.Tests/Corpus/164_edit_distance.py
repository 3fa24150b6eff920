# Corpus: realistic job: Levenshtein edit distance with operations, spelling suggestions
# Features: 2-D DP, min of three, backtrace to operations, sorted by (distance, word)
def edit_distance(a, b):
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (0 if a[i - 1] == b[j - 1] else 1):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i - 1]}->{b[j - 1]}")
            i -= 1
            j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"del {a[i - 1]}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}")
            j -= 1
    return d[n][m], ops[::-1]

def main():
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", ""), ("same", "same"), ("intention", "execution")]:
        print(a, b, edit_distance(a, b))
    words = ["market", "marker", "basket", "master", "mark", "rocket", "markets"]
    query = "narket"
    ranked = sorted(words, key=lambda w: (edit_distance(query, w)[0], w))
    print([(w, edit_distance(query, w)[0]) for w in ranked[:4]])
    return edit_distance("sunday", "saturday")[0]
