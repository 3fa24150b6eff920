# Corpus: finding extremes with max(key=) and manual loops; ties keep the first
# Features: max key=, min, enumerate, tuples, lambda, ties
def main():
    temps = [12.5, 17.0, 9.5, 17.0, 14.25]
    print(max(temps), min(temps))
    hottest_day = max(range(len(temps)), key=lambda i: temps[i])
    print("hottest day index", hottest_day)
    pts = [(3, 4), (-5, 0), (1, 1), (0, -5)]
    far = max(pts, key=lambda p: p[0] * p[0] + p[1] * p[1])
    print(far)
    words = ["aa", "bbb", "cc", "ddd"]
    print(max(words, key=len), max(reversed(words), key=len))
    print(max(enumerate(temps), key=lambda it: it[1]))
    best = None
    for i, t in enumerate(temps):
        if best is None or t < temps[best]:
            best = i
    print("coldest", best)
    print(max([[1, 2], [1, 3], [0, 9]]), min("zebra", "apple", "mango"))
    return max(temps, key=lambda t: -abs(t - 14))
